"""The printable About Me page (issue 21): the person's story in plain words on one A4 page, in the
NHS.UK frontend's styles, with a print style sheet (no header or buttons on paper, two columns, parts
kept whole), "supported to write this by" and "date last updated". Served by the web chat under
/pathway/about-me/<token> (bot/web/pathway.py), and as a PDF under /pathway/about-me/<token>.pdf
(made by WeasyPrint from the same contents with a style sheet of its own: no web fonts or network);
its contents are bot/conversation/about_me.py's.
"""
from __future__ import annotations

from datetime import datetime
from html import escape

from bot.conversation import about_me
from bot.conversation.about_me import AboutMe
from bot.ops.runtime import Runtime
from bot.web.pathway import GONE, HTML, TROUBLE, Page, page, private

PDF = "application/pdf"
PDF_SUFFIX = ".pdf"
# Printed, no text is smaller than 11pt (headings larger): read by people who may not see well.
PRINT_CSS = """
.about-me__part { break-inside: avoid; }
.about-me__part ul { margin-bottom: 16px; }
@page { size: A4; margin: 12mm 14mm; }
@media print {
  .nhsuk-header, .nhsuk-skip-link, .about-me__actions { display: none !important; }
  html, body { background: #fff !important; font-size: 11pt; line-height: 1.35; }
  .nhsuk-width-container { max-width: none; margin: 0; padding: 0; }
  .nhsuk-main-wrapper { padding: 0; }
  h1.nhsuk-heading-l { font-size: 18pt; margin-bottom: 4pt; }
  .about-me__parts { column-count: 2; column-gap: 8mm; }
  .about-me__part h2 { font-size: 12pt; margin: 0 0 3pt; }
  .about-me__part ul { margin: 0 0 8pt; padding-left: 14pt; }
  .about-me__part li { font-size: 11pt; margin-bottom: 1pt; }
  .nhsuk-summary-list { font-size: 11pt; margin-bottom: 6pt; }
  .nhsuk-summary-list__key, .nhsuk-summary-list__value { padding: 2pt 0; }
}
"""
# The print button: a script block of the page's own (allowed by its hash, not inline handlers).
PRINT_JS = ("document.querySelector('.about-me__print').addEventListener('click', function () { window.print(); });")
# The PDF's own style sheet (WeasyPrint reads no web fonts and fetches nothing).
PDF_CSS = """
@page { size: A4; margin: 14mm 15mm; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.35;
       color: #212b32; }
h1 { font-size: 18pt; margin: 0 0 6pt; }
dl { margin: 0 0 8pt; }
dl div { display: flex; }
dt { font-weight: bold; flex: 0 0 62mm; }
dd { margin: 0; }
.about-me__parts { column-count: 2; column-gap: 8mm; }
.about-me__part { break-inside: avoid; }
.about-me__part h2, .about-me__part h3 { font-size: 12pt; margin: 0 0 3pt; }
.about-me__part ul { margin: 0 0 8pt; padding-left: 14pt; }
"""


def _date(moment: datetime) -> str:
    return f"{moment:%-d %B %Y}"


def _row(key: str, value: str) -> str:
    return (f'<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">{escape(key)}</dt>'
            f'<dd class="nhsuk-summary-list__value">{escape(value)}</dd></div>')


def title_of(found: AboutMe) -> str:
    return f"About me: {found.name}" if found.name and found.own_words else \
        f"About {found.name}" if found.name else "About me" if found.own_words else "About them"


def contents(found: AboutMe, heading_level: int = 2) -> str:
    """Who wrote it and when, then the parts (also on the page of a viewer who may read the story)."""
    rows = [_row("Supported to write this by", found.written_by or "I wrote this myself"),
            _row("Date last updated", _date(found.updated))]
    if found.checked is not None:
        rows.append(_row("Last checked as still true", _date(found.checked)))
    h = f"h{heading_level}"
    parts = "".join(
        f'<section class="about-me__part"><{h} class="nhsuk-heading-s">{escape(part.heading)}</{h}>'
        f'<ul class="nhsuk-list nhsuk-list--bullet">{"".join(f"<li>{escape(line)}</li>" for line in part.lines)}'
        f'</ul></section>' for part in found.parts) or "<p>There is nothing in the story yet.</p>"
    return f'<dl class="nhsuk-summary-list">{"".join(rows)}</dl><div class="about-me__parts">{parts}</div>'


def render(found: AboutMe, token: str = "") -> bytes:
    title = title_of(found)
    pdf = (f' <a class="nhsuk-link" href="/pathway/about-me/{escape(token)}{PDF_SUFFIX}" download>'
           'Download it as a PDF</a>.' if token else "")
    body = (f'<h1 class="nhsuk-heading-l">{escape(title)}</h1>{contents(found)}'
            '<div class="about-me__actions"><button class="nhsuk-button about-me__print" type="button">'
            f'Print this page</button><p class="nhsuk-body-s">{pdf} To change anything, say "Update my story" '
            'in the chat. This link stops working after a few minutes.</p></div>')
    return page(title, body, (PRINT_CSS,), (PRINT_JS,)).encode()


def render_pdf(found: AboutMe) -> bytes:
    """The About Me as a PDF (A4), made by WeasyPrint from the same contents."""
    import weasyprint  # type: ignore[import-untyped]  # loaded on first use: it brings Pango in

    title = title_of(found)
    html = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title></head>'
            f'<body><h1>{escape(title)}</h1>{contents(found)}</body></html>')
    document = weasyprint.HTML(string=html, url_fetcher=_nothing)
    return bytes(document.write_pdf(stylesheets=[weasyprint.CSS(string=PDF_CSS)]))


def _nothing(url: str, *args: object, **kwargs: object) -> dict[str, object]:
    """The PDF fetches nothing (no address in it is ours to follow)."""
    raise ValueError("the About Me PDF loads nothing")


def serve(rt: Runtime, token: str, now: datetime) -> Page:
    """The page (or, for "<token>.pdf", the PDF) for a link's token: 200, or 404 for a link expired or
    not right (503: trouble)."""
    as_pdf = token.endswith(PDF_SUFFIX)
    token = token[:-len(PDF_SUFFIX)] if as_pdf else token
    try:
        found = about_me.about_me_for_link(rt, token, now)
        if found is not None and as_pdf:
            headers = {**private(), "Content-Disposition": 'attachment; filename="about-me.pdf"'}
            return 200, render_pdf(found), PDF, headers
    except Exception:  # noqa: BLE001 - a database away: said plainly, nothing of the request logged
        return 503, TROUBLE, HTML, private()
    if found is None:
        return 404, GONE, HTML, private()
    return 200, render(found, token), HTML, private((PRINT_CSS,), (PRINT_JS,))
