"""The delivery outbox: written before sending, in the same transaction as the consent."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from consent_store import audit
from consent_store.people import Person
from consent_store.schema import deliveries, persons

PENDING, DELIVERED, FAILED, CANCELLED = "pending", "delivered", "failed", "cancelled"
_LOGGED = {DELIVERED: audit.DELIVERED, FAILED: audit.FAILED, CANCELLED: audit.CANCELLED}


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


def _from_row(row) -> Delivery:
    return Delivery(
        id=row.id, person_id=row.person_id, service_id=row.service_id, consent_id=row.consent_id,
        profile_version=row.profile_version, sections=tuple(row.sections), digest=row.digest,
        status=row.status, attempts=row.attempts, last_error=row.last_error,
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
    values = dict(
        id=delivery_id, person_id=person.id, service_id=service_id, consent_id=consent_id,
        profile_version=profile_version, sections=sorted(sections),
        payload=person.seal({"body": body.decode()}, "delivery", delivery_id),
        digest=hashlib.sha256(body).hexdigest(), status=PENDING, attempts=0, last_error=None,
        created_at=now, delivered_at=None,
    )
    session.execute(insert(deliveries).values(**values))
    audit.record(session, person.audit_ref, audit.QUEUED, now, service_id=service_id, sections=sections,
                 profile_version=profile_version, consent_id=consent_id, digest=values["digest"])
    return Delivery(
        id=delivery_id, person_id=person.id, service_id=service_id, consent_id=consent_id,
        profile_version=profile_version, sections=tuple(values["sections"]),
        digest=values["digest"], status=PENDING, attempts=0, last_error=None,
    )


def delivery_body(session: Session, person: Person, delivery_id: str) -> bytes:
    row = session.execute(select(deliveries.c.payload).where(deliveries.c.id == delivery_id)).one()
    return person.unseal(row.payload, "delivery", delivery_id)["body"].encode()


def get_delivery(session: Session, delivery_id: str) -> Delivery | None:
    row = session.execute(select(deliveries).where(deliveries.c.id == delivery_id)).first()
    return _from_row(row) if row else None


def record_attempt(
    session: Session, delivery_id: str, status: str, now: datetime, error: str | None = None
) -> None:
    """Note the outcome of one sending attempt. `error` is a short reason, never a body. A final
    outcome (delivered, failed, cancelled) is also appended to the disclosure log."""
    row = session.execute(select(deliveries, persons.c.audit_ref)
                          .join(persons, persons.c.id == deliveries.c.person_id)
                          .where(deliveries.c.id == delivery_id)).first()
    if status in _LOGGED and row is not None:
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
            delivered_at=now if status == DELIVERED else None,
        )
    )
