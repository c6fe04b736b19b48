"""bot/conversation/steps/turn.py: what a step reads of the conversation, and how steps combine."""
from __future__ import annotations

from bot.conversation.stages import Pending, PinStep, Stage
from bot.conversation.steps.turn import Step, Turn
from bot.conversation.wording import Reply


def test_a_carers_replies_are_about_the_person_by_their_first_name():
    assert Turn("s", {"teller": "carer", "carer": {"name": "Rose Example"}}).person == "Rose"
    assert Turn("s", {"teller": "carer", "carer": {}}).person == "them"
    assert Turn("s", {"teller": "self", "carer": {"name": "Rose"}}).person is None  # not a carer's story


def test_slot_values_that_name_no_stage_or_question_are_none():
    turn = Turn("s", {"stage": "verified", "menu_pending": "everything", "pin_step": "skip"})
    assert (turn.stage, turn.pending, turn.pin_step) == (None, None, None)
    turn = Turn("s", {"stage": "consent", "menu_pending": "delete_again", "pin_step": "again"})
    assert (turn.stage, turn.pending, turn.pin_step) == (Stage.CONSENT, Pending.DELETE_AGAIN, PinStep.AGAIN)


def test_a_step_followed_by_another_says_both_and_the_later_values_win():
    first = Step().say(Reply("one")).set(pin_reply=None, menu_wish="who").at(Stage.RETURNING)
    first.and_then(Step(then="returning_form").say(Reply("two")).set(menu_wish=None))
    assert [reply.text for reply in first.replies] == ["one", "two"]
    assert first.slots == {"pin_reply": None, "menu_wish": None, "stage": "returning"}
    assert first.then == "returning_form" and first.form is None
