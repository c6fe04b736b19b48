""""Is this still true?" (issue 21): when a person's story is due to be checked, and the check kept.

A story is due for a check once it has gone unchecked (since it was last confirmed, or last checked)
for the review period: the shortest a service the person shares with asks for ("pathway":
{"review_after_days": N} in data/services/<id>.json), else REVIEW_AFTER_DAYS (about six months). A
person who says "not now" is asked again after LATER_DAYS. What changed goes into the story through
the usual update (the draft, the read-back of what changed, then "Shall I send them the update?").
Time is always a parameter (`now`).
"""
from __future__ import annotations

from datetime import datetime, timedelta

from bot.conversation import pathway
from bot.conversation.journey.person import person_for
from bot.ops.runtime import Runtime
from consent_store import consent as consents
from consent_store import reviews as store

REVIEW_AFTER_DAYS = 182
LATER_DAYS = 30
CONFIRMED, CHANGED, LATER = store.CONFIRMED, store.CHANGED, store.LATER


def period_days(rt: Runtime, service_ids: list[str]) -> int:
    """The review period for a person who shares with `service_ids`."""
    asked = [d for d in (pathway.review_after_days(rt, s) for s in service_ids) if d is not None]
    return min(asked, default=REVIEW_AFTER_DAYS)


def due(rt: Runtime, sender_id: str, now: datetime) -> int | None:
    """How many days the saved story has gone unchecked, when a check is due now; None otherwise
    (nothing saved, checked recently, or put off)."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return None
        found = store.state(session, person)
        sharing = sorted({c.service_id for c in consents.consents_of(session, person) if c.is_live(now)})
    if found.checked_at is None or (found.put_off_until is not None and now < found.put_off_until):
        return None
    unchecked = now - found.checked_at
    return unchecked.days if unchecked >= timedelta(days=period_days(rt, sharing)) else None


def record(rt: Runtime, sender_id: str, outcome: str, now: datetime) -> None:
    """A check ended: the story confirmed, changed (the update follows), or put off for LATER_DAYS."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is not None:
            store.record(session, person, outcome, now,
                         put_off_until=now + timedelta(days=LATER_DAYS) if outcome == LATER else None)

