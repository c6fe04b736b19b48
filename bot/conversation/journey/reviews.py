""""Is this still true?" (issue 21): when a person's story is due to be checked, and the check kept.

A story is due for a check once it has gone unchecked (since it was last confirmed, or last checked)
for the review period: the one the person chose (`choose_period`: from a month to a year, "don't ask
me" being a year), else the shortest a service the person shares with asks for ("pathway":
{"review_after_days": N} in data/services/<id>.json), else REVIEW_AFTER_DAYS (about six months). A
service that still has consent may ask for a check (bot/delivery/review_requests.py): it is due at
once, and the person hears who asked; when the check ends, that service hears how (nothing
changed, or changes that come as an update if the person sends it). A person who says "not now" is asked again after LATER_DAYS.
What changed goes into the story through the usual update (the draft, the read-back of what changed,
then "Shall I send them the update?"). Time is always a parameter (`now`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from bot.conversation import pathway
from bot.conversation.journey.person import person_for
from bot.ops.runtime import Runtime
from consent_store import consent as consents
from consent_store import questions
from consent_store import referrals as referral_store
from consent_store import reviews as store
from consent_store.people import Person
from consent_store.referrals import Referral

REVIEW_AFTER_DAYS = 182
LATER_DAYS = 30
SHORTEST_DAYS, LONGEST_DAYS = 30, 365  # the periods a person may choose: a month to a year
CONFIRMED, CHANGED, LATER = store.CONFIRMED, store.CHANGED, store.LATER
SMS_PREFIX = "sms-"  # the SMS channel's conversation ids (bot/rasa/channels/sms.py)


@dataclass(frozen=True)
class Due:
    days: int                 # how long the story has gone unchecked
    due_at: datetime          # since when the check is due (a reminder is texted once per due_at)
    asked_by: str | None      # the service that asked for it (its id), if one did
    reminded: bool = False    # a reminder for this check was texted


def period_days(rt: Runtime, service_ids: list[str], chosen: int | None = None) -> int:
    """The review period for a person who shares with `service_ids` (and chose `chosen`, if any)."""
    if chosen is not None:
        return chosen
    asked = [d for d in (pathway.review_after_days(rt, s) for s in service_ids) if d is not None]
    return min(asked, default=REVIEW_AFTER_DAYS)


def next_check(rt: Runtime, session: Session, person: Person, now: datetime) -> Due | None:
    """When the person's next check is due (whether or not it is yet); None with no saved story."""
    found = store.state(session, person)
    if found.checked_at is None:
        return None
    asked_by = found.requested_by if found.asked() else None
    if asked_by is not None and found.requested_at is not None:
        due_at = found.requested_at
    else:
        sharing = sorted({c.service_id for c in consents.consents_of(session, person) if c.is_live(now)})
        due_at = found.checked_at + timedelta(days=period_days(rt, sharing, found.period_days))
    if found.put_off_until is not None and found.put_off_until > due_at:
        due_at = found.put_off_until
    reminded = found.reminded_at is not None and found.reminded_at >= due_at
    return Due(max((now - found.checked_at).days, 0), due_at, asked_by, reminded)


def check_due(rt: Runtime, sender_id: str, now: datetime) -> Due | None:
    """The check due now, if one is (nothing saved, checked recently, or put off: None)."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        found = next_check(rt, session, person, now) if person is not None else None
    return found if found is not None and now >= found.due_at else None


def due(rt: Runtime, sender_id: str, now: datetime) -> int | None:
    """How many days the saved story has gone unchecked, when a check is due now; None otherwise."""
    found = check_due(rt, sender_id, now)
    return found.days if found is not None else None


def choose_period(rt: Runtime, sender_id: str, days: int, now: datetime) -> Due | None:
    """Keep the period the person chose (within SHORTEST_DAYS..LONGEST_DAYS); the next check then."""
    days = min(max(days, SHORTEST_DAYS), LONGEST_DAYS)
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return None
        store.choose_period(session, person, days, now)
        return next_check(rt, session, person, now)


def texted(rt: Runtime, sender_id: str, now: datetime) -> bool:
    """Whether an SMS conversation's person was texted a reminder of the check due now: their next
    text starts it (after the PIN)."""
    if not sender_id.startswith(SMS_PREFIX):
        return False
    found = check_due(rt, sender_id, now)
    return found is not None and found.reminded


def record(rt: Runtime, sender_id: str, outcome: str, now: datetime) -> str | None:
    """A check ended: the story confirmed, changed (the update follows), or put off for LATER_DAYS.
    When a service asked for it and still has consent, how it ended goes to that service (sent by
    the notifier as an answer is: consent_store/questions.py); its id is returned."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return None
        found = store.state(session, person)
        told = None
        if outcome != LATER and found.asked() and found.requested_at is not None:
            referral = _asking_referral(session, person, found.requested_by, now)
            if referral is not None and questions.record_check(session, person, referral, outcome,
                                                               found.requested_at, now):
                told = referral.service_id
        store.record(session, person, outcome, now,
                     put_off_until=now + timedelta(days=LATER_DAYS) if outcome == LATER else None)
        return told


def _asking_referral(session: Session, person: Person, service_id: str | None, now: datetime) -> Referral | None:
    """The referral of the service that asked for a check, while it is open and its consent live."""
    live = {c.id for c in consents.consents_of(session, person) if c.is_live(now)}
    return next((r for r in referral_store.referrals_of(session, person) if r.service_id == service_id
                 and r.consent_id in live and r.status not in referral_store.FINAL), None)
