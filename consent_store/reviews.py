""""Is this still true?" (issue 21): when the person last checked their story, until when they put
the next check off, the review period they chose, a check a service asked for, and the reminder
texted. One row per person; the caller owns the transaction and says what time it is.

A review is due once the story has gone unchecked for a period (bot/conversation/journey/reviews.py
chooses it: `period_days` when the person chose one): unchecked since the later of the latest
confirmed version and the last review. A service that still has consent may ask for a check
(`request`): it is due from then until a check ends. Each review that ends is appended to the
disclosure log ("story-reviewed", with its outcome in the digest), and so is each request
("review-requested", with the service), so the person's record shows both.

The reminder texted to a person who came by SMS is kept as the row's outcome `reminded` with its
time in `updated_at` (`claim_reminder`): once per due period, whichever worker claims it first.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import and_, func, insert, not_, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from consent_store import audit
from consent_store.database import as_utc
from consent_store.errors import AlreadyApplied
from consent_store.people import Person
from consent_store.schema import profile_versions, referral_updates, sms_contacts, story_reviews

CONFIRMED, CHANGED, LATER = "confirmed", "changed", "later"
NONE, REMINDED = "none", "reminded"  # no check ended yet (a period chosen, a request); a reminder texted
STORY_REVIEWED = "story-reviewed"
REVIEW_REQUESTED = "review-requested"


@dataclass(frozen=True)
class ReviewState:
    checked_at: datetime | None    # when the story was last confirmed or checked (None: never saved)
    put_off_until: datetime | None
    period_days: int | None = None      # the period the person chose (None: not chosen)
    requested_by: str | None = None     # the service that asked for a check still to be done
    requested_at: datetime | None = None
    reminded_at: datetime | None = None  # when a reminder was last texted

    def asked(self) -> bool:
        """Whether a service's request waits for a check (made after the last one)."""
        return self.requested_at is not None and (self.checked_at is None or self.requested_at > self.checked_at)


def _utc(moment: datetime | None) -> datetime | None:
    return as_utc(moment) if moment is not None else None


def _row(session: Session, person_id: str) -> Any:
    return session.execute(select(story_reviews).where(story_reviews.c.person_id == person_id)).first()


def state(session: Session, person: Person) -> ReviewState:
    confirmed = session.execute(select(profile_versions.c.confirmed_at).where(profile_versions.c.person_id == person.id)
                                .order_by(profile_versions.c.version.desc()).limit(1)).scalar()
    row = _row(session, person.id)
    moments = [as_utc(m) for m in (confirmed, row.reviewed_at if row else None) if m is not None]
    if row is None:
        return ReviewState(max(moments) if moments else None, None)
    return ReviewState(max(moments) if moments else None, _utc(row.put_off_until), row.period_days,
                       row.requested_by, _utc(row.requested_at),
                       as_utc(row.updated_at) if row.outcome == REMINDED else None)


def _upsert(session: Session, person: Person, now: datetime, **values: Any) -> None:
    if _row(session, person.id) is None:
        session.execute(insert(story_reviews).values(person_id=person.id, outcome=values.pop("outcome", NONE),
                                                     updated_at=now, **values))
    else:
        session.execute(update(story_reviews).where(story_reviews.c.person_id == person.id)
                        .values(updated_at=now, **values))


def record(session: Session, person: Person, outcome: str, now: datetime, put_off_until: datetime | None = None
           ) -> None:
    """A review ended: the story `confirmed` or `changed` (checked now; a service's request is then
    done), or put off until `put_off_until` (`later`: when it was last checked stays as it was)."""
    values: dict[str, Any] = dict(outcome=outcome, put_off_until=put_off_until)
    if outcome != LATER:
        values.update(reviewed_at=now, requested_by=None, requested_at=None)
    _upsert(session, person, now, **values)
    digest = hashlib.sha256(f"{person.audit_ref}\0{outcome}\0{now.isoformat()}".encode()).hexdigest()
    audit.record(session, person.audit_ref, STORY_REVIEWED, now, digest=digest)


def choose_period(session: Session, person: Person, days: int, now: datetime) -> None:
    """The review period the person chose, in days (the caller keeps it within the allowed range)."""
    _upsert(session, person, now, period_days=days)


def request(session: Session, person: Person, service_id: str, consent_id: str, referral_id: str,
            message_id: str, now: datetime) -> None:
    """A service asks for the story to be checked (its signed update `message_id`, applied once:
    AlreadyApplied for one seen before). Logged as "review-requested" with the service."""
    try:
        with session.begin_nested():
            session.execute(insert(referral_updates).values(message_id=message_id, referral_id=referral_id,
                                                            person_id=person.id, applied_at=now))
    except IntegrityError:
        raise AlreadyApplied() from None
    _upsert(session, person, now, requested_by=service_id, requested_at=now, outcome=NONE)  # not reminded of it yet
    digest = hashlib.sha256(f"{referral_id}\0{REVIEW_REQUESTED}\0{message_id}".encode()).hexdigest()
    audit.record(session, person.audit_ref, REVIEW_REQUESTED, now, service_id=service_id, consent_id=consent_id,
                 digest=digest)


def reminder_candidates(session: Session, now: datetime, shortest_days: int) -> list[str]:
    """The ids of people with a number for texts who may be due a reminder: not put off, not
    reminded since anything changed, and either asked by a service or unchecked for `shortest_days`
    (the shortest period anyone may have). The caller decides exactly (journey/reviews.py)."""
    latest = (select(func.max(profile_versions.c.confirmed_at))
              .where(profile_versions.c.person_id == sms_contacts.c.person_id).scalar_subquery())
    r = story_reviews.c
    cutoff = now - timedelta(days=shortest_days)
    reminded = and_(r.outcome == REMINDED, or_(r.requested_at.is_(None), r.requested_at <= r.updated_at),
                    latest <= r.updated_at)
    asked = and_(r.requested_at.is_not(None), or_(r.reviewed_at.is_(None), r.requested_at > r.reviewed_at))
    unchecked = and_(latest <= cutoff, or_(r.reviewed_at.is_(None), r.reviewed_at <= cutoff))
    rows = session.execute(
        select(sms_contacts.c.person_id).select_from(sms_contacts.outerjoin(story_reviews,
                                                                            r.person_id == sms_contacts.c.person_id))
        .where(sms_contacts.c.sealed_number.is_not(None),  # not someone who opted out of texts
               or_(r.put_off_until.is_(None), r.put_off_until <= now), not_(and_(r.outcome.is_not(None), reminded)),
               or_(asked, unchecked))).all()
    return [row.person_id for row in rows]


def claim_reminder(session: Session, person: Person, due_at: datetime, now: datetime) -> bool:
    """Claim the reminder of the check due since `due_at`: True once per due period (the first
    worker to ask), False if it was texted already."""
    r = story_reviews.c
    if _row(session, person.id) is None:
        try:
            with session.begin_nested():
                session.execute(insert(story_reviews).values(person_id=person.id, outcome=REMINDED, updated_at=now))
        except IntegrityError:
            return False
        return True
    done = cast(CursorResult, session.execute(
        update(story_reviews).where(r.person_id == person.id,
                                    not_(and_(r.outcome == REMINDED, r.updated_at >= due_at)))
        .values(outcome=REMINDED, updated_at=now)))
    return bool(done.rowcount == 1)


def unclaim_reminder(session: Session, person: Person) -> None:
    """The text was not sent: the reminder may be claimed again (at the next scan)."""
    session.execute(update(story_reviews).where(story_reviews.c.person_id == person.id,
                                                story_reviews.c.outcome == REMINDED).values(outcome=NONE))
