"""Answers to a service's question (issue 21). A service puts a referral on hold with a question (a
code from a fixed list: bot/delivery/referrals.py's QUESTIONS); the person answers it in the chat, or
skips it, and the answer goes to that service only. The caller owns the transaction.

A question is the referral as it stood when the service asked (its `updated_at`): a referral put on
hold again later asks a new question. One answer per question (`record_answer`; a second is
AlreadyApplied). The answer is sealed with the person's own key until the service has taken it
(`claim_due`, `mark_sent`, like the outbox: claimed under a lease so that two workers do not both
send it, put off after a failure), and dropped then: the service keeps it, the disclosure log keeps
that it was given ("answer-given") and sent ("answer-sent"), with a digest, never the value.

A service may also ask the person to check their story is still true (consent_store/reviews.py). How
that check ended is the person's answer to it, kept here the same way so that it is sent, retried
and logged as an answer is (`record_check`): question STORY_CHECK, kind confirmed or changed, no
value, asked as of the request's time; "check-sent" in the disclosure log once the service has it.
It is never a question for the person (`open_questions` and `answered_hold` leave it out).
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import and_, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from consent_store import audit
from consent_store.database import as_utc
from consent_store.errors import AlreadyApplied as AlreadyApplied  # raised here
from consent_store.people import Person
from consent_store.referrals import ON_HOLD, Referral, _from_row
from consent_store.schema import referrals, service_answers

ANSWERED, SKIPPED = "answered", "skipped"
ANSWER_GIVEN, ANSWER_SENT = "answer-given", "answer-sent"
STORY_CHECK, CHECK_SENT = "story-check", "check-sent"


@dataclass(frozen=True)
class Answer:
    id: str
    referral_id: str
    person_id: str
    question: str
    asked_as_of: datetime
    kind: str                # ANSWERED or SKIPPED
    answered_at: datetime
    attempts: int
    sent_at: datetime | None


def _answer(row: Any) -> Answer:
    return Answer(id=row.id, referral_id=row.referral_id, person_id=row.person_id, question=row.question,
                  asked_as_of=as_utc(row.asked_as_of), kind=row.kind, answered_at=as_utc(row.answered_at),
                  attempts=row.attempts, sent_at=as_utc(row.sent_at))


def open_questions(session: Session, person: Person) -> list[Referral]:
    """The person's referrals on hold with a question not yet answered nor skipped, oldest first."""
    rows = session.execute(
        select(referrals).outerjoin(service_answers, and_(service_answers.c.referral_id == referrals.c.id,
                                                          service_answers.c.asked_as_of == referrals.c.updated_at,
                                                          service_answers.c.question != STORY_CHECK))
        .where(referrals.c.person_id == person.id, referrals.c.status == ON_HOLD, referrals.c.reason.is_not(None),
               service_answers.c.id.is_(None))
        .order_by(referrals.c.updated_at)).all()
    return [_from_row(row) for row in rows]


def _log(session: Session, person: Person, event: str, referral: Referral, answer_id: str, now: datetime) -> None:
    digest = hashlib.sha256(f"{answer_id}\0{event}".encode()).hexdigest()
    audit.record(session, person.audit_ref, event, now, service_id=referral.service_id,
                 consent_id=referral.consent_id, digest=digest)


def record_answer(session: Session, person: Person, referral: Referral, value: str | None, now: datetime) -> Answer:
    """The person's answer to the question `referral` asks as it stands (None: skipped), sealed and
    logged, to be sent to that service. AlreadyApplied if the question has one."""
    answer_id = str(uuid.uuid4())
    kind = SKIPPED if value is None else ANSWERED
    values: dict[str, Any] = dict(
        id=answer_id, referral_id=referral.id, person_id=person.id, question=referral.reason or "",
        asked_as_of=referral.updated_at, kind=kind, answered_at=now, attempts=0, retry_at=None, sent_at=None,
        sealed_value=person.seal(value, "service-answer", answer_id) if value is not None else None)
    try:
        with session.begin_nested():
            session.execute(insert(service_answers).values(**values))
    except IntegrityError:
        raise AlreadyApplied() from None
    _log(session, person, ANSWER_GIVEN, referral, answer_id, now)
    return _answer(SimpleNamespace(**values))


def record_check(session: Session, person: Person, referral: Referral, outcome: str, asked_at: datetime,
                 now: datetime) -> bool:
    """How the check the service of `referral` asked for at `asked_at` ended (consent_store/reviews.py's
    CONFIRMED or CHANGED), to be sent to that service; False if this request has its outcome already."""
    values: dict[str, Any] = dict(
        id=str(uuid.uuid4()), referral_id=referral.id, person_id=person.id, question=STORY_CHECK,
        asked_as_of=asked_at, kind=outcome, answered_at=now, attempts=0, retry_at=None, sent_at=None,
        sealed_value=None)
    try:
        with session.begin_nested():
            session.execute(insert(service_answers).values(**values))
    except IntegrityError:
        return False
    return True


def answer_value(session: Session, person: Person, answer: Answer) -> str | None:
    """The answer as the person gave it (None: skipped, or already sent and dropped)."""
    row = session.execute(select(service_answers.c.sealed_value).where(service_answers.c.id == answer.id)).first()
    if row is None or row.sealed_value is None:
        return None
    value: str = person.unseal(row.sealed_value, "service-answer", answer.id)
    return value


def answers_of(session: Session, referral_id: str) -> list[Answer]:
    rows = session.execute(select(service_answers).where(service_answers.c.referral_id == referral_id)
                           .order_by(service_answers.c.answered_at)).all()
    return [_answer(row) for row in rows]


def claim_due(session: Session, now: datetime, lease: timedelta, limit: int = 32) -> list[Answer]:
    """Answers not yet sent that nobody is sending now, claimed until `now + lease`."""
    rows = session.execute(
        select(service_answers).where(service_answers.c.sent_at.is_(None),
                                      (service_answers.c.retry_at.is_(None)) | (service_answers.c.retry_at <= now))
        .order_by(service_answers.c.answered_at).limit(limit).with_for_update(skip_locked=True)).all()
    claimed = []
    for row in rows:
        session.execute(update(service_answers).where(service_answers.c.id == row.id).values(retry_at=now + lease))
        claimed.append(_answer(row))
    return claimed


def put_off(session: Session, answer: Answer, retry_at: datetime) -> None:
    """A try failed: another after `retry_at`."""
    session.execute(update(service_answers).where(service_answers.c.id == answer.id)
                    .values(attempts=answer.attempts + 1, retry_at=retry_at))


def mark_sent(session: Session, person: Person | None, answer: Answer, referral: Referral, now: datetime,
              sent: bool = True) -> None:
    """The service has the answer (`sent`), or it will not be sent (refused, or given up): the
    sealed value is dropped either way; a send is logged."""
    session.execute(update(service_answers).where(service_answers.c.id == answer.id)
                    .values(sent_at=now, retry_at=None, sealed_value=None))
    if sent and person is not None:
        _log(session, person, CHECK_SENT if answer.question == STORY_CHECK else ANSWER_SENT, referral, answer.id, now)


def answered_hold(session: Session, referral: Referral) -> Answer | None:
    """The answer to the question the referral asked as it stands (on hold), if it has one."""
    row = session.execute(select(service_answers).where(service_answers.c.referral_id == referral.id,
                                                        service_answers.c.asked_as_of == referral.updated_at,
                                                        service_answers.c.question != STORY_CHECK)).first()
    return _answer(row) if row else None
