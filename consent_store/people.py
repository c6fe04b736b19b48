"""Persons, their story drafts and their confirmed profile versions, all sealed per person."""
from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from consent_store import crypto
from consent_store.crypto import KeyEncryptionKey
from consent_store.schema import persons, profile_versions, story_drafts


@dataclass(frozen=True)
class Person:
    """A person with their unwrapped data key, for use inside one transaction only."""

    id: str
    data_key: bytes

    def __repr__(self) -> str:
        return f"Person(id={self.id!r})"

    def seal(self, document: Any, kind: str, version: int | str = 0) -> bytes:
        plaintext = json.dumps(document, ensure_ascii=False).encode()
        return crypto.seal(self.data_key, plaintext, crypto.associated_data(self.id, kind, version))

    def unseal(self, blob: bytes, kind: str, version: int | str = 0) -> Any:
        plaintext = crypto.unseal(self.data_key, blob, crypto.associated_data(self.id, kind, version))
        return json.loads(plaintext)


@dataclass(frozen=True)
class ProfileVersion:
    version: int
    told_by: str
    profile: dict
    confirmed_at: datetime


def handle_hash(lookup_key: bytes, handle: str) -> str:
    """A keyed hash of a conversation handle (sender id, phone number): lookup without the handle."""
    return hmac.new(lookup_key, handle.encode(), hashlib.sha256).hexdigest()


def _person_from_row(kek: KeyEncryptionKey, row) -> Person:
    return Person(id=row.id, data_key=crypto.unwrap_data_key(kek, row.wrapped_data_key, row.id))


def find_person(session: Session, kek: KeyEncryptionKey, hashed_handle: str) -> Person | None:
    row = session.execute(select(persons).where(persons.c.handle_hash == hashed_handle)).first()
    return _person_from_row(kek, row) if row else None


def find_or_create_person(
    session: Session, kek: KeyEncryptionKey, hashed_handle: str, now: datetime
) -> Person:
    person = find_person(session, kek, hashed_handle)
    if person:
        return person
    person_id = str(uuid.uuid4())
    data_key = crypto.new_data_key()
    session.execute(
        insert(persons).values(
            id=person_id,
            handle_hash=hashed_handle,
            kek_id=kek.key_id,
            wrapped_data_key=crypto.wrap_data_key(kek, data_key, person_id),
            created_at=now,
        )
    )
    return Person(id=person_id, data_key=data_key)


# --- the story while it is being told -------------------------------------------------------

def read_draft(session: Session, person: Person) -> list[str]:
    """The parts of the story told so far, in order (empty if none)."""
    row = session.execute(select(story_drafts).where(story_drafts.c.person_id == person.id)).first()
    if not row:
        return []
    return person.unseal(row.ciphertext, "draft", row.revision)["parts"]


def append_to_draft(session: Session, person: Person, part: str, now: datetime) -> int:
    """Add one message to the sealed draft; returns how many parts it now holds."""
    row = session.execute(
        select(story_drafts).where(story_drafts.c.person_id == person.id).with_for_update()
    ).first()
    parts = person.unseal(row.ciphertext, "draft", row.revision)["parts"] if row else []
    parts.append(part)
    revision = (row.revision + 1) if row else 1
    values = dict(revision=revision, ciphertext=person.seal({"parts": parts}, "draft", revision),
                  updated_at=now)
    if row:
        session.execute(
            update(story_drafts).where(story_drafts.c.person_id == person.id).values(**values)
        )
    else:
        session.execute(insert(story_drafts).values(person_id=person.id, **values))
    return len(parts)


def clear_draft(session: Session, person: Person) -> None:
    session.execute(delete(story_drafts).where(story_drafts.c.person_id == person.id))


# --- confirmed profiles ---------------------------------------------------------------------

def save_profile_version(
    session: Session, person: Person, profile: dict, told_by: str, now: datetime
) -> int:
    """Append a new confirmed version of the profile; returns its version number."""
    latest = session.execute(
        select(func.max(profile_versions.c.version)).where(profile_versions.c.person_id == person.id)
    ).scalar()
    version = (latest or 0) + 1
    session.execute(
        insert(profile_versions).values(
            person_id=person.id,
            version=version,
            told_by=told_by,
            ciphertext=person.seal(profile, "profile", version),
            confirmed_at=now,
        )
    )
    return version


def latest_profile(session: Session, person: Person) -> ProfileVersion | None:
    row = session.execute(
        select(profile_versions)
        .where(profile_versions.c.person_id == person.id)
        .order_by(profile_versions.c.version.desc())
        .limit(1)
    ).first()
    if not row:
        return None
    return ProfileVersion(
        version=row.version,
        told_by=row.told_by,
        profile=person.unseal(row.ciphertext, "profile", row.version),
        confirmed_at=row.confirmed_at,
    )
