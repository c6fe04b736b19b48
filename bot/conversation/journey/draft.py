"""The story being told, thrown away at the person's word ("start again", then "yes"): the sealed
draft and what was taken out of it at the read-back. A confirmed story, a PIN and any agreement to
share are kept."""
from __future__ import annotations

from bot.conversation.journey.person import person_for
from bot.ops.runtime import Runtime
from consent_store import people


def discard_draft(rt: Runtime, sender_id: str) -> bool:
    """Forget the story being told; False if nothing was being told."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None or not people.read_draft(session, person):
            return False
        people.clear_draft(session, person)
        return True


def discard_earlier_parts(rt: Runtime, sender_id: str, earlier: int) -> int:
    """Forget the first `earlier` parts of the story being told (begun by someone else, the person says),
    keeping those told since; returns how many are kept."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return 0
        return people.drop_draft_parts(session, person, earlier, rt.now())
