"""Who else may see the person's pathway (issue 21): a viewer the person names in the chat ("let Sam
Jones see my referrals for 3 months"), stopped ("stop Sam seeing my referrals"), listed with until when
and how often they looked. Part of the pathway (bot/conversation/pathway.py)."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.conversation import meaning
from bot.conversation.journey.person import person_for
from bot.conversation.meaning.viewers import ViewerWish, viewer_wish_of
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
# A wish to let someone see, kept while their name is asked ("What is your daughter's name?"): the
# `menu_wish` slot holds "viewer:<relationship>:<days>:<story>".
ASKING = "viewer:"


@dataclass(frozen=True)
class Answer:
    reply: Reply
    asking: str | None = None  # a wish kept while the chat asks whom it is for (ASKING...)


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


def lets_someone_see(rt: Runtime, text: str) -> bool:
    """Whether typed words ask to let someone who is no service see the referrals ("let my social
    worker see my referrals"), or ask who may: a wish for the returning menu, wherever it is said."""
    if text.startswith("/"):
        return False
    wish = viewer_wish_of(text)
    return wish is not None and wish.kind in ("name", "who") and not (wish.name and _a_service(rt, wish.name))


def viewer_wish(rt: Runtime, sender_id: str, text: str, now: datetime) -> Answer | None:
    """A returning person's wish about who else may see their pathway, done (or the name asked for);
    None if `text` is not one. Read by bot/conversation/meaning/viewers.py: "let Sam Jones see my
    referrals for 3 months", "can my daughter keep an eye on how things are going", "take Priya off
    the list", "turn off all the links", "who can see my referrals?"."""
    wish = viewer_wish_of(text)
    if wish is None:
        return None
    if _menu_wins(rt, sender_id, text, wish, now):
        return None
    if wish.kind == "who":
        lines = who_else_sees(rt, sender_id, now)
        return Answer(Reply("\n".join(lines) if lines else "Nobody else can see your referrals."))
    if wish.kind == "stop":
        return Answer(_stop_viewing(rt, sender_id, "" if wish.everyone else (wish.name or wish.relation or ""), now))
    if wish.name and _a_service(rt, wish.name):
        return None  # "let Riverside Surgery see my story" is a share with the service
    days = min(wish.days or VIEWER_DAYS, VIEWER_MOST_DAYS)
    if wish.name is None:  # "can my daughter see it": their name, for their page and the log
        asked = f"What is your {wish.relation}'s name?" if wish.relation else "Who would you like to let see them?"
        return Answer(Reply(f"{asked} I will put it on the page they see."),
                      f"{ASKING}{wish.relation or ''}:{days}:{int(wish.story)}")
    return Answer(_named(rt, sender_id, wish.who(), days, wish.story, now))


def _menu_wins(rt: Runtime, sender_id: str, text: str, wish: ViewerWish, now: datetime) -> bool:
    """Whether a wish of the returning menu's is meant, not one about viewers: "who has access" (the
    menu's answer says who else sees too), "delete the lot", "i dont want them to have it" (the
    services). A stop goes to viewers only for someone who is one (or everyone, said of seeing);
    "add my key worker" and other wishes that name someone are about viewers."""
    menu = meaning.menu_choice(text)
    if menu is None:
        return False
    if menu == "delete" or wish.kind == "who":
        return True
    if wish.kind == "stop" and menu == "stop":
        if wish.everyone:  # "i dont want anyone to see it anymore" may mean the services: theirs unless said of links
            return not re.search(r"(?i)\b(?:links?|viewers?|access|permissions?|people i (?:added|named|let|gave))\b",
                                 text) or bool(re.search(r"(?i)\bshar(?:e|ing)\b", text))
        wanted = _words(wish.name or wish.relation or "")
        return not any(set(wanted) <= set(_words(v.name)) or _words(v.name)[:1] == wanted[:1]
                       for v in viewers(rt, sender_id, now)) if wanted else True
    return not (wish.name or wish.relation)


def viewer_named(rt: Runtime, sender_id: str, kept: str, text: str, now: datetime) -> Answer | None:
    """The reply to "What is your daughter's name?": the wish `kept` done for the name given, or for
    "daughter" as they called them when they would rather not say it; "cancel" (or "no") gives no
    link; anything else is asked again ("ok", "remove him"). None when the reply is a wish of the
    menu's or another about viewers ("who has my story", "take Priya off"): the caller reads it so."""
    relation, days, story = kept[len(ASKING):].split(":")
    said = " ".join(text.split())
    if re.fullmatch(r"(?i)\W*(?:no|nope|nah|cancel|never ?mind|forget it|dont bother|don't bother|no thanks|"
                    r"leave it|not now)\W*", said) or meaning.is_stop(said):
        return Answer(Reply("OK. I have not given anyone a link."))
    if meaning.menu_choice(said) not in (None, "finished") or viewer_wish_of(said) is not None:
        return None
    name = _name_in_reply(said)
    if name is not None and _a_service(rt, name):
        return Answer(Reply(f"{name} is a service. To share your story with a service, choose \"Share with a service\" from the menu."))
    if name is None and relation and re.search(r"(?i)\b(?:dont know|don't know|not sure|rather not|skip|pass|no name|"
                                              r"just (?:call|put|say))\b", said):
        name = ""  # they would rather not say it: the link is for "daughter", as they called them
    if name is None:
        whom = f"your {relation}'s" if relation else "their"
        return Answer(Reply(f"Sorry, I did not get a name. What is {whom} name? Or say \"cancel\"."), kept)
    who = f"{name} ({relation})" if name and relation else (name or relation)
    return Answer(_named(rt, sender_id, who, int(days), story == "1", now, said=None if name else f"your {relation}"))


def _name_in_reply(text: str) -> str | None:
    """A name typed in answer ("Sarah", "her name is sarah jones", "its Sarah"); None for anything that
    is no name ("ok", "remove him", "dont know")."""
    from bot.conversation.meaning.carer import name_of
    from bot.conversation.meaning.viewers import not_a_name

    name = name_of(text)
    if name is None or any(not_a_name(word) for word in name.split()):
        return None
    return name


def _named(rt: Runtime, sender_id: str, who: str, days: int, story: bool, now: datetime,
           said: str | None = None) -> Reply:
    """The viewer `who` named (as their page and the log will call them), and the link for them, said to
    the person as `said` ("your key worker") when given."""
    url = name_viewer(rt, sender_id, who, days, now, sees_story=story)
    if url is None:
        return Reply("There is no saved story to show yet.")
    until = now + timedelta(days=days)
    what = ("your story (as your About Me page) and which services have your referral and where each has got "
            "to" if story else "which services have your referral and where each has got to, not your story")
    first = said.replace("your ", "my ", 1) if said else who.split(" (")[0]
    return Reply(f"Give this link to {said or who}: {url}\nThey can see {what}, until {until:%-d %B %Y}. Each time "
                 f"they look is recorded. Say \"stop {first} seeing my referrals\" to end it sooner.")


def _a_service(rt: Runtime, name: str) -> bool:
    """Whether `name` names one of our services ("Riverside Surgery", "Riverside", "the community nursing team")."""
    wanted = " ".join(name.casefold().split())
    return any(wanted in (service.name.casefold(), service.name.casefold().split(" (")[0],
                          called(rt, service_id).casefold(), service_id.casefold())
               or service.name.casefold().startswith(wanted + " ")
               for service_id, service in rt.services.items())


def _stop_viewing(rt: Runtime, sender_id: str, name: str, now: datetime) -> Reply:
    current = viewers(rt, sender_id, now)
    if not current:
        return Reply("Nobody else can see your referrals.")
    wanted = _words(name)
    chosen = current if not wanted else (
        [v for v in current if _words(v.name) == wanted]
        or [v for v in current if _words(v.name)[:1] == wanted[:1]]  # "stop Sam": Sam Jones
        or [v for v in current if set(wanted) <= set(_words(v.name))])  # "stop my daughter": Sarah (daughter)
    if len(chosen) != 1 and wanted:
        names = ", ".join(v.name for v in current)
        return Reply(f"These people can see your referrals: {names}. Say \"stop <their name> seeing my "
                     "referrals\" for the one to stop.")
    for viewer in chosen:
        revoke_viewer(rt, sender_id, viewer.id, now)
    if len(chosen) > 1:
        return Reply("Done. Nobody else can see your referrals now. Their links have stopped working.")
    return Reply(f"Done. {chosen[0].name} can no longer see your referrals. Their link has stopped working.")


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", name.casefold())


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
