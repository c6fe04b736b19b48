"""bot/conversation/steps/service_choice.py: "yh" at "Shall I send the update?" got "Please answer yes or
no." though "yh go on" was a yes at the consent question (a stranger on the stack, 2026-12-04, teen.txt):
a typed yes or no reads the same at both."""
from __future__ import annotations

import pytest

from bot.conversation.stages import Stage
from bot.conversation.steps import anything_else
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    yield runtime
    runtime.engine.dispose()


def _at(stage, said, intent="nlu_fallback"):
    return Turn("resend-1", {"teller": "self", "stage": stage.value}, text=said, intent=intent)


@pytest.mark.parametrize("said", ["yh", "yh go on", "ye", "yeah send it"])
def test_a_typed_yes_to_the_update_question_is_a_yes(rt, said):
    step = anything_else.reprompt(rt, _at(Stage.RESEND, said))
    assert step.then == "action_handle_yes" and not step.replies


@pytest.mark.parametrize("said", ["nah", "no thanks"])
def test_a_typed_no_to_the_update_question_is_a_no(rt, said):
    assert anything_else.reprompt(rt, _at(Stage.RESEND, said)).then == "action_handle_no"


@pytest.mark.parametrize("said", ["yh", "yh go on"])
def test_the_same_words_are_a_yes_at_consent(rt, said):
    assert anything_else.reprompt(rt, _at(Stage.CONSENT, said)).then == "action_handle_yes"


def test_anything_else_is_asked_again(rt):
    step = anything_else.reprompt(rt, _at(Stage.RESEND, "what"))
    assert step.then is None and "yes or no" in step.replies[0].text
