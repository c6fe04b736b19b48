"""Sharing the confirmed story: the services on offer, consent recorded and the pre-filled intake
queued in one transaction, an update sent under the same consent, sharing stopped."""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Sequence

from sqlalchemy.orm import Session

from bot.conversation.errors import NoConfirmedStory, NothingToShare, NotPermitted, ServiceClosed
from bot.conversation.journey.person import person_for
from bot.delivery.referrals import referral_documents
from bot.intake import prefill, summary_html, summary_text
from bot.intake.services import Service, rank_for
from bot.ops.runtime import Runtime
from bot.settings import PROJECT_ROOT
from consent_store import consent as consents
from consent_store import outbox, people, representatives
from consent_store import referrals as referral_store
from consent_store.people import Person

# In the parts chosen to share (the sections_chosen slot): a carer left out the person's part ("not his health"),
# and the carer's own facts in the parts left out still go: they are hers, not "his health" (a stranger, session 19)
CARERS_OWN = "carers_own"
# And the other way: a carer shares a part without what she said of herself in it ("yes but not my own health": her
# mother's health goes, her thyroid does not; a stranger, session 40, had the mother's whole health left out). In the
# parts chosen as OWN_HELD + the part's key.
OWN_HELD = "own_held:"


def own_held(part: str) -> str:
    return OWN_HELD + part


@dataclass(frozen=True)
class ShareOutcome:
    service: Service
    sections: list[str]
    receipt_code: str
    delivery_id: str
    still_to_ask: tuple[str, ...] = ()  # the form's required questions it went without (labels)


def _representative(session: Session, person: Person, profile: dict[str, Any]) -> representatives.Representative | None:
    rep_id = (profile.get("teller") or {}).get("representative_id")
    return representatives.get_representative(session, person, rep_id) if rep_id else None


def _shareable(service: Service, profile: dict[str, Any], rep: representatives.Representative | None) -> list[str]:
    """The sections `service` would receive: those its form uses, and only those the teller's
    basis lets them agree to (an attorney for money and property: who, money and home)."""
    sections = service.sections_in(profile)
    if rep is not None and rep.basis in representatives.FINANCIAL_BASES:
        sections = [s for s in sections if s in representatives.FINANCIAL_SECTIONS]
    return sections


def offers(rt: Runtime, sender_id: str) -> list[tuple[Service, list[str]]]:
    """Services that could use the confirmed profile, with the sections each would receive."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        saved = people.latest_profile(session, person) if person else None
        if person is None or saved is None:
            return []
        rep = _representative(session, person, saved.profile)
        found = [(service, _shareable(service, saved.profile, rep)) for service in rank_for(saved.profile, rt.services)]
    return [(service, sections) for service, sections in found if sections]


def told_by_text(profile: dict[str, Any], told_by: str) -> str:
    """Who told the story, as the service's staff read it."""
    teller: dict[str, Any] = profile.get("teller") or {}
    if told_by != "carer" or not teller.get("basis"):
        return told_by
    knows = {"yes": "the person knows", "no": "the person does not know yet",
             "unable": "the person is not able to understand this"}.get(teller.get("knows") or "", "")
    basis = representatives.BASES.get(teller["basis"], teller["basis"])
    relation = (teller.get("relationship") or "carer").lower()
    return f"their {relation}, on the basis of {basis}" + (f"; {knows}" if knows else "")


def _enqueue(rt: Runtime, session: Session, person: Person, saved: people.ProfileVersion, service: Service,
             consent: consents.Consent, sections: list[str], now: datetime) -> tuple[outbox.Delivery, tuple[str, ...]]:
    """The pre-filled intake queued; with the required questions it goes without."""
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
    delivery = outbox.enqueue_delivery(session, person, service.id, consent.id, saved.version, sections, body, now)
    return delivery, tuple(filled.unanswered + filled.left_for_service)


