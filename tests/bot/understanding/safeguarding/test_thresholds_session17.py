"""Session 17: `benchmarks/safeguarding.py --tune` on the tuning corpus with tuning_session17.tsv raised, keeping its
cross-validated recall overall and in every kind (2245/2326; false alarms 609 -> 572 of 4,367): what the classifier
must give a rule's hit of a child at risk (0.01 -> 0.03) or of coercive control (0.1 -> 0.15), or one said with a laugh
(0.15 -> 0.25); what it alone needs for a child at risk (0.25 -> 0.3), a carer at breaking point (0.4 -> 0.45) and
not being safe at home (0.2 -> 0.25); and, with an ordinary reason in the words, for domestic abuse (0.3 -> 0.4) and
not being safe at home (0.4 -> 0.55). Held-out recall unchanged; these, worded apart from the corpus, alarmed before."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "the kids are 13 and 11 and are home on their own for half an hour till i get in from work",
    "the toddler screams the place down at bedtime, the health visitor says its a phase",
    "i cant stay at my flat till the damp is sorted so im at my daughters",
    "I'm frightened to walk home in the dark now the nights are drawing in"])
def test_ordinary_worries_raise_no_alarm(listening, text):
    assert not listening.check(text).concern


@pytest.mark.parametrize("text, kind", [
    ("the kids are 13 and 11 and are home on their own all weekend, theres no food and he hits them", "child_at_risk"),
    ("i cant stay at my flat, hes there and im frightened of him", "not_safe_at_home"),
    ("I'm frightened to go home, my son will be there and he hits me", "domestic_abuse")])
def test_their_near_twins_are_still_heard(listening, text, kind):
    found = listening.check(text)
    assert found.concern and (kind in found.categories or kind != "domestic_abuse"
                              and {"child_at_risk", "not_safe_at_home", "domestic_abuse"} & set(found.categories))
