"""'If you change your mind, tell me which service, for example "the GP".' was a promise the returning menu
could not keep: at a later visit "the GP", "share my story" got "Sorry, I did not catch that." (a stranger on
the stack, 2026-12-04). The promise now says where it works: in this chat, where naming a service still
leads to its questions and consent."""
from __future__ import annotations

import pytest

from bot.conversation import wording
from bot.conversation.journey import sharing
from bot.conversation.stages import Stage
from bot.conversation.steps import service_choice
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "changed-mind"


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, "I have asthma and I take salbutamol. I live alone in a flat.") as runtime:
        yield runtime


def test_the_promise_is_only_for_this_chat(rt):
    said = wording.no_more_services([rt.services["community-nursing"]]).text
    assert "change your mind before you leave this chat" in said


def test_in_this_chat_naming_a_service_still_asks_for_consent(rt):
    sharing.share_with(rt, SENDER, "community-nursing", "person")
    turn = Turn(SENDER, {"teller": "self", "stage": Stage.DONE.value}, text="the GP")
    step = service_choice.understood_at_a_choice(rt, turn)
    assert step is not None and step.slots.get("stage") in (Stage.GAPS.value, Stage.CONSENT.value)  # its questions, consent
