"""A reply by SMS to a service's question texted within the same conversation session (issue 21),
through the running stack with the SMS channel and the local Messages API recorder: the person has
given their PIN in this session, so their next text is read as the answer (checked, sent to that
service alone), not as conversation. Sessions here last the usual hour (a reply in a later session:
tests/test_pathway_sms_question.py)."""
from __future__ import annotations

import time

from bot.conversation.journey import questions_back
from bot.rasa.channels.sms import conversation_id
from tests.test_pathway import runtime as runtime  # noqa: F401 - the stack's own store
from tests.test_pathway import sms_recorder as sms_recorder  # noqa: F401 - the local Messages API
from tests.test_pathway import stack_options as stack_options  # noqa: F401 - texts set up, to the recorder
from tests.test_pathway_sms_question import sms_person_shares_with_gp
from tests.test_referral_status import Staff


def wait_for(check, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not check():
        time.sleep(0.2)
    return check()


def test_a_reply_in_the_same_session_as_the_texted_question_is_its_answer(embedded_stack, sms_recorder,  # noqa: F811
                                                                           runtime):  # noqa: F811
    staff = Staff(embedded_stack)
    number, text, task_id = sms_person_shares_with_gp(embedded_stack, staff)  # the PIN given in this session
    assert wait_for(lambda: staff.status(task_id) == "received")
    assert staff.press(task_id, "accept").status_code == 303
    assert staff.press(task_id, "ask", "address").status_code == 303
    assert sms_recorder.texts_to(number, "needs your address")[-1] == (
        "Tell your story once: Riverside Surgery needs your address. Reply to this text to answer (after your PIN), "
        "or say skip.")
    # the worker keeps that it texted the question just after the provider took the text: a reply typed
    # in that moment (no person is that quick; a test is) would not yet be taken as the answer
    assert wait_for(lambda: questions_back.texted(runtime, conversation_id(runtime.lookup_key, number)))

    refused = text("12 Example Street")  # read as the answer: checked, and said plainly
    assert "I need the postcode too" in refused and "PIN" not in refused
    taken = text("12 Example Street, Leeds LS1 4AP")
    assert "Thank you. I will send Riverside Surgery your answer (12 Example Street, Leeds LS1 4AP)" in taken
    assert wait_for(lambda: "Address: <strong>12 Example Street, Leeds LS1 4AP</strong>" in staff.page(task_id))
    assert wait_for(lambda: staff.status(task_id) == "accepted")  # the Task goes on
    assert "needs your address" not in text("thank you")  # answered: what follows is conversation again
