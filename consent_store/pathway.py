"""The pathway (issue 21): who has been told where each referral has got to, the phone number status
texts go to, and the people a person named to see their pathway page. The caller owns the transaction.

Notices. Each referral's status is told on up to three channels: "chat" (at the person's next visit),
"sms" (a text, when they came by SMS) and "service" (a cancelled Task sent to the service when the
person stops sharing). One row per referral and channel remembers the referral's `updated_at` as it
was when last told (`told_as_of`): a referral whose `updated_at` differs has news on that channel.
A channel sent in the background (`claim_due`) is claimed with a lease (`retry_at`) so that two
workers do not both send; a failure puts it off (`put_off`); a success, or giving up, is `mark_told`.

SMS numbers. A person who came by SMS has no phone number kept anywhere else (their conversation is
a keyed hash of it): here it is sealed with the person's own data key, so it goes with everything
else when they are erased, and it is used only to text them where their referrals have got to.
A person who texts STOP (or whose number the provider says has opted out) is `opt_out`: the number is
dropped and nothing is texted to them, nor kept again, until they text START (`opt_in`).

Viewers. A person (or their representative) may name someone (a family member, a care coordinator)
who may see the pathway page's statuses (and, only when the person says so, their story too:
`sees_story`): the name is sealed, the permission has an expiry and may be revoked; naming, revoking
and every view are appended to the disclosure log.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Iterable, cast

from sqlalchemy import and_, delete, insert, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from consent_store import audit
from consent_store.database import as_utc
from consent_store.people import Keys, Person, person_by_id
from consent_store.referrals import Referral, _from_row
from consent_store.schema import pathway_viewers, referral_notices, referrals, sms_contacts

CHAT, SMS, SERVICE = "chat", "sms", "service"
VIEWER_NAMED, VIEWER_REVOKED, PATHWAY_VIEWED = "viewer-named", "viewer-revoked", "pathway-viewed"
TASK_SENT = "task-sent"  # a status we set (cancelled) sent to the service
MAX_NAME = 80


# --- notices ----------------------------------------------------------------------------------

def _notice(session: Session, referral_id: str, channel: str) -> Any:
    return session.execute(select(referral_notices).where(referral_notices.c.referral_id == referral_id,
                                                          referral_notices.c.channel == channel)).first()


def told_as_of(session: Session, referral_id: str, channel: str) -> datetime | None:
    """The referral's `updated_at` as it was last told on `channel` (None: never told)."""
    notice = _notice(session, referral_id, channel)
    return as_utc(notice.told_as_of) if notice is not None and notice.told_as_of is not None else None


def told_status(session: Session, referral_id: str, channel: str) -> str | None:
    """The status last told on `channel` (None: nothing told yet)."""
    notice = _notice(session, referral_id, channel)
    return str(notice.told_status) if notice is not None and notice.told_as_of is not None else None


def untold(session: Session, person: Person, channel: str, statuses: Iterable[str]) -> list[Referral]:
    """The person's referrals in one of `statuses` whose latest change was not told on `channel`."""
    rows = session.execute(
        select(referrals, referral_notices.c.told_as_of)
        .outerjoin(referral_notices, and_(referral_notices.c.referral_id == referrals.c.id,
                                          referral_notices.c.channel == channel))
        .where(referrals.c.person_id == person.id, referrals.c.status.in_(list(statuses)))
        .order_by(referrals.c.updated_at)).all()
    return [_from_row(row) for row in rows if as_utc(row.told_as_of) != as_utc(row.updated_at)]


def mark_told(session: Session, referral: Referral, channel: str, now: datetime) -> None:
    """`referral` as it stands was told on `channel` (or will not be: given up)."""
    values = dict(told_status=referral.status, told_as_of=referral.updated_at, attempts=0, retry_at=None,
                  updated_at=now)
    if _notice(session, referral.id, channel) is None:
        session.execute(insert(referral_notices).values(referral_id=referral.id, channel=channel,
                                                        person_id=referral.person_id, **values))
    else:
        session.execute(update(referral_notices).where(referral_notices.c.referral_id == referral.id,
                                                       referral_notices.c.channel == channel).values(**values))


