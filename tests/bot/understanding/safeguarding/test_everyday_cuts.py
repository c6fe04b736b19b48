"""A habit cut back, hair or a lawn cut: no self-harm heard by the rules of the short-message batch
("urge ~3 cut" heard it in "the urge to cut back on sugar"); the urge to cut oneself still alarms. And years
said first are how long, not a child's age, unless said "old"."""
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


@pytest.mark.parametrize("text", ["16 years and he still hits me", "15 years, that is how long I have looked after him"])
def test_years_said_first_without_old_are_how_long_not_a_childs_age(text):
    """1b5cc60's "^15 yr old here" took "16 years and he still hits me" for a child writing: child_at_risk."""
    from bot.understanding.safeguarding.context import a_child_writing

    assert not a_child_writing(text)
    assert "child_at_risk" not in detector().check(text).categories


@pytest.mark.parametrize("text", ["15 yr old here, my mums boyfriend hits me", "14 y/o and my dad hits me",
                                  "13 year old and scared"])
def test_an_age_said_first_is_still_a_child(text):
    from bot.understanding.safeguarding.context import a_child_writing

    assert a_child_writing(text)
