"""Pre-fill a service's own intake form from the consented view of a profile.

`prefill` is given only what the person agreed to share; it never sees the whole profile.
"""
from __future__ import annotations

from datetime import datetime

from bot.sections import STAFF_TITLES
from bot.services import Service

_STATUS_NOTE = {
    "past": "in the past",
    "negated": "does not have",
    "hypothetical": "a worry, not confirmed",
}


def answer_text(item: dict) -> str:
    """One profile item as a line a service's staff can read."""
    text = item["text"]
    if item["status"] == "family":
        return f"{text} (family history: {item['about']})"
    notes = []
    if "term" in item or item["status"] != "negated":  # a clause says its own "no": "there's no lift"
        notes.append(_STATUS_NOTE.get(item["status"]))
    if item.get("about") == "narrator":
        notes.append("about the carer")
    if item.get("spelled"):
        notes.append(f"written as “{item['spelled']}”")
    note = "; ".join(n for n in notes if n)
    return f"{text} ({note})" if note else text


def _response_items(items: list[dict], mapping: dict[str, str], shared: dict) -> list[dict]:
    answered = []
    for item in items:
        entry: dict = {"linkId": item["linkId"]}
        if "text" in item:
            entry["text"] = item["text"]
        if item.get("type") == "group":
            children = _response_items(item.get("item", []), mapping, shared)
            if children:
                entry["item"] = children
                answered.append(entry)
            continue
        section = mapping.get(item["linkId"])
        profile_items = shared.get(section, []) if section else []
        if profile_items:
            entry["answer"] = [{"valueString": answer_text(p)} for p in profile_items]
            answered.append(entry)
    return answered


def prefill(service: Service, shared_view: dict, now: datetime) -> dict:
    """A FHIR QuestionnaireResponse (status in-progress) holding only the shared sections."""
    from fhir.resources.questionnaireresponse import QuestionnaireResponse

    shared = shared_view.get("sections", {})
    response = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": service.questionnaire.get("url", service.questionnaire.get("id")),
        "status": "in-progress",
        "authored": now.isoformat(),
        "item": _response_items(service.questionnaire.get("item", []), service.mapping, shared),
    }
    QuestionnaireResponse.parse_obj(response)  # raises if we produced something invalid
    return response


def summary_text(service: Service, shared_view: dict, told_by: str) -> str:
    """A plain-text intake summary for the service's staff, grouped by section."""
    teller = "the person" if told_by == "self" else "a carer on the person's behalf"
    lines = [f"Intake summary for {service.name}", f"Told once by {teller}; shared with consent.", ""]
    for key, title in STAFF_TITLES.items():
        items = shared_view.get("sections", {}).get(key)
        if items:
            lines.append(title + ":")
            lines.extend(f"- {answer_text(item)}" for item in items)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
