"""A disclosure with ordinary words around it is heard as it is heard alone (session 21: a reader put ordinary openings
and endings around the tuning corpus's disclosures and counted what went unheard):
- a short message is read whole, and its sentences are joined without their full stops: "My wife had a stroke in 2018."
  before a disclosure took it with it as "told as over" (64 of 300 unheard);
- a question asked after it, with no concern of its own ("is that something you can help with?", "anyway how do i
  get a bus pass"), diluted the classifier's reading (31 and 17 of 300);
- a laugh after it ("lol") was taken as calming as kind words are, needing 0.95 of the classifier (80 of 300).
Through the product's detector."""
from __future__ import annotations

import pytest

WASH = ("no one has been in to give me a wash for over a week", "neglect")
LOCATION = ("my boyfriend checks my location all day and goes mad if im late", "coercive_control")
MESSAGES = ("my girlfriend reads all my messages and tells me who i can talk to", "coercive_control")


@pytest.mark.parametrize("around,told", [
    ("My wife had a stroke in 2018. {}", WASH),
    ("I had my hip done in 2015. {}.", WASH),
    ("{}. Is that something you lot can help with?", WASH),
    ("{} - what do I do?", WASH),
    ("{} lol", LOCATION),
    ("{} lol", MESSAGES),
    ("{} haha", LOCATION),
])
def test_a_disclosure_with_ordinary_words_around_is_heard(listening, around, told):
    said = around.format(told[0])
    assert told[1] in listening.check(said).categories, said


@pytest.mark.parametrize("said", [
    "Thank you. Is it normal that my carer leaves me wet all day?",  # a question with a concern of its own
    "I had my hip done in 2015. My son hits me when he has had a drink.",
])
def test_a_question_or_sentence_with_a_concern_of_its_own_is_still_read(listening, said):
    assert listening.check(said).categories, said


@pytest.mark.parametrize("said", [
    "my wife had a stroke in 2018. is that something you can help with?",
    "i do my own shopping lol",
    "my daughter does my hair every sunday haha",
    "the carers are lovely. how do i get a bus pass?",
])
def test_ordinary_words_alone_are_still_no_alarm(listening, said):
    assert listening.check(said).categories == [], said


@pytest.mark.parametrize("said,kind", [("nobody has fed him since this morning lol", "neglect"),
                                       ("no one has fed my nan since friday haha", "neglect")])
def test_a_rules_hit_said_with_a_laugh_needs_no_more_of_the_classifier(listening, said, kind):
    """A laugh is no kind word: what a rule heard someone do (or not do) is asked only what it is asked without it
    (before, 0.25, where neglect's rule asks 0.05: "no one has fed her since yesterday lol" got 0.11)."""
    assert kind in listening.check(said).categories, said


@pytest.mark.parametrize("said,kind", [
    ("my grandson has changed where my bank letters go and i dont know what is coming out but im fine",
     "financial_abuse"),
    ("my son moved my walking frame out of reach and i fell in the hall, he just watched but im fine", None),
    ("my daughter shoves me when she is cross, it leaves marks but its nothing really", "domestic_abuse"),
    ("the night carer doesnt turn me and ive got sores now, dont worry about it", "care_abuse"),
])
def test_a_disclosure_played_down_at_the_end_is_heard(listening, said, kind):
    """Played down at the end ("but im fine", "its nothing really", "dont worry about it"), as people harmed do: the
    classifier reads the words without it (before, the first two went unheard, and "but im fine" after the held-out
    disclosures left 92 of 1,685 unheard)."""
    found = listening.check(said).categories
    assert (kind in found) if kind else found, said


@pytest.mark.parametrize("said", ["i fell in the garden but im fine", "the hoist broke but its fine now", "im fine"])
def test_ordinary_words_played_down_are_still_no_alarm(listening, said):
    assert listening.check(said).categories == [], said
