"""A second reader's findings (session 13): the guards added that session for harm told as over, plain denials
and natural deaths planned for had swallowed disclosures said beside them. Words told as over govern their own
clause only: what else the message says now is judged on its own (context.not_over); a denial with an
exception ("nobody hits me except my son") is no plain denial; "the end of my life" wished for is no end-of-life
care plan."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding.context import not_over


@pytest.mark.parametrize("said, category", [
    ("my wife died years ago and i dont see the point of going on", "suicidal"),
    ("i lost my son years ago and i dont want to be here anymore", "suicidal"),
    ("im fine now, just dont see the point in anything", "suicidal"),
    ("years ago i had a stroke and now my daughter takes my pension and leaves me without food", "financial_abuse"),
    ("i was in care when i was little and my foster dad touches me", "child_at_risk"),
    ("i want to be at the end of my life now", "suicidal"),
    ("i just want it to be the end of my life", "suicidal"),
    ("nobody hits me except my son", "domestic_abuse"),
    ("no one hits me except my partner", "domestic_abuse"),
    ("nobody hits me only my son", "domestic_abuse"),
])
def test_a_disclosure_beside_a_past_a_denial_or_a_death_is_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)


@pytest.mark.parametrize("said", [
    "nobody hits me",
    "I used to self-harm when I was 14, not for years",
    "he hit me years ago but hes in prison now",
    "That part of my life is long over, I am fine now",
    "my dad died years ago and mum is fine",
    "she wants to die at home when her time comes, she has a DNR",
    "we talked about end of life care with the hospice",
])
def test_what_is_over_denied_or_planned_for_still_raises_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


def test_only_the_clauses_told_as_over_are_left_out():
    assert not_over("my wife died years ago and i dont see the point of going on") == "i dont see the point of going on"
    assert not_over("he hit me years ago but hes in prison now") == ""
