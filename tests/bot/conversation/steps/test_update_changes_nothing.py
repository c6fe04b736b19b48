"""An update whose words change nothing in the saved story ("the doc put my ramipril up to five mg" left
it at 2.5 mg): "that's all" says plainly that nothing was changed and asks for it another way, keeping
the words, never "I will now read back what I understood" with nothing read back and then "updated"."""
from __future__ import annotations

import pytest

from bot.conversation import rights
from bot.conversation.journey import story
from bot.conversation.rights import Right
from bot.conversation.steps import telling
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "update-changes-nothing"
STORY = "I have asthma and I use an inhaler. I live alone in a flat. My garden matters to me."


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, STORY) as runtime:
        yield runtime


def finished(rt, told: str):
    story.add_to_story(rt, SENDER, told)
    turn = Turn(SENDER, {"teller": "self", "stage": "telling", "updating": True}, text="that's all")
    return telling.story_reply(rt, turn, "that's all")


def test_words_that_change_nothing_are_asked_for_another_way(rt):
    assert rights.may(rt, SENDER, Right.READ_BACK)
    step = finished(rt, "My garden matters to me.")
    said = " ".join(r.text for r in step.replies)
    assert step.slots["story_done"] is None
    assert "did not change anything" in said and "ramipril 5mg" in said and "updated" not in said.replace(
        "nothing is updated yet", ""), said


def test_words_that_change_something_go_to_the_read_back(rt):
    step = finished(rt, "I have arthritis now.")
    assert step.slots["story_done"] is True
