"""The person a conversation speaks for, found by the keyed hash of its sender id."""
from __future__ import annotations

from bot.ops.runtime import Runtime
from consent_store import people
from consent_store.people import Person


def person_for(rt: Runtime, session, sender_id: str, create: bool = False) -> Person | None:
    hashed = people.handle_hash(rt.lookup_key, sender_id)
    if create:
        return people.find_or_create_person(session, rt.kek, hashed, rt.now())
    return people.find_person(session, rt.kek, hashed)
