"""A story structured and one of our test forms pre-filled from it, as the answers by item (for the wrong-fill tests)."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from bot.intake import prefill
from bot.intake.services import load_full_registry, service_for_form
from bot.settings import load_settings

REGISTRY = load_full_registry(load_settings({}).services_dir)
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
FORMS = Path(__file__).parent / "forms"


def answers(response: dict[str, Any]) -> dict[str, list[Any]]:
    """linkId -> the values answered, questions under answers too."""
    found: dict[str, list[Any]] = {}

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            if "answer" in item:
                found.setdefault(item["linkId"], []).extend(next(iter(a.values())) for a in item["answer"])
            walk(item.get("item", []) + [i for a in item.get("answer", []) for i in a.get("item", [])])

    walk(response.get("item", []))
    return found


def filled(structurer, form: str, story: str, teller: str = "self", carer: str = "their carer") -> dict[str, list[Any]]:
    """The answers `form` (tests/bot/intake/forms/<form>.json) is pre-filled with from `story`."""
    profile = structurer.structure([story], teller=teller)
    questionnaire = service_for_form(json.loads((FORMS / f"{form}.json").read_text()), REGISTRY.codes, service_id=form)
    told_by = f"{carer}, on the basis of being their carer" if teller == "carer" else "themselves"
    return answers(prefill(questionnaire, profile, told_by, NOW).response)