@dataclass(frozen=True)
class Due:
    referral: Referral
    attempts: int  # failed tries so far


def claim_due(session: Session, channel: str, statuses: Iterable[str], now: datetime, lease: timedelta,
              limit: int = 32, texted_only: bool = False) -> list[Due]:
    """Referrals with news on `channel` that nobody is sending now, claimed until `now + lease`.
    `texted_only`: only people with an SMS number."""
    query = (select(referrals, referral_notices.c.attempts)
             .outerjoin(referral_notices, and_(referral_notices.c.referral_id == referrals.c.id,
                                               referral_notices.c.channel == channel))
             .where(referrals.c.status.in_(list(statuses)),
                    or_(referral_notices.c.referral_id.is_(None),
                        referral_notices.c.told_as_of.is_(None),
                        referral_notices.c.told_as_of != referrals.c.updated_at),
                    or_(referral_notices.c.retry_at.is_(None), referral_notices.c.retry_at <= now))
             .order_by(referrals.c.updated_at).limit(limit)
             .with_for_update(of=referrals, skip_locked=True))
    if texted_only:
        query = query.join(sms_contacts, and_(sms_contacts.c.person_id == referrals.c.person_id,
                                              sms_contacts.c.sealed_number.is_not(None)))
    claimed = []
    for row in session.execute(query).all():
        referral = _from_row(row)
        if row.attempts is None:
            try:
                with session.begin_nested():
                    session.execute(insert(referral_notices).values(
                        referral_id=referral.id, channel=channel, person_id=referral.person_id,
                        told_status="requested", told_as_of=None, attempts=0, retry_at=now + lease, updated_at=now))
            except IntegrityError:  # another worker claimed it a moment ago
                continue
        else:
            session.execute(update(referral_notices).where(referral_notices.c.referral_id == referral.id,
                                                           referral_notices.c.channel == channel)
                            .values(retry_at=now + lease, updated_at=now))
        claimed.append(Due(referral, row.attempts or 0))
    return claimed


def put_off(session: Session, referral: Referral, channel: str, now: datetime, retry_at: datetime) -> None:
    """A try on `channel` failed: another after `retry_at`."""
    notice = _notice(session, referral.id, channel)
    session.execute(update(referral_notices).where(referral_notices.c.referral_id == referral.id,
                                                   referral_notices.c.channel == channel)
                    .values(attempts=(notice.attempts if notice else 0) + 1, retry_at=retry_at, updated_at=now))


def record_sent_to_service(session: Session, person: Person, referral: Referral, now: datetime) -> None:
    """The disclosure log: this status was sent to the service."""
    digest = hashlib.sha256(f"{referral.id}\0{referral.status}\0sent".encode()).hexdigest()
    audit.record(session, person.audit_ref, TASK_SENT, now, service_id=referral.service_id,
                 consent_id=referral.consent_id, digest=digest)


# --- the number status texts go to -------------------------------------------------------------

def remember_number(session: Session, person: Person, number: str, now: datetime) -> bool:
    """Keep `number` (sealed) as where the person's status texts go; True if it was not kept already.
    Never kept for someone who opted out of texts."""
    row = session.execute(select(sms_contacts).where(sms_contacts.c.person_id == person.id)).first()
    if row is not None and (row.opted_out_at is not None
                            or person.unseal(row.sealed_number, "sms-number") == number):
        return False
    sealed = person.seal(number, "sms-number")
    if row is None:
        session.execute(insert(sms_contacts).values(person_id=person.id, sealed_number=sealed, updated_at=now))
    else:
        session.execute(update(sms_contacts).where(sms_contacts.c.person_id == person.id)
                        .values(sealed_number=sealed, updated_at=now))
    return True


def number_of(session: Session, person: Person) -> str | None:
    """Where the person's texts go; None when no number is kept or they opted out."""
    row = session.execute(select(sms_contacts.c.sealed_number).where(sms_contacts.c.person_id == person.id)).first()
    number: str | None = person.unseal(row.sealed_number, "sms-number") if row and row.sealed_number else None
    return number


