"""Persons, their story drafts and their confirmed profile versions, all sealed per person."""
from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from consent_store import crypto
from consent_store.crypto import KeyEncryptionKey
from consent_store.keys import Keyring
from consent_store.schema import consents, contact_handles, persons, profile_versions, story_drafts

Keys = Keyring | KeyEncryptionKey  # a keyring, or a single key as a keyring of one


@dataclass(frozen=True)
class Person:
    """A person with their unwrapped data key, for use inside one transaction only."""

    id: str
    data_key: bytes
    audit_ref: str = ""

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
    profile: dict[str, Any]
    confirmed_at: datetime
    representative_id: str | None = None


def handle_hash(lookup_key: bytes, handle: str) -> str:
    """A keyed hash of a conversation handle (sender id, phone number): lookup without the handle."""
    return hmac.new(lookup_key, handle.encode(), hashlib.sha256).hexdigest()


# The reads every step of a conversation makes, built once: building a statement (and the key SQLAlchemy
# caches its compiled form under) for each use cost twice as much as running it on SQLite.
_PERSON_BY_HANDLE = select(persons).where(persons.c.handle_hash == bindparam("handle_hash"))
_PERSON_BY_CONTACT = select(contact_handles.c.person_id).where(contact_handles.c.handle_hash == bindparam("handle_hash"))
_PERSON_BY_ID = select(persons).where(persons.c.id == bindparam("person_id"))
_DRAFT = select(story_drafts).where(story_drafts.c.person_id == bindparam("person_id"))
_DRAFT_LOCKED = _DRAFT.with_for_update()
_LATEST_PROFILE = (select(profile_versions).where(profile_versions.c.person_id == bindparam("person_id"))
                   .order_by(profile_versions.c.version.desc()).limit(1))


def _person_from_row(keys: Keys, row: Any) -> Person:
    data_key = crypto.unwrap_data_key(keys.key_for(row.kek_id), row.wrapped_data_key, row.id)
    return Person(id=row.id, data_key=data_key, audit_ref=row.audit_ref)


def find_person(session: Session, keys: Keys, hashed_handle: str) -> Person | None:
    row = session.execute(_PERSON_BY_HANDLE, {"handle_hash": hashed_handle}).first()
    if row is None:
        contact = session.execute(_PERSON_BY_CONTACT, {"handle_hash": hashed_handle}).first()
        row = session.execute(_PERSON_BY_ID, {"person_id": contact.person_id}).first() if contact else None
    return _person_from_row(keys, row) if row else None


def person_by_id(session: Session, keys: Keys, person_id: str) -> Person | None:
    """For background work that starts from a row (the outbox worker), not from a conversation."""
    row = session.execute(_PERSON_BY_ID, {"person_id": person_id}).first()
    return _person_from_row(keys, row) if row else None


def find_or_create_person(session: Session, keys: Keys, hashed_handle: str, now: datetime) -> Person:
    """The person a handle belongs to, created (with a fresh data key) if there is none. The new
    row and its wrapped key are one insert: the caller's transaction keeps them together with
    whatever is written next."""
    person = find_person(session, keys, hashed_handle)
    if person:
        return person
    person_id, audit_ref = str(uuid.uuid4()), str(uuid.uuid4())
    data_key = crypto.new_data_key()
    kek = keys.current
    session.execute(
        insert(persons).values(
            id=person_id,
            handle_hash=hashed_handle,
            kek_id=kek.key_id,
            wrapped_data_key=crypto.wrap_data_key(kek, data_key, person_id),
            created_at=now,
            audit_ref=audit_ref,
        )
    )
    return Person(id=person_id, data_key=data_key, audit_ref=audit_ref)


# --- other ways to reach a person -----------------------------------------------------------

def add_contact_handle(session: Session, person: Person, hashed_handle: str, kind: str, handle: str | None,
                       now: datetime) -> None:
    """Record a phone number or email as a keyed hash for lookup; `handle` (if given) is sealed so
    that it can be read back to contact them."""
    sealed = person.seal({"handle": handle}, "contact", hashed_handle) if handle is not None else None
    session.execute(insert(contact_handles).values(handle_hash=hashed_handle, person_id=person.id, kind=kind,
                                                   sealed_handle=sealed, created_at=now))


def contact_handles_of(session: Session, person: Person) -> list[dict[str, Any]]:
    rows = session.execute(select(contact_handles).where(contact_handles.c.person_id == person.id)
                           .order_by(contact_handles.c.created_at)).all()
    return [{"kind": row.kind,
             "handle": person.unseal(row.sealed_handle, "contact", row.handle_hash)["handle"]
             if row.sealed_handle is not None else None}
            for row in rows]


# --- the story while it is being told -------------------------------------------------------

def _draft(session: Session, person: Person, lock: bool = False) -> tuple[Any, dict[str, Any]]:
    row = session.execute(_DRAFT_LOCKED if lock else _DRAFT, {"person_id": person.id}).first()
    payload = person.unseal(row.ciphertext, "draft", row.revision) if row else {}
    return row, {"parts": payload.get("parts", []), "removed": payload.get("removed", [])}


def _save_draft(session: Session, person: Person, row: Any, payload: dict[str, Any], now: datetime) -> None:
    revision = (row.revision + 1) if row else 1
    values = dict(revision=revision, ciphertext=person.seal(payload, "draft", revision), updated_at=now)
    if row:
        session.execute(update(story_drafts).where(story_drafts.c.person_id == person.id).values(**values))
    else:
        session.execute(insert(story_drafts).values(person_id=person.id, **values))


