"""Consent: default deny, per service, per section or per item; the consented view is the only way
anything leaves the store for a service."""
from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable, Mapping, cast

from sqlalchemy import insert, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from consent_store import outbox, receipts
from consent_store.database import as_utc
from consent_store.people import Person
from consent_store.representatives import BASES, Representative, check_may_consent
from consent_store.schema import consents

RECEIPT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed by people
OWN = "own"  # the basis when the person consents for themselves


@dataclass(frozen=True)
class Consent:
    id: str
    person_id: str
    service_id: str
    sections: tuple[str, ...]
    purpose: str
    granted_by: str
    granted_at: datetime
    expires_at: datetime | None
    withdrawn_at: datetime | None
    receipt_code: str
    basis: str = OWN
    representative_id: str | None = None
    items: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    withdrawal_code: str | None = None
    # sections shared without the items about the teller, a carer's own ("yes but not my own health": her thyroid
    # stays out, her mother's dementia goes), whatever the story says of them later
    own_held: tuple[str, ...] = ()

    def is_live(self, now: datetime) -> bool:
        if self.withdrawn_at is not None and as_utc(self.withdrawn_at) <= now:
            return False
        return self.expires_at is None or now < as_utc(self.expires_at)


def _from_row(row: Any) -> Consent:
    return Consent(
        id=row.id, person_id=row.person_id, service_id=row.service_id,
        sections=tuple(row.sections), purpose=row.purpose, granted_by=row.granted_by,
        granted_at=as_utc(row.granted_at),
        expires_at=as_utc(row.expires_at) if row.expires_at else None,
        withdrawn_at=as_utc(row.withdrawn_at) if row.withdrawn_at else None,
        receipt_code=row.receipt_code, basis=row.basis, representative_id=row.representative_id,
        items={section: tuple(ids) for section, ids in (row.items or {}).items()},
        withdrawal_code=row.withdrawal_code, own_held=tuple(row.own_held or ()),
    )


def new_receipt_code() -> str:
    return "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(8))


def grant_consent(
    session: Session,
    person: Person,
    service_id: str,
    sections: list[str],
    purpose: str,
    granted_by: str,
    now: datetime,
    expires_at: datetime | None = None,
    items: Mapping[str, Iterable[str]] | None = None,
    representative: Representative | None = None,
    own_held: Iterable[str] | None = None,
) -> Consent:
    """Record a consent. `sections` are shared whole; `items` ({section: [item id]}) share single
    items of other sections; `own_held` are sections shared without what the teller (a carer) said of
    themselves in them. A representative's basis must allow every section named."""
    items = {section: tuple(sorted(set(ids))) for section, ids in (items or {}).items() if ids}
    if not sections and not items:
        raise ValueError("a consent names at least one section or item")
    basis = OWN
    if representative is not None:
        if representative.person_id != person.id:
            raise ValueError("that representative acts for someone else")
        check_may_consent(representative, set(sections) | set(items))
        granted_by, basis = "representative", representative.basis
    values: dict[str, Any] = dict(
        id=str(uuid.uuid4()), person_id=person.id, service_id=service_id,
        sections=sorted(set(sections)), purpose=purpose, granted_by=granted_by,
        granted_at=now, expires_at=expires_at, withdrawn_at=None, receipt_code=new_receipt_code(),
        basis=basis, representative_id=representative.id if representative else None,
        items={s: list(ids) for s, ids in items.items()} or None, withdrawal_code=None,
        own_held=sorted(set(own_held or ()) & set(sections)) or None,
    )
    session.execute(insert(consents).values(**values))
    return Consent(**{**values, "sections": tuple(values["sections"]), "items": items,
                      "own_held": tuple(values["own_held"] or ())})


def withdraw_consent(session: Session, consent_id: str, now: datetime) -> Consent | None:
    """Withdraw at once; returns the consent as withdrawn (with its withdrawal receipt code), or
    None if there was no live consent with that id."""
    code = new_receipt_code()
    result = cast(CursorResult, session.execute(  # an UPDATE's result has a rowcount
        update(consents)
        .where(consents.c.id == consent_id, consents.c.withdrawn_at.is_(None))
        .values(withdrawn_at=now, withdrawal_code=code)
    ))
    if not result.rowcount:
        return None
    outbox.cancel_for_consent(session, consent_id, now, "consent withdrawn")
    return get_consent(session, consent_id)


def get_consent(session: Session, consent_id: str) -> Consent | None:
    row = session.execute(select(consents).where(consents.c.id == consent_id)).first()
    return _from_row(row) if row else None


def consents_of(session: Session, person: Person, service_id: str | None = None) -> list[Consent]:
    query = select(consents).where(consents.c.person_id == person.id)
    if service_id is not None:
        query = query.where(consents.c.service_id == service_id)
    return [_from_row(row) for row in session.execute(query.order_by(consents.c.granted_at)).all()]


def live_consents(session: Session, person: Person, service_id: str, now: datetime) -> list[Consent]:
    return [c for c in consents_of(session, person, service_id) if c.is_live(now)]


