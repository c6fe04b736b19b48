"""People who speak for the person: their relationship, and their legal basis for acting.

A basis decides what a representative may agree to share:
- the person's own agreement: what the person agreed they may share (every section);
- lasting power of attorney for health and welfare, or a personal-welfare deputy: every section;
- lasting power of attorney for property and financial affairs, or a property-and-affairs deputy:
  money and the practical facts that go with it, never health or care sections;
- parental responsibility: every section, for a child under 16 only;
- no power to agree (the person is not able to understand, and there is no attorney or deputy): nothing.
  Under the Mental Capacity Act 2005 no one agrees for an adult who cannot decide without a lasting power
  of attorney or a deputyship; their GP or the council decides what is in their best interests.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from consent_store.errors import NotPermitted as NotPermitted
from consent_store.people import Person
from consent_store.schema import representatives

OWN_AGREEMENT = "own_agreement"
LPA_HEALTH_WELFARE = "lpa_health_welfare"
LPA_PROPERTY_FINANCE = "lpa_property_finance"
DEPUTY_PERSONAL_WELFARE = "deputy_personal_welfare"
DEPUTY_PROPERTY_AFFAIRS = "deputy_property_affairs"
PARENTAL_RESPONSIBILITY = "parental_responsibility"
NO_POWER = "no_power"

BASES: dict[str, str] = {
    OWN_AGREEMENT: "the person's own agreement",
    LPA_HEALTH_WELFARE: "lasting power of attorney for health and welfare",
    LPA_PROPERTY_FINANCE: "lasting power of attorney for property and financial affairs",
    DEPUTY_PERSONAL_WELFARE: "deputy for personal welfare (Court of Protection)",
    DEPUTY_PROPERTY_AFFAIRS: "deputy for property and affairs (Court of Protection)",
    PARENTAL_RESPONSIBILITY: "parental responsibility for a child under 16",
    NO_POWER: "no power to agree for them (they are not able to understand, and there is no attorney or deputy)",
}
# What a money-only basis may share: who the person is, money, and the home they pay for.
FINANCIAL_SECTIONS = frozenset({"about_me", "work_money", "home"})
FINANCIAL_BASES = {LPA_PROPERTY_FINANCE, DEPUTY_PROPERTY_AFFAIRS}
ADULTHOOD_FOR_PARENTAL_CONSENT = 16


@dataclass(frozen=True)
class Representative:
    id: str
    person_id: str
    name: str
    relationship: str
    basis: str
    subject_age: int | None
    created_at: datetime
    revoked_at: datetime | None

    @property
    def basis_text(self) -> str:
        return BASES[self.basis]


def add_representative(session: Session, person: Person, name: str, relationship: str, basis: str,
                       now: datetime, subject_age: int | None = None) -> Representative:
    if basis not in BASES:
        raise ValueError(f"unknown basis {basis!r}; one of {sorted(BASES)}")
    if basis == PARENTAL_RESPONSIBILITY:
        _child(subject_age)
    rep_id = str(uuid.uuid4())
    session.execute(insert(representatives).values(
        id=rep_id, person_id=person.id, sealed_name=person.seal({"name": name}, "representative", rep_id),
        relationship=relationship[:32], basis=basis, subject_age=subject_age, created_at=now, revoked_at=None))
    return Representative(rep_id, person.id, name, relationship[:32], basis, subject_age, now, None)


def get_representative(session: Session, person: Person, rep_id: str) -> Representative | None:
    row = session.execute(select(representatives).where(representatives.c.id == rep_id,
                                                        representatives.c.person_id == person.id)).first()
    return _from_row(person, row) if row else None


def representatives_of(session: Session, person: Person) -> list[Representative]:
    rows = session.execute(select(representatives).where(representatives.c.person_id == person.id)
                           .order_by(representatives.c.created_at)).all()
    return [_from_row(person, row) for row in rows]


def revoke_representative(session: Session, person: Person, rep_id: str, now: datetime) -> None:
    session.execute(update(representatives).where(representatives.c.id == rep_id,
                                                  representatives.c.person_id == person.id,
                                                  representatives.c.revoked_at.is_(None)).values(revoked_at=now))


def check_may_consent(rep: Representative, sections: list[str] | set[str]) -> None:
    """Raise NotPermitted unless `rep` may agree to sharing `sections` today."""
    if rep.revoked_at is not None:
        raise NotPermitted(f"{rep.name} no longer acts for this person.")
    if rep.basis in FINANCIAL_BASES:
        refused = sorted(set(sections) - FINANCIAL_SECTIONS)
        if refused:
            raise NotPermitted(
                f"{rep.basis_text.capitalize()} covers money and property, not health or care, so it "
                f"cannot agree to sharing: {', '.join(refused)}.")
    if rep.basis == PARENTAL_RESPONSIBILITY:
        _child(rep.subject_age)
    if rep.basis == NO_POWER:
        raise NotPermitted(NO_POWER_TO_SHARE)


NO_POWER_TO_SHARE = (
    "Someone who is not able to understand cannot agree to sharing, and without a lasting power of attorney "
    "for health and welfare or a deputyship no one can agree for them. Their GP or the council's adult social "
    "care team can decide what is best for them: you can contact them yourself. Their story is kept here.")


def _child(age: int | None) -> None:
    if age is None or age >= ADULTHOOD_FOR_PARENTAL_CONSENT:
        raise NotPermitted("Parental responsibility lets a parent agree for a child under 16 only. "
                           "A young person of 16 or over agrees for themselves.")


def _from_row(person: Person, row: Any) -> Representative:
    name = person.unseal(row.sealed_name, "representative", row.id)["name"]
    return Representative(row.id, row.person_id, name, row.relationship, row.basis, row.subject_age,
                          row.created_at, row.revoked_at)
