"""The steps of telling a story once, as the dialogue's custom actions call them.

Each function is one transaction. A conversation's sender id finds its person through a keyed hash,
so one conversation can never reach another person's story.
"""
from __future__ import annotations

import copy
import hashlib
import hmac
import json
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime

from bot.intake import Gap, answer_item, gaps_for, parse_answer, prefill, summary_html, summary_text
from bot.intake.fhir_bundle import with_story_bundle
from bot.delivery.referrals import plain_status, referral_documents
from bot.ops.runtime import Runtime
from bot.intake.services import Service, rank_for
from consent_store import audit, erasure, export, outbox, people, representatives, verification
from consent_store import consent as consents
from consent_store import referrals as referral_store
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
    with rt.reading.begin() as session:
        person = _person(rt, session, sender_id)
        return people.read_draft(session, person) if person else []


def add_to_story(rt: Runtime, sender_id: str, text: str) -> int:
    """Keep one message of the story, sealed; returns how many messages the story now has. (Every
    message is checked for a safeguarding concern in the Rasa server, before this.)"""
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id, create=True)
        return people.append_to_draft(session, person, text, rt.now())


class RecentStructures:
    """The last few drafts this process structured, keyed by a digest of everything that decides the
    result (the parts, the teller, the person's name, the base profile). A read-back turn needs the
    same draft several times over the action server's calls (to find the next section, to see whether
    a correction changed anything, to ask); each is structured once. In memory only: at most
    `size` entries, each for at most `seconds`."""

    def __init__(self, size: int = 64, seconds: float = 600.0):
        self.size, self.seconds = size, seconds
        self._entries: OrderedDict[str, tuple[float, dict]] = OrderedDict()
        self._lock = threading.Lock()

    def structure(self, rt: Runtime, parts: list[str], teller: str, base: dict | None,
                  subject_name: str | None) -> dict:
        key = hashlib.sha256(json.dumps([parts, teller, base, subject_name], sort_keys=True,
                                        ensure_ascii=False).encode()).hexdigest()
        now = time.monotonic()
        with self._lock:
            for stale in [k for k, (at, _) in self._entries.items() if now - at > self.seconds]:
                del self._entries[stale]
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                return copy.deepcopy(found[1])
        profile = rt.structurer.structure(parts, teller=teller, base=base, subject_name=subject_name)
        with self._lock:
            self._entries[key] = (now, copy.deepcopy(profile))
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return profile

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


RECENT = RecentStructures()


def _structured(rt: Runtime, session, person: Person, teller: str, carer: dict | None,
                updating: bool) -> dict | None:
    """The profile the draft describes: the story told (onto the confirmed one when updating),
    less what the person took out at the read-back, with who told it."""
    parts, removed_items = people.read_draft_and_removed(session, person)
    if not any(part and part.strip() for part in parts):  # (no bot.understanding.structuring import: it loads spaCy)
        return None
    base = people.latest_profile(session, person) if updating else None
    profile = RECENT.structure(rt, parts, teller, base.profile if base else None, (carer or {}).get("name"))
    removed = {(r["section"], r["text"]) for r in removed_items}
    for key, items in profile["sections"].items():
        items[:] = [i for i in items if (key, i["text"]) not in removed]
    if carer:
        profile["teller"] = {k: carer.get(k) for k in ("relationship", "basis", "knows", "representative_id")}
    elif base and base.profile.get("teller"):
        profile["teller"] = base.profile["teller"]
    return profile


def draft_profile(rt: Runtime, sender_id: str, teller: str, carer: dict | None = None,
                  updating: bool = False) -> dict | None:
    """The profile as understood from the story so far, or None if nothing has been told."""
    with rt.reading.begin() as session:
        person = _person(rt, session, sender_id)
        return _structured(rt, session, person, teller, carer, updating) if person else None


