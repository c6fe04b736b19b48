"""After "stop" then "hello", the question "Is your story about you, or about someone you care for?" [About me
| ...] was on the table, but typing its first button's title "About me" gave the printable About Me page; and
"hiii" got "Sorry, I did not understand that." (a stranger, F35)."""
from __future__ import annotations

import pytest

from bot.conversation.journey import pins, story
from bot.conversation.stages import Stage
from bot.conversation.steps import anything_else
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings

SENDER = "hello-again"


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    story.add_to_story(runtime, SENDER, "I have asthma and I take salbutamol.")
    story.confirm_profile(runtime, SENDER, "self")
    pins.set_pin(runtime, SENDER, "3917")  # verified in this session
    yield runtime
    runtime.engine.dispose()


def test_about_me_typed_after_hello_starts_the_persons_own_story(rt):
    asked = anything_else.whose_story(rt, Turn(SENDER, {"stage": Stage.DONE.value, "teller": "self"}, text="hello"))
    assert "about you, or about someone you care for" in asked.replies[0].text
    assert "stage" in asked.slots and asked.slots["stage"] is None  # the question on the table is this one
    step = anything_else.story_asked(rt, Turn(SENDER, {"teller": "self"}, text="About me", intent="tell_about_me"))
    said = " ".join(r.text for r in step.replies)
    assert "to print" not in said and "one page" not in said, said
    assert step.slots.get("stage") == Stage.TELLING.value, step.slots


@pytest.mark.parametrize("stage", [None, Stage.DONE.value])
def test_hiii_is_a_hello(rt, stage):
    step = anything_else.reprompt(rt, Turn(SENDER, {"stage": stage}, text="hiii"))
    said = " ".join(r.text for r in step.replies)
    assert "did not understand" not in said and "about you, or about someone you care for" in said, said
