"""What each service says of itself for the pathway (data/services/<id>.json, "pathway": {...}): after how
long a silent step is stalled, how long it would have the story go unchecked, and how a sentence names it.
Part of the pathway (bot/conversation/pathway.py)."""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from bot.ops.runtime import Runtime

STALLED_AFTER_DAYS = 14


# --- what each service says of itself ----------------------------------------------------------

@functools.lru_cache(maxsize=4)
def _pathway_settings(services_dir: Path) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(services_dir.glob("*.json")):
        if path.name.startswith("_"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        found[data["id"]] = data.get("pathway") or {}
    return found


def stalled_after_days(rt: Runtime, service_id: str) -> int:
    value = _pathway_settings(rt.settings.services_dir).get(service_id, {}).get("stalled_after_days")
    return value if isinstance(value, int) and value > 0 else STALLED_AFTER_DAYS


def review_after_days(rt: Runtime, service_id: str) -> int | None:
    """How long a service would have the story go unchecked ("pathway": {"review_after_days": N});
    None when it does not say."""
    value = _pathway_settings(rt.settings.services_dir).get(service_id, {}).get("review_after_days")
    return value if isinstance(value, int) and value > 0 else None


def called(rt: Runtime, service_id: str) -> str:
    """How a sentence names the service ("the community nursing team"), else its name."""
    value = _pathway_settings(rt.settings.services_dir).get(service_id, {}).get("called")
    service = rt.services.get(service_id)
    return value if isinstance(value, str) and value else (service.name if service else service_id)


def _name(rt: Runtime, service_id: str) -> str:
    service = rt.services.get(service_id)
    return service.name if service else service_id


def sentence_name(rt: Runtime, service_id: str) -> str:
    """How a sentence starts with the service: "The community nursing team", "Riverside Surgery"."""
    who = called(rt, service_id)
    return who[:1].upper() + who[1:]
