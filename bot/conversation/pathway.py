"""The whole pathway in one place (issue 21): every service the person shared with, what it holds,
where the referral has got to and how long it has waited, with stalled steps flagged; who else may
see it; and the news the person has not heard yet.

- The person's page is reached by a short-lived link the chat gives after the PIN (`link`), signed
  like the download link and never stored; whoever holds it may open it until it expires.
- A viewer the person named (a coordinator, a family member) has a link of their own (`viewer_link`)
  that works until the permission expires or is revoked; it shows which services have the referral,
  each status in a word and how long it has waited (`VIEWER_WORDS`): never why a service declined,
  what it asked or the answer, who stopped it, what each service holds or who else may see it. The
  story (the About Me, bot/conversation/about_me.py) is on it only when the person said so
  ("let Sam see my story and referrals"). Every view is in the disclosure log; how often they looked
  counts visits (views within VISIT_MINUTES of the one before are one visit).
- A step is stalled when the service has said nothing for longer than that service's threshold
  ("pathway": {"stalled_after_days": N} in data/services/<id>.json; STALLED_AFTER_DAYS without one).
- News: each status a service set that the person has not heard yet, in plain words ("The community
  nursing team accepted your referral"), each told once (consent_store/pathway.py).
Time is always a parameter (`now`). What each service says of itself is in pathway_services.py; who
else may see the pathway (naming, stopping, listing viewers) in pathway_viewers.py.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from bot.conversation import wording
from bot.conversation.about_me import AboutMe, about_me
from bot.conversation.about_me_voice import about_them as about_them
from bot.conversation.journey.person import person_for, person_or_new
from bot.conversation.journey.your_record import Holder
from bot.conversation.links import link_ok
from bot.conversation.pathway_links import LINK_MINUTES as LINK_MINUTES
from bot.conversation.pathway_links import link, person_of_link
from bot.conversation.pathway_services import STALLED_AFTER_DAYS as STALLED_AFTER_DAYS
from bot.conversation.pathway_services import _name, sentence_name, stalled_after_days
from bot.conversation.pathway_services import called as called
from bot.conversation.pathway_services import review_after_days as review_after_days
from bot.conversation.pathway_viewers import VISIT_MINUTES as VISIT_MINUTES
from bot.conversation.pathway_viewers import _views
from bot.conversation.pathway_viewers import viewer_named as viewer_named
from bot.conversation.pathway_viewers import viewer_wish as viewer_wish
from bot.conversation.pathway_viewers import visits as visits
from bot.conversation.pathway_viewers import who_else_sees as who_else_sees
from bot.conversation.wording import Reply
from bot.delivery.referrals import asked_for, declined, plain_status
from bot.ops.runtime import Runtime
from bot.sections import SECTIONS
from consent_store import audit, people, questions
from consent_store import consent as consents
from consent_store import pathway as store
from consent_store import referrals as referral_store
from consent_store.people import Person
from consent_store.referrals import Referral

# Statuses the person hears about (requested and received they know from the share itself; they
# cancelled it themselves).
NEWS = (referral_store.ACCEPTED, referral_store.REJECTED, referral_store.ON_HOLD, referral_store.IN_PROGRESS,
        referral_store.COMPLETED)
# Statuses in which the next move is the service's: a long silence in one of these is a stalled step.
WAITING_ON_SERVICE = frozenset({referral_store.REQUESTED, referral_store.RECEIVED, referral_store.ACCEPTED})
LABELS = {  # the short label of each status on the page
    referral_store.REQUESTED: "Sent", referral_store.RECEIVED: "Received", referral_store.ACCEPTED: "Accepted",
    referral_store.REJECTED: "Declined", referral_store.ON_HOLD: "Waiting for you",
    referral_store.IN_PROGRESS: "In progress", referral_store.COMPLETED: "Done",
    referral_store.CANCELLED: "Stopped by you",
}
# A named viewer's page: each status in a word, and nothing of why (no decline reason, no question a
# service asked, no answer, not who stopped it). An answered question is still "On hold" to them.
VIEWER_WORDS = {
    referral_store.REQUESTED: ("Sent", "Sent; the service has not yet said it has it."),
    referral_store.RECEIVED: ("Received", "The service has it and has not decided yet."),
    referral_store.ACCEPTED: ("Accepted", "The service accepted the referral."),
    referral_store.REJECTED: ("Declined", "The service could not take the referral."),
    referral_store.ON_HOLD: ("On hold", "The referral is on hold."),
    referral_store.IN_PROGRESS: ("In progress", "The service is working on the referral."),
    referral_store.COMPLETED: ("Done", "The service has finished with the referral."),
    referral_store.CANCELLED: ("Stopped", "The referral was stopped."),
}


@dataclass(frozen=True)
class ServiceStep:
    """One service on the person's pathway, with its latest referral."""
    service: str                # its name, as a heading says it
    status: str
    label: str
    words: str                  # where it has got to, in plain words
    since: datetime             # when the status last changed
    waited_days: int
    stalled_after_days: int
    stalled: bool
    still_sharing: bool
    sections: tuple[str, ...]   # titles of what it holds (empty on a viewer's page)
    version: int | None         # the version of the story it holds (None: not delivered yet)
    sent_at: datetime | None    # when it last received the story
    called: str = ""            # how a sentence names it ("The community nursing team")
    sent_on: datetime | None = None  # when the referral was made (how long it waited for an answer)


