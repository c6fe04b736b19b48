"""The pathway page (issue 21), in the NHS.UK frontend's styles (/static/nhsuk.css, served by the web
chat): every service the person shared with, what each holds (sections, version, when), its status
and how long it has waited, a stalled step flagged ("No answer for 21 days"), and who else may see
the page. A named viewer's page has the services and each status in a word only (and the person's
About Me when the person let them read the story).

    GET /pathway/<token>              the person's page, from the link the chat gives after the PIN
    GET /pathway/shared/<token>       a named viewer's page (each view in the disclosure log)
    GET /pathway/about-me/<token>     the person's printable About Me (bot/web/about_me.py)
    GET /pathway/about-me/<token>.pdf the same as a PDF (WeasyPrint)

`pages(rt)` gives the web chat (bot/web/chat.py) what it serves under /pathway/: a function from the
rest of the path to (HTTP status, body, content type, headers). Each page's headers (`private`)
keep its token to itself: no Referer sent on, not cached, and a Content-Security-Policy that allows
only our style sheet and the page's own inline style and script blocks (by their hashes). The data
is bot/conversation/pathway.py's.
"""
from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from html import escape
from typing import Callable, Iterable

from bot.conversation import pathway
from bot.conversation.pathway import Pathway, ServiceStep
from bot.ops.runtime import Runtime

Page = tuple[int, bytes, str, dict[str, str]]  # (status, body, content type, headers)
HTML = "text/html; charset=utf-8"
HEADER_CSS = ".nhsuk-header__service-name.tell-header__name { color: #fff; font-weight: 600; margin: 12px 0; }"
TAGS = {"requested": "grey", "received": "blue", "accepted": "green", "rejected": "red", "on-hold": "yellow",
        "in-progress": "blue", "completed": "green", "cancelled": "grey"}
SHARED = "shared/"
ABOUT_ME = "about-me/"


def _date(moment: datetime) -> str:
    return f"{moment:%-d %B %Y}"


def _days(days: int) -> str:
    return "less than a day" if days < 1 else "1 day" if days == 1 else f"{days} days"


def _looked(views: int) -> str:
    return "has not looked yet" if not views else f"looked {views} time{'s' if views != 1 else ''}"


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def private(styles: Iterable[str] = (), scripts: Iterable[str] = ()) -> dict[str, str]:
    """The headers of a page reached by a token: its address (the token) never sent on as a Referer,
    never cached, and nothing run or loaded but our style sheet and the page's own blocks."""
    style = " ".join(["'self'", *(_hash(css) for css in (HEADER_CSS, *styles))])
    script = " ".join(_hash(js) for js in scripts) or "'none'"
    return {"Referrer-Policy": "no-referrer", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": f"default-src 'none'; style-src {style}; script-src {script}; "
                                       "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"}


def _row(key: str, value: str) -> str:
    return (f'<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">{escape(key)}</dt>'
            f'<dd class="nhsuk-summary-list__value">{value}</dd></div>')


def _stalled(step: ServiceStep, viewer: bool) -> str:
    if not step.stalled:
        return ""
    who = step.called or step.service
    # The person referred themselves (through this chat): nobody else to chase it, so the service itself.
    then = "" if viewer else f" You could contact {who[:1].lower() + who[1:] if who.startswith('The ') else who} " \
                             "to ask where it has got to."
    return ('<div class="nhsuk-warning-callout"><h3 class="nhsuk-warning-callout__label">'
            f'<span class="nhsuk-u-visually-hidden">Important: </span>No answer for {_days(step.waited_days)}</h3>'
            f'<p>{escape(who)} usually answers within {_days(step.stalled_after_days)}.{escape(then)}</p></div>')


ANSWERED = {"accepted": "accepted", "rejected": "declined"}  # a decision: how long it took, not how long since
WAITS = ("requested", "received", "on-hold")  # still waiting: how long, and since when


def _waiting(step: ServiceStep) -> str | None:
    """The "Waiting" row: how long a referral still waiting has waited; for one accepted or declined,
    how long it waited before that; nothing once work has started, finished or stopped."""
    if step.status in WAITS:
        return f"{_days(step.waited_days).capitalize()}, since {_date(step.since)}"
    if step.status in ANSWERED and step.sent_on is not None:
        took = max((step.since - step.sent_on).days, 0)
        return f"{_days(took).capitalize()} before it was {ANSWERED[step.status]} (on {_date(step.since)})"
    return None


def _service(step: ServiceStep, viewer: bool, person: str | None = None) -> str:
    rows = [_row("Status", f'<strong class="nhsuk-tag nhsuk-tag--{TAGS.get(step.status, "grey")}">'
                           f'{escape(step.label)}</strong> {escape(step.words)}')]
    waiting = _waiting(step)
    if waiting is not None:
        rows.append(_row("Waited" if step.status in ANSWERED else "Waiting", escape(waiting)))
    if not viewer:
        held = ", ".join(step.sections) if step.sections else "Nothing yet: your story has not reached them"
        rows.append(_row("What they hold", escape(pathway.about_them(held, person))))
        if step.version is not None and step.sent_at is not None:
            rows.append(_row("Version", escape(pathway.about_them(
                f"Version {step.version} of your story, sent {_date(step.sent_at)}", person))))
        rows.append(_row("Sharing", "Still sharing updates" if step.still_sharing else "No longer sharing updates"))
    return ('<div class="nhsuk-card"><div class="nhsuk-card__content">'
            f'<h2 class="nhsuk-card__heading nhsuk-heading-m">{escape(step.service)}</h2>{_stalled(step, viewer)}'
            f'<dl class="nhsuk-summary-list">{"".join(rows)}</dl></div></div>')


