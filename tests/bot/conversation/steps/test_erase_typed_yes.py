"""At "Are you completely sure? This cannot be undone." the typed replies "yes delete", "yes delete
everything", the button's own title "Yes, delete everything" and "Yes, I'm sure" were answered "OK.
Nothing was deleted." (a stranger on the stack, F17): plain yeses erase, a plain no keeps, and anything
unclear is asked again, never taken as a no."""
from __future__ import annotations

import pytest

from bot.conversation import meaning
from bot.conversation.journey import pins, story
from bot.conversation.stages import Pending, Stage
from bot.conversation.steps import returning_menu
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings

SENDER = "eraser"
YESES = ["yes delete", "yes delete everything", "Yes, delete everything", "Yes, I'm sure", "Yes, delete",
         "yes", "Please delete everything", "yes im sure", "yeah go ahead"]
NOES = ["No, keep it", "no", "keep it", "no dont delete it", "nope"]
UNCLEAR = ["hmm", "not sure", "wait", "yes but not yet?", "please"]


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    story.add_to_story(runtime, SENDER, "I have asthma and I take salbutamol.")
    story.confirm_profile(runtime, SENDER, "self")
    pins.set_pin(runtime, SENDER, "3917")  # verified in this session
    yield runtime
    runtime.engine.dispose()


def _at(pending: Pending, text: str) -> Turn:
    return Turn(SENDER, {"stage": Stage.RETURNING.value, "menu_pending": pending.value}, text=text,
                form="returning_form")


@pytest.mark.parametrize("said", YESES)
def test_a_typed_yes_is_a_yes_at_both_questions(said):
    assert meaning.erase_answer(said) == "yes"


@pytest.mark.parametrize("said", NOES)
def test_a_plain_no_is_a_no(said):
    assert meaning.erase_answer(said) == "no"


@pytest.mark.parametrize("said", UNCLEAR)
def test_anything_unclear_is_neither(said):
    assert meaning.erase_answer(said) is None


@pytest.mark.parametrize("said", ["Yes, delete everything", "yes delete", "Yes, I'm sure"])
def test_the_buttons_title_typed_at_completely_sure_erases(rt, said):
    first = returning_menu.menu_reply(rt, _at(Pending.DELETE, said), said)
    assert first.slots["menu_pending"] == Pending.DELETE_AGAIN.value
    second = returning_menu.menu_reply(rt, _at(Pending.DELETE_AGAIN, said), said)
    assert second.slots["menu_reply"] == "deleted"
    assert story.current_profile(rt, SENDER) is None


def test_an_unclear_reply_asks_again_and_deletes_nothing(rt):
    step = returning_menu.menu_reply(rt, _at(Pending.DELETE_AGAIN, "hmm"), "hmm")
    assert "menu_pending" not in step.slots  # the question stays open
    assert "Nothing was deleted" not in " ".join(r.text for r in step.replies)
    assert "yes or no" in step.replies[0].text
    assert story.current_profile(rt, SENDER) is not None


def test_no_keeps_it(rt):
    step = returning_menu.menu_reply(rt, _at(Pending.DELETE_AGAIN, "No, keep it"), "No, keep it")
    assert step.slots["menu_pending"] is None and "Nothing was deleted" in step.replies[0].text
    assert story.current_profile(rt, SENDER) is not None


# "Shall I clear everything …?" [Yes, clear it | No, keep it]: the titles typed were neither a yes nor a no,
# and the reply was kept as more of the story
def _telling(text: str) -> Turn:
    return Turn("clearer", {"teller": "self", "stage": Stage.TELLING.value, "restart_asked": True}, text=text,
                form="story_form")


def test_the_clear_buttons_titles_typed_are_answers(rt):
    from bot.conversation.steps import telling

    story.add_to_story(rt, "clearer", "I have gout.")
    kept = telling.clear_or_keep(rt, _telling("No, keep it"), "No, keep it")
    assert kept is not None and kept.slots["restart_asked"] is None
    assert story.story_parts(rt, "clearer")
    cleared = telling.clear_or_keep(rt, _telling("Yes, clear it"), "Yes, clear it")
    assert cleared is not None and cleared.slots["restart_asked"] is False
    assert story.story_parts(rt, "clearer") == []
