"""Pre-fill a service's own intake form from the consented view of a profile.

`prefill` is given only what the person agreed to share; it never sees the whole profile. It
returns a FHIR QuestionnaireResponse (status in-progress, validated with fhir.resources) and the
readable summary a service's staff see.
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.intake.errors import AnswerNotUnderstood
from bot.intake.fhir_bundle import story_bundle
from bot.intake.fill import answer_text, fill, response, uses_sdc
from bot.intake.gaps import Gap, answer_item, gaps_for, parse_answer
from bot.intake.provenance import mark_authors, provenance_for
from bot.intake.sdc import population_for
from bot.intake.summary import Prefilled, summary_html, summary_text

if TYPE_CHECKING:
    from bot.intake.services import Service

__all__ = ["AnswerNotUnderstood", "Gap", "Prefilled", "answer_item", "answer_text", "gaps_for",
           "parse_answer", "prefill", "summary_html", "summary_text", "teller_relation"]


def _teller(told_by: str) -> dict[str, Any] | None:
    """The carer who told the story (the SDC `%user`), as far as the words for services say."""
    if told_by == "self":
        return None
    return {"relationship": teller_relation(told_by) or "carer"}


def teller_relation(told_by: str) -> str | None:
    """The carer's relation to the person, as the words for services say it ("their daughter, on
    the basis of …" -> "daughter"; "their husband, wife or partner, on …" -> that whole choice)."""
    if not told_by.startswith("their "):
        return None
    relation = re.split(r", on the basis of\b|;", told_by[len("their "):])[0].strip()
    return relation or None


def prefill(service: Service, shared_view: dict[str, Any], told_by: str, now: datetime) -> Prefilled:
    """The service's form filled from `shared_view` (a consented view: {"sections": {...}})."""
    from fhir.resources.provenance import Provenance  # slow imports
    from fhir.resources.questionnaireresponse import QuestionnaireResponse

    sections = shared_view.get("sections", {})
    population = None
    if uses_sdc(service.form):
        bundle = story_bundle(sections, now, teller=_teller(told_by))
        population = population_for(service.form.raw, bundle, now)
    filled = fill(service.form, sections, population, teller_relation(told_by), own_story=told_by == "self", now=now)
    document = response(service.form, filled, now)
    mark_authors(document, told_by)
    provenance = provenance_for(document, told_by, now)
    QuestionnaireResponse.parse_obj(document)  # raises if we produced something invalid
    Provenance.parse_obj(provenance)
    return Prefilled(
        service_name=service.name, form_title=service.form.title, told_by=told_by,
        sections=tuple(key for key in service.sections if sections.get(key)), response=document,
        unanswered=tuple(item.text for item in filled.unanswered),
        left_for_service=tuple(item.text for item in filled.left_for_service), provenance=provenance)