def confirm_profile(rt: Runtime, sender_id: str, teller: str, carer: dict | None = None,
                    updating: bool = False) -> int | None:
    """Store the confirmed profile as a new sealed version and discard the draft."""
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        profile = _structured(rt, session, person, teller, carer, updating) if person else None
        if profile is None:
            return None
        earlier = people.latest_profile(session, person)
        if earlier and not updating:  # answers to gap questions stand: the story is retold, not the answers
            for section, items in earlier.profile["sections"].items():
                profile["sections"].setdefault(section, []).extend(i for i in items if i.get("question_key"))
        version = people.save_profile_version(session, person, profile, teller, rt.now(),
                                              representative_id=(profile.get("teller") or {}).get("representative_id"))
        people.clear_draft(session, person)
        return version


def remove_from_story(rt: Runtime, sender_id: str, section: str, words: str, teller: str,
                      carer: dict | None = None, updating: bool = False) -> list[str]:
    """Take items out of one section of the story being read back: all of them, or those whose
    words match `words`. Returns the texts taken out (empty if nothing matched)."""
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        profile = _structured(rt, session, person, teller, carer, updating) if person else None
        if profile is None:
            return []
        wanted = set(re.findall(r"[a-z0-9]+", words.lower())) - {"the", "a", "an", "my", "their", "that", "about"}
        chosen = [i["text"] for i in profile["sections"].get(section, [])
                  if not wanted or wanted & set(re.findall(r"[a-z0-9]+", i["text"].lower()))]
        if chosen:
            people.remove_from_draft(session, person, [{"section": section, "text": t} for t in chosen], rt.now())
        return chosen


def record_carer(rt: Runtime, sender_id: str, carer: dict) -> str:
    """Record the carer as the person's representative (their name sealed); returns its id."""
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id, create=True)
        rep = representatives.add_representative(
            session, person, carer.get("carer_name") or "", carer.get("relationship") or "", carer["basis"],
            rt.now(), subject_age=carer.get("age"))
        return rep.id


def current_profile(rt: Runtime, sender_id: str) -> people.ProfileVersion | None:
    with rt.reading.begin() as session:
        person = _person(rt, session, sender_id)
        return people.latest_profile(session, person) if person else None


def _representative(session, person: Person, profile: dict) -> representatives.Representative | None:
    rep_id = (profile.get("teller") or {}).get("representative_id")
    return representatives.get_representative(session, person, rep_id) if rep_id else None


def _shareable(service: Service, profile: dict, rep: representatives.Representative | None) -> list[str]:
    """The sections `service` would receive: those its form uses, and only those the teller's
    basis lets them agree to (an attorney for money and property: who, money and home)."""
    sections = service.sections_in(profile)
    if rep is not None and rep.basis in representatives.FINANCIAL_BASES:
        sections = [s for s in sections if s in representatives.FINANCIAL_SECTIONS]
    return sections


def offers(rt: Runtime, sender_id: str) -> list[tuple[Service, list[str]]]:
    """Services that could use the confirmed profile, with the sections each would receive."""
    with rt.reading.begin() as session:
        person = _person(rt, session, sender_id)
        saved = people.latest_profile(session, person) if person else None
        if not saved:
            return []
        rep = _representative(session, person, saved.profile)
        found = [(service, _shareable(service, saved.profile, rep)) for service in rank_for(saved.profile, rt.services)]
    return [(service, sections) for service, sections in found if sections]


def told_by_text(profile: dict, told_by: str) -> str:
    """Who told the story, as the service's staff read it."""
    teller = profile.get("teller") or {}
    if told_by != "carer" or not teller.get("basis"):
        return told_by
    knows = {"yes": "the person knows", "no": "the person does not know yet",
             "unable": "the person is not able to understand this"}.get(teller.get("knows"), "")
    basis = representatives.BASES.get(teller["basis"], teller["basis"])
    relation = (teller.get("relationship") or "carer").lower()
    return f"their {relation}, on the basis of {basis}" + (f"; {knows}" if knows else "")


