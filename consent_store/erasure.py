"""Erasure: the person's rows go, and with them their wrapped data key (crypto-shredding).

Every record about the person was sealed with their data key, and the only copy of that key is
wrapped in their `persons` row. Deleting the row (its foreign keys cascade to drafts, versions,
consents, queued deliveries, representatives, credentials and contact handles), and their
conversations (found by the same keyed hashes), leaves any copy of
those ciphertexts elsewhere (a backup, a WAL file) unreadable. The disclosure log keeps its rows and
its chain: they name the person only by a random `audit_ref` that now points at nobody, and an
`erased` row marks when.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from consent_store import audit, conversations
from consent_store.people import Person
from consent_store.schema import contact_handles, persons


def erase_person(session: Session, person: Person, now: datetime,
                 conversations_session: Session | None = None) -> str:
    """Erase everything about `person`; returns the tombstone (their audit_ref). Queued deliveries
    are deleted with everything else, so nothing more is ever sent. `conversations_session`: where
    their conversations are, if not in `session`'s database (commit it first: if `session` then
    fails, running it again finishes the work)."""
    audit.record(session, person.audit_ref, audit.ERASED, now)
    hashes = [row.handle_hash for row in session.execute(select(persons.c.handle_hash).where(persons.c.id == person.id))]
    hashes += [row.handle_hash for row in session.execute(
        select(contact_handles.c.handle_hash).where(contact_handles.c.person_id == person.id))]
    for handle_hash in hashes:  # their conversations (Rasa's history) go too
        conversations.forget(conversations_session or session, handle_hash)
    session.execute(delete(persons).where(persons.c.id == person.id))
    return person.audit_ref
