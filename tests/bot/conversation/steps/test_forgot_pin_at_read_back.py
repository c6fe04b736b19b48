"""A forgotten PIN led nowhere (a stranger, F30): the lock said "you can tell your story again as new"; told
again in the same conversation, the read-back asked for the same PIN, and "i forgot it" there was taken as
stop ("OK, I have stopped"). It now gets what can be done, plainly, and the lock no longer sends people there."""
from __future__ import annotations

import pytest

from bot.conversation import wording
from bot.conversation.journey import pins, story
from bot.conversation.rights import new_session
from bot.conversation.stages import Stage
from bot.conversation.steps import read_back
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings

SENDER = "forgetful"


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    story.add_to_story(runtime, SENDER, "I have asthma and I take salbutamol.")
    story.confirm_profile(runtime, SENDER, "self")
    pins.set_pin(runtime, SENDER, "3917")
    new_session(runtime, SENDER)  # a new session: the PIN is asked before the read-back
    story.add_to_story(runtime, SENDER, "I have gout.")  # the story told again, as the lock said
    yield runtime
    runtime.engine.dispose()


@pytest.mark.parametrize("said", ["i forgot it", "I forgot my PIN", "cant remember it"])
def test_i_forgot_it_at_the_read_backs_pin_is_answered_plainly(rt, said):
    turn = Turn(SENDER, {"teller": "self", "stage": Stage.READBACK.value}, text=said, form="readback_form")
    step = read_back.pin_reply(rt, turn, said)
    text = " ".join(r.text for r in step.replies)
    assert "I have stopped" not in text and "forgotten your PIN" in text, text
    assert "again as new" not in text
    assert story.story_parts(rt, SENDER)  # what was told is not lost


def test_the_lock_no_longer_sends_people_to_tell_it_again_here():
    locked = wording.pin_wrong(0, 15).text
    assert "again as new" not in locked and "I forgot my PIN" in locked
