"""The pathway's links (issue 21): tokens that name a person for one purpose ("pathway", "about-me")
for LINK_MINUTES, and a named viewer's own link, each signed (bot/conversation/links.py) and never
stored. Time is a parameter (`now`)."""
from __future__ import annotations

from datetime import datetime

from bot.conversation.journey.person import person_for
from bot.conversation.links import link_mac, link_ok
from bot.ops.runtime import Runtime

LINK_MINUTES = 15


def _mac(rt: Runtime, purpose: str, payload: str) -> str:
    return link_mac(rt.lookup_key, purpose, payload)


def person_token(rt: Runtime, sender_id: str, purpose: str, now: datetime) -> str | None:
    """A token naming the person for `purpose` ("pathway", "about-me") for LINK_MINUTES, signed
    (bot/conversation/links.py) and never stored (None if they have no saved story)."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return None
        payload = f"{person.id}.{int(now.timestamp()) + LINK_MINUTES * 60}"
    return f"{payload}.{_mac(rt, purpose, payload)}"


def link(rt: Runtime, sender_id: str, now: datetime) -> str | None:
    """The person's pathway page, for LINK_MINUTES (None if they have no saved story)."""
    token = person_token(rt, sender_id, "pathway", now)
    return f"{rt.settings.public_url}/pathway/{token}" if token else None


def viewer_link(rt: Runtime, viewer_id: str) -> str:
    """A named viewer's own link: it works while their permission does."""
    return f"{rt.settings.public_url}/pathway/shared/{viewer_id}.{_mac(rt, 'viewer', viewer_id)}"


def person_of_link(rt: Runtime, token: str, now: datetime, purpose: str = "pathway") -> str | None:
    """The person id a valid, unexpired token for `purpose` names."""
    person_id, _, rest = token.partition(".")
    expires, _, mac = rest.partition(".")
    if not expires.isdigit() or not link_ok(rt.lookup_key, purpose, f"{person_id}.{expires}", mac):
        return None
    return person_id if int(expires) >= now.timestamp() else None
