"""After an update was sent, the button's title "Stop sharing" typed was answered "Your story is saved, and
shared only where you agreed. To share it with a service, tell me which one." and nothing stopped (a stranger
on the stack, F22): a right typed in the menu's own words once the story is saved is the menu's."""
from __future__ import annotations

import pytest

from bot.conversation.journey import pins, story
from bot.conversation.stages import Stage
from bot.conversation.steps import anything_else
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings

SENDER = "done-stopper"


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    story.add_to_story(runtime, SENDER, "I have asthma and I take salbutamol.")
    story.confirm_profile(runtime, SENDER, "self")
    pins.set_pin(runtime, SENDER, "3917")  # verified in this session
    yield runtime
    runtime.engine.dispose()


@pytest.mark.parametrize("said, intent", [("Stop sharing", "stop"), ("stop sharing", None), ("Stop sharing", None)])
def test_stop_sharing_typed_when_done_goes_to_the_menu(rt, said, intent):
    turn = Turn(SENDER, {"stage": Stage.DONE.value, "teller": "self"}, text=said, intent=intent)
    step = anything_else.the_rest(rt, turn) if intent else anything_else.reprompt(rt, turn)
    said_back = " ".join(r.text for r in step.replies)
    assert "To share it with a service, tell me which one" not in said_back and "stopped" not in said_back.lower()
    assert step.form == "returning_form" or step.then == "returning_form"
    assert "not sharing your story with any service" in said_back  # nothing was shared here: said so
