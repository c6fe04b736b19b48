"""Consent changes said in the person's own words (a stranger, session 32): "yes but you don't need the allotment stuff"
and "yes but don't mention Gary at all, he might see the letters" got "Please answer yes or no"; "nah changed my mind,
dont send it to the gp" asked the GP's question again; "actually I've changed my mind, don't send it to the nurses", at
the nurses' own question, got "Please answer yes or no"; and "just send it to the doctors please not the other one", at
"Shall I send them the update?", got "Please answer yes or no", and the update went to both services. A thing or a person
held back leaves out the parts that name it (said); a service turned down by name gets nothing; an update said to go to
one service goes only to it."""
from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from bot.conversation.journey import sharing
from bot.conversation.stages import Stage
from bot.conversation.steps import anything_else, service_choice, service_questions, yes_no
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "own-words"
STORY = ("I have arthritis in both knees and I take paracetamol. I can't get in the bath. I live in a bungalow with my "
         "son Gary. What matters to me is my allotment. I want a walk-in shower.")


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, STORY) as runtime:
        yield runtime


def at(stage: Stage, text: str, service: str | None = None, intent: str = "nlu_fallback", **slots) -> Turn:
    return Turn(SENDER, {"teller": "self", "stage": stage.value, "service_id": service, **slots}, text=text, intent=intent)


def said(step) -> str:
    return " ".join(r.text for r in step.replies)


def offered(rt, service: str) -> list[str]:
    return service_choice._sections(service_choice.offered(rt, at(Stage.CONSENT, "", service))).get(service, [])


def holding(rt, thing: str, service: str) -> list[str]:
    return sharing.sections_naming(rt, SENDER, [thing], offered(rt, service))


def answered(rt, turn: Turn):
    """The step a reply gets, by whichever action the NLU model's guess runs (and the yes or the no it runs next, when
    that action understood one from the words)."""
    if turn.intent == "affirm":
        step = asyncio.run(yes_no.yes(rt, turn))
    elif turn.intent == "deny":
        step = yes_no.no(rt, turn)
    elif turn.intent == "choose_service":
        step = service_choice.show_consent(rt, turn)
    else:
        step = anything_else.reprompt(rt, turn)
    if step.then in ("action_handle_yes", "action_handle_no") and not step.replies:
        return answered(rt, replace(turn, intent="affirm" if step.then.endswith("yes") else "deny"))
    return step


@pytest.mark.parametrize("intent", ["affirm", "nlu_fallback", "deny"])
@pytest.mark.parametrize("text,thing", [
    ("yes but you don't need the allotment stuff", "allotment"),
    ("yes but don't mention Gary at all, he might see the letters", "gary"),
])
def test_a_thing_or_a_person_held_back_leaves_out_its_parts(rt, intent, text, thing):
    service = "housing-adaptations"
    parts = holding(rt, thing, service)
    assert parts, offered(rt, service)  # the story names it in a part this service would get
    step = answered(rt, at(Stage.CONSENT, text, service, intent))
    reply = said(step)
    assert "yes or no" not in reply and thing in reply.lower(), reply
    assert step.slots.get("sections_chosen") and not set(parts) & set(step.slots["sections_chosen"]), reply
    assert not (step.slots.get("stage") == "done"), reply  # nothing shared: the question is asked again


@pytest.mark.parametrize("intent", ["deny", "choose_service", "nlu_fallback"])
def test_the_service_asked_about_turned_down_by_name_is_a_no(rt, intent):
    step = answered(rt, Turn(SENDER, {"teller": "self", "stage": "consent", "service_id": "gp-practice"},
                             text="nah changed my mind, dont send it to the gp", intent=intent,
                             service_named="gp-practice" if intent == "choose_service" else None))
    reply = said(step)
    assert "Nothing has been shared with Riverside Surgery" in reply, reply
    assert step.slots.get("service_id") != "gp-practice" and not sharing.sharing_now(rt, SENDER)


def test_a_service_turned_down_at_its_own_questions_is_dropped(rt):
    text = "actually I've changed my mind, don't send it to the nurses"
    assert service_questions.not_this_service(text, "community-nursing")
    step = service_questions.reply(rt, at(Stage.GAPS, text, "community-nursing"), text)
    assert step.slots.get("gap_answer") == "declined"


@pytest.mark.parametrize("text", ["just send it to the doctors please not the other one",
                                  "only the gp please", "yes but not the home adaptations"])
@pytest.mark.parametrize("intent", ["affirm", "nlu_fallback", "deny"])
def test_an_update_said_to_go_to_one_service_goes_only_to_it(rt, text, intent):
    sharing.share_with(rt, SENDER, "gp-practice", "person")
    sharing.share_with(rt, SENDER, "housing-adaptations", "person")
    step = answered(rt, at(Stage.RESEND, text, intent=intent))
    reply = said(step)
    assert "sending the update to: Riverside Surgery (GP practice)." in reply, reply
    assert "not sent it to Home adaptations" in reply, reply
    assert step.slots.get("stage") == "done"
