"""Referral status: each share is a referral (a FHIR ServiceRequest with a Task, bot/delivery/referrals.py)
whose status the service changes. Kept here, per consent: the first share under a consent opens it,
updates of the story under the same consent go with the same Task.

Statuses are FHIR Task.status codes. A reason (why declined, what the service is waiting for) is a
code from a fixed list (bot/delivery/referrals.py), never free text: nothing the service types about the
person is kept. Every change is appended to the disclosure log's chain ("task-<status>", with a
digest of the update), and each update a service sends is applied once: its message id is kept.
The caller owns the transaction.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from consent_store import audit
from consent_store.database import as_utc
from consent_store.errors import AlreadyApplied as AlreadyApplied
from consent_store.errors import NotAllowed as NotAllowed
from consent_store.people import Person
from consent_store.schema import consents, persons, referral_updates, referrals

REQUESTED, RECEIVED, ACCEPTED, REJECTED = "requested", "received", "accepted", "rejected"
ON_HOLD, IN_PROGRESS, COMPLETED, CANCELLED = "on-hold", "in-progress", "completed", "cancelled"
FINAL = frozenset({REJECTED, COMPLETED, CANCELLED})
# Where a status may go next. A service may skip steps (accept what we have not yet seen received);
# nothing comes back from a final status, and only we cancel (when consent is withdrawn). A question
# answered sends a referral on hold back to where it was, received included.
NEXT = {
    REQUESTED: {RECEIVED, ACCEPTED, REJECTED, ON_HOLD, IN_PROGRESS, COMPLETED},
    RECEIVED: {ACCEPTED, REJECTED, ON_HOLD, IN_PROGRESS, COMPLETED},
    ACCEPTED: {ON_HOLD, IN_PROGRESS, COMPLETED},
    ON_HOLD: {RECEIVED, ACCEPTED, REJECTED, IN_PROGRESS, COMPLETED, ON_HOLD},
    IN_PROGRESS: {ON_HOLD, COMPLETED},
}


@dataclass(frozen=True)
class Referral:
    id: str  # the Task's id; the ServiceRequest's id is `request_id`
    request_id: str
    person_id: str
    service_id: str
    consent_id: str
    status: str
    reason: str | None
    created_at: datetime
    updated_at: datetime


def _from_row(row: Any) -> Referral:
    return Referral(id=row.id, request_id=row.request_id, person_id=row.person_id, service_id=row.service_id,
                    consent_id=row.consent_id, status=row.status, reason=row.reason,
                    created_at=as_utc(row.created_at), updated_at=as_utc(row.updated_at))


def referral_for_consent(session: Session, consent_id: str) -> Referral | None:
    row = session.execute(select(referrals).where(referrals.c.consent_id == consent_id)).first()
    return _from_row(row) if row else None


def open_referral(session: Session, person: Person, service_id: str, consent_id: str, now: datetime) -> Referral:
    """The referral for this consent: opened (status requested, logged) on the first share under it."""
    found = referral_for_consent(session, consent_id)
    if found is not None:
        return found
    values: dict[str, Any] = dict(id=str(uuid.uuid4()), request_id=str(uuid.uuid4()), person_id=person.id,
                                  service_id=service_id,
                  consent_id=consent_id, status=REQUESTED, reason=None, created_at=now, updated_at=now)
    session.execute(insert(referrals).values(**values))
    _log(session, person.audit_ref, values["id"], REQUESTED, None, service_id, consent_id, now)
    return _from_row(SimpleNamespace(**values))


def get_referral(session: Session, referral_id: str) -> Referral | None:
    row = session.execute(select(referrals).where(referrals.c.id == referral_id)).first()
    return _from_row(row) if row else None


def referrals_of(session: Session, person: Person) -> list[Referral]:
    rows = session.execute(select(referrals).where(referrals.c.person_id == person.id)
                           .order_by(referrals.c.created_at)).all()
    return [_from_row(row) for row in rows]


def _log(session: Session, audit_ref: str, referral_id: str, status: str, reason: str | None, service_id: str,
         consent_id: str, now: datetime) -> None:
    digest = hashlib.sha256(f"{referral_id}\0{status}\0{reason or ''}".encode()).hexdigest()
    audit.record(session, audit_ref, "task-" + status, now, service_id=service_id, consent_id=consent_id,
                 digest=digest)


def apply_update(session: Session, referral_id: str, status: str, reason: str | None, message_id: str,
                 now: datetime) -> Referral:
    """Move the referral to `status` (with a reason code) for the update `message_id`, once.
    Raises AlreadyApplied for a message id seen before, NotAllowed for a move the status cannot make
    (or a referral that is not there)."""
    row = session.execute(select(referrals, persons.c.audit_ref)
                          .join(persons, persons.c.id == referrals.c.person_id)
                          .where(referrals.c.id == referral_id)).first()
    if row is None:
        raise NotAllowed()
    try:
        with session.begin_nested():
            session.execute(insert(referral_updates).values(message_id=message_id, referral_id=referral_id,
                                                            person_id=row.person_id, applied_at=now))
    except IntegrityError:
        raise AlreadyApplied() from None
    if status not in NEXT.get(row.status, ()):
        raise NotAllowed()
    session.execute(update(referrals).where(referrals.c.id == referral_id)
                    .values(status=status, reason=reason, updated_at=now))
    _log(session, row.audit_ref, referral_id, status, reason, row.service_id, row.consent_id, now)
    updated = get_referral(session, referral_id)
    assert updated is not None  # updated just now, in this transaction
    return updated


def carry_over(session: Session, from_consent_id: str, to_consent_id: str, now: datetime) -> Referral | None:
    """A new agreement with the service replaced `from_consent_id`: its referral, unless it had ended, goes
    on under the new one (the same Task, so the service sees one referral, updated). Logged as
    "task-carried" under the new consent."""
    row = session.execute(select(referrals, persons.c.audit_ref)
                          .join(persons, persons.c.id == referrals.c.person_id)
                          .where(referrals.c.consent_id == from_consent_id)).first()
    if row is None or row.status in FINAL:
        return None
    session.execute(update(referrals).where(referrals.c.id == row.id)
                    .values(consent_id=to_consent_id, updated_at=now))
    _log(session, row.audit_ref, row.id, "carried", None, row.service_id, to_consent_id, now)
    return get_referral(session, row.id)


def cancel_for_consent(session: Session, consent_id: str, now: datetime) -> Referral | None:
    """Consent withdrawn: the referral under it is cancelled, unless it had already ended."""
    row = session.execute(select(referrals, persons.c.audit_ref)
                          .join(persons, persons.c.id == referrals.c.person_id)
                          .join(consents, consents.c.id == referrals.c.consent_id)
                          .where(referrals.c.consent_id == consent_id)).first()
    if row is None or row.status in FINAL:
        return None
    session.execute(update(referrals).where(referrals.c.id == row.id)
                    .values(status=CANCELLED, reason="consent-withdrawn", updated_at=now))
    _log(session, row.audit_ref, row.id, CANCELLED, "consent-withdrawn", row.service_id, consent_id, now)
    return get_referral(session, row.id)
