"""A carer holding back her own health took her mother's with it (a stranger on the stack, session 40): Sarah, telling
her mother Joan's story, said of herself "I have thyroid problems myself and take levothyroxine", and at the GP's
consent question "yes but not my own health, just mums". The whole health part was left out: the GP got nothing of
Joan's dementia. Now the part goes without what Sarah said of herself in it, she is told so, and that holds for every
version of the story sent under the agreement (by whose words they are, not by which words)."""
from __future__ import annotations

import json

import pytest

from bot.conversation.journey import sharing, story
from bot.conversation.journey.person import person_for
from bot.conversation.steps import service_choice
from bot.conversation.steps.turn import Turn
from consent_store import outbox
from consent_store.consent import filter_profile
from tests.bot.conversation.conftest import carers_saved_story

SENDER = "carer-holds-her-own"
CARER = {"name": "Joan Price", "relationship": "daughter", "carer_name": "Sarah Price", "basis": "own_agreement",
         "knows": "yes"}
TOLD = ("Mum is 84 and has dementia, she takes donepezil in the morning. She lives with me. "
        "I have thyroid problems myself and take levothyroxine.")
SERVICE = "gp-practice"


@pytest.fixture
def rt(tmp_path, structurer):
    with carers_saved_story(tmp_path, structurer, SENDER, CARER, TOLD) as runtime:
        yield runtime


def _turn(rt, said: str, chosen: list[str] | None = None) -> Turn:
    return Turn(SENDER, {"teller": "carer", "carer": rt.carer, "stage": "consent", "service_id": SERVICE,
                         "sections_chosen": chosen}, text=said)


def _sent(rt, delivery_id: str) -> str:
    with rt.reading.begin() as session:
        body = json.loads(outbox.delivery_body(session, person_for(rt, session, SENDER), delivery_id))
    return json.dumps(body).lower()


@pytest.mark.parametrize("said", ["yes but not my own health, just mums", "yes but nothing about my health",
                                  "ok but leave out me own health", "yes but not my thyroid"])
def test_her_own_health_stays_out_and_her_mothers_goes(rt, said):
    step = service_choice.understood_at_a_choice(rt, _turn(rt, said))
    assert step is not None
    chosen = step.slots["sections_chosen"]
    assert "health" in chosen and sharing.own_held("health") in chosen, chosen
    replies = " ".join(r.text for r in step.replies)
    assert "I will leave out what you told me about yourself" in replies and "Joan's health still goes" in replies, replies
    outcome = sharing.share_with(rt, SENDER, SERVICE, "carer", only=chosen)
    sent = _sent(rt, outcome.delivery_id)
    assert "dementia" in sent, sent
    assert "thyroid" not in sent and "levothyroxine" not in sent, sent


def test_a_later_version_of_her_own_stays_out_too(rt):
    step = service_choice.understood_at_a_choice(rt, _turn(rt, "yes but not my own health"))
    assert step is not None
    sharing.share_with(rt, SENDER, SERVICE, "carer", only=step.slots["sections_chosen"])
    story.add_to_story(rt, SENDER, "Mum has had two falls this month. I have been diagnosed with diabetes myself.")
    story.confirm_profile(rt, SENDER, "carer", rt.carer, updating=True)
    [update] = sharing.send_update(rt, SENDER)
    sent = _sent(rt, update.delivery_id)
    assert "dementia" in sent, sent
    assert "diabetes" not in sent and "thyroid" not in sent, sent


def test_her_mothers_thing_held_back_still_takes_the_part(rt):
    """"not her dementia" is Joan's: a part goes whole or not at all, as before."""
    step = service_choice.understood_at_a_choice(rt, _turn(rt, "yes but not her dementia"))
    assert step is not None
    chosen = step.slots.get("sections_chosen") or []
    assert "health" not in chosen and sharing.own_held("health") not in chosen, chosen


def test_a_later_choice_keeps_her_own_held_back(rt):
    first = service_choice.understood_at_a_choice(rt, _turn(rt, "yes but not my own health"))
    assert first is not None
    then = service_choice.understood_at_a_choice(rt, _turn(rt, "and not her medicines", first.slots["sections_chosen"]))
    assert then is not None
    chosen = then.slots["sections_chosen"]
    assert "medications" not in chosen and "health" in chosen and sharing.own_held("health") in chosen, chosen


def test_the_view_holds_back_the_tellers_own_words_wherever_they_are_filed():
    profile = {"sections": {
        "health": [{"id": "a", "text": "dementia", "about": "subject", "term": "dementia", "source": {"start": 0, "end": 8}},
                   {"id": "b", "text": "I have thyroid problems myself", "about": "narrator", "source": {"start": 20, "end": 50}}],
        "support_network": [{"id": "c", "text": "I have thyroid problems myself", "about": "narrator",
                             "source": {"start": 20, "end": 50}},
                            {"id": "d", "text": "I look after my mum", "about": "narrator", "source": {"start": 52, "end": 70}}]}}
    view = filter_profile(profile, {"health", "support_network"}, own_held={"health"})
    assert [i["id"] for i in view["sections"]["health"]] == ["a"]
    assert [i["id"] for i in view["sections"]["support_network"]] == ["d"]
    whole = filter_profile(profile, {"health", "support_network"})
    assert [i["id"] for i in whole["sections"]["health"]] == ["a", "b"]


def test_her_own_stays_held_back_after_the_urgent_help(rt):
    """Her own held back, then words that got the urgent help at the consent question, holding back more: what goes
    still goes without her own (the mark was dropped, and a "yes" then sent her thyroid)."""
    first = service_choice.understood_at_a_choice(rt, _turn(rt, "yes but not my own health"))
    assert first is not None
    turn = Turn(SENDER, {"teller": "carer", "carer": rt.carer, "stage": "consent", "service_id": SERVICE,
                         "sections_chosen": first.slots["sections_chosen"]},
                text="and not her medicines. some nights i cant cope with it all", helped=True)
    then = service_choice.held_back_after_help(rt, turn)
    chosen = then.slots["sections_chosen"]
    assert "medications" not in chosen and "health" in chosen and sharing.own_held("health") in chosen, chosen