def share_with(rt: Runtime, sender_id: str, service_id: str, granted_by: str,
               only: list[str] | None = None) -> ShareOutcome:
    """Record consent for what the service would receive (or the `only` sections of it the person
    chose) and queue its pre-filled intake, in one transaction. The outbox worker sends it;
    `delivery_status` says how that went.
    Raises NotPermitted when the carer's basis does not let them agree to any of it, ServiceClosed
    when the service closed its intake address, NothingToShare or NoConfirmedStory."""
    service = rt.services[service_id]
    try:
        with rt.sessions.begin() as session:
            person = person_for(rt, session, sender_id)
            saved = people.latest_profile(session, person) if person else None
            if person is None or saved is None:
                raise NoConfirmedStory("no confirmed profile to share")
            rep = _representative(session, person, saved.profile)
            shareable = _shareable(service, saved.profile, rep)
            sections = [s for s in shareable if only is None or s in only]
            own = _carers_own(saved, [s for s in shareable if s not in sections]) if CARERS_OWN in (only or []) else {}
            held_own = [s for s in sections if own_held(s) in (only or [])] if saved.told_by == "carer" else []
            if not sections:
                if rep is not None and service.sections_in(saved.profile):
                    representatives.check_may_consent(rep, service.sections_in(saved.profile))
                raise NothingToShare("nothing in the profile for this service")
            closed = outbox.endpoint_disabled(session, service.id)
            if closed:
                raise ServiceClosed(closed)
            now = rt.now()
            # the agreement made now is the whole of what the service may have: an earlier, wider one for it
            # ends here (a service's view joins its live agreements; "only my health" had sent the medicines too)
            earlier = [c.id for c in consents.live_consents(session, person, service.id, now)]
            for consent_id in earlier:
                consents.withdraw_consent(session, consent_id, now)
            consent = consents.grant_consent(session, person, service.id, sections, service.sharing_purpose,
                                             granted_by, now, items=own, representative=rep, own_held=held_own)
            for consent_id in earlier:  # its open referral goes on under the new agreement: one referral, updated
                referral_store.carry_over(session, consent_id, consent.id, now)
            delivery, still_to_ask = _enqueue(rt, session, person, saved, service, consent, sections, now)
    except representatives.NotPermitted as refused:  # the carer's basis (checked above, and as consent is granted)
        raise NotPermitted(str(refused)) from None
    return ShareOutcome(service, sections, consent.receipt_code, delivery.id, still_to_ask)


def _carers_own(saved: people.ProfileVersion, left_out: list[str]) -> dict[str, list[str]]:
    """The carer's own facts (about the narrator: her health, her own answers) in the parts a carer left out,
    by item, for a story a carer told: {section: [item id]}."""
    if saved.told_by != "carer":
        return {}
    found = {section: [i["id"] for i in saved.profile["sections"].get(section) or []
                       if i.get("about") == "narrator" and i.get("id")] for section in left_out}
    return {section: ids for section, ids in found.items() if ids}


def carers_own_facts(rt: Runtime, sender_id: str, left_out: list[str]) -> bool:
    """Whether the saved story, told by a carer, has facts of the carer's own in the parts `left_out`."""
    saved = _saved(rt, sender_id)
    return saved is not None and bool(_carers_own(saved, left_out))


def parts_with_carers_own(rt: Runtime, sender_id: str, parts: list[str]) -> list[str]:
    """Of `parts`, those in which the saved story, told by a carer, holds what she said of herself."""
    saved = _saved(rt, sender_id)
    return list(_carers_own(saved, parts)) if saved is not None else []


_FILLER = frozenset("stuff bit bits part parts thing things side business lot".split())


