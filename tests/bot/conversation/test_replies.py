"""bot/conversation/replies.py: one list of words for yes, no, done, stop, later, start again, help
and a real person, and what a reply means at each question (the issue's examples)."""
from __future__ import annotations

from datetime import date

import pytest

from bot.conversation.replies import name_of, understand

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("context, text, label", [
    ("readback", "nah", "no"), ("readback", "nah shes 84", "no"), ("readback", "yes thats right", "yes"),
    ("readback", "yep", "yes"), ("readback", "Yes, that's correct.", "yes"), ("readback", "what??", "help"),
    ("readback", "remove that", "remove"), ("readback", "yes but not the diabetes", "correct"),
    ("telling", "nothing else thanks", "done"), ("telling", "that's everything", "done"),
    ("telling", "no thats all", "done"), ("telling", "help", "help"),
    ("telling", "can i talk to a real person", "human"),
    ("telling", "sorry i have to go, can i finish this later?", "later"), ("telling", "start again", "restart"),
    ("telling", "I have to go to the hospital later this week for my knee and my daughter will drive me there", "story"),
    ("carer_basis", "he said it was ok for me to do this", "own_agreement"),
    ("carer_basis", "Power of attorney: money and property", "lpa_property_finance"),
    ("carer_knows", "no she has dementia, she wouldnt understand it", "unable"),
    ("carer_knows", "nah not yet", "no"), ("carer_knows", "yeah she knows", "yes"),
    ("carer_name", "his", "invalid"), ("carer_name", "he's", "invalid"), ("carer_name", "dave,", "Dave"),
    ("carer_name", "my husband dave", "Dave"), ("carer_relationship", "he's my husband", "partner"),
    ("carer_relationship", "im her daughter", "daughter"),
    ("choose_service", "a full benefits check please", "welfare-benefits"),
    ("choose_service", "the district nurses please", "community-nursing"),
    ("choose_service", "can i send it to my gp as well", "gp-practice"),
    ("choose_service", "no thanks", "no"),
    ("consent", "what will they do with it?", "question"), ("consent", "yep go ahead", "yes"),
    ("consent", "nah", "no"), ("menu", "nothing else thanks", "finished"),
    ("menu", "who has my story?", "who"), ("pin", "one two three four", "1234"), ("pin", "2580", "2580"),
])
def test_the_issues_replies_are_understood(context, text, label):
    assert understand(context, text, today=TODAY).label == label


@pytest.mark.parametrize("text", ["yes?", "yes but not the GP", "ok but leave out my medicines", "maybe", "👍"])
def test_anything_less_than_a_plain_yes_does_not_share(text):
    assert understand("consent", text, offered=["health", "medications"]).kind != "yes"


def test_consent_can_name_parts():
    meant = understand("consent", "not my medicines", offered=["health", "medications", "home"])
    assert meant.kind == "value" and meant.value == ["health", "home"]


@pytest.mark.parametrize("text, label", [
    ("ring the landline", "invalid"), ("he owns it", "invalid"), ("my mobile", "invalid"),
    ("oh seven seven double oh nine hundred", "invalid"),
    ("oh seven seven double oh nine hundred four six one", "07700 900461"), ("skip", "skip"),
])
def test_phone_numbers_are_checked(text, label):
    assert understand("gap_phone", text, today=TODAY).label == label


@pytest.mark.parametrize("text, label", [("12 may 1890", "invalid"), ("12/05/2031", "invalid"),
                                         ("14 February 1947", "1947-02-14"), ("dont know", "skip")])
def test_dates_of_birth_are_checked(text, label):
    assert understand("gap_dob", text, today=TODAY).label == label


@pytest.mark.parametrize("text", ["yes well sort of", "maybe", "hmm kind of"])
def test_a_read_back_reply_with_nothing_to_correct_with_is_asked_again_not_kept(text):
    assert understand("readback", text).kind == "invalid"


@pytest.mark.parametrize("text", ["its my left hip", "she is 84", "yes but she is 84", "metformin 1000mg"])
def test_a_read_back_correction_is_kept_as_one(text):
    assert understand("readback", text).kind == "correct"


@pytest.mark.parametrize("text", ["i need a carer to help me later in the day",
                                  "he wants to start again at the day centre",
                                  "she goes to the day centre and comes back later"])
def test_story_that_mentions_later_or_starting_again_is_kept_as_story(text):
    assert understand("telling", text).kind == "story"


@pytest.mark.parametrize("said, name", [("im her daughter kerry", "Kerry"), ("I am his son Paul", "Paul"),
                                        ("my husband dave", "Dave"), ("Kerry", "Kerry")])
def test_a_carer_names_themselves_as_people_do(said, name):
    assert name_of(said) == name


@pytest.mark.parametrize("said", ["yeh she knows", "yep", "nah", "okay"])
def test_a_yes_or_no_is_never_taken_for_a_name(said):
    """Found trying the stack as a stranger: "yeh she knows", said a question late, became the carer's
    name ("Yeh"), and would have reached services as who told the story."""
    assert name_of(said) is None
