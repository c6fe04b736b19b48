"""Dangers the rules did not hear as said (issue 17, session 12), found reading the tuning corpus's cross-validated
misses: "work" after "from" or "before" is a time or a journey, not a subject talked about, and silenced the rules;
someone coming "home" was heard as a care home (care abuse's help for domestic abuse); and "stop forever" never met
a pattern written "stop ~1 for good|forever" (which asked for "for" before either)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("said, category", [
    ("I need to get out before he gets back from work", "not_safe_at_home"),
    ("i have to get out before she comes home from work", "not_safe_at_home"),
    ("i want to go to sleep in the bath and never wake up again", "suicidal"),
    ("I wish it would all just stop forever, every bit of it", "suicidal"),
    ("I wish it would stop permanently", "suicidal"),
    # heard before only by the classifier, as sexual or domestic abuse
    ("when he gets back from work he locks me in my room", "coercive_control"),
    ("after work he locks me in the flat", "coercive_control"),
])
def test_a_danger_said_around_a_time_or_a_wish_is_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)


@pytest.mark.parametrize("said", [
    "he comes home drunk and hits me",
    "my husband comes home from work and hits me",
])
def test_someone_coming_home_and_hitting_is_domestic_abuse_not_a_care_home(listening, said):
    found = listening.check(said)
    assert "domestic_abuse" in found.categories and "care_abuse" not in found.categories, found
