"""bot/conversation/steps/telling.py: "Shall I clear everything …?" and its answers."""
from __future__ import annotations

import pytest

from bot.conversation.journey import story
from bot.conversation.stages import Stage
from bot.conversation.steps import telling
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    yield runtime
    runtime.engine.dispose()


@pytest.mark.parametrize("said", ["yes", "start again", "yes start again"])
def test_start_again_said_again_clears_the_story(rt, said):
    """At the read-back, "start again" twice kept the story: the second was taken as a correction,
    and the earlier words came back in the next read-back (a stranger on the stack, 2026-12-03)."""
    story.add_to_story(rt, "teller-1", "I have gout and a cat called Tibbles.")
    turn = Turn("teller-1", {"teller": "self", "stage": Stage.READBACK.value, "restart_asked": True}, text=said)
    step = telling.clear_or_keep(rt, turn, said)
    assert step is not None and step.slots["restart_asked"] is False
    assert story.story_parts(rt, "teller-1") == []


def test_no_keeps_the_story(rt):
    story.add_to_story(rt, "teller-2", "I have gout.")
    turn = Turn("teller-2", {"teller": "self", "stage": Stage.READBACK.value, "restart_asked": True}, text="no")
    step = telling.clear_or_keep(rt, turn, "no")
    assert step is not None and step.slots["restart_asked"] is None
    assert story.story_parts(rt, "teller-2") == ["I have gout."]


@pytest.mark.parametrize("said", ["stop. delete what i said", "i dont want to do this anymore delete it",
                                  "please delete everything i have written"])
def test_stopping_with_delete_asks_to_clear_what_was_told(rt, said):
    """"stop. delete what i said" while telling got "what you told me is kept safely" (a fresh reply set's
    stop wishes, read in session 10): it is asked whether to clear it, and nothing is kept of the message."""
    story.add_to_story(rt, "teller-3", "I have gout.")
    step = telling._reply(rt, Turn("teller-3", {"teller": "self", "stage": Stage.TELLING.value}, text=said), said)
    assert step.slots.get("restart_asked") is True and step.slots.get("story_done") is None
    assert story.story_parts(rt, "teller-3") == ["I have gout."]


def test_stopping_without_delete_keeps_what_was_told(rt):
    story.add_to_story(rt, "teller-4", "I have gout.")
    step = telling._reply(rt, Turn("teller-4", {"teller": "self", "stage": Stage.TELLING.value}, text="stop"), "stop")
    assert step.slots.get("story_done") == "stopped"


def test_delete_it_all_at_the_read_back_asks_to_clear(rt):
    """"forget it, delete it all" at the read-back got "what you told me is kept safely" (session 10)."""
    from bot.conversation.steps import read_back

    story.add_to_story(rt, "teller-5", "I have gout.")
    said = "forget it, delete it all"
    step = read_back._reply(rt, Turn("teller-5", {"teller": "self", "stage": Stage.READBACK.value}, text=said), said)
    assert step.slots.get("restart_asked") is True
    assert story.story_parts(rt, "teller-5") == ["I have gout."]
