"""What a returning person can do with their record: see who has it, download it, erase it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.conversation.journey.person import person_for
from bot.conversation.links import link_mac, link_ok
from bot.delivery.referrals import plain_status
from bot.intake.fhir_bundle import with_story_bundle
from bot.ops.runtime import Runtime
from consent_store import audit, erasure, export, people
from consent_store import consent as consents
from consent_store import referrals as referral_store

DOWNLOAD_MINUTES = 15


def download_token(rt: Runtime, sender_id: str, now: datetime) -> str | None:
    """A link token for the person's whole record, good for DOWNLOAD_MINUTES from `now`, signed (bot/conversation/links.py)
    and never stored. Whoever holds the link can open it until it expires (an
    SMS user has no browser session to tie it to), so it is given only after the PIN."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return None
        payload = f"{person.id}.{int(now.timestamp()) + DOWNLOAD_MINUTES * 60}"
    return f"{payload}.{link_mac(rt.lookup_key, 'download', payload)}"


def download(rt: Runtime, token: str, now: datetime) -> dict[str, Any] | None:
    """Everything held about the person a valid token names, if it has not expired by `now`; None otherwise."""
    person_id, _, rest = token.partition(".")
    expires, _, mac = rest.partition(".")
    if not expires.isdigit() or not link_ok(rt.lookup_key, "download", f"{person_id}.{expires}", mac):
        return None
    if int(expires) < now.timestamp():
        return None
    with rt.sessions.begin() as session:
        person = people.person_by_id(session, rt.kek, person_id)
        if person is None:
            return None
        record = export.export_record(session, person, service_names={k: s.name for k, s in rt.services.items()})
    return with_story_bundle(record)  # the story as FHIR R4 resources too (issue 20)


def erase_everything(rt: Runtime, sender_id: str) -> bool:
    """Delete everything about the person (crypto-shredding); queued deliveries go with it."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return False
        if rt.conversation_sessions is None:
            erasure.erase_person(session, person, rt.now())
        else:  # their conversations are gone (committed) first, then the rest
            with rt.conversation_sessions.begin() as conversations_session:
                erasure.erase_person(session, person, rt.now(), conversations_session)
    return True


@dataclass(frozen=True)
class Holder:
    service: str
    sections: list[str]
    since: datetime
    receipt_codes: list[str]
    still_sharing: bool
    referral: str | None = None  # where the latest referral has got to, in plain words


def who_has_my_story(rt: Runtime, sender_id: str) -> list[Holder]:
    """Each service that has received the person's story: what it holds, since when, under which
    consents (by receipt code), and whether any of them is still live."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return []
        now = rt.now()
        holders = []
        for held in audit.who_has(session, person.audit_ref):
            found = [c for c in map(lambda i: consents.get_consent(session, i), held.consent_ids) if c]
            service = rt.services.get(held.service_id)
            latest = [r for r in map(lambda i: referral_store.referral_for_consent(session, i), held.consent_ids) if r]
            holders.append(Holder(
                referral=plain_status(service.name if service else held.service_id, latest[-1], now) if latest else None,
                service=service.name if service else held.service_id, sections=list(held.sections),
                since=held.since, receipt_codes=[c.receipt_code for c in found],
                still_sharing=bool(consents.live_consents(session, person, held.service_id, now))))
        return holders
