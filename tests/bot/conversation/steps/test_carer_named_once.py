"""A carer's assessment with no carer on it (a stranger on the stack, session 19, F19): Tom told the bot "im her
son tom evans" at the carer's questions, then said "skip" to each of the assessment's questions, his name and
phone among them. The form went with no carer's name and no phone ("Still to ask: Carer's name, Carer's
telephone"), and he heard "Done. Carer's assessment has Lily's details and has confirmed it." His name, given
once, is now the form's; and he is told plainly that the service has no number to reach him on."""
from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.conversation.journey import pins, sharing, story
from bot.conversation.journey.person import person_for
from bot.conversation.steps import service_questions, yes_no
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings
from consent_store import outbox

SENDER = "carer-named-once"
CARER = {"name": "Lily Evans", "relationship": "son", "carer_name": "Tom Evans", "basis": "own_agreement",
         "knows": "yes"}
TOLD = "Mum has multiple sclerosis and uses a wheelchair. I do all her personal care."
SERVICE = "carers-assessment"


@pytest.fixture
def rt(tmp_path: Path, structurer):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path), "TELL_SHARE_WAIT_SECONDS": "0.01"}),
                            structurer)
    carer = {**CARER, "representative_id": story.record_carer(runtime, SENDER, CARER)}
    story.add_to_story(runtime, SENDER, TOLD)
    story.confirm_profile(runtime, SENDER, "carer", carer)
    pins.set_pin(runtime, SENDER, "7294")
    runtime.carer = carer  # type: ignore[attr-defined]
    yield runtime
    runtime.engine.dispose()


def _turn(rt, **slots) -> Turn:
    return Turn(SENDER, {"teller": "carer", "carer": rt.carer, "service_id": SERVICE, **slots})


def test_the_carers_name_is_not_asked_again(rt):
    labels = [gap.label for gap in service_questions.open_gaps(rt, _turn(rt), SERVICE)]
    assert "Carer's name" not in labels and "Carer's telephone" in labels


def test_nor_after_a_restart(rt):
    turn = Turn(SENDER, {"service_id": SERVICE})  # the conversation forgot who tells it; the saved story did not
    assert "Carer's name" not in [gap.label for gap in service_questions.open_gaps(rt, turn, SERVICE)]


def test_the_form_has_his_name(rt):
    service_questions.open_gaps(rt, _turn(rt), SERVICE)
    sent = sharing.share_with(rt, SENDER, SERVICE, "carer")
    with rt.reading.begin() as session:
        body = json.loads(outbox.delivery_body(session, person_for(rt, session, SENDER), sent.delivery_id))
    assert "Carer's name: Tom Evans" in body["summary"], body["summary"]


def test_he_hears_the_service_has_no_number_to_reach_him(rt):
    step = asyncio.run(yes_no.yes(rt, Turn(SENDER, {**_turn(rt).slots, "stage": "consent"}, text="yes",
                                           intent="affirm")))
    said = " ".join(reply.text for reply in step.replies)
    assert "no phone number for you" in said, said
