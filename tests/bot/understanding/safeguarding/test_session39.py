"""Session 39: ordinary medicine and illness talk alarmed the classifier alone. Trying the stack, "he takes midazolam for
emergencies" got the help for financial abuse; a stranger's carer in session 38 got it for "hes allergic to penicillin
dont let anyone give him that"; "the man next door has dementia" scored 0.80 as sexual abuse. In our own words (the first five
alarmed before), and each near twin that tells a harm is still heard."""
from __future__ import annotations

import pytest

QUIET = [
    # each alarmed before
    "he takes buccal midazolam for emergencies only",
    "he takes diazepam for emergencies only",
    "the man at number 4 has dementia",
    "the man next door has parkinsons",
    "he had a bad reaction to codeine so dont give him any",
    # and kept quiet
    "she takes midazolam for emergencies only",
    "I take ramipril 5mg 2x a day",
    "the old man across the road has dementia bless him",
    "shes allergic to penicillin, never give her that",
]
HEARD = [
    ("financial_abuse", "my son takes my tablets and sells them"),
    ("suicidal", "i take all my tablets for the week at once"),
    ("sexual_abuse", "the man next door has dementia and he keeps touching me"),
    ("neglect", "the carers never give him his tablets and leave him in bed all day"),
]


@pytest.mark.parametrize("said", QUIET)
def test_quiet(listening, said):
    assert not listening.check(said).concern, said


@pytest.mark.parametrize("kind, said", HEARD)
def test_heard(listening, kind, said):
    assert kind in listening.check(said).categories, said
