"""Harm told as long past, or denied, is no alarm; harm told as recent is (issue 17, session 12), found reading the
tuning corpus's cross-validated false alarms: "decades ago" and "a long time ago" were not heard as past told as
over; "not long ago" was heard as a denial ("not ... hit me"), though it says recent; and a pattern that held
"without" could never be denied, so "nobody has ever touched her inappropriately" got the help for sexual abuse."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("said", [
    "Nobody has ever touched her inappropriately, the carers are all women.",
    "no one has ever touched me inappropriately",
    "i was assaulted decades ago, had counselling, im ok now",
    "my uncle hurt me a long time ago, I've had therapy and I'm fine now",
])
def test_harm_long_past_or_denied_raises_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


@pytest.mark.parametrize("said, category", [
    ("not long ago my husband hit me", "domestic_abuse"),
    ("not that long ago he hit me again", "domestic_abuse"),
    ("he touched me without asking", "sexual_abuse"),
    ("a long time ago he started hurting me and he still does", "domestic_abuse"),
])
def test_harm_told_as_recent_or_still_going_on_is_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)
