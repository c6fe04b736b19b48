"""The readable intake summary a service's staff see: plain text and HTML, from the filled form.

Every value was made safe when the form was filled (`safe_text`); the HTML is escaped here as well,
because a form's own wording is not ours either.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from bot.intake.untrusted import safe_text
from bot.sections import STAFF_TITLES


@dataclass(frozen=True)
class Prefilled:
    service_name: str
    form_title: str
    told_by: str
    sections: tuple[str, ...]  # what the person agreed to share
    response: dict[str, Any]  # the QuestionnaireResponse
    unanswered: tuple[str, ...]  # required questions the person has not answered yet
    left_for_service: tuple[str, ...]  # required questions we do not ask (attachments…)
    provenance: dict[str, Any] | None = None  # FHIR Provenance: pre-filled from the story, with consent, by whom


def answer_display(answer: dict[str, Any]) -> str:
    kind, value = next(iter(answer.items()))
    if kind == "valueBoolean":
        return "Yes" if value else "No"
    if kind == "valueCoding":
        return safe_text(value.get("display") or value.get("code") or "")
    if kind == "valueDate":
        try:
            return date.fromisoformat(value).strftime("%-d %B %Y")
        except ValueError:
            return safe_text(value)
    return safe_text(str(value))


def _teller(told_by: str) -> str:
    """"self", "carer", or a description of the carer (their relationship, basis, whether the person knows)."""
    if told_by == "self":
        return "the person"
    if told_by == "carer":
        return "a carer on the person's behalf"
    return safe_text(told_by)


def _shared(sections: Iterable[str]) -> str:
    return ", ".join(STAFF_TITLES[key].lower() for key in sections) or "nothing"


def _lines(items: list[dict[str, Any]], depth: int) -> list[str]:
    lines = []
    pad = "  " * depth
    for item in items:
        label = safe_text(item.get("text", item["linkId"]))
        if "item" in item:
            lines.append(f"{pad}{label}")
            lines.extend(_lines(item["item"], depth + 1))
            continue
        answers = [answer_display(a) for a in item.get("answer", [])]
        if len(answers) == 1:
            lines.append(f"{pad}{label}: {answers[0]}")
        else:
            lines.append(f"{pad}{label}:")
            lines.extend(f"{pad}  - {a}" for a in answers)
        for answer in item.get("answer", []):  # questions under a question: under its answer
            lines.extend(_lines(answer.get("item", []), depth + 1))
    return lines


def summary_text(filled: Prefilled) -> str:
    lines = [f"Intake for {safe_text(filled.service_name)}: {safe_text(filled.form_title)}",
             f"Told once by {_teller(filled.told_by)}, in their own words, and shared with consent.",
             f"Shared: {_shared(filled.sections)}.", ""]
    lines.extend(_lines(filled.response.get("item", []), 0) or ["Nothing on this form could be filled in."])
    if filled.unanswered or filled.left_for_service:
        lines += ["", "Still to ask:"]
        lines.extend(f"- {safe_text(q)}" for q in filled.unanswered + filled.left_for_service)
    return "\n".join(lines) + "\n"


def _html_items(items: list[dict[str, Any]], level: int) -> str:
    parts = []
    for item in items:
        label = html.escape(safe_text(item.get("text", item["linkId"])))
        if "item" in item:
            heading = min(level, 6)
            parts.append(f"<section><h{heading}>{label}</h{heading}>{_html_items(item['item'], level + 1)}"
                         "</section>")
            continue
        answers = [html.escape(answer_display(a)) for a in item.get("answer", [])]
        shown = answers[0] if len(answers) == 1 else "<ul>" + "".join(f"<li>{a}</li>" for a in answers) + "</ul>"
        nested = "".join(_html_items(a["item"], level + 1) for a in item.get("answer", []) if a.get("item"))
        parts.append(f"<dl><dt>{label}</dt><dd>{shown}{nested}</dd></dl>")
    return "".join(parts)


def summary_html(filled: Prefilled) -> str:
    """A whole HTML page; the receiver serves it with a Content-Security-Policy that runs nothing."""
    title = html.escape(f"{safe_text(filled.service_name)}: {safe_text(filled.form_title)}")
    still = ""
    if filled.unanswered or filled.left_for_service:
        still = ("<h2>Still to ask</h2><ul>" + "".join(
            f"<li>{html.escape(safe_text(q))}</li>" for q in filled.unanswered + filled.left_for_service)
            + "</ul>")
    body = _html_items(filled.response.get("item", []), 2) or "<p>Nothing on this form could be filled in.</p>"
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title></head><body><main><h1>{title}</h1>"
            f"<p>Told once by {html.escape(_teller(filled.told_by))}, in their own words, and shared with consent. "
            f"Shared: {html.escape(_shared(filled.sections))}.</p>{body}{still}</main></body></html>")
