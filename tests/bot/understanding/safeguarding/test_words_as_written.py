"""Rules written with a word as it is inflected, or with a word the lemmatiser read as another, could
never match: "feed" was read "fee", "need" "nee", "miss" "mis", "thing" "the", and a rule's "left",
"gone", "living" met no message word (each is read as its lemma: "leave", "go", "live"). So "she never
feeds him", "whats the point of living" and "i just want to be gone now" got no help. Also said plainly
and missed when a fold of the classifier did not agree: an overdose taken, a person thrown down the
stairs, someone tied into a chair. Through the product's detector."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import typed


@pytest.mark.parametrize("word, lemma", [
    ("feed", "feed"), ("need", "need"), ("bleed", "bleed"), ("miss", "miss"), ("mess", "mess"), ("thing", "thing"),
    ("things", "thing"), ("called", "call"), ("twisted", "twist"), ("tried", "try"), ("doing", "do"),
    ("hoped", "hope"), ("agreed", "agree"), ("fed", "feed"), ("slapped", "slap"), ("controlling", "controlling"),
    # a second read: "pushed", "washed" end as "shed" does and are still inflected; "breathing" is "breathe"
    ("pushed", "push"), ("washed", "wash"), ("smashed", "smash"), ("shed", "shed"), ("breathing", "breathe"),
    # a second read of 4a10488: the commoner stem was chosen, "bites" "bit", "staring" "star", "notes" "not"
    ("bites", "bite"), ("biting", "bite"), ("staring", "stare"), ("notes", "note"), ("aides", "aide"),
])
def test_a_word_is_read_as_its_own_lemma(word, lemma):
    assert typed.lemma(word) == lemma


@pytest.mark.parametrize("text, kind", [
    ("she never feeds him", "neglect"),
    ("his wife never feeds him properly, hes losing weight", "neglect"),
    ("he never gets fed", "neglect"),
    ("whats the point of living", "suicidal"),
    ("what's the point in living any more", "suicidal"),
    ("whats the point of it all", "suicidal"),
    ("took thirty paracetamol just now", "suicidal"),
    ("i took 20 of my tablets tonight", "suicidal"),
    ("he threw me down the stairs", "domestic_abuse"),
    ("she pushed me into the wall", "domestic_abuse"),
    ("We found Dad sedated and tied into his chair at the care home", "care_abuse"),
])
def test_said_plainly_is_heard(listening, text, kind):
    assert kind in listening.check(text).categories


@pytest.mark.parametrize("text", [
    "I take 2 paracetamol four times a day",
    "he has a strap on his chair so he doesnt slide out",
    "I use an app to control the heating from my phone",
])
def test_the_same_words_in_ordinary_life_are_no_alarm(listening, text):
    assert listening.check(text).categories == []


def test_pushing_a_wheelchair_is_no_assault(listening):
    assert "domestic_abuse" not in listening.check("we had to push him in the wheelchair down the ramp").categories


@pytest.mark.parametrize("text", ["she wants to keep going to her lunch club",
                                  "he wants to carry on going to the allotment"])
def test_something_the_person_wants_to_go_on_doing_is_no_wish_to_die(listening, text):
    """"she wants to keep going to her lunch club" got the Samaritans (the classifier, 0.71): the classifier
    reads a message without what the person wants to go on doing (context.without_goals)."""
    assert listening.check(text).categories == []


@pytest.mark.parametrize("text", ["i dont want to keep going", "i cant keep going like this"])
def test_not_wanting_to_keep_going_is_still_heard(listening, text):
    assert listening.check(text).categories


@pytest.mark.parametrize("text", ["he bites me", "i keep staring at the railway track", "i have written goodbye notes",
                                  "i dont know how i can keep going on my own much longer",
                                  "how am i supposed to keep going on like this"])
def test_a_second_reads_disclosures_are_heard(listening, text):
    """A second read of this session's changes: each of these went unheard (a stem chosen for being
    commoner; "keep going on" taken for something the person wants to go on doing)."""
    found = listening.check(text)
    assert found.categories and not found.negated
