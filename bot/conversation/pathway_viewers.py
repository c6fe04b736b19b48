"""Who else may see the person's pathway (issue 21): a viewer the person names in the chat ("let Sam
Jones see my referrals for 3 months"), stopped ("stop Sam seeing my referrals"), listed with until when
and how often they looked. Part of the pathway (bot/conversation/pathway.py)."""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from typing import Any

from bot.conversation.journey.person import person_for
from bot.conversation.pathway_links import viewer_link
from bot.conversation.pathway_services import called
from bot.conversation.wording import Reply
from bot.ops.runtime import Runtime
from consent_store import audit
from consent_store import pathway as store
from consent_store.people import Person

VISIT_MINUTES = 10  # views closer than this to the one before are one visit ("how often they looked")
# --- who else may see it -----------------------------------------------------------------------

VIEWER_DAYS, VIEWER_MOST_DAYS = 90, 366
_WHAT = r"(?:my |the )?(?:referrals?|pathway|pathway page|statuses)"
# "my story and referrals": the story too (only when the person says so)
_STORY = r"(?P<story>(?:my |the )?story(?:\s+(?:and|&)\s+(?:my |the )?(?:referrals?|pathway))?|" \
         r"(?:my |the )?(?:referrals?|pathway)\s+(?:and|&)\s+(?:my |the )?story)"
_SEEN = rf"(?:{_STORY}|{_WHAT})"
_FOR = r"(?:\s+for\s+(?P<count>\d{1,3}|a|an|one|two|three|six)\s+(?P<unit>days?|weeks?|months?|years?))?"
_NAME = r"(?P<name>[^\d.,;:!?/]{1,80}?)"
_LET = re.compile(rf"^(?:please\s+)?(?:let|allow)\s+{_NAME}\s+(?:to\s+)?(?:see|read)\s+{_SEEN}{_FOR}\s*[.!]?$", re.I)
_BOTH = r"(?P<story>(?:my |the )?story\s+(?:and|&)\s+(?:my |the )?(?:referrals?|pathway)|" \
        r"(?:my |the )?(?:referrals?|pathway)\s+(?:and|&)\s+(?:my |the )?story)"
# "share my story with ..." alone is a share with a service, not a viewer: only story *and* referrals here
_SHARE = re.compile(rf"^(?:please\s+)?(?:share|show)\s+(?:{_BOTH}|{_WHAT})\s+with\s+{_NAME}{_FOR}\s*[.!]?$", re.I)
_STOP_NAMED = re.compile(rf"^(?:please\s+)?(?:stop|remove|block)\s+{_NAME}\s+(?:from\s+)?(?:seeing|viewing)\s+{_WHAT}"
                         r"\s*[.!]?$", re.I)
_STOP_ALL = re.compile(rf"^(?:please\s+)?(?:stop|end)\s+(?:sharing|showing)\s+{_WHAT}(?:\s+with\s+{_NAME})?\s*[.!]?$",
                       re.I)
_WHO_SEES = re.compile(rf"^who\s+(?:can|else can|is able to)\s+see\s+{_WHAT}\s*\??$", re.I)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "six": 6}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def _days_asked(count: str | None, unit: str | None) -> int:
    if not count or not unit:
        return VIEWER_DAYS
    number = int(count) if count.isdigit() else _NUMBERS[count.lower()]
    return max(1, min(number * _UNIT_DAYS[unit.lower().rstrip("s")], VIEWER_MOST_DAYS))


def visits(views: list[datetime]) -> list[datetime]:
    """The start of each visit among `views` (oldest first): a view within VISIT_MINUTES of the one
    before it is the same visit (a reload, a second tab), so "how often they looked" is honest."""
    started: list[datetime] = []
    for at, before in zip(views, [None, *views], strict=False):
        if before is None or at - before >= timedelta(minutes=VISIT_MINUTES):
            started.append(at)
    return started


def _views(session: Any, person: Person, viewer: store.Viewer) -> list[datetime]:
    digest = hashlib.sha256(f"{viewer.id}\0{store.PATHWAY_VIEWED}".encode()).hexdigest()
    return [datetime.fromisoformat(e["at"]) for e in audit.events_of(session, person.audit_ref)
            if e["event"] == store.PATHWAY_VIEWED and e["digest"] == digest]


