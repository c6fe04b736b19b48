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

from bot.conversation.journey import reviews as review_times
from bot.rasa.channels.sms import conversation_id
from consent_store import audit, people
from tests.bot.rasa.channels.test_sms import Phone
from tests.journey_steps import PIN, answer_service_questions, confirm_read_back, finish_story
from tests.test_pathway import ACCOUNT, OUR_NUMBER
from tests.test_pathway import runtime as runtime  # noqa: F401 - the stack's own store
from tests.test_pathway import sms_recorder as sms_recorder  # noqa: F401 - the local Messages API
from tests.test_referral_status import GP, STORY, Staff, share_with_gp
from tests.test_session_expiry import SESSION_SECONDS


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


def sms_person_shares_with_gp(embedded_stack, staff):
    """Someone texts their story and shares it with the GP: (their number, text(), the Task id)."""
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
    return number, text, task_id


def test_a_question_texted_is_answered_by_text_after_the_pin(embedded_stack, sms_recorder, runtime):  # noqa: F811
    staff = Staff(embedded_stack)
    number, text, task_id = sms_person_shares_with_gp(embedded_stack, staff)
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


REMINDER = ("Tell your story once: It is time to check your story is still true. Reply to this text to check it "
            "(after your PIN).")


def test_a_review_reminder_is_texted_once_and_a_reply_starts_the_check(embedded_stack, sms_recorder,  # noqa: F811
                                                                       runtime):  # noqa: F811
    """The worker's reminder on an injected clock (92 days on: past the GP's 91), to the local SMS
    recorder, once however many rounds; the person's reply asks the PIN, then reads the story back."""
    from dataclasses import replace
    from datetime import timedelta

    from bot.delivery.notify import Notifier
    from tests.test_pathway_visit import backdate_story

    staff = Staff(embedded_stack)
    number, text, task_id = sms_person_shares_with_gp(embedded_stack, staff)
    rest_say, _ = share_with_gp(embedded_stack, staff)  # someone on the web chat (REST): never texted
    later = runtime.now() + timedelta(days=92)
    sent_before = len(sms_recorder.received)
    worker = Notifier(replace(runtime, now=lambda: later), review_every=timedelta(0))
    assert worker.review_reminders(later) >= 1
    assert sms_recorder.texts_to(number, "check your story").count(REMINDER) == 1
    for moment in (later, later + timedelta(minutes=5), later + timedelta(days=20)):  # more rounds: not again
        worker.review_reminders(moment)
    assert sms_recorder.texts_to(number, "check your story", timeout=1).count(REMINDER) == 1
    texted_to = {m.get("To") for m in sms_recorder.received[sent_before:]}
    assert number in texted_to and None not in texted_to  # only numbers kept for texts: the REST person has none
    assert review_times.due(runtime, rest_say.sender, later) is not None  # due for them too: heard at the next visit

    backdate_story(runtime, conversation_id(runtime.lookup_key, number), 100)  # as if the 92 days had passed
    time.sleep(SESSION_SECONDS + 1)  # the reply comes in a later session
    first = text("yes go on")
    assert "Before we check your story, I need your PIN" in first
    begun = text(PIN)
    assert "It is about 3 months since your story was last checked." in begun and "Is this still true?" in begun
    assert sms_recorder.texts_to(number, "check your story", timeout=1).count(REMINDER) == 1  # the stack's worker too


def test_a_story_begun_before_is_asked_about_by_text_and_1_or_2_answers(embedded_stack):
    """Hazard H5 by SMS: after an idle session, the next text gets "did you begin the story…?" with its
    options numbered last, so "2" (No, not me) clears what was told before, unread, and "1" (About me)
    goes on with what was sent since."""
    phone = Phone(embedded_stack, "+447700900" + str(uuid.uuid4().int)[:3])
    text = lambda message: " ".join(phone.text(message))  # noqa: E731
    text("hello")
    text("1")  # About me
    assert "I have kept that" in text("I have gout and a cat called Tibbles.")
    time.sleep(SESSION_SECONDS + 1)
    asked = text("I have asthma and I use an inhaler.")
    assert "did you begin the story" in asked and "1" in asked and "No, not me" in asked and "gout" not in asked
    cleared = text("2")
    assert "cleared the story that was begun before" in cleared and "About me" in cleared
    assert "tell me more" in text("1")
    read_back = text("that's all")
    for _ in range(3):  # the follow-up questions (goals, what matters), if asked
        if "You have asthma" in read_back or "asthma" in read_back:
            break
        read_back = text("that's all")
    assert "asthma" in read_back and "gout" not in read_back and "Tibbles" not in read_back
