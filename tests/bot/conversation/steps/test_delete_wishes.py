"""A wish to delete what was told ("delete it all", "wipe everything i said") at a carer's question, a
service's question or the PIN question was read as a plain stop ("what you told me is kept safely"; a
stranger on the stack, session 11): it is asked first, as while telling and at the read-back
(tests/bot/conversation/steps/test_telling.py), and a plain stop there still stops."""
from __future__ import annotations

import pytest

from bot.conversation.journey import pins, story
from bot.conversation.stages import PinStep, Stage
from bot.conversation.steps import (
    carer_questions,
    read_back,
    returning_menu,
    service_choice,
    service_questions,
)
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings

DELETE = ["delete it all", "wipe everything i said"]


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    yield runtime
    runtime.engine.dispose()


def carer_says(text: str, restart_asked: bool | None = None, **answers) -> Turn:
    return Turn("carer-del", {"teller": "carer", "carer": answers, "stage": Stage.TELLING.value,
                              "restart_asked": restart_asked}, text=text, form="story_form", answered=True)


# --- a carer's question ---------------------------------------------------------------------------------

@pytest.mark.parametrize("said", DELETE)
def test_delete_at_a_carers_question_asks_to_clear(rt, said):
    step = carer_questions.reply(rt, carer_says(said, name="Doris", relationship="son"), said)
    assert step.slots.get("restart_asked") is True and step.slots.get("carer_reply") is None
    assert "Shall I clear everything" in step.replies[0].text
    assert carer_questions.ask(carer_says(said, restart_asked=True, name="Doris")).replies == []  # asked once


def test_a_plain_stop_at_a_carers_question_still_stops(rt):
    assert carer_questions.reply(rt, carer_says("stop", name="Doris"), "stop").slots["carer_reply"] == "stopped"


def test_yes_clears_the_answers_and_the_questions_start_again(rt):
    story.add_to_story(rt, "carer-del", "She has dementia.")
    step = carer_questions.reply(rt, carer_says("yes", True, name="Doris", relationship="son"), "yes")
    assert step.slots["carer"] == {} and step.slots["restart_asked"] is None and step.slots["carer_reply"] is None
    assert story.story_parts(rt, "carer-del") == []
    asked = carer_questions.ask(carer_says("yes"))
    assert "What is the name of the person you care for?" in asked.replies[0].text


def test_no_keeps_the_answers_and_the_question_is_asked_again(rt):
    step = carer_questions.reply(rt, carer_says("no", True, name="Doris", relationship="son"), "no")
    assert "carer" not in step.slots and step.slots["restart_asked"] is None
    assert "kept everything" in step.replies[0].text
    asked = carer_questions.ask(carer_says("no", name="Doris", relationship="son"))
    assert "what is your name" in asked.replies[0].text


# --- a service's question ---------------------------------------------------------------------------------

@pytest.fixture
def shared(rt):
    story.add_to_story(rt, "sharer-del", "I have asthma and I take salbutamol. I live alone in a flat.")
    story.confirm_profile(rt, "sharer-del", "self")
    pins.set_pin(rt, "sharer-del", "3917")  # verified in this session
    return rt


@pytest.mark.parametrize("said", DELETE)
def test_delete_at_a_services_question_asks_as_delete_my_story_does(shared, said):
    turn = Turn("sharer-del", {"teller": "self", "stage": Stage.GAPS.value, "service_id": "gp-practice"},
                text=said, form="gap_form")
    step = service_questions.reply(shared, turn, said)
    assert step.slots["gap_answer"] == "delete"
    after = service_choice.show_consent(shared, Turn("sharer-del", {**turn.slots, **step.slots}, text=said))
    assert after.form == "returning_form" and after.slots["menu_pending"] == "delete"
    assert story.current_profile(shared, "sharer-del") is not None  # nothing deleted before a yes


def test_a_plain_stop_at_a_services_question_still_stops(shared):
    turn = Turn("sharer-del", {"teller": "self", "stage": Stage.GAPS.value, "service_id": "gp-practice"},
                text="stop", form="gap_form")
    assert service_questions.reply(shared, turn, "stop").slots["gap_answer"] == "stopped"


# --- the PIN question ---------------------------------------------------------------------------------

def first_pin(text: str, restart_asked: bool | None = None) -> Turn:
    return Turn("pin-del", {"teller": "self", "stage": Stage.READBACK.value, "pin_step": PinStep.NEW.value,
                            "restart_asked": restart_asked}, text=text, form="readback_form")


@pytest.fixture
def saved(rt):
    story.add_to_story(rt, "pin-del", "I have gout.")
    story.confirm_profile(rt, "pin-del", "self")
    return rt


@pytest.mark.parametrize("said", DELETE)
def test_delete_at_a_first_pin_asks_to_clear(saved, said):
    step = read_back.pin_reply(saved, first_pin(said), said)
    assert step.slots["restart_asked"] is True and step.slots["pin_reply"] is None
    assert "Shall I clear everything" in step.replies[0].text
    from bot.conversation.steps import pin

    assert pin.ask(saved, first_pin(said, restart_asked=True)).replies == []  # not the PIN question as well


def test_yes_at_a_first_pin_deletes_the_saved_story_and_it_is_told_again(saved):
    step = read_back.pin_reply(saved, first_pin("yes", True), "yes")
    assert story.current_profile(saved, "pin-del") is None
    assert step.slots["restart_asked"] is False and step.slots["readback_reply"] == "stopped"
    after = read_back.after(saved, Turn("pin-del", {"teller": "self", **step.slots}))
    assert after.then == "story_form"


def test_no_at_a_first_pin_keeps_it_and_asks_the_pin_again(saved):
    step = read_back.pin_reply(saved, first_pin("no", True), "no")
    assert story.current_profile(saved, "pin-del") is not None
    assert step.slots["restart_asked"] is None and step.slots["pin_reply"] is None


def test_a_plain_stop_at_a_first_pin_still_stops(saved):
    assert read_back.pin_reply(saved, first_pin("stop"), "stop").slots["pin_reply"] == "stopped"


def test_delete_at_a_returning_persons_pin_is_done_once_the_pin_is_typed(saved):
    pins.set_pin(saved, "pin-del", "3917")
    from bot.conversation import rights

    rights.new_session(saved, "pin-del")  # not typed in this session
    turn = Turn("pin-del", {"stage": Stage.RETURNING.value}, text="delete it all", form="returning_form")
    step = returning_menu.pin_reply(saved, turn, "delete it all")
    assert step.slots["pin_reply"] is None and step.slots["menu_wish"] == "delete"
    assert step.replies == [returning_menu.DELETE_NEEDS_PIN] and "PIN" in step.replies[0].text
    typed = returning_menu.pin_reply(saved, Turn("pin-del", {**turn.slots, **step.slots}, text="3917",
                                                 form="returning_form"), "3917")
    assert typed.slots["menu_pending"] == "delete"  # "Are you sure?" next, as for "Delete my story"
    assert story.current_profile(saved, "pin-del") is not None
