"""bot/conversation/journey/service_questions.py: the questions a chosen service's form needs."""
from __future__ import annotations

import pytest

from bot.conversation.journey import service_questions, story
from bot.ops.runtime import build_runtime
from bot.settings import load_settings


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    yield runtime
    runtime.engine.dispose()


def asked(rt, sender: str, told: str, teller: str = "self") -> list[str]:
    story.add_to_story(rt, sender, told)
    assert story.confirm_profile(rt, sender, teller) is not None
    return [gap.label for gap in service_questions.gap_questions(rt, sender, ["welfare-benefits"])]


@pytest.mark.parametrize("told", ["I am 88. I am on my pension and I struggle to pay my bills.",
                                  "I am 70 and retired. I struggle to pay my bills."])
def test_are_you_working_is_not_asked_of_someone_whose_working_life_is_over(rt, told):
    """"Is Albert working?" was asked of an 88-year-old on his pension (a stranger on the stack, 2026-12-03)."""
    labels = asked(rt, "old", told)
    assert "Are you working" not in labels and "Do you have savings over £16,000" in labels, labels


def test_are_you_working_is_asked_of_someone_of_working_age(rt):
    assert "Are you working" in asked(rt, "young", "I am 40. I struggle to pay my bills.")
