"""Sayings that use a harm's words for something else raise no alarm (issue 17, session 12), found reading the
tuning corpus's cross-validated false alarms: "die of embarrassment", "hurt myself laughing", "kicking myself for
missing it", "i neglect my emails" got the help for suicide, self-harm, a carer at breaking point or neglect.
A rule's hit in such words is left to the classifier, which must then hear a harm in them on its own ("I hurt
myself laughing at that show" it still does, wrongly). Near twins said plainly are still heard."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("said", [
    "i was kicking myself for forgetting the form",
    "I kicked myself over that one",
    "hurt myself laughing lol",
    "I neglect my emails terribly, sorry if I'm slow to reply",
    "Mum nearly died of embarrassment when the nurse called her name out",
])
def test_a_saying_raises_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


@pytest.mark.parametrize("said, category", [
    ("i want to die of shame, i cant go on", "suicidal"),
    ("i hurt myself on purpose when no one is looking", "self_harm"),
    ("her son neglects her, she has no food in and sits in the dark", "neglect"),
])
def test_a_harm_said_plainly_is_still_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)
