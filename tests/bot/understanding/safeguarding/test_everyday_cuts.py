"""A habit cut back, hair or a lawn cut: no self-harm heard by the rules of the short-message batch
("urge ~3 cut" heard it in "the urge to cut back on sugar"); the urge to cut oneself still alarms."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector


@pytest.mark.parametrize("text", ["the urge to cut back on sugar", "I get the urge to cut down on the drink"])
def test_a_habit_cut_back_is_no_self_harm(text):
    assert "self_harm" not in detector().check(text).categories


@pytest.mark.parametrize("text", ["the urge 2 cut", "i have the urge to cut again", "i still cut my arms",
                                  "i cut my hair and then cut my arms"])
def test_cutting_oneself_still_alarms(text):
    assert "self_harm" in detector().check(text).categories
