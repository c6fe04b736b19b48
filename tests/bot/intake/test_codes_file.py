"""data/services/_codes.json: a code a form uses for "What medicines do you take now?" (LOINC
10160-0) is filled only with what the person takes now, never with a medicine they stopped, only
feared or were told of as another's."""
from __future__ import annotations

import pytest

from bot.intake.fill import fill
from bot.intake.paths import parse_path
from bot.intake.services import load_full_registry, service_for_form
from bot.settings import load_settings

REGISTRY = load_full_registry(load_settings({}).services_dir)
FORM = {"resourceType": "Questionnaire", "status": "active", "url": "http://example.org/Questionnaire/medicines-now",
        "item": [{"linkId": "medicines", "text": "What medicines do you take now?", "type": "text", "repeats": True,
                  "code": [{"system": "http://loinc.org", "code": "10160-0"}]}]}


def medicine(name: str, status: str) -> dict:
    return {"text": name, "name": name, "status": status, "about": "subject"}


@pytest.mark.parametrize("status", ["past", "hypothetical", "family", "negated", "stopped"])
def test_a_medicine_not_taken_now_does_not_answer_what_medicines_do_you_take_now(status):
    service = service_for_form(FORM, REGISTRY.codes, service_id="medicines-now")
    sections = {"medications": [medicine("metformin", "current"), medicine("warfarin", status)]}
    assert fill(service.form, sections).answers["medicines"] == [{"valueString": "metformin"}]


def test_every_code_for_conditions_or_medicines_asks_which_status():
    for code, path in REGISTRY.codes.items():
        parsed = parse_path(path)
        if parsed.section in ("health", "medications"):
            assert any(w.field == "status" for w in parsed.wheres), code
