"""A service's question, answered in the chat (issue 21). A service puts a referral on hold with a
question from a fixed list (bot/delivery/referrals.py's QUESTIONS: a date of birth, an address...);
after their PIN the person hears it in plain words ("Riverside Surgery needs your date of birth:
reply with it or say skip"), their answer is checked as a form's answer is (bot/conversation/answers.py)
and kept, sealed, for that service alone (consent_store/questions.py), which the background notifier
sends it to (bot/delivery/notify.py). It is not added to the story: no other service gets it.
Time is a parameter (`now`)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.conversation import answers, pathway
from bot.conversation.journey.person import person_for
from bot.delivery.referrals import QUESTIONS
from bot.ops.runtime import Runtime
from bot.settings import MAX_MESSAGE_CHARS
from consent_store import pathway as notices
from consent_store import questions
from consent_store import referrals as referral_store

# How each question's answer is checked (bot/conversation/answers.py's kinds).
CHECKS = {"date-of-birth": "dob", "address": "address", "phone": "phone", "gp": "text", "more-detail": "text"}
SMS_PREFIX = "sms-"  # the SMS channel's conversation ids (bot/rasa/channels/sms.py)


@dataclass(frozen=True)
class OpenQuestion:
    referral_id: str
    service_id: str
    question: str          # its code in QUESTIONS
    asked_as_of: datetime  # the referral as it stood when the service asked
    who: str               # how a sentence names the service


def open_question(rt: Runtime, sender_id: str) -> OpenQuestion | None:
    """The oldest question a service asked that the person has neither answered nor skipped."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        found = questions.open_questions(session, person) if person else []
    for referral in found:
        if referral.reason in QUESTIONS:
            return OpenQuestion(referral.id, referral.service_id, referral.reason, referral.updated_at,
                                pathway.called(rt, referral.service_id))
    return None


def question_text(asked: OpenQuestion) -> str:
    """"Riverside Surgery needs your date of birth: reply with it or say skip."."""
    who = asked.who[:1].upper() + asked.who[1:]
    return f"{who} needs {QUESTIONS[asked.question]}: reply with it or say skip."


def checked(asked: OpenQuestion, text: str, today: date) -> str:
    """The answer as the service will get it (a date of birth as YYYY-MM-DD, a phone number as it is
    dialled, an address with its postcode); AnswerRefused says why it cannot be used."""
    if len(text) > MAX_MESSAGE_CHARS:
        raise answers.AnswerRefused("That is too long for one answer. Please send it in fewer words, or say skip.")
    return answers.check(CHECKS.get(asked.question, "text"), text, today)


def said_back(asked: OpenQuestion, value: str) -> str:
    """The checked answer as the person reads it back ("3 March 1950")."""
    if CHECKS.get(asked.question) == "dob":
        born = date.fromisoformat(value)
        return f"{born.day} {born:%B %Y}"
    return value


def answer(rt: Runtime, sender_id: str, asked: OpenQuestion, value: str | None, now: datetime) -> bool:
    """Keep the answer (None: skipped) for that service only; False if the question is no longer
    asked (the service moved on, or it was answered meanwhile). The hold counts as heard."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        referral = referral_store.get_referral(session, asked.referral_id)
        if (person is None or referral is None or referral.person_id != person.id
                or referral.status != referral_store.ON_HOLD or referral.updated_at != asked.asked_as_of):
            return False
        try:
            questions.record_answer(session, person, referral, value, now)
        except questions.AlreadyApplied:
            return False
        for channel in (notices.CHAT, notices.SMS):  # answered: not told of (or texted) again
            notices.mark_told(session, referral, channel, now)
    return True


def texted(rt: Runtime, sender_id: str) -> bool:
    """Whether an SMS conversation's person was texted a question they have not answered yet: their
    next text is taken as the reply to it (after the PIN)."""
    if not sender_id.startswith(SMS_PREFIX):
        return False
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return False
        return any(notices.told_as_of(session, r.id, notices.SMS) == r.updated_at
                   for r in questions.open_questions(session, person) if r.reason in QUESTIONS)