@dataclass(frozen=True)
class ViewerLine:
    name: str
    until: datetime
    views: int = 0              # visits (VISIT_MINUTES), not reloads
    sees_story: bool = False


@dataclass(frozen=True)
class Pathway:
    steps: list[ServiceStep]
    viewers: list[ViewerLine]   # who else may see the page (empty on a viewer's page)
    as_of: datetime
    viewer: str | None = None   # the viewer's name, when it is a viewer's page
    story: AboutMe | None = None  # the story, on the page of a viewer the person let read it
    whose: str | None = None    # the person's first name, as their story gives it
    carer_told: bool = False    # a carer told the story (and reads the person's page): spoken to about them
    viewer_until: datetime | None = None  # when a viewer's permission ends


def whose_story(session: Any, person: Person) -> tuple[str | None, bool]:
    """The person's first name as their story gives it (None: no name), and whether a carer told it."""
    saved = people.latest_profile(session, person)
    if saved is None:
        return None, False
    names = [str(i.get("text", "")) for i in saved.profile.get("sections", {}).get("about_me", [])
             if i.get("kind") == "name"]
    first = names[0].split()[0] if names and names[0].split() else None
    return first, saved.told_by == "carer"


def carer_reads(rt: Runtime, sender_id: str) -> str | None:
    """Whom a carer's replies are about ("Dave", "them"), when the story was told by a carer; None
    when the person told it themselves."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return None
        name, carer = whose_story(session, person)
    return (name or "them") if carer else None


# --- the page's contents -----------------------------------------------------------------------

def _steps(rt: Runtime, session: Any, person: Person, now: datetime, with_holdings: bool,
           person_name: str | None = None) -> list[ServiceStep]:
    latest: dict[str, Referral] = {}
    for referral in referral_store.referrals_of(session, person):
        latest[referral.service_id] = referral  # oldest first: the newest referral to a service wins
    held = {h.service_id: h for h in audit.who_has(session, person.audit_ref)}
    steps = []
    for service_id, referral in latest.items():
        days = max((now - referral.updated_at).days, 0)
        threshold = stalled_after_days(rt, service_id)
        holding = held.get(service_id) if with_holdings else None
        who = sentence_name(rt, service_id)
        label = LABELS.get(referral.status, referral.status)
        words = about_them(plain_status(who, referral, now), person_name)
        reply = questions.answered_hold(session, referral) if referral.status == referral_store.ON_HOLD else None
        if not with_holdings:  # a named viewer: the status in a word, nothing of why
            label, words = VIEWER_WORDS.get(referral.status, ("Sent", "Sent."))
        elif reply is not None:  # the person answered (or skipped) its question: the next move is the service's
            label, words = "Answered", (
                f"You {'answered' if reply.kind == questions.ANSWERED else 'chose not to answer'} its question on "
                f"{reply.answered_at:%-d %B %Y}. Waiting for {called(rt, service_id)} to go on.")
        steps.append(ServiceStep(
            service=_name(rt, service_id), status=referral.status, label=label,
            words=words, since=referral.updated_at, waited_days=days, stalled_after_days=threshold,
            stalled=(referral.status in WAITING_ON_SERVICE or reply is not None) and days >= threshold,
            still_sharing=bool(consents.live_consents(session, person, service_id, now)),
            sections=tuple(SECTIONS[k] for k in SECTIONS if holding and k in holding.sections),
            version=holding.profile_version if holding else None, sent_at=holding.last if holding else None,
            called=who, sent_on=referral.created_at))
    return sorted(steps, key=lambda s: (not s.stalled, s.service))


def pathway_for_link(rt: Runtime, token: str, now: datetime) -> Pathway | None:
    """The person's whole pathway for a valid link; None for one expired, forged or of nobody."""
    person_id = person_of_link(rt, token, now)
    if person_id is None:
        return None
    with rt.reading.begin() as session:
        person = people.person_by_id(session, rt.kek, person_id)
        if person is None:
            return None
        viewers = [ViewerLine(v.name, v.expires_at, len(visits(_views(session, person, v))), v.sees_story)
                   for v in store.viewers_of(session, person, now)]
        name, carer = whose_story(session, person)
        about = (name or "them") if carer else None
        return Pathway(_steps(rt, session, person, now, with_holdings=True, person_name=about), viewers, now,
                       whose=name, carer_told=carer)


def pathway_for_viewer(rt: Runtime, token: str, now: datetime) -> Pathway | None:
    """A named viewer's page (services and statuses only), the view logged; None if the link is not
    right or the permission has ended."""
    viewer_id, _, mac = token.partition(".")
    if not viewer_id or not link_ok(rt.lookup_key, "viewer", viewer_id, mac):
        return None
    with rt.sessions.begin() as session:
        found = store.viewer_for_visit(session, rt.kek, viewer_id, now)
        if found is None:
            return None
        person, viewer = found
        steps = _steps(rt, session, person, now, with_holdings=False)
        name, carer = whose_story(session, person)
    story = about_me(rt, person.id) if viewer.sees_story else None
    return Pathway(steps, [], now, viewer=viewer.name, story=story, whose=name, carer_told=carer,
                   viewer_until=viewer.expires_at)


