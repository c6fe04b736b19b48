"""The steps of telling a story once, as the dialogue's custom actions call them.

Each function is one transaction. A conversation's sender id finds its person through a keyed hash,
so one conversation can never reach another person's story.
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from datetime import datetime

from bot.intake import Gap, answer_item, gaps_for, parse_answer, prefill, summary_html, summary_text
from bot.runtime import Runtime
from bot.services import Service, rank_for
from bot.structuring import join_story
from consent_store import audit, outbox, people
from consent_store import consent as consents
from consent_store.errors import NotConsented, ServiceClosed
from consent_store.people import Person


@dataclass(frozen=True)
class ShareOutcome:
    service: Service
    sections: list[str]
    receipt_code: str
    delivery_id: str


def _person(rt: Runtime, session, sender_id: str, create: bool = False) -> Person | None:
    hashed = people.handle_hash(rt.lookup_key, sender_id)
    if create:
        return people.find_or_create_person(session, rt.kek, hashed, rt.now())
    return people.find_person(session, rt.kek, hashed)


def story_parts(rt: Runtime, sender_id: str) -> list[str]:
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        return people.read_draft(session, person) if person else []


@dataclass(frozen=True)
class PartKept:
    parts: int  # how many messages the story now has
    safeguarding_reasons: list[str]  # non-empty: respond with help at once


def add_to_story(rt: Runtime, sender_id: str, text: str) -> PartKept:
    """Keep one message of the story, sealed, and say whether it raises a safeguarding concern."""
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id, create=True)
        parts = people.append_to_draft(session, person, text, rt.now())
    return PartKept(parts, rt.structurer.safeguarding_reasons(text))


def draft_profile(rt: Runtime, sender_id: str, teller: str) -> dict | None:
    """The profile as understood from the story so far, or None if nothing has been told."""
    parts = story_parts(rt, sender_id)
    if not join_story(parts):
        return None
    return rt.structurer.structure(parts, teller=teller)


def confirm_profile(rt: Runtime, sender_id: str, teller: str) -> int | None:
    """Store the confirmed profile as a new sealed version and discard the draft."""
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        parts = people.read_draft(session, person) if person else []
        if not person or not join_story(parts):
            return None
        profile = rt.structurer.structure(parts, teller=teller)
        earlier = people.latest_profile(session, person)
        if earlier:  # answers to gap questions stand: the story is retold, not the answers
            for section, items in earlier.profile["sections"].items():
                profile["sections"].setdefault(section, []).extend(i for i in items if i.get("question_key"))
        version = people.save_profile_version(session, person, profile, teller, rt.now())
        people.clear_draft(session, person)
        return version


def current_profile(rt: Runtime, sender_id: str) -> people.ProfileVersion | None:
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        return people.latest_profile(session, person) if person else None


def offers(rt: Runtime, sender_id: str) -> list[tuple[Service, list[str]]]:
    """Services that could use the confirmed profile, with the sections each would receive."""
    saved = current_profile(rt, sender_id)
    if not saved:
        return []
    return [(service, service.sections_in(saved.profile))
            for service in rank_for(saved.profile, rt.services)]


def share_with(rt: Runtime, sender_id: str, service_id: str, granted_by: str) -> ShareOutcome:
    """Record consent for what the service would receive and queue its pre-filled intake, in one
    transaction. The outbox worker sends it; `delivery_status` says how that went."""
    service = rt.services[service_id]
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        saved = people.latest_profile(session, person) if person else None
        if not saved:
            raise NotConsented("no confirmed profile to share")
        sections = service.sections_in(saved.profile)
        if not sections:
            raise NotConsented("nothing in the profile for this service")
        closed = outbox.endpoint_disabled(session, service.id)
        if closed:
            raise ServiceClosed(closed)
        now = rt.now()
        consent = consents.grant_consent(session, person, service.id, sections,
                                         service.sharing_purpose, granted_by, now)
        view = consents.consented_view(session, person, saved.profile, service.id, now)
        filled = prefill(service, view, saved.told_by, now)
        body = json.dumps({
            "service_id": service.id,
            "profile_version": saved.version,
            "sections": list(filled.sections),
            "questionnaireResponse": filled.response,
            "summary": summary_text(filled),
            "summary_html": summary_html(filled),
            "still_to_ask": list(filled.unanswered + filled.left_for_service),
        }, ensure_ascii=False).encode()
        delivery = outbox.enqueue_delivery(session, person, service.id, consent.id, saved.version,
                                           sections, body, now)
    return ShareOutcome(service, sections, consent.receipt_code, delivery.id)


def delivery_status(rt: Runtime, sender_id: str, delivery_id: str) -> outbox.Delivery | None:
    """One of this person's deliveries as it stands now (None if it is not theirs)."""
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        delivery = outbox.get_delivery(session, delivery_id)
        if not person or not delivery or delivery.person_id != person.id:
            return None
        if delivery.status in outbox.FINAL:
            outbox.mark_told(session, delivery_id, rt.now())
        return delivery


