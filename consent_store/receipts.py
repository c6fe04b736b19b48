"""Consent receipts the person keeps: one for every grant and every withdrawal.

The fields follow the Kantara Initiative Consent Receipt Specification v1.1 and its successor, the
ISO/IEC TS 27560 consent record: who the controller is, whose data, what was shared and for which
purpose, with whom, how, when, until when, on what basis, and how to withdraw. `summary` says the
same in plain English for the chat.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Mapping

SPEC_VERSION = "KI-CR-v1.1.0"
CONTROLLER = {
    "piiController": "Tell my story once",
    "onBehalf": False,
    "contact": "The Tell my story once team",
    "address": "Held locally by the organisation running this service",
}
HEALTH_SECTIONS = frozenset({"health", "medications", "allergies", "daily_living", "risks", "communication"})
GIVEN, WITHDRAWN = "given", "withdrawn"
REPLACED = "replaced"  # ended by a new agreement with the same service, made at the same moment


def consent_receipt(*, code: str, event: str, consent_id: str, subject_ref: str, service_id: str,
                    service_name: str, sections: list[str], items: Mapping[str, list[str]] | None,
                    purpose: str, own_held: list[str] | None = None, granted_by: str, basis: str, basis_text: str, at: datetime,
                    expires_at: datetime | None, titles: Mapping[str, str] | None = None,
                    replaced_by: str | None = None) -> dict[str, Any]:
    """A receipt for `event` (GIVEN, WITHDRAWN, or REPLACED by the agreement whose receipt is `replaced_by`)
    of one consent."""
    titles = titles or {}
    shared = [titles.get(s, s) + (" (without what the carer said of themselves)" if s in (own_held or ()) else "")
              for s in sections] + [
        f"{len(ids)} item{'s' if len(ids) != 1 else ''} from {titles.get(section, section)}"
        for section, ids in sorted((items or {}).items()) if section not in sections and ids]
    until = expires_at.date().isoformat() if expires_at else "until you withdraw it"
    withdraw = (f'Say "stop sharing with {service_name}" in the chat, or quote receipt {code}. '
                "Anything not yet delivered will not be sent.")
    if event == REPLACED:
        lines = [f"Receipt {code}: this agreement to share with {service_name} was replaced by a new one "
                 f"(receipt {replaced_by}).", f"What they received under this one: {', '.join(shared)}."]
    elif event == WITHDRAWN:
        lines = [f"Receipt {code}: you stopped sharing with {service_name}.",
                 f"From now on nothing more is sent to them. What they already received: {', '.join(shared)}."]
    else:
        lines = [f"Receipt {code}: you agreed to share with {service_name}.",
                 f"What: {', '.join(shared)}.", f"Why: {purpose}", f"Until: {until}.", f"To withdraw: {withdraw}"]
    if granted_by == "representative":
        lines.append(f"Agreed by a representative, on the basis of {basis_text}.")
    elif granted_by == "carer":
        lines.append("Agreed by a carer on the person's behalf.")
    sensitive = sorted(set(sections) & HEALTH_SECTIONS)
    return {
        "version": SPEC_VERSION,
        "jurisdiction": "UK",
        "consentTimestamp": int(at.timestamp()),
        "collectionMethod": "Conversation with the Tell my story once assistant (web chat or SMS)",
        "consentReceiptID": code,
        "consentRecordID": consent_id,
        "event": event,
        "language": "en-GB",
        "piiPrincipalId": subject_ref,
        "piiControllers": [CONTROLLER],
        "policyUrl": "docs/consent.md",
        "services": [{
            "service": service_name,
            "serviceId": service_id,
            "purposes": [{
                "purpose": purpose,
                "purposeCategory": ["Health and social care referral"],
                "consentType": "EXPLICIT",
                "piiCategory": shared,
                "primaryPurpose": True,
                "termination": until,
                "thirdPartyDisclosure": True,
                "thirdPartyName": service_name,
            }],
        }],
        "sensitive": bool(sensitive),
        "spiCat": sensitive,
        "consentor": {"grantedBy": granted_by, "basis": basis, "basisText": basis_text},
        "expiry": expires_at.isoformat() if expires_at else None,
        "withdrawal": withdraw,
        "summary": lines,
    }
