"""Who gave a pre-filled form's answers, and where they came from, as FHIR says it.

Each answered item carries the `questionnaireresponse-author` extension (the person as Patient, or
the carer who told the story as RelatedPerson), the response names its author, and a Provenance
records that the response was pre-filled from the person's own story with their consent.
"""
from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from bot.intake.untrusted import safe_text

AUTHOR = "http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author"
_PARTICIPANT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"


def author_of(told_by: str) -> dict[str, Any]:
    if told_by == "self":
        return {"type": "Patient", "display": "the person, in their own words"}
    return {"type": "RelatedPerson",
            "display": safe_text("a carer on the person's behalf" if told_by == "carer" else told_by)}


def mark_authors(document: dict[str, Any], told_by: str) -> None:
    """Set the response's author and the author extension on every answered item, nested ones too;
    give the response a stable id (from its content) for the Provenance to name."""
    author = author_of(told_by)
    document["author"] = author

    def mark(items: list[dict[str, Any]]) -> None:
        for item in items:
            if "answer" in item:
                item.setdefault("extension", []).append({"url": AUTHOR, "valueReference": author})
                for answer in item["answer"]:
                    mark(answer.get("item", []))
            mark(item.get("item", []))

    mark(document.get("item", []))
    document["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, json.dumps(document, sort_keys=True)))


def provenance_for(document: dict[str, Any], told_by: str, now: datetime) -> dict[str, Any]:
    """A FHIR Provenance for a pre-filled QuestionnaireResponse (`document`, with its id)."""
    return {
        "resourceType": "Provenance",
        "target": [{"reference": f"QuestionnaireResponse/{document['id']}"}],
        "recorded": now.isoformat(),
        "activity": {"text": "pre-filled from the person's own story, told once, and shared with their consent"},
        "agent": [
            {"type": {"coding": [{"system": _PARTICIPANT, "code": "informant", "display": "Informant"}]},
             "who": author_of(told_by)},
            {"type": {"coding": [{"system": _PARTICIPANT, "code": "assembler", "display": "Assembler"}]},
             "who": {"display": "Tell my story once (pre-fill)"}},
        ],
    }
