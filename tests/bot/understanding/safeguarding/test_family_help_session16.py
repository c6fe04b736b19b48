"""Session 16: ordinary help from family, given in many voices, got an alarm from a detector built without
tuning_session16.tsv's second batch (`benchmarks/safeguarding.py --batch`): a sister taking one to the bank, a mum
having the children so one can work. They are now its examples; their near twins still get the help."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["My sister takes me to the bank so I can pay in my cheques.",
                                  "my mum has the kids 2nite so i can work"])
def test_family_help_gets_no_alarm(listening, text):
    assert not listening.check(text).concern


@pytest.mark.parametrize(("text", "kind"), [("My neighbour takes my pension out for me and keeps half of it.",
                                             "financial_abuse"),
                                            ("My ex picks the children up drunk and they come back with bruises.",
                                             "child_at_risk"),
                                            ("my daughter has all my passwords and wont let me see my own bank account",
                                             "coercive_control")])
def test_the_near_twins_still_get_the_help(listening, text, kind):
    assert kind in listening.check(text).categories
