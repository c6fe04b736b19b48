"""Session 18 (issue 17's false alarms): words a rule met that say something else where they stand, found reading the
false alarms of data/safeguarding/tuning_session18.tsv (its first run, by a detector built without it), each with a
near twin that tells a harm and is still heard; and a stranger's "i fell because he tripped me", missed."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("said", [
    # "a bit" was read as "bite": a care worker biting
    "the carer is a bit sharp with me but she's good really",
    "the nurse was a bit short with me this morning, they're run off their feet",
    "my dads carers a bit bossy with him but he needs it, he wont do his exercises otherwise",
])
def test_a_bit_is_no_bite(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


@pytest.mark.parametrize("said", [
    # a fear of falling, not of a person
    "im scared of falling on them front steps when its icy, theres no rail",
    # a hand held, not handed over
    "she pushes my hand away when I try to help her wash, its the dementia",
    # a natural death wished for where one belongs
    "My father he say he want to die in his own country",
])
def test_words_that_say_something_else_raise_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


def test_a_day_to_come_is_no_rule_s_hit(listening):
    """A carer's worry for the day they can no longer do it is no rule's hit (the classifier still reads the words)."""
    said = "I worry what will happen to him when I can't do it any more"
    assert all(not heard.raised for heard in listening.evidence(said)), listening.evidence(said)


@pytest.mark.parametrize("said, category", [
    ("the carer bit me when i asked for water", "care_abuse"),
    ("im scared of him, he pushed me down the steps", "domestic_abuse"),
    ("mums partner makes her hand over her wages every friday", "financial_abuse"),
    ("i cant do it any more, im going to hurt him", "carer_breaking_point"),
    ("i want to die, theres no point any more", "suicidal"),
])
def test_their_near_twins_are_still_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)


@pytest.mark.parametrize("said", [
    "i fell because he tripped me",
    "I fell because my husband tripped me up",
    "she tripped me and i fell",
])
def test_a_fall_caused_by_another_is_heard(listening, said):
    assert "domestic_abuse" in listening.check(said).categories, listening.check(said)


@pytest.mark.parametrize("said", [
    "my grandson tripped me up by accident with his scooter",
    "i tripped over the cat and fell",
])
def test_a_trip_by_accident_is_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


def test_a_newspaper_and_an_appetite_are_no_rule_s_hit(listening):
    """"my neighbour gets my paper" is no document kept from one, "i dont eat much these days" no going without."""
    for said in ("my neighbour gets my paper for me every morning", "I don't eat much these days, never had a big appetite"):
        assert all(not heard.raised for heard in listening.evidence(said)), (said, listening.evidence(said))


@pytest.mark.parametrize("said, category", [
    ("the boss keeps my passport and my papers and i cant leave", "exploitation"),
    ("i havent eaten for days, nobody brings me any food", "neglect"),
])
def test_papers_kept_and_going_without_are_still_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)