def _enqueue(rt: Runtime, session, person: Person, saved: people.ProfileVersion, service: Service,
             consent: consents.Consent, sections: list[str], now: datetime) -> outbox.Delivery:
    view = consents.consented_view(session, person, saved.profile, service.id, now)
    filled = prefill(service, view, told_by_text(saved.profile, saved.told_by), now)
    referral = referral_store.open_referral(session, person, service.id, consent.id, now)  # goes as a Task
    body = json.dumps({
        "service_id": service.id,
        "profile_version": saved.version,
        "sections": list(filled.sections),
        "questionnaireResponse": filled.response,
        "provenance": filled.provenance,  # pre-filled from the story, with consent, told by whom
        "summary": summary_text(filled),
        "summary_html": summary_html(filled),
        "still_to_ask": list(filled.unanswered + filled.left_for_service),
        **referral_documents(referral, service.name),
    }, ensure_ascii=False).encode()
    return outbox.enqueue_delivery(session, person, service.id, consent.id, saved.version, sections, body, now)


def share_with(rt: Runtime, sender_id: str, service_id: str, granted_by: str,
               only: list[str] | None = None) -> ShareOutcome:
    """Record consent for what the service would receive (or the `only` sections of it the person
    chose) and queue its pre-filled intake, in one transaction. The outbox worker sends it;
    `delivery_status` says how that went.
    Raises NotPermitted when the carer's basis does not let them agree to any of it."""
    service = rt.services[service_id]
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        saved = people.latest_profile(session, person) if person else None
        if not saved:
            raise NotConsented("no confirmed profile to share")
        rep = _representative(session, person, saved.profile)
        sections = [s for s in _shareable(service, saved.profile, rep) if only is None or s in only]
        if not sections:
            if rep is not None and service.sections_in(saved.profile):
                representatives.check_may_consent(rep, service.sections_in(saved.profile))
            raise NotConsented("nothing in the profile for this service")
        closed = outbox.endpoint_disabled(session, service.id)
        if closed:
            raise ServiceClosed(closed)
        now = rt.now()
        consent = consents.grant_consent(session, person, service.id, sections, service.sharing_purpose,
                                         granted_by, now, representative=rep)
        delivery = _enqueue(rt, session, person, saved, service, consent, sections, now)
    return ShareOutcome(service, sections, consent.receipt_code, delivery.id)


def sharing_now(rt: Runtime, sender_id: str) -> list[Service]:
    """Services the person's agreement to share with is live for."""
    with rt.reading.begin() as session:
        person = _person(rt, session, sender_id)
        if person is None:
            return []
        ids = _live_ids(session, person, rt.now())
    return [rt.services[i] for i in ids if i in rt.services]


def send_update(rt: Runtime, sender_id: str) -> list[ShareOutcome]:
    """Send the latest confirmed story to every service whose consent is live, under that consent:
    the same sections as agreed, nothing more."""
    outcomes = []
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        saved = people.latest_profile(session, person) if person else None
        if not saved:
            return []
        now = rt.now()
        for service in [s for s in map(rt.services.get, _live_ids(session, person, now)) if s]:
            if outbox.endpoint_disabled(session, service.id):
                continue
            consent = consents.live_consents(session, person, service.id, now)[-1]
            delivery = _enqueue(rt, session, person, saved, service, consent, list(consent.sections), now)
            outcomes.append(ShareOutcome(service, list(consent.sections), consent.receipt_code, delivery.id))
    return outcomes


def _live_ids(session, person: Person, now: datetime) -> list[str]:
    return sorted({c.service_id for c in consents.consents_of(session, person) if c.is_live(now)})


def stop_sharing(rt: Runtime, sender_id: str, service_id: str) -> list[str]:
    """Withdraw every live consent for the service (queued deliveries are cancelled with it);
    returns the withdrawal receipt codes."""
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        if person is None:
            return []
        now = rt.now()
        withdrawn = [consents.withdraw_consent(session, c.id, now)
                     for c in consents.live_consents(session, person, service_id, now)]
        for c in filter(None, withdrawn):  # its referral is cancelled too
            referral_store.cancel_for_consent(session, c.id, now)
    return [c.withdrawal_code for c in withdrawn if c]


