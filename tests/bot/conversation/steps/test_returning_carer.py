"""A returning carer trapped in a new carer's questions (a stranger on the stack, 2026-12-04, son.txt):
after a new session, "hi its mark again, about my dad frank" started a new carer's story; his PIN and
"who has his story?" were refused as names, "stop sharing" was taken as his NAME, and "I have been here
before" and "/returning" only brought the basis question again. Each now leads to the returning path."""
from __future__ import annotations

import pytest

from bot.conversation import meaning, rights
from bot.conversation.journey import pins, story
from bot.conversation.rights import Right
from bot.conversation.stages import Stage
from bot.conversation.steps import carer_questions, read_back, telling
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings

SENDER = "son-again"
PIN = "246810"


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    story.add_to_story(runtime, SENDER, "Dad is 79 and has alzheimers. He takes donepezil.")
    story.confirm_profile(runtime, SENDER, "self")
    pins.set_pin(runtime, SENDER, PIN)
    rights.new_session(runtime, SENDER)  # a new session: nothing may be read until the PIN is typed
    yield runtime
    runtime.engine.dispose()


AT_OWN_NAME = {"name": "Frank", "relationship": "son"}
AT_BASIS = {**AT_OWN_NAME, "carer_name": "Mark"}


def _carer_says(rt, text, answers):
    turn = Turn(SENDER, {"teller": "carer", "carer": dict(answers), "stage": Stage.TELLING.value}, text=text)
    return carer_questions.reply(rt, turn, text)


@pytest.mark.parametrize("said", ["I have been here before", "/returning", "hi its mark again",
                                  "who has his story?", "stop sharing", PIN])
def test_at_the_carers_own_name_a_returning_carer_is_let_out(rt, said):
    step = _carer_says(rt, said, AT_OWN_NAME)
    assert step.slots["carer_reply"] == "stopped" and step.slots["story_done"] == telling.RETURNING
    assert "carer" not in step.slots  # nothing of it taken as an answer ("Stop Sharing" was his name)


@pytest.mark.parametrize("said", ["I have been here before", "/returning", "sorry, i have been here before for my dad"])
def test_at_the_basis_question_a_returning_carer_is_let_out(rt, said):
    step = _carer_says(rt, said, AT_BASIS)
    assert step.slots["carer_reply"] == "stopped" and step.slots["story_done"] == telling.RETURNING


def test_a_name_is_still_a_name(rt):
    step = _carer_says(rt, "Mark", AT_OWN_NAME)
    assert step.slots["carer"]["carer_name"] == "Mark" and step.slots["carer_reply"] is None


def test_a_right_is_never_a_name():
    assert meaning.carer_answer("carer_name", "stop sharing") is None
    assert meaning.carer_answer("name", "who has his story?") is None


def test_its_a_name_again_at_the_first_question_is_someone_back():
    assert meaning.teller_meaning("hi its mark again, about my dad frank") == meaning.Meaning("value", "returning")
    assert meaning.teller_meaning("its bad again, my knee has gone").value != "returning"


def _after_the_form(rt, text, answers=AT_OWN_NAME):
    stopped = _carer_says(rt, text, answers)
    turn = Turn(SENDER, {"teller": "carer", "carer": dict(answers), "stage": Stage.TELLING.value, **stopped.slots},
                text=text)
    return read_back.start(rt, turn)


def test_then_the_pin_is_asked_and_nothing_is_read_back(rt):
    step = _after_the_form(rt, "I have been here before")
    assert step.form == "returning_form" and step.slots["stage"] == Stage.RETURNING.value
    assert step.slots["pin_reply"] is None and step.slots["teller"] is None and step.slots["carer"] is None
    assert not step.replies  # the returning form asks the PIN
    assert not rights.may(rt, SENDER, Right.READ_BACK)


def test_a_right_asked_for_is_done_once_the_pin_is_typed(rt):
    step = _after_the_form(rt, "who has his story?")
    assert step.form == "returning_form" and step.slots["menu_wish"] == "who"


def test_a_pin_typed_at_the_name_question_is_checked_at_once(rt):
    step = _after_the_form(rt, PIN)
    assert step.form == "returning_form" and step.slots["pin_reply"] == "ok"
    assert rights.may(rt, SENDER, Right.READ_BACK)


def test_a_number_is_no_pin_where_this_conversation_has_none(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path / "fresh")}))
    try:
        turn = Turn("new-carer", {"teller": "carer", "carer": dict(AT_OWN_NAME)}, text="12345")
        assert carer_questions.reply(runtime, turn, "12345").slots.get("story_done") != telling.RETURNING
    finally:
        runtime.engine.dispose()
