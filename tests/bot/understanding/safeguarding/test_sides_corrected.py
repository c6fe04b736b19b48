"""A side corrected at the read-back ('no its his left side not right') got financial abuse's help (a
rule for 'no money left' read 'no … left'), and 'no its her left hand not the right' the classifier's
(strangers and a second read, session 12); being left alone, or no money left, is still heard."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["no its his left side not right", "no its his left arm not the right",
                                  "nah the left leg not the right one"])
def test_a_side_corrected_is_no_disclosure(listening, text):
    assert not listening.check(text).concern


@pytest.mark.parametrize("text", ["he takes my pension and i have no money left",
                                  "theres nothing left in my account after my son has been",
                                  "he left me on my own all day", "my carer left me in my chair for hours"])
def test_money_gone_or_being_left_is_heard(listening, text):
    assert listening.check(text).concern
