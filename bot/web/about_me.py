"""The printable About Me page (issue 21): the person's story in plain words on one A4 page, in the
NHS.UK frontend's styles, with a print style sheet (no header or buttons on paper, two columns, parts
kept whole), "supported to write this by" and "date last updated". Served by the web chat under
/pathway/about-me/<token> (bot/web/pathway.py); its contents are bot/conversation/about_me.py's.
"""
from __future__ import annotations

from datetime import datetime
from html import escape

from bot.conversation import about_me
from bot.conversation.about_me import AboutMe
from bot.ops.runtime import Runtime
from bot.web.pathway import GONE, HTML, TROUBLE, Page, page

PRINT_CSS = """<style>
.about-me__part { break-inside: avoid; }
.about-me__part ul { margin-bottom: 16px; }
@page { size: A4; margin: 12mm 14mm; }
@media print {
  .nhsuk-header, .nhsuk-skip-link, .about-me__actions { display: none !important; }
  html, body { background: #fff !important; font-size: 10pt; line-height: 1.35; }
  .nhsuk-width-container { max-width: none; margin: 0; padding: 0; }
  .nhsuk-main-wrapper { padding: 0; }
  h1.nhsuk-heading-l { font-size: 18pt; margin-bottom: 4pt; }
  .about-me__parts { column-count: 2; column-gap: 8mm; }
  .about-me__part h2 { font-size: 12pt; margin: 0 0 3pt; }
  .about-me__part ul { margin: 0 0 8pt; padding-left: 14pt; }
  .about-me__part li { font-size: 10.5pt; margin-bottom: 1pt; }
  .nhsuk-summary-list { font-size: 9.5pt; margin-bottom: 6pt; }
  .nhsuk-summary-list__key, .nhsuk-summary-list__value { padding: 2pt 0; }
}
</style>"""


def _date(moment: datetime) -> str:
    return f"{moment:%-d %B %Y}"


def _row(key: str, value: str) -> str:
    return (f'<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">{escape(key)}</dt>'
            f'<dd class="nhsuk-summary-list__value">{escape(value)}</dd></div>')


def render(found: AboutMe) -> bytes:
    title = f"About me: {found.name}" if found.name and found.own_words else \
        f"About {found.name}" if found.name else "About me" if found.own_words else "About them"
    rows = [_row("Supported to write this by", found.written_by or "I wrote this myself"),
            _row("Date last updated", _date(found.updated))]
    if found.checked is not None:
        rows.append(_row("Last checked as still true", _date(found.checked)))
    parts = "".join(
        f'<section class="about-me__part"><h2 class="nhsuk-heading-s">{escape(part.heading)}</h2>'
        f'<ul class="nhsuk-list nhsuk-list--bullet">{"".join(f"<li>{escape(line)}</li>" for line in part.lines)}'
        '</ul></section>' for part in found.parts) or "<p>There is nothing in the story yet.</p>"
    body = (f'<h1 class="nhsuk-heading-l">{escape(title)}</h1>'
            f'<dl class="nhsuk-summary-list">{"".join(rows)}</dl>'
            f'<div class="about-me__parts">{parts}</div>'
            '<div class="about-me__actions"><button class="nhsuk-button" type="button" onclick="window.print()">'
            'Print this page</button><p class="nhsuk-body-s">To change anything, say "Update my story" in the '
            'chat. This link stops working after a few minutes.</p></div>')
    return page(title, body, PRINT_CSS).encode()


def serve(rt: Runtime, token: str, now: datetime) -> Page:
    """The page for a link's token: 200, or 404 for a link expired or not right (503: trouble)."""
    try:
        found = about_me.about_me_for_link(rt, token, now)
    except Exception:  # noqa: BLE001 - a database away: said plainly, nothing of the request logged
        return 503, TROUBLE, HTML
    return (404, GONE, HTML) if found is None else (200, render(found), HTML)