# --- news --------------------------------------------------------------------------------------

def news_text(who: str, referral: Referral, answered: bool = False, by_sms: bool = False) -> str:
    """A status the person has not heard yet, in plain words: "The community nursing team accepted
    your referral."; `answered`: the service went on after the person answered its question."""
    who = who[:1].upper() + who[1:]
    status = referral.status
    if answered and status in (referral_store.ACCEPTED, referral_store.IN_PROGRESS):
        return f"{who} has your answer and has gone on with your referral."
    if status == referral_store.ACCEPTED:
        return f"{who} accepted your referral."
    if status == referral_store.REJECTED:
        return declined(who, referral.reason)
    if status == referral_store.ON_HOLD:
        what = asked_for(referral.reason)
        if by_sms:
            return f"{who} needs {what}. Reply to this text to answer (after your PIN), or say skip."
        return f"{who} needs {what}: reply with it or say skip."
    if status == referral_store.IN_PROGRESS:
        return f"{who} has started work on your referral."
    if status == referral_store.COMPLETED:
        return f"{who} has finished with your referral."
    return f"{who} has your referral."


def news_for(rt: Runtime, session: Any, referral: Referral, channel: str) -> str:
    """The news of `referral` as it is told on `channel` (the chat, or a text)."""
    answered = (store.told_status(session, referral.id, channel) == referral_store.ON_HOLD
                and bool(questions.answers_of(session, referral.id)))
    return news_text(called(rt, referral.service_id), referral, answered, by_sms=channel == store.SMS)


def untold_news(rt: Runtime, sender_id: str, now: datetime) -> list[Reply]:
    """What services did that the person has not heard yet, now marked as told in the chat. A question
    a service asks (on hold) is not news here: it is asked after the PIN (bot/conversation/steps/visit.py)."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return []
        news = [r for r in store.untold(session, person, store.CHAT, NEWS) if r.status != referral_store.ON_HOLD]
        said = [Reply(news_for(rt, session, r, store.CHAT)) for r in news]
        for referral in news:
            store.mark_told(session, referral, store.CHAT, now)
    return said


def who_has_reply(rt: Runtime, sender_id: str, holders: list[Holder]) -> Reply:
    """"Who has my story?": each service that has it and where its referral has got to, the service
    named as a sentence names it ("The community nursing team accepted ..."), and to a carer about
    the person ("These services have Dave's story")."""
    names = {s.name: sid for sid, s in rt.services.items()}

    def called_in(holder: Holder) -> Holder:
        sid = names.get(holder.service)
        if not holder.referral or sid is None:
            return holder
        text = holder.referral
        text = (sentence_name(rt, sid) + text[len(holder.service):] if text.startswith(holder.service)
                else text.replace(holder.service, called(rt, sid)))
        return replace(holder, referral=text)

    said = wording.who_has([called_in(h) for h in holders])
    return Reply(about_them(said.text, carer_reads(rt, sender_id)), said.buttons)


def link_reply(rt: Runtime, sender_id: str, now: datetime) -> Reply | None:
    """The pathway page's link as the chat gives it, if the person has any referral."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None or not referral_store.referrals_of(session, person):
            return None
    url = link(rt, sender_id, now)
    if url is None:
        return None
    others = who_else_sees(rt, sender_id, now) or [
        "Nobody else can see your referrals. To let someone else see them (a family member, a care "
        "coordinator), say \"let <their name> see my referrals\"."]
    whom = carer_reads(rt, sender_id)
    return Reply(about_them("\n".join([f"See where each referral has got to, on one page: {url}",
                                       f"The link works for {LINK_MINUTES} minutes.", *others,
                                       "To print your story on one page for the people who support you, say "
                                       "\"About me\"."]), whom))


# --- the number status texts go to -------------------------------------------------------------

def remember_sms_number(rt: Runtime, sender_id: str, number: str, now: datetime) -> bool:
    """Keep the number a person with a saved story texts from (sealed), for their status texts."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None or people.latest_profile(session, person) is None:
            return False  # no saved story: nothing to send news of, so the number is not kept
        return store.remember_number(session, person, number, now)


def texts_wanted(rt: Runtime, sender_id: str, wanted: bool, now: datetime) -> None:
    """The person texted STOP (`wanted` False: their number is dropped, no status text or reminder
    goes to them) or START (True: their number may be kept again). A STOP, or a harm told by SMS, before
    anything was kept is kept all the same, for the story they keep later: it had no one to be kept for,
    and news would have gone to a phone someone else reads."""
    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, sender_id) if not wanted else person_for(rt, session, sender_id)
        if person is None:
            return
        if wanted:
            store.opt_in(session, person)
        else:
            store.opt_out(session, person, now)