def read_draft(session: Session, person: Person) -> list[str]:
    """The parts of the story told so far, in order (empty if none)."""
    parts: list[str] = _draft(session, person)[1]["parts"]
    return parts


def read_draft_and_removed(session: Session, person: Person) -> tuple[list[str], list[dict[str, Any]]]:
    """The parts told so far, and what the person asked to take out at the read-back
    ([{"section", "text"}] of structured items), from one read of the draft."""
    payload = _draft(session, person)[1]
    return payload["parts"], payload["removed"]


def append_to_draft(session: Session, person: Person, part: str, now: datetime) -> int:
    """Add one message to the sealed draft; returns how many parts it now holds."""
    row, payload = _draft(session, person, lock=True)
    payload["parts"].append(part)
    _save_draft(session, person, row, payload, now)
    return len(payload["parts"])


def remove_from_draft(session: Session, person: Person, removed: list[dict[str, Any]], now: datetime) -> None:
    """Record structured items the person took out at the read-back, so they stay out."""
    row, payload = _draft(session, person, lock=True)
    payload["removed"].extend(removed)
    _save_draft(session, person, row, payload, now)


def drop_last_draft_part(session: Session, person: Person, part: str, now: datetime) -> bool:
    """Forget the last part of the draft if it is `part` (a correction at the read-back that changed nothing: the
    person was told so, and none of its words may stay to be sent). True if it was dropped."""
    row, payload = _draft(session, person, lock=True)
    if not row or not payload["parts"] or payload["parts"][-1] != part:
        return False
    payload["parts"].pop()
    _save_draft(session, person, row, payload, now)
    return True


def drop_draft_parts(session: Session, person: Person, earlier: int, now: datetime) -> int:
    """Forget the first `earlier` parts of the draft (a story begun by someone else before) and what was
    taken out of them at a read-back; keep the parts told since. Returns how many parts are kept."""
    row, payload = _draft(session, person, lock=True)
    kept = payload["parts"][earlier:]
    if not kept:
        clear_draft(session, person)
        return 0
    _save_draft(session, person, row, {"parts": kept, "removed": []}, now)
    return len(kept)


def clear_draft(session: Session, person: Person) -> None:
    session.execute(delete(story_drafts).where(story_drafts.c.person_id == person.id))


# --- confirmed profiles ---------------------------------------------------------------------

def save_profile_version(
    session: Session, person: Person, profile: dict[str, Any], told_by: str, now: datetime,
    representative_id: str | None = None,
) -> int:
    """Append a new confirmed version of the profile; returns its version number.

    The person's row is locked first, so that two writers for the same person take turns instead
    of both claiming the same version number (PostgreSQL; SQLite allows one writer at a time).
    Every item gets a stable `id` for item-level consent."""
    session.execute(select(persons.c.id).where(persons.c.id == person.id).with_for_update())
    profile = with_item_ids(profile)
    latest = session.execute(
        select(func.max(profile_versions.c.version)).where(profile_versions.c.person_id == person.id)
    ).scalar()
    version = (latest or 0) + 1
    session.execute(
        insert(profile_versions).values(
            person_id=person.id,
            version=version,
            told_by=told_by,
            representative_id=representative_id,
            ciphertext=person.seal(profile, "profile", version),
            confirmed_at=now,
        )
    )
    return version


def discard_unopened_versions(session: Session, person: Person) -> bool:
    """Delete the confirmed versions of a story nobody can open: no PIN was ever chosen for it, and (checked
    here) nothing of it was ever agreed to be shared. The one exception to append-only: told afresh at the same
    phone or browser, it must not come along with the new story (its answers carried over, or given in a
    download to whoever chose the PIN next). True if there were any to delete."""
    if session.execute(select(consents.c.id).where(consents.c.person_id == person.id).limit(1)).first():
        return False
    deleted = cast(CursorResult, session.execute(  # a DELETE's result has a rowcount
        delete(profile_versions).where(profile_versions.c.person_id == person.id)))
    return bool(deleted.rowcount)


def with_item_ids(profile: dict[str, Any]) -> dict[str, Any]:
    """The profile with an `id` on every item: a short hash of section, words and subject, so an
    item keeps its id from one version to the next while it says the same thing."""
    sections: dict[str, list[dict[str, Any]]] = {}
    for section, items in profile.get("sections", {}).items():
        seen: set[str] = set()
        sections[section] = []
        for item in items:
            item = dict(item)
            if "id" not in item:
                basis = f"{section}\x1f{str(item.get('text', '')).lower()}\x1f{item.get('about', '')}"
                candidate = hashlib.sha256(basis.encode()).hexdigest()[:12]
                n = 1
                while candidate in seen:
                    n += 1
                    candidate = hashlib.sha256(f"{basis}\x1f{n}".encode()).hexdigest()[:12]
                item["id"] = candidate
            seen.add(item["id"])
            sections[section].append(item)
    return {**profile, "sections": sections}


def latest_profile(session: Session, person: Person) -> ProfileVersion | None:
    row = session.execute(_LATEST_PROFILE, {"person_id": person.id}).first()
    if not row:
        return None
    return ProfileVersion(
        version=row.version,
        told_by=row.told_by,
        profile=person.unseal(row.ciphertext, "profile", row.version),
        confirmed_at=row.confirmed_at,
        representative_id=row.representative_id,
    )
