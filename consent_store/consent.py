"""Consent: default deny, per service and section; the consented view is the only way out."""
from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from consent_store.people import Person
from consent_store.schema import consents

RECEIPT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed by people


@dataclass(frozen=True)
class Consent:
    id: str
    person_id: str
    service_id: str
    sections: tuple[str, ...]
    purpose: str
    granted_by: str
    granted_at: datetime
    expires_at: datetime | None
    withdrawn_at: datetime | None
    receipt_code: str

    def is_live(self, now: datetime) -> bool:
        if self.withdrawn_at is not None and _aware(self.withdrawn_at) <= now:
            return False
        return self.expires_at is None or now < _aware(self.expires_at)


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything we store is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _from_row(row) -> Consent:
    return Consent(
        id=row.id, person_id=row.person_id, service_id=row.service_id,
        sections=tuple(row.sections), purpose=row.purpose, granted_by=row.granted_by,
        granted_at=_aware(row.granted_at),
        expires_at=_aware(row.expires_at) if row.expires_at else None,
        withdrawn_at=_aware(row.withdrawn_at) if row.withdrawn_at else None,
        receipt_code=row.receipt_code,
    )


def new_receipt_code() -> str:
    return "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(8))


def grant_consent(
    session: Session,
    person: Person,
    service_id: str,
    sections: list[str],
    purpose: str,
    granted_by: str,
    now: datetime,
    expires_at: datetime | None = None,
) -> Consent:
    if not sections:
        raise ValueError("a consent names at least one section")
    values = dict(
        id=str(uuid.uuid4()), person_id=person.id, service_id=service_id,
        sections=sorted(set(sections)), purpose=purpose, granted_by=granted_by,
        granted_at=now, expires_at=expires_at, withdrawn_at=None, receipt_code=new_receipt_code(),
    )
    session.execute(insert(consents).values(**values))
    return Consent(**{**values, "sections": tuple(values["sections"])})


def withdraw_consent(session: Session, consent_id: str, now: datetime) -> None:
    session.execute(
        update(consents)
        .where(consents.c.id == consent_id, consents.c.withdrawn_at.is_(None))
        .values(withdrawn_at=now)
    )


def get_consent(session: Session, consent_id: str) -> Consent | None:
    row = session.execute(select(consents).where(consents.c.id == consent_id)).first()
    return _from_row(row) if row else None


def live_consents(session: Session, person: Person, service_id: str, now: datetime) -> list[Consent]:
    rows = session.execute(
        select(consents).where(consents.c.person_id == person.id, consents.c.service_id == service_id)
    ).all()
    return [c for c in map(_from_row, rows) if c.is_live(now)]


def filter_profile(profile: dict, allowed_sections: set[str]) -> dict:
    """Only the allowed sections of a profile. Pure: the heart of default deny."""
    sections = profile.get("sections", {})
    return {"sections": {key: items for key, items in sections.items() if key in allowed_sections}}


def consented_view(
    session: Session, person: Person, profile: dict, service_id: str, now: datetime
) -> dict:
    """What `service_id` may see of `profile` at `now`: the union of its live consents."""
    allowed: set[str] = set()
    for consent in live_consents(session, person, service_id, now):
        allowed.update(consent.sections)
    return filter_profile(profile, allowed)