def delivery_news(rt: Runtime, sender_id: str) -> list[tuple[str, outbox.Delivery]]:
    """Outcomes the person has not been told yet (service name, delivery), now marked as told."""
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        if person is None:
            return []
        news = outbox.untold_outcomes(session, person, rt.now())
    return [(rt.services[d.service_id].name if d.service_id in rt.services else d.service_id, d) for d in news]


def gap_questions(rt: Runtime, sender_id: str, service_ids: list[str]) -> list[Gap]:
    """What the chosen services' forms need that the confirmed story does not say, each asked once."""
    saved = current_profile(rt, sender_id)
    if not saved:
        return []
    chosen = [rt.services[sid] for sid in service_ids if sid in rt.services]
    return gaps_for(chosen, saved.profile["sections"], saved.told_by, rt.questions)


@dataclass(frozen=True)
class Answered:
    version: int
    worrying: bool  # respond with urgent help at once: "yes" to a danger question, or words of harm


def answer_gap(rt: Runtime, sender_id: str, gap: Gap, reply: str) -> Answered:
    """Keep the answer to one gap question in a new profile version.
    Raises AnswerNotUnderstood (with what to send instead) when the reply does not answer it."""
    now = rt.now()
    value = parse_answer(gap, reply, now.date())
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        saved = people.latest_profile(session, person) if person else None
        if not saved:
            raise NotConsented("no confirmed profile to add an answer to")
        profile = copy.deepcopy(saved.profile)
        section, item = answer_item(gap, value, saved.told_by, now)
        items = profile["sections"].setdefault(section, [])
        items[:] = [i for i in items if i.get("question_key") != gap.key] + [item]
        version = people.save_profile_version(session, person, profile, saved.told_by, now)
    worrying = (gap.urgent_if_yes and value is True) or bool(rt.structurer.safeguarding_reasons(reply))
    return Answered(version, worrying)


@dataclass(frozen=True)
class Holder:
    service: str
    sections: list[str]
    since: datetime
    receipt_codes: list[str]
    still_sharing: bool


def who_has_my_story(rt: Runtime, sender_id: str) -> list[Holder]:
    """Each service that has received the person's story: what it holds, since when, under which
    consents (by receipt code), and whether any of them is still live."""
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        if person is None:
            return []
        now = rt.now()
        holders = []
        for held in audit.who_has(session, person.audit_ref):
            found = [c for c in map(lambda i: consents.get_consent(session, i), held.consent_ids) if c]
            service = rt.services.get(held.service_id)
            holders.append(Holder(
                service=service.name if service else held.service_id, sections=list(held.sections),
                since=held.since, receipt_codes=[c.receipt_code for c in found],
                still_sharing=bool(consents.live_consents(session, person, held.service_id, now))))
        return holders
