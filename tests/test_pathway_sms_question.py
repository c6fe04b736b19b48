"""A service's question to a person who came by SMS (issue 21), through the running stack: the
question is texted ("Reply to this text to answer (after your PIN), or say skip"); the person's reply
comes in a later session, which asks their PIN before anything is taken, then the question again;
the answer is checked, goes to that service alone, and the person is texted when the service goes on.
Sessions here last a few seconds (the model of tests/test_session_expiry.py), so a later session
is a short pause away, as an idle hour would be."""
from __future__ import annotations

import time
import uuid

import pytest

from bot.rasa.channels.sms import conversation_id
from consent_store import audit, people
from tests.bot.rasa.channels.test_sms import Phone
from tests.journey_steps import PIN, answer_service_questions, confirm_read_back, finish_story
from tests.test_pathway import ACCOUNT, OUR_NUMBER
from tests.test_pathway import runtime as runtime  # noqa: F401 - the stack's own store
from tests.test_pathway import sms_recorder as sms_recorder  # noqa: F401 - the local Messages API
from tests.test_referral_status import GP, STORY, Staff
from tests.test_session_expiry import SESSION_SECONDS
from tests.test_session_expiry import short_session_model as short_session_model  # noqa: F401


@pytest.fixture(scope="module")
def stack_options(short_session_model, sms_recorder):  # noqa: F811 - this module's stack
    return {"model": short_session_model,
            "environ": {"TELL_TWILIO_ACCOUNT_SID": ACCOUNT, "TELL_SMS_FROM": OUR_NUMBER,
                        "TELL_TWILIO_API_URL": sms_recorder.url}}


def wait_for(check, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not check():
        time.sleep(0.2)
    return check()


def test_a_question_texted_is_answered_by_text_after_the_pin(embedded_stack, sms_recorder, runtime):  # noqa: F811
    staff = Staff(embedded_stack)
    number = "+447700900" + str(uuid.uuid4().int)[:3]
    phone = Phone(embedded_stack, number)
    text = lambda message: " ".join(phone.text(message))  # noqa: E731
    text("hello")
    text("1")
    text(STORY)
    confirm_read_back(lambda m: text("1" if m == "yes" else m), finish_story(text))
    before = set(staff.referrals())
    answer_service_questions(text, text(GP))
    assert "has your details and has confirmed it" in text("yes")
    (task_id,) = set(staff.referrals()) - before
    assert wait_for(lambda: staff.status(task_id) == "received")
    assert staff.press(task_id, "accept").status_code == 303
    assert "accepted your referral" in sms_recorder.texts_to(number, "accepted your referral")[-1]
    assert staff.press(task_id, "ask", "address").status_code == 303
    texts = sms_recorder.texts_to(number, "needs your address")
    assert texts[-1] == ("Tell your story once: Riverside Surgery needs your address. Reply to this text to answer "
                         "(after your PIN), or say skip.")

    time.sleep(SESSION_SECONDS + 1)  # the reply comes in a later session
    first = text("12 Example Street, Leeds LS1 4AP")
    assert "Before I pass anything on, I need your PIN" in first and "type your PIN" in first
    assert "Example Street" not in first
    assert text(PIN).endswith("Riverside Surgery needs your address: reply with it or say skip.\nReply 1 for Skip.")
    assert "I need the postcode too" in text("12 Example Street")
    assert "your answer (12 Example Street, Leeds LS1 4AP)" in text("12 Example Street, Leeds ls14ap")
    assert wait_for(lambda: "Address: <strong>12 Example Street, Leeds LS1 4AP</strong>" in staff.page(task_id))
    assert wait_for(lambda: staff.status(task_id) == "accepted")  # the Task goes on, where it was before
    gone_on = sms_recorder.texts_to(number, "has your answer")
    assert gone_on[-1] == "Tell your story once: Riverside Surgery has your answer and has gone on with your referral."
    assert len([t for t in gone_on if "accepted your referral" in t]) == 1  # accepted was texted once, not again
    sender = conversation_id(runtime.lookup_key, number)
    with runtime.reading.begin() as session:
        person = people.find_person(session, runtime.kek, people.handle_hash(runtime.lookup_key, sender))
        events = [e["event"] for e in audit.events_of(session, person.audit_ref)]
    assert "answer-given" in events and "answer-sent" in events


def test_a_text_that_is_no_reply_to_a_question_is_answered_as_before(embedded_stack, runtime):  # noqa: F811
    """Someone with no question waiting, texting in a new session: nothing asks for a PIN unasked."""
    phone = Phone(embedded_stack, "+447700900" + str(uuid.uuid4().int)[:3])
    assert "about you, or about someone you care for" in " ".join(phone.text("hello"))
    time.sleep(SESSION_SECONDS + 1)
    assert "PIN" not in " ".join(phone.text("hello"))
