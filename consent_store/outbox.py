"""The delivery outbox: written before sending, in the same transaction as the consent.

A delivery is `pending` until a worker claims it (a lease, so a worker that dies gives it back),
then `sent` (the service answered 2xx), `received` (the service also signed an acknowledgement),
`failed` (refused, gone, or no answer for about three days) or `cancelled` (consent withdrawn or
expired before it went). Final outcomes are appended to the disclosure log.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from consent_store import audit
from consent_store.database import as_utc
from consent_store.people import Person
from consent_store.schema import deliveries, persons, service_endpoints

PENDING, SENT, RECEIVED, FAILED, CANCELLED = "pending", "sent", "received", "failed", "cancelled"
FINAL = (SENT, RECEIVED, FAILED, CANCELLED)
_LOGGED = {SENT: audit.DELIVERED, RECEIVED: audit.DELIVERED, FAILED: audit.FAILED, CANCELLED: audit.CANCELLED}


@dataclass(frozen=True)
class Delivery:
    id: str
    person_id: str
    service_id: str
    consent_id: str
    profile_version: int
    sections: tuple[str, ...]
    digest: str
    status: str
    attempts: int
    last_error: str | None
    created_at: datetime | None = None
    next_attempt_at: datetime | None = None


def _from_row(row: Any) -> Delivery:
    return Delivery(
        id=row.id, person_id=row.person_id, service_id=row.service_id, consent_id=row.consent_id,
        profile_version=row.profile_version, sections=tuple(row.sections), digest=row.digest,
        status=row.status, attempts=row.attempts, last_error=row.last_error,
        created_at=as_utc(row.created_at), next_attempt_at=as_utc(row.next_attempt_at),
    )


def enqueue_delivery(
    session: Session,
    person: Person,
    service_id: str,
    consent_id: str,
    profile_version: int,
    sections: list[str],
    body: bytes,
    now: datetime,
) -> Delivery:
    """Write a delivery down, its body sealed, before anything is sent; log it as queued."""
    delivery_id = str(uuid.uuid4())
    values: dict[str, Any] = dict(
        id=delivery_id, person_id=person.id, service_id=service_id, consent_id=consent_id,
        profile_version=profile_version, sections=sorted(sections),
        payload=person.seal({"body": body.decode()}, "delivery", delivery_id),
        digest=hashlib.sha256(body).hexdigest(), status=PENDING, attempts=0, last_error=None,
        created_at=now, delivered_at=None, next_attempt_at=now,
    )
    session.execute(insert(deliveries).values(**values))
    audit.record(session, person.audit_ref, audit.QUEUED, now, service_id=service_id, sections=sections,
                 profile_version=profile_version, consent_id=consent_id, digest=values["digest"])
    return _from_row(SimpleNamespace(**values))


def delivery_body(session: Session, person: Person, delivery_id: str) -> bytes:
    row = session.execute(select(deliveries.c.payload).where(deliveries.c.id == delivery_id)).one()
    body: str = person.unseal(row.payload, "delivery", delivery_id)["body"]
    return body.encode()


def get_delivery(session: Session, delivery_id: str) -> Delivery | None:
    row = session.execute(select(deliveries).where(deliveries.c.id == delivery_id)).first()
    return _from_row(row) if row else None


def _due(now: datetime) -> Any:  # a clause
    return and_(deliveries.c.status == PENDING, deliveries.c.next_attempt_at <= now,
                or_(deliveries.c.lease_until.is_(None), deliveries.c.lease_until < now))


def claim_due(session: Session, now: datetime, limit: int, lease: timedelta) -> list[Delivery]:
    """Claim up to `limit` deliveries that are due, for `lease`; several workers may run at once.

    PostgreSQL: `FOR UPDATE SKIP LOCKED`, so workers never wait for or take each other's rows.
    SQLite: one UPDATE takes the write lock first (WAL mode and a busy timeout make others wait).
    """
    token = str(uuid.uuid4())
    claim = dict(lease_until=now + lease, lease_token=token)
    if session.get_bind().dialect.name == "postgresql":
        ids = session.execute(select(deliveries.c.id).where(_due(now))
                              .order_by(deliveries.c.next_attempt_at).limit(limit)
                              .with_for_update(skip_locked=True)).scalars().all()
        if not ids:
            return []
        session.execute(update(deliveries).where(deliveries.c.id.in_(ids)).values(**claim))
    else:
        due = select(deliveries.c.id).where(_due(now)).order_by(deliveries.c.next_attempt_at).limit(limit)
        session.execute(update(deliveries).where(deliveries.c.id.in_(due.scalar_subquery()))
                        .values(**claim).execution_options(synchronize_session=False))
    rows = session.execute(select(deliveries).where(deliveries.c.lease_token == token)).all()
    return [_from_row(row) for row in rows]


def record_attempt(
    session: Session, delivery_id: str, status: str, now: datetime, error: str | None = None,
    retry_at: datetime | None = None,
) -> None:
    """Note the outcome of one sending attempt and release the lease. `error` is a short reason,
    never a body. `retry_at` (with PENDING) is when to try again. A final outcome is also appended
    to the disclosure log."""
    row = session.execute(select(deliveries, persons.c.audit_ref)
                          .join(persons, persons.c.id == deliveries.c.person_id)
                          .where(deliveries.c.id == delivery_id)).first()
    if row is None or row.status in FINAL:
        return  # erased meanwhile, or already settled (a withdrawal cancelled it)
    if status in _LOGGED:
        audit.record(session, row.audit_ref, _LOGGED[status], now, service_id=row.service_id,
                     sections=row.sections, profile_version=row.profile_version, consent_id=row.consent_id,
                     digest=row.digest)
    session.execute(
        update(deliveries)
        .where(deliveries.c.id == delivery_id)
        .values(
            status=status,
            attempts=deliveries.c.attempts + 1,
            last_error=error[:200] if error else None,
            delivered_at=now if status in (SENT, RECEIVED) else None,
            acknowledged_at=now if status == RECEIVED else None,
            next_attempt_at=retry_at or row.next_attempt_at,
            lease_until=None, lease_token=None,
        )
    )


def cancel_for_consent(session: Session, consent_id: str, now: datetime, reason: str) -> int:
    """Cancel what still waits to go under a consent: a withdrawal takes effect at once. (A worker
    holding one right now re-checks the consent before it sends, and cancels it then.)"""
    ids = session.execute(select(deliveries.c.id).where(
        deliveries.c.consent_id == consent_id, deliveries.c.status == PENDING)).scalars().all()
    for delivery_id in ids:
        session.execute(update(deliveries).where(deliveries.c.id == delivery_id)
                        .values(lease_until=None, lease_token=None))
        record_attempt(session, delivery_id, CANCELLED, now, reason)
    return len(ids)


def disable_endpoint(session: Session, service_id: str, now: datetime, reason: str) -> None:
    """A service said its endpoint is gone (410): stop sending to it; fail what waits for it."""
    session.execute(delete(service_endpoints).where(service_endpoints.c.service_id == service_id))
    session.execute(insert(service_endpoints).values(service_id=service_id, disabled_at=now, reason=reason[:200]))
    waiting = session.execute(select(deliveries.c.id).where(
        deliveries.c.service_id == service_id, deliveries.c.status == PENDING)).scalars().all()
    for delivery_id in waiting:
        record_attempt(session, delivery_id, FAILED, now, reason)


def enable_endpoint(session: Session, service_id: str, now: datetime) -> str | None:
    """Staff re-open a service's endpoint (`python -m consent_store enable-service`): deliveries to
    it are queued and sent again from now on (what failed while it was closed stays failed). The
    disclosure log records it. Returns why it had been disabled; None if it was not, and then
    nothing is changed or logged."""
    reason = endpoint_disabled(session, service_id)
    if reason is None:
        return None
    session.execute(delete(service_endpoints).where(service_endpoints.c.service_id == service_id))
    audit.record(session, audit.STAFF, audit.ENABLED, now, service_id=service_id)
    return reason


def endpoint_disabled(session: Session, service_id: str) -> str | None:
    """Why the service's endpoint is disabled, or None if it is not."""
    return session.execute(select(service_endpoints.c.reason)
                           .where(service_endpoints.c.service_id == service_id)).scalar()


def untold_outcomes(session: Session, person: Person, now: datetime) -> list[Delivery]:
    """Final outcomes the person has not been told about yet; they are marked as told."""
    rows = session.execute(select(deliveries).where(
        deliveries.c.person_id == person.id, deliveries.c.status.in_(FINAL),
        deliveries.c.told_at.is_(None)).order_by(deliveries.c.created_at)).all()
    if rows:
        session.execute(update(deliveries).where(deliveries.c.id.in_([r.id for r in rows])).values(told_at=now))
    return [_from_row(row) for row in rows]


def mark_told(session: Session, delivery_id: str, now: datetime) -> None:
    session.execute(update(deliveries).where(deliveries.c.id == delivery_id).values(told_at=now))


def count_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(deliveries.c.status, func.count()).group_by(deliveries.c.status)).all()
    return {status: count for status, count in rows}
