"""Leaving out the person's health took the carer's own (a stranger on the stack, session 19, F4): Frank's daughter,
asked to agree to her carer's assessment, said "yes but not his health". The form went with no line of her own
health (her asthma, her back, her sleep): the health part held both, and it went whole or not at all. Her own
facts are hers, not "his health": leaving out the person's part leaves hers in; "not my health" still takes it out."""
from __future__ import annotations

import json

import pytest

from bot.conversation.journey import sharing, story
from bot.conversation.journey.person import person_for
from bot.conversation.steps import service_choice
from bot.conversation.steps.turn import Turn
from bot.conversation.wording.sharing import YOURS_TOO
from bot.intake.gaps import gaps_for
from consent_store import outbox
from tests.bot.conversation.conftest import carers_saved_story

SENDER = "carer-own-health"
CARER = {"name": "Frank Morris", "relationship": "daughter", "carer_name": "Sue Morris",
         "basis": "lpa_health_welfare", "knows": "unable"}
TOLD = ("Dad has alzheimers and he takes donepezil. He gets lost when he goes out. "
        "I have asthma and a bad back and I am not sleeping.")
SERVICE = "carers-assessment"


@pytest.fixture
def rt(tmp_path, structurer):
    with carers_saved_story(tmp_path, structurer, SENDER, CARER, TOLD) as runtime:
        asked = gaps_for([runtime.services[SERVICE]], story.current_profile(runtime, SENDER).profile["sections"],
                         "carer", runtime.questions, optional=True)
        # her own health, told in the story, is hers in the health part: it fills her line, never asked again
        assert not [gap for gap in asked if gap.label == "The carer's own health"]
        yield runtime


def _shared_after(rt, said: str) -> str:
    turn = Turn(SENDER, {"teller": "carer", "carer": rt.carer, "stage": "consent", "service_id": SERVICE}, text=said)
    step = service_choice.understood_at_a_choice(rt, turn)
    assert step is not None
    chosen = step.slots["sections_chosen"]
    assert "health" not in [c for c in chosen if c != sharing.CARERS_OWN]
    assert YOURS_TOO in step.replies[-1].text  # she is told her own facts still go
    outcome = sharing.share_with(rt, SENDER, SERVICE, "carer", only=chosen)
    with rt.reading.begin() as session:
        body = json.loads(outbox.delivery_body(session, person_for(rt, session, SENDER), outcome.delivery_id))
    return str(body["summary"]).lower()


@pytest.mark.parametrize("said", ["yes but not his health", "yes but not Franks health", "ok, leave out his health"])
def test_leaving_out_his_health_leaves_hers_in(rt, said):
    sent = _shared_after(rt, said)
    assert "asthma" in sent, sent
    assert "alzheimer" not in sent and "donepezil" not in sent, sent


@pytest.mark.parametrize("said", ["yes but not my health", "not the health part", "only his goals"])
def test_her_own_health_is_left_out_when_she_says_so(rt, said):
    turn = Turn(SENDER, {"teller": "carer", "carer": rt.carer, "stage": "consent", "service_id": SERVICE}, text=said)
    step = service_choice.understood_at_a_choice(rt, turn)
    chosen = (step.slots.get("sections_chosen") if step else None) or []
    assert sharing.CARERS_OWN not in chosen
