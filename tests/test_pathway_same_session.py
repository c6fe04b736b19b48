"""A service's question answered in the same chat session it was announced in (issue 21, review):
the person shares, staff ask a question, the person asks "who has my story?" without leaving the
chat, and their next reply is taken as the answer (through the running stack: real Rasa, REST)."""
from __future__ import annotations

import pytest

from tests.test_pathway import runtime as runtime  # noqa: F401 - fixtures shared with the pathway's tests
from tests.test_pathway import sms_recorder as sms_recorder  # noqa: F401
from tests.test_pathway import stack_options as stack_options  # noqa: F401
from tests.test_pathway_visit import our_status, wait_for
from tests.test_referral_status import Staff, share_with_gp


@pytest.fixture(scope="module")
def staff(embedded_stack):
    return Staff(embedded_stack)


def test_a_question_announced_in_this_session_takes_the_next_reply_as_its_answer(embedded_stack, staff, runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    assert staff.press(task_id, "ask", "date-of-birth").status_code == 303
    who = say("who has my story?")  # the same session: the PIN was set in it
    assert "needs your date of birth" in who
    assert who.rstrip().endswith("Riverside Surgery needs your date of birth: reply with it or say skip.")
    answered = say("14 February 1947")
    assert "did not catch that" not in answered
    assert "I will send Riverside Surgery your answer (14 February 1947)" in answered
    assert wait_for(lambda: staff.status(task_id) == "received")  # asked before it was accepted: back to received
    assert wait_for(lambda: our_status(runtime, task_id) == "received")


def test_a_wish_while_the_question_waits_is_done_and_the_answer_still_taken(embedded_stack, staff, runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    assert staff.press(task_id, "ask", "date-of-birth").status_code == 303
    say("who has my story?")
    viewer = say("let Sam Jones see my referrals for 2 weeks")  # a wish, not an answer: done, the question stays
    assert "/pathway/shared/" in viewer and "day, month and year" not in viewer
    assert viewer.rstrip().endswith("needs your date of birth: reply with it or say skip.")
    printable = say("About me")
    assert "/pathway/about-me/" in printable
    assert printable.rstrip().endswith("needs your date of birth: reply with it or say skip.")
    assert "I will send Riverside Surgery your answer (14 February 1947)" in say("14 February 1947")
    assert wait_for(lambda: our_status(runtime, task_id) == "received")


def test_a_date_typed_at_the_menu_is_the_answer_to_the_open_question(embedded_stack, staff, runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    assert staff.press(task_id, "ask", "date-of-birth").status_code == 303
    say("who has my story?")
    say("Download my story")  # a menu button: the question is left, the menu follows
    assert "I will send Riverside Surgery your answer (14 February 1947)" in say("14 February 1947")
    assert wait_for(lambda: our_status(runtime, task_id) == "received")
