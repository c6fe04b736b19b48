"""'If you change your mind, tell me which service, for example "the GP".' was a promise the returning menu
could not keep: at a later visit "the GP", "share my story" got "Sorry, I did not catch that." (a stranger on
the stack, 2026-12-04). The promise now says where it works: in this chat, where naming a service still
leads to its questions and consent."""
from __future__ import annotations

import pytest

from bot.conversation import wording
from bot.conversation.journey import pins, sharing, story
from bot.conversation.stages import Stage
from bot.conversation.steps import service_choice
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings

SENDER = "changed-mind"


@pytest.fixture
def rt(tmp_path, structurer):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}), structurer)
    story.add_to_story(runtime, SENDER, "I have asthma and I take salbutamol. I live alone in a flat.")
    story.confirm_profile(runtime, SENDER, "self")
    pins.set_pin(runtime, SENDER, "3917")
    yield runtime
    runtime.engine.dispose()


def test_the_promise_is_only_for_this_chat(rt):
    said = wording.no_more_services([rt.services["community-nursing"]]).text
    assert "change your mind before you leave this chat" in said


def test_in_this_chat_naming_a_service_still_asks_for_consent(rt):
    sharing.share_with(rt, SENDER, "community-nursing", "person")
    turn = Turn(SENDER, {"teller": "self", "stage": Stage.DONE.value}, text="the GP")
    step = service_choice.understood_at_a_choice(rt, turn)
    assert step is not None and step.slots.get("stage") in (Stage.GAPS.value, Stage.CONSENT.value)  # its questions, consent
