"""The person a conversation speaks for, found by the keyed hash of its sender id, in the caller's
transaction."""
from __future__ import annotations

from sqlalchemy.orm import Session

from bot.ops.runtime import Runtime
from consent_store import people
from consent_store.people import Person


def person_for(rt: Runtime, session: Session, sender_id: str) -> Person | None:
    """The person this conversation speaks for; None if it never kept anything."""
    return people.find_person(session, rt.kek, people.handle_hash(rt.lookup_key, sender_id))


def person_or_new(rt: Runtime, session: Session, sender_id: str) -> Person:
    """The person this conversation speaks for, made now if it never kept anything."""
    return people.find_or_create_person(session, rt.kek, people.handle_hash(rt.lookup_key, sender_id), rt.now())