def who_else_sees(rt: Runtime, sender_id: str, now: datetime) -> list[str]:
    """Each person named to see the pathway, with until when and how often they looked."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return []
        lines = []
        for viewer in store.viewers_of(session, person, now):
            seen = _views(session, person, viewer)
            count = len(visits(seen))
            looked = (f"looked {count} time{'s' if count != 1 else ''}, last on {seen[-1]:%-d %B %Y}"
                      if seen else "has not looked yet")
            what = "your story and referrals" if viewer.sees_story else "your referrals"
            lines.append(f"{viewer.name} may see {what} until {viewer.expires_at:%-d %B %Y} ({looked}).")
        return lines


def viewer_wish(rt: Runtime, sender_id: str, text: str, now: datetime) -> Reply | None:
    """A returning person's wish about who else may see their pathway, done; None if `text` is not
    one: "let Sam Jones see my referrals (for 3 months)", "share my pathway with Sam", "stop Sam
    seeing my referrals", "stop sharing my pathway", "who can see my referrals?"."""
    text = " ".join(text.split())
    named = _LET.match(text) or _SHARE.match(text)
    if named:
        name = named.group("name").strip()
        if name.casefold() in ("me", "myself", "i", "us") or _a_service(rt, name):
            return None  # "let Riverside Surgery see my story" is a share with the service
        days = _days_asked(named.group("count"), named.group("unit"))
        story = bool(named.group("story"))
        url = name_viewer(rt, sender_id, name, days, now, sees_story=story)
        if url is None:
            return None
        until = now + timedelta(days=days)
        what = ("your story (as your About Me page) and which services have your referral and where each has got "
                "to" if story else "which services have your referral and where each has got to, not your story")
        return Reply(f"Give this link to {name}: {url}\nThey can see {what}, until {until:%-d %B %Y}. Each time "
                     f"they look is recorded. Say \"stop {name} seeing my referrals\" to end it sooner.")
    stop = _STOP_NAMED.match(text) or _STOP_ALL.match(text)
    if stop:
        return _stop_viewing(rt, sender_id, (stop.groupdict().get("name") or "").strip(), now)
    if _WHO_SEES.match(text):
        lines = who_else_sees(rt, sender_id, now)
        return Reply("\n".join(lines) if lines else "Nobody else can see your referrals.")
    return None


def _a_service(rt: Runtime, name: str) -> bool:
    wanted = " ".join(name.casefold().split())
    return any(wanted in (service.name.casefold(), service.name.casefold().split(" (")[0],
                          called(rt, service_id).casefold(), service_id.casefold())
               for service_id, service in rt.services.items())


def _stop_viewing(rt: Runtime, sender_id: str, name: str, now: datetime) -> Reply:
    current = viewers(rt, sender_id, now)
    if not current:
        return Reply("Nobody else can see your referrals.")
    wanted = name.casefold().split()
    chosen = current if not wanted else (
        [v for v in current if v.name.casefold().split() == wanted]
        or [v for v in current if v.name.casefold().split()[:1] == wanted[:1]])  # "stop Sam": Sam Jones
    if len(chosen) != 1:
        names = ", ".join(v.name for v in current)
        return Reply(f"These people can see your referrals: {names}. Say \"stop <their name> seeing my "
                     "referrals\" for the one to stop.")
    revoke_viewer(rt, sender_id, chosen[0].id, now)
    return Reply(f"Done. {chosen[0].name} can no longer see your referrals. Their link has stopped working.")



def name_viewer(rt: Runtime, sender_id: str, name: str, days: int, now: datetime,
                sees_story: bool = False) -> str | None:
    """Let `name` see the pathway's statuses (`sees_story`: and the story) for `days` days: their
    link (None: no saved story)."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None or not name.strip():
            return None
        viewer = store.name_viewer(session, person, name, now + timedelta(days=days), now, sees_story)
    return viewer_link(rt, viewer.id)


def viewers(rt: Runtime, sender_id: str, now: datetime) -> list[store.Viewer]:
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        return store.viewers_of(session, person, now) if person else []


def revoke_viewer(rt: Runtime, sender_id: str, viewer_id: str, now: datetime) -> bool:
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        return person is not None and store.revoke_viewer(session, person, viewer_id, now)
