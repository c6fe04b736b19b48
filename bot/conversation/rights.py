"""One gate for every right a person has over their saved story.

Who has it, download it, update it (and hear it read back), stop sharing it, delete it, share it:
each is allowed only to a conversation where the person's PIN was checked (or their first PIN set) in
the current session, within the last hour. The gate reads that from the consent store's own record
(consent_store.verification), found by the conversation's keyed hash; never from a slot, which a
client or a typed message could set. A new session ends it (`new_session`), and so does erasure.
"""
from __future__ import annotations

from enum import Enum

from bot.ops.runtime import Runtime
from consent_store import people, verification


class Right(str, Enum):
    WHO_HAS = "who_has"
    DOWNLOAD = "download"
    UPDATE = "update"
    STOP_SHARING = "stop_sharing"
    DELETE = "delete"
    SHARE = "share"  # the services on offer, their questions, the consent and the share itself
    READ_BACK = "read_back"  # the saved story, read back while it is updated


def may(rt: Runtime, sender_id: str, right: Right) -> bool:
    """Whether this conversation may use `right` now. Every right needs the same proof today; the
    right is named so that each call says what it guards."""
    conversation = people.handle_hash(rt.lookup_key, sender_id)
    now = rt.now()
    with rt.reading.begin() as session:
        person = people.find_person(session, rt.kek, conversation)
        verified = bool(person and verification.is_verified(session, person, conversation, now))
    if verified:  # used: it lasts a while more (verification.IDLE_FOR), never past the hour from the PIN
        with rt.sessions.begin() as session:
            verification.still_here(session, conversation, now)
    return verified


def new_session(rt: Runtime, sender_id: str) -> None:
    """A new session of this conversation starts with no rights."""
    with rt.sessions.begin() as session:
        verification.end_verification(session, people.handle_hash(rt.lookup_key, sender_id))