def receipt(consent: Consent, event: str, service_name: str, subject_ref: str,
            titles: Mapping[str, str] | None = None, basis_text: str | None = None,
            replaced_by: str | None = None) -> dict[str, Any]:
    """The receipt for a grant (receipts.GIVEN), a withdrawal (receipts.WITHDRAWN) or an agreement replaced by
    the one whose receipt code is `replaced_by` (receipts.REPLACED)."""
    withdrawn = event in (receipts.WITHDRAWN, receipts.REPLACED)
    code = consent.withdrawal_code if withdrawn else consent.receipt_code
    at = consent.withdrawn_at if withdrawn else consent.granted_at
    if code is None or at is None:
        raise ValueError("a withdrawal's receipt is for a withdrawn consent")
    return receipts.consent_receipt(
        code=code, event=event,
        consent_id=consent.id, subject_ref=subject_ref, service_id=consent.service_id,
        service_name=service_name, sections=list(consent.sections),
        items={s: list(ids) for s, ids in consent.items.items()}, own_held=list(consent.own_held),
        purpose=consent.purpose,
        granted_by=consent.granted_by, basis=consent.basis,
        basis_text=basis_text or BASES.get(consent.basis, "their own agreement"),
        at=at, expires_at=consent.expires_at,
        titles=titles, replaced_by=replaced_by)


def replaced_by(consent: Consent, others: list[Consent]) -> Consent | None:
    """The agreement with the same service that replaced a withdrawn one: granted as it was withdrawn
    (bot/conversation/journey/sharing.py does both in one transaction, at one time)."""
    if consent.withdrawn_at is None:
        return None
    return next((c for c in others if c.id != consent.id and c.service_id == consent.service_id
                 and c.granted_at == consent.withdrawn_at), None)


def filter_profile(profile: dict[str, Any], allowed_sections: set[str],
                   allowed_items: Mapping[str, set[str]] | None = None,
                   own_held: Iterable[str] = ()) -> dict[str, Any]:
    """Only the allowed sections of a profile, and the allowed items of other sections. Pure: the
    heart of default deny. An item is allowed only by its `id`; an item without one never is. In the
    `own_held` sections, what the teller said of themselves (`about: narrator`) is held back, and its
    words with it wherever else they are filed."""
    allowed_items = allowed_items or {}
    shown: dict[str, list[Any]] = {}
    withheld: list[tuple[int, int]] = []
    for key, items in profile.get("sections", {}).items():
        if key in allowed_sections and key in own_held:
            mine = [item for item in items if isinstance(item, dict) and item.get("about") == "narrator"]
            shown[key] = [item for item in items if item not in mine]
            withheld += [span for item in mine if (span := _words_of(item))]
            continue
        if key in allowed_sections:
            shown[key] = items
            continue
        chosen = [item for item in items if item.get("id") in allowed_items.get(key, set())]
        if chosen:
            shown[key] = chosen
        withheld += [span for item in items if item not in chosen and _a_fact(item) and (span := _words_of(item))]
    # The same fact never reaches a service through another section: "I take sertraline from the doctor"
    # is under medicines and under services involved; withholding medicines withholds it from both. Only
    # facts (a condition, medicine or allergy named; an identifier) withhold what holds them: a clause
    # filed under two sections ("I lost my job and I'm behind on rent") goes with the one shared.
    kept = {key: [item for item in items if not _overlaps(_words_of(item), withheld)] for key, items in shown.items()}
    return {"sections": {key: items for key, items in kept.items() if items}}


_IDENTIFIERS = {"date_of_birth", "nhs_number", "address", "phone", "name"}


def _a_fact(item: Any) -> bool:
    return isinstance(item, dict) and (bool(item.get("term")) or item.get("kind") in _IDENTIFIERS)


def _words_of(item: Any) -> tuple[int, int] | None:
    """Where in the story an item's words are (start, end), when it says and they are any."""
    source = item.get("source") if isinstance(item, dict) else None
    if not isinstance(source, dict):
        return None
    start, end = source.get("start"), source.get("end")
    return (start, end) if isinstance(start, int) and isinstance(end, int) and end > start else None


def _overlaps(span: tuple[int, int] | None, others: list[tuple[int, int]]) -> bool:
    return span is not None and any(start < span[1] and span[0] < end for start, end in others)


def view_from(consent_list: Iterable[Consent], profile: dict[str, Any], service_id: str, now: datetime) -> dict[str, Any]:
    """The consented view from consents already loaded: the union of the live ones for the service."""
    sections: set[str] = set()
    items: dict[str, set[str]] = {}
    whole: set[str] = set()  # sections some live agreement shares with the teller's own words in them
    for consent in consent_list:
        if consent.service_id == service_id and consent.is_live(now):
            sections.update(consent.sections)
            whole.update(set(consent.sections) - set(consent.own_held))
            for section, ids in consent.items.items():
                items.setdefault(section, set()).update(ids)
    return filter_profile(profile, sections, items, own_held=sections - whole)


def consented_view(
    session: Session, person: Person, profile: dict[str, Any], service_id: str, now: datetime
) -> dict[str, Any]:
    """What `service_id` may see of `profile` at `now`. The only way out of the store."""
    return view_from(consents_of(session, person, service_id), profile, service_id, now)