def opt_out(session: Session, person: Person, now: datetime) -> None:
    """The person texted STOP: their number is dropped and none is kept again until `opt_in`."""
    if session.execute(select(sms_contacts.c.person_id).where(sms_contacts.c.person_id == person.id)).first() is None:
        session.execute(insert(sms_contacts).values(person_id=person.id, sealed_number=None, updated_at=now,
                                                    opted_out_at=now))
    else:
        session.execute(update(sms_contacts).where(sms_contacts.c.person_id == person.id)
                        .values(sealed_number=None, updated_at=now, opted_out_at=now))


def opt_in(session: Session, person: Person) -> None:
    """The person texted START: their number may be kept again (at their next text)."""
    session.execute(delete(sms_contacts).where(sms_contacts.c.person_id == person.id,
                                               sms_contacts.c.opted_out_at.is_not(None)))


# --- who else may see the pathway ---------------------------------------------------------------

@dataclass(frozen=True)
class Viewer:
    id: str
    person_id: str
    name: str
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    sees_story: bool = False  # may read the story (the About Me) too, not only the statuses

    def active(self, now: datetime) -> bool:
        return self.revoked_at is None and now < self.expires_at


def _viewer(person: Person, row: Any) -> Viewer:
    return Viewer(id=row.id, person_id=row.person_id, name=person.unseal(row.sealed_name, "viewer-name", row.id),
                  created_at=as_utc(row.created_at), expires_at=as_utc(row.expires_at),
                  revoked_at=as_utc(row.revoked_at), sees_story=bool(row.sees_story))


def _log_viewer(session: Session, person: Person, event: str, viewer_id: str, now: datetime) -> None:
    digest = hashlib.sha256(f"{viewer_id}\0{event}".encode()).hexdigest()
    audit.record(session, person.audit_ref, event, now, digest=digest)


def name_viewer(session: Session, person: Person, name: str, expires_at: datetime, now: datetime,
                sees_story: bool = False) -> Viewer:
    """Let `name` see the person's pathway page until `expires_at` (logged); `sees_story`: their story
    too (only when the person says so)."""
    viewer_id = str(uuid.uuid4())
    name = " ".join(name.split())[:MAX_NAME]
    session.execute(insert(pathway_viewers).values(id=viewer_id, person_id=person.id,
                                                   sealed_name=person.seal(name, "viewer-name", viewer_id),
                                                   created_at=now, expires_at=expires_at, revoked_at=None,
                                                   sees_story=sees_story))
    _log_viewer(session, person, VIEWER_NAMED, viewer_id, now)
    return Viewer(viewer_id, person.id, name, now, expires_at, None, sees_story)


def viewers_of(session: Session, person: Person, now: datetime) -> list[Viewer]:
    """The people who may see the person's pathway now (named, not revoked, not expired)."""
    rows = session.execute(select(pathway_viewers).where(pathway_viewers.c.person_id == person.id)
                           .order_by(pathway_viewers.c.created_at)).all()
    return [v for v in (_viewer(person, row) for row in rows) if v.active(now)]


def revoke_viewer(session: Session, person: Person, viewer_id: str, now: datetime) -> bool:
    """Stop a viewer the person named from seeing their pathway (logged); False if not theirs or ended."""
    done = cast(CursorResult, session.execute(  # an UPDATE's result has a rowcount
        update(pathway_viewers).where(pathway_viewers.c.id == viewer_id, pathway_viewers.c.person_id == person.id,
                                      pathway_viewers.c.revoked_at.is_(None)).values(revoked_at=now))).rowcount
    if done:
        _log_viewer(session, person, VIEWER_REVOKED, viewer_id, now)
    return bool(done)


def viewer_for_visit(session: Session, keys: Keys, viewer_id: str, now: datetime) -> tuple[Person, Viewer] | None:
    """A view of a pathway by a named viewer: (the person, the viewer) if the permission is live now,
    the view appended to the disclosure log; None otherwise (nothing logged)."""
    row = session.execute(select(pathway_viewers).where(pathway_viewers.c.id == viewer_id)).first()
    person = person_by_id(session, keys, row.person_id) if row else None
    if row is None or person is None:
        return None
    viewer = _viewer(person, row)
    if not viewer.active(now):
        return None
    _log_viewer(session, person, PATHWAY_VIEWED, viewer.id, now)
    return person, viewer
