"""Export: the person's whole record as JSON, and as a PRSB "About Me"-shaped document."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consent_store import audit, consent, people, receipts, representatives
from consent_store.people import Person
from consent_store.schema import persons, profile_versions

ABOUT_ME_SECTIONS = (
    "What is most important to me",
    "People who are important to me",
    "How I communicate and how to communicate with me",
    "My wellness",
    "Please do and please do not",
    "How and when to support me",
    "Also worth knowing about me",
)
# Profile sections feeding each About Me section (items starting "please"/"don't" go to section 5).
_FROM = {
    "What is most important to me": ("what_matters", "goals"),
    "People who are important to me": ("support_network",),
    "How I communicate and how to communicate with me": ("communication",),
    "My wellness": ("health", "medications", "allergies"),
    "Please do and please do not": ("risks",),
    "How and when to support me": ("daily_living", "services_involved"),
    "Also worth knowing about me": ("about_me", "home", "work_money"),
}
_REQUESTS = ("please", "don't", "do not", "never", "always")
_NOTES = {"past": "in the past", "hypothetical": "a worry, not confirmed"}


def all_versions(session: Session, person: Person) -> list[people.ProfileVersion]:
    rows = session.execute(select(profile_versions).where(profile_versions.c.person_id == person.id)
                           .order_by(profile_versions.c.version)).all()
    return [people.ProfileVersion(row.version, row.told_by, person.unseal(row.ciphertext, "profile", row.version),
                                  row.confirmed_at, row.representative_id) for row in rows]


def _line(item: dict[str, Any]) -> str:
    text = str(item.get("text", ""))
    if item.get("status") == "negated" and "term" in item:
        return f"not {text}"
    if item.get("status") == "family":
        return f"{text} ({item.get('about')})"
    if item.get("about") == "narrator":
        return f"{text} (about my carer)"
    note = _NOTES.get(item.get("status", ""))
    return f"{text} ({note})" if note else text


def about_me(profile: dict[str, Any], updated: datetime | None, supported_by: str) -> dict[str, Any]:
    """The profile arranged as the seven sections of the PRSB About Me standard."""
    sections = profile.get("sections", {})
    document: dict[str, list[str]] = {title: [] for title in ABOUT_ME_SECTIONS}
    for title, keys in _FROM.items():
        for key in keys:
            for item in sections.get(key, []):
                line = _line(item)
                target = "Please do and please do not" if line.lower().startswith(_REQUESTS) else title
                if line not in document[target]:
                    document[target].append(line)
    return {"standard": "PRSB About Me (shape)", "sections": document,
            "supported to write this by": supported_by,
            "date last updated": updated.date().isoformat() if updated else None}


def _receipt(given: consent.Consent, all_consents: list[consent.Consent], service_name: str, subject_ref: str,
             titles: dict[str, str] | None) -> dict[str, Any]:
    """The receipt that says where one agreement stands: given, withdrawn, or replaced by a newer one."""
    successor = consent.replaced_by(given, all_consents)
    if successor is not None:
        return consent.receipt(given, receipts.REPLACED, service_name, subject_ref, titles,
                               replaced_by=successor.receipt_code)
    return consent.receipt(given, receipts.WITHDRAWN if given.withdrawn_at else receipts.GIVEN, service_name,
                           subject_ref, titles)


def export_record(session: Session, person: Person, titles: dict[str, str] | None = None,
                  service_names: dict[str, str] | None = None) -> dict[str, Any]:
    """Everything the store holds about the person, readable."""
    names = service_names or {}
    row = session.execute(select(persons).where(persons.c.id == person.id)).one()
    versions = all_versions(session, person)
    reps = representatives.representatives_of(session, person)
    consent_list = consent.consents_of(session, person)
    latest = versions[-1] if versions else None
    supported_by = "I wrote this myself"
    if latest and latest.representative_id:
        rep = next((r for r in reps if r.id == latest.representative_id), None)
        supported_by = f"{rep.name} ({rep.relationship})" if rep else "someone who speaks for me"
    elif latest and latest.told_by != "self":
        supported_by = "my carer"
    return {
        "exported_for": person.audit_ref,
        "created_at": row.created_at.isoformat(),
        "draft": people.read_draft(session, person),
        "profile_versions": [{"version": v.version, "told_by": v.told_by, "representative_id": v.representative_id,
                              "confirmed_at": v.confirmed_at.isoformat(), "profile": v.profile} for v in versions],
        "representatives": [{"id": r.id, "name": r.name, "relationship": r.relationship, "basis": r.basis,
                             "basis_text": r.basis_text, "since": r.created_at.isoformat(),
                             "revoked_at": r.revoked_at.isoformat() if r.revoked_at else None} for r in reps],
        "contact_handles": people.contact_handles_of(session, person),
        "consents": [_receipt(c, consent_list, names.get(c.service_id, c.service_id), person.audit_ref, titles)
                     for c in consent_list],
        "disclosures": audit.events_of(session, person.audit_ref),
        "about_me": about_me(latest.profile if latest else {}, latest.confirmed_at if latest else None,
                             supported_by),
    }