def sections_naming(rt: Runtime, sender_id: str, things: list[str], sections: list[str],
                    about: str | None = None) -> list[str]:
    """Of `sections`, those whose items in the saved story name any of `things` ("depression", "gary", "friday night":
    every word of one, a longer word by its first five letters: "drinking" finds "drinks"); with `about` ("subject",
    "narrator"), only the items about them (an item about no one in particular counts as the subject's)."""
    from bot.conversation.meaning import plain

    saved = _saved(rt, sender_id)
    if saved is None:
        return []
    things = list(things) + medicines_that_tell(things)  # "the depression" holds back "sertraline 50" with it
    # (words that only say it is a thing are not looked for: "the allotment stuff" is found as "allotment")
    patterns = [[re.compile(r"\b" + (re.escape(w[:5]) if len(w) > 5 else re.escape(w) + r"\b"))
                 for w in thing.split() if w not in _FILLER or len(thing.split()) == 1] for thing in things]

    def names_it(item: dict[str, Any]) -> bool:
        said = plain(" ".join(str(item.get(k) or "") for k in ("text", "name", "term", "relationship", "value")))
        return any(all(p.search(said) for p in words) for words in patterns)
    def whose(item: dict[str, Any]) -> bool:
        return about is None or (item.get("about") == "narrator") == (about == "narrator")
    return [s for s in sections if any(names_it(i) and whose(i) for i in saved.profile.get("sections", {}).get(s, []))]


MEDICINES_THAT_TELL = PROJECT_ROOT / "data" / "sharing" / "medicines_that_tell.yml"


@functools.lru_cache(maxsize=1)
def _telling_medicines() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    import yaml

    table = yaml.safe_load(MEDICINES_THAT_TELL.read_text(encoding="utf-8")) or {}
    return [(re.compile(r"\b(" + "|".join(re.escape(w) for w in entry["said"]) + r")\b"), tuple(entry["medicines"]))
            for entry in table.values()]


def medicines_that_tell(things: Sequence[str]) -> list[str]:
    """The medicines whose use tells a condition held back ("the depression": sertraline, citalopram, …), from
    data/sharing/medicines_that_tell.yml."""
    from bot.conversation.meaning import plain

    said = " ".join(plain(thing) for thing in things)
    return [m for condition, medicines in _telling_medicines() if condition.search(said) for m in medicines]


def _saved(rt: Runtime, sender_id: str) -> people.ProfileVersion | None:
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        return people.latest_profile(session, person) if person else None


def sharing_now(rt: Runtime, sender_id: str) -> list[Service]:
    """Services the person's agreement to share with is live for."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return []
        ids = _live_ids(session, person, rt.now())
    return [rt.services[i] for i in ids if i in rt.services]


def send_update(rt: Runtime, sender_id: str, only: Sequence[str] | None = None) -> list[ShareOutcome]:
    """Send the latest confirmed story to every service whose consent is live (or to the `only` ones of
    them the person named), under that consent: the same sections as agreed, nothing more."""
    outcomes = []
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        saved = people.latest_profile(session, person) if person else None
        if person is None or saved is None:
            return []
        now = rt.now()
        for service in [s for s in map(rt.services.get, _live_ids(session, person, now)) if s]:
            if outbox.endpoint_disabled(session, service.id) or (only is not None and service.id not in only):
                continue
            consent = consents.live_consents(session, person, service.id, now)[-1]
            delivery, still_to_ask = _enqueue(rt, session, person, saved, service, consent, list(consent.sections), now)
            outcomes.append(ShareOutcome(service, list(consent.sections), consent.receipt_code, delivery.id,
                                         still_to_ask))
    return outcomes


def _live_ids(session: Session, person: Person, now: datetime) -> list[str]:
    return sorted({c.service_id for c in consents.consents_of(session, person) if c.is_live(now)})


def stop_sharing(rt: Runtime, sender_id: str, service_id: str) -> list[str]:
    """Withdraw every live consent for the service (queued deliveries are cancelled with it);
    returns the withdrawal receipt codes."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return []
        now = rt.now()
        withdrawn = [consents.withdraw_consent(session, c.id, now)
                     for c in consents.live_consents(session, person, service_id, now)]
        for c in filter(None, withdrawn):  # its referral is cancelled too
            referral_store.cancel_for_consent(session, c.id, now)
    return [c.withdrawal_code for c in withdrawn if c and c.withdrawal_code]
