"""The service registry: data/services/*.json, each a service with its own FHIR intake form.

Files whose names start with "_" are shared by all forms: `_codes.json` (LOINC / SNOMED codes ->
profile paths) and `_questions.json` (plain-English gap questions, by question key).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.intake.asking import DEFAULT_ASK_LIMIT
from bot.intake.errors import FormNotReadable, ServiceRegistryError
from bot.intake.forms import ASKABLE, Form, read_form
from bot.sections import SECTIONS


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    purpose: str
    helps: str
    eligibility: str
    endpoint: str
    sharing_purpose: str
    questionnaire: dict[str, Any]
    form: Form
    ask_limit: int = DEFAULT_ASK_LIMIT  # how many questions its form does not require may be asked

    @property
    def sections(self) -> list[str]:
        """The profile sections this service's form draws on, in the order of bot/sections.py."""
        # What its mapping reads, and where answers to its required questions are kept: an item
        # nothing fills and nobody must answer asks for nothing.
        wanted = {item.section for item in self.form.walk()
                  if item.rule or (item.required and item.type in ASKABLE)}
        return [key for key in SECTIONS if key in wanted]

    def sections_in(self, profile: dict[str, Any]) -> list[str]:
        """The sections this service would receive from `profile`: wanted and not empty."""
        present = profile.get("sections", {})
        return [key for key in self.sections if present.get(key)]

    def url(self, receiver_base: str) -> str:
        return self.endpoint if "://" in self.endpoint else receiver_base + self.endpoint


@dataclass(frozen=True)
class Registry:
    services: dict[str, Service]
    codes: dict[str, str]
    questions: dict[str, dict[str, str]]


def _read_json(path: Path, default: Any) -> Any:
    if not path.exists():
        return default
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ServiceRegistryError(f"{path.name}: not valid JSON: {error}") from None


def _ask_limit(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValueError(f"ask_limit must be a whole number from 0 to 100, not {value!r}")
    return value


def load_service(path: Path, codes: dict[str, str] | None = None) -> Service:
    data = _read_json(path, None)
    try:
        form = read_form(data["questionnaire"], data.get("mapping", {}), codes or {})
        return Service(
            id=data["id"], name=data["name"], purpose=data["purpose"], helps=data["helps"],
            eligibility=data.get("eligibility", data["helps"]), endpoint=data["endpoint"],
            sharing_purpose=data["sharing_purpose"], questionnaire=data["questionnaire"], form=form,
            ask_limit=_ask_limit(data.get("ask_limit", DEFAULT_ASK_LIMIT)))
    except FormNotReadable as error:
        raise ServiceRegistryError(f"{path.name}: {error}") from None
    except (KeyError, TypeError) as error:
        raise ServiceRegistryError(f"{path.name}: missing or wrong field {error}") from None
    except ValueError as error:
        raise ServiceRegistryError(f"{path.name}: {error}") from None


def load_full_registry(folder: Path) -> Registry:
    codes = _read_json(folder / "_codes.json", {})
    questions = _read_json(folder / "_questions.json", {})
    services = [load_service(path, codes) for path in sorted(folder.glob("*.json"))
                if not path.name.startswith("_")]
    return Registry({service.id: service for service in services}, codes, questions)


def load_registry(folder: Path) -> dict[str, Service]:
    return load_full_registry(folder).services


def rank_for(profile: dict[str, Any], services: dict[str, Service]) -> list[Service]:
    """Services that would receive something from this profile, most relevant first."""
    scored = [(len(s.sections_in(profile)), s.name, s) for s in services.values()]
    return [service for count, _, service in sorted(scored, key=lambda t: (-t[0], t[1])) if count]


def service_for_form(questionnaire: dict[str, Any], codes: dict[str, str], service_id: str = "external",
                     name: str | None = None) -> Service:
    """A form designed elsewhere, as a service with no mapping of ours: codes and SDC
    expressions fill what they can, and the rest becomes gap questions."""
    try:
        form = read_form(questionnaire, {}, codes)
    except FormNotReadable as error:
        raise ServiceRegistryError(str(error)) from None
    title = name or form.title
    return Service(id=service_id, name=title, purpose="", helps="", eligibility="", endpoint="",
                   sharing_purpose=f"so that {title} can use it", questionnaire=questionnaire, form=form)