# --- a returning person ----------------------------------------------------------------------

def has_pin(rt: Runtime, sender_id: str) -> bool:
    with rt.reading.begin() as session:
        person = _person(rt, session, sender_id)
        return bool(person and verification.has_secret(session, person))


def set_pin(rt: Runtime, sender_id: str, pin: str) -> None:
    """Set the PIN that lets the person back in (raises WeakSecret with the reason). Whoever sets
    it is verified in this conversation and session. Only for a first PIN, or by someone the rights
    gate (bot.conversation.rights) let in: the caller asks it first."""
    prepared = verification.prepare_secret(pin)  # scrypt, outside the transaction
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id, create=True)
        now = rt.now()
        verification.set_secret(session, person, prepared, now)
        verification.record_verified(session, person, people.handle_hash(rt.lookup_key, sender_id), now)


def pin_matches(rt: Runtime, sender_id: str, pin: str) -> bool:
    """Whether `pin` is the one just set (the "type it again" step: not counted as a try)."""
    with rt.reading.begin() as session:
        person = _person(rt, session, sender_id)
        return bool(person and verification.matches(session, person, pin))


def check_pin(rt: Runtime, sender_id: str, pin: str) -> verification.Check | None:
    """Verify a returning person (counting tries, locking out); None if there is no PIN to check.
    The outcome is recorded for this conversation: the rights gate (bot.conversation.rights) reads it."""
    hashed = people.handle_hash(rt.lookup_key, sender_id)
    with rt.sessions.begin() as session:
        person = people.find_person(session, rt.kek, hashed)
        if person is None or not verification.has_secret(session, person):
            return None
        now = rt.now()
        check = verification.verify(session, person, pin, now)
        if check.ok:
            verification.record_verified(session, person, hashed, now)
        else:
            verification.end_verification(session, hashed)
        return check


DOWNLOAD_MINUTES = 15


def _download_mac(rt: Runtime, payload: str) -> str:
    return hmac.new(rt.lookup_key, b"download:" + payload.encode(), hashlib.sha256).hexdigest()[:32]


def download_token(rt: Runtime, sender_id: str) -> str | None:
    """A link token for the person's whole record, good for DOWNLOAD_MINUTES, signed with the
    store's lookup key and never stored. Whoever holds the link can open it until it expires (an
    SMS user has no browser session to tie it to), so it is given only after the PIN."""
    with rt.sessions.begin() as session:
        person = _person(rt, session, sender_id)
        if person is None:
            return None
        payload = f"{person.id}.{int(time.time()) + DOWNLOAD_MINUTES * 60}"
    return f"{payload}.{_download_mac(rt, payload)}"


def download(rt: Runtime, token: str) -> dict | None:
    """Everything held about the person a valid, unexpired token names; None otherwise."""
    person_id, _, rest = token.partition(".")
    expires, _, mac = rest.partition(".")
    if not expires.isdigit() or not hmac.compare_digest(mac, _download_mac(rt, f"{person_id}.{expires}")):
        return None
    if int(expires) < time.time():
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
        person = _person(rt, session, sender_id)
        if person is None:
            return False
        if rt.conversation_sessions is None:
            erasure.erase_person(session, person, rt.now())
        else:  # their conversations are gone (committed) first, then the rest
            with rt.conversation_sessions.begin() as conversations_session:
                erasure.erase_person(session, person, rt.now(), conversations_session)
    RECENT.clear()  # nothing of theirs stays in this process's memory either
    return True


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
    in_danger: bool  # "yes" to a question such as "Is anyone in danger?": urgent help at once


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
    return Answered(version, gap.urgent_if_yes and value is True)


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
        person = _person(rt, session, sender_id)
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
