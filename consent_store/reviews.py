""""Is this still true?" (issue 21): when the person last checked their story, and until when they put
the next check off. One row per person; the caller owns the transaction and says what time it is.

A review is due once the story has gone unchecked for a period (bot/conversation/journey/reviews.py
chooses it): unchecked since the later of the latest confirmed version and the last review. Each
review that ends is appended to the disclosure log ("story-reviewed", with its outcome in the
digest), so the person's record shows when they checked it.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from consent_store import audit
from consent_store.database import as_utc
from consent_store.people import Person
from consent_store.schema import profile_versions, story_reviews

CONFIRMED, CHANGED, LATER = "confirmed", "changed", "later"
STORY_REVIEWED = "story-reviewed"


@dataclass(frozen=True)
class ReviewState:
    checked_at: datetime | None    # when the story was last confirmed or checked (None: never saved)
    put_off_until: datetime | None


def state(session: Session, person: Person) -> ReviewState:
    confirmed = session.execute(select(profile_versions.c.confirmed_at).where(profile_versions.c.person_id == person.id)
                                .order_by(profile_versions.c.version.desc()).limit(1)).scalar()
    row = session.execute(select(story_reviews).where(story_reviews.c.person_id == person.id)).first()
    moments = [as_utc(m) for m in (confirmed, row.reviewed_at if row else None) if m is not None]
    return ReviewState(max(moments) if moments else None, as_utc(row.put_off_until) if row else None)


def record(session: Session, person: Person, outcome: str, now: datetime, put_off_until: datetime | None = None
           ) -> None:
    """A review ended: the story `confirmed` or `changed` (checked now), or put off until `put_off_until`
    (`later`: when it was last checked stays as it was)."""
    values = dict(outcome=outcome, put_off_until=put_off_until, updated_at=now)
    if outcome != LATER:
        values["reviewed_at"] = now
    found = session.execute(select(story_reviews.c.person_id).where(story_reviews.c.person_id == person.id)).first()
    if found is None:
        session.execute(insert(story_reviews).values(person_id=person.id, reviewed_at=values.get("reviewed_at"),
                                                     outcome=outcome, put_off_until=put_off_until, updated_at=now))
    else:
        session.execute(update(story_reviews).where(story_reviews.c.person_id == person.id).values(**values))
    digest = hashlib.sha256(f"{person.audit_ref}\0{outcome}\0{now.isoformat()}".encode()).hexdigest()
    audit.record(session, person.audit_ref, STORY_REVIEWED, now, digest=digest)