def _viewers(found: Pathway, person: str | None = None) -> str:
    if not found.viewers:
        items = "<p>Nobody else. Only you, with a link from the chat, can see this page.</p>"
    else:
        items = ('<ul class="nhsuk-list nhsuk-list--bullet">' + "".join(
            f"<li>{escape(v.name)}, until {_date(v.until)}"
            f"{escape(pathway.about_them(', may read your story too', person)) if v.sees_story else ''} "
            f"({_looked(v.views)})</li>" for v in found.viewers) + "</ul>"
            + '<p>' + escape(pathway.about_them(
                "They see which services have your referral and where each has got to, not your story unless "
                "you said they may read it too. A look within a few minutes of the one before counts once.", person))
            + ' To end it, say "stop &lt;their name&gt; seeing my referrals" in the chat.</p>')
    return f'<h2 class="nhsuk-heading-m">Who else can see this page</h2>{items}'


def _story(found: Pathway) -> str:
    """The About Me, on the page of a viewer the person let read their story."""
    if found.story is None:
        return ""
    from bot.web import about_me  # (it builds on this module's page)

    return ('<h2 class="nhsuk-heading-l">Their story</h2><p>You may read this because they said so. It is '
            'their About Me, in their words.</p>' + about_me.contents(found.story, heading_level=3))


def render(found: Pathway) -> bytes:
    """The page for `found`: the person's, or a named viewer's (statuses only). A carer reading the
    person's page is spoken to about the person ("Dave's referrals")."""
    viewer = found.viewer is not None
    person = (found.whose or "them") if found.carer_told and not viewer else None
    if viewer:
        title = f"Referrals shared with {found.viewer}"
        whose = f"{found.whose}'s referrals" if found.whose else "The referrals"
        until = f", until {_date(found.viewer_until)}" if found.viewer_until else ""
        lead = (f"{whose}: where each has got to, and how long it has waited. You can see this because you were "
                f"named to see it{until}.")
    else:
        title = pathway.about_them("Your referrals", person)
        lead = pathway.about_them("Every service you shared your story with, what each has and where it has got to.",
                                  person)
    stalled = sum(step.stalled for step in found.steps)
    summary = (f'<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span>'
               f'<p>{stalled} of {len(found.steps)} {"has" if stalled == 1 else "have"} had no answer for longer '
               'than usual.</p></div>') if stalled else ""
    steps = "".join(_service(step, viewer, person) for step in found.steps) or \
        f"<p>{escape(pathway.about_them('You have not shared your story with any service yet.', person))}</p>"
    body = (f'<h1 class="nhsuk-heading-l">{escape(title)}</h1><p class="nhsuk-body-l">{escape(lead)}</p>{summary}'
            f'{steps}{_story(found) if viewer else _viewers(found, person)}'
            f'<p class="nhsuk-body-s">As of {found.as_of:%-d %B %Y, %H:%M} (UTC).</p>')
    return page(title, body).encode()


def page(title: str, body: str, styles: Iterable[str] = (), scripts: Iterable[str] = ()) -> str:
    """The page in the NHS.UK frontend's styles; `styles`, `scripts`: the page's own blocks (their
    hashes go in its Content-Security-Policy: `private(styles, scripts)`)."""
    head = "".join(f"<style>{css}</style>" for css in (HEADER_CSS, *styles))  # after the style sheet: they win
    tail = "".join(f"<script>{js}</script>" for js in scripts)
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">'
            f'<title>{escape(title)} - Tell your story once</title>'
            f'<link rel="stylesheet" href="/static/nhsuk.css">{head}</head><body>'
            '<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>'
            '<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container nhsuk-width-container">'
            '<p class="nhsuk-header__service-name tell-header__name">'
            'Tell your story once</p></div></header>'
            '<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main">'
            f'{body}</main></div>{tail}</body></html>')


GONE = page("Link not right", '<h1 class="nhsuk-heading-l">This link has expired or is not right</h1>'
            '<p>Ask the chat for a new one: say "Who has my story?" after your PIN.</p>').encode()
TROUBLE = page("Not available", '<h1 class="nhsuk-heading-l">Sorry, this page is not available just now</h1>'
               '<p>Please open the link again in a few minutes.</p>').encode()


def pages(rt: Runtime, clock: Callable[[], datetime] | None = None) -> Callable[[str], Page]:
    """What the web chat serves under /pathway/: the rest of the path -> (status, body, type)."""
    now = clock or rt.now

    def serve(rest: str) -> Page:
        if rest.startswith(ABOUT_ME):  # the printable About Me
            from bot.web import about_me  # (it builds on this module's page)

            return about_me.serve(rt, rest[len(ABOUT_ME):], now())
        try:
            if rest.startswith(SHARED):
                found = pathway.pathway_for_viewer(rt, rest[len(SHARED):], now())
            else:
                found = pathway.pathway_for_link(rt, rest, now())
        except Exception:  # noqa: BLE001 - a database away: said plainly, nothing of the request logged
            return 503, TROUBLE, HTML, private()
        if found is None:
            return 404, GONE, HTML, private()
        return 200, render(found), HTML, private()

    return serve
