"""The PIN that lets a returning person back in: set, checked (counting tries, locking out), and
the outcome recorded for the rights gate (bot.conversation.rights)."""
from __future__ import annotations

from bot.conversation.errors import WeakPin
from bot.conversation.journey.person import person_for, person_or_new
from bot.ops.runtime import Runtime
from consent_store import people, verification


def has_pin(rt: Runtime, sender_id: str) -> bool:
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        return bool(person and verification.has_secret(session, person))


def set_pin(rt: Runtime, sender_id: str, pin: str) -> None:
    """Set the PIN that lets the person back in (raises WeakPin with the reason). Whoever sets
    it is verified in this conversation and session. Only for a first PIN, or by someone the rights
    gate (bot.conversation.rights) let in: the caller asks it first."""
    try:
        prepared = verification.prepare_secret(pin)  # scrypt, outside the transaction
    except verification.WeakSecret as weak:
        raise WeakPin(str(weak)) from None
    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, sender_id)
        now = rt.now()
        verification.set_secret(session, person, prepared, now)
        verification.record_verified(session, person, people.handle_hash(rt.lookup_key, sender_id), now)


def pin_matches(rt: Runtime, sender_id: str, pin: str) -> bool:
    """Whether `pin` is the one just set (the "type it again" step: not counted as a try)."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        return bool(person and verification.matches(session, person, pin))


def check_pin(rt: Runtime, sender_id: str, pin: str) -> verification.Check | None:
    """Verify a returning person (counting tries, locking out); None if there is no PIN to check.
    The outcome is recorded for this conversation: the rights gate (bot.conversation.rights) reads it."""
    hashed = people.handle_hash(rt.lookup_key, sender_id)
    with rt.sessions.begin() as session:
        person = people.find_person(session, rt.kek, hashed)
        if person is None or not verification.has_secret(session, person):
            return None
        now = rt.now()
        check = verification.verify(session, person, pin, now)
        if check.ok:
            verification.record_verified(session, person, hashed, now)
        else:
            verification.end_verification(session, hashed)
        return check
