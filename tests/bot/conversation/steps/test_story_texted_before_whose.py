"""A story texted before "1" was chosen (a stranger by SMS, F34): "that's all" looped on "Sorry, I did not
understand that. Is your story about you...?", and "delete everything" asked for a PIN that was never set."""
from __future__ import annotations

import pytest

from bot.conversation.journey import story
from bot.conversation.steps import anything_else, returning_menu
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings

SENDER = "sms-before-whose"


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    story.add_to_story(runtime, SENDER, "I have epilepsy and take lamotrigine, my name is Zara Quinn")
    yield runtime
    runtime.engine.dispose()


def _said(step) -> str:
    return " ".join(r.text for r in step.replies)


def test_thats_all_before_whose_asks_whose_plainly(rt):
    step = anything_else.reprompt(rt, Turn(SENDER, {}, text="that's all"))
    assert "did not understand" not in _said(step) and "Before I read it back" in _said(step), _said(step)


def test_delete_everything_before_whose_asks_to_clear_not_for_a_pin(rt):
    step = returning_menu.returning(rt, Turn(SENDER, {}, text="delete everything"))
    assert "PIN" not in _said(step) and "Shall I clear everything" in _said(step), _said(step)
    assert step.slots["restart_asked"] is True
    unclear = anything_else.reprompt(rt, Turn(SENDER, {"restart_asked": True}, text="hmm"))
    assert "Shall I clear everything" in _said(unclear) and story.story_parts(rt, SENDER)
    cleared = anything_else.reprompt(rt, Turn(SENDER, {"restart_asked": True}, text="Yes, clear it"))
    assert "I have cleared it" in _said(cleared) and story.story_parts(rt, SENDER) == []


def test_no_keeps_what_was_texted(rt):
    kept = anything_else.reprompt(rt, Turn(SENDER, {"restart_asked": True}, text="no"))
    assert "kept everything" in _said(kept) and story.story_parts(rt, SENDER)


def test_delete_everything_not_understood_at_the_first_question_asks_to_clear_too(rt):
    step = anything_else.reprompt(rt, Turn(SENDER, {}, text="delete everything"))
    assert "PIN" not in _said(step) and "Shall I clear everything" in _said(step), _said(step)
    assert step.form is None and step.slots["restart_asked"] is True


def test_the_answer_to_clear_is_never_taken_as_a_pin(rt):
    turn = Turn(SENDER, {"restart_asked": True}, text="Yes, clear it", form="returning_form")
    step = returning_menu.pin_reply(rt, turn, "Yes, clear it")
    assert "I have cleared it" in _said(step) and step.slots["pin_reply"] == "stopped"
    assert story.story_parts(rt, SENDER) == []
