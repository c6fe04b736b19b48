"""The service registry: data/services/*.json, each a service with its own FHIR intake form."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bot.sections import SECTIONS


class ServiceRegistryError(Exception):
    """A service file cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    purpose: str
    helps: str
    endpoint: str
    sharing_purpose: str
    mapping: dict[str, str]  # Questionnaire linkId -> profile section
    questionnaire: dict

    @property
    def sections(self) -> list[str]:
        """The profile sections this service's form draws on, in DESIGN.md order."""
        wanted = set(self.mapping.values())
        return [key for key in SECTIONS if key in wanted]

    def sections_in(self, profile: dict) -> list[str]:
        """The sections this service would receive from `profile`: wanted and not empty."""
        present = profile.get("sections", {})
        return [key for key in self.sections if present.get(key)]

    def url(self, receiver_base: str) -> str:
        return self.endpoint if "://" in self.endpoint else receiver_base + self.endpoint


def _link_ids(items: list[dict]) -> set[str]:
    found: set[str] = set()
    for item in items:
        found.add(item["linkId"])
        found |= _link_ids(item.get("item", []))
    return found


def load_service(path: Path) -> Service:
    from fhir.resources.questionnaire import Questionnaire  # slow import: only when loading

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        Questionnaire.parse_obj(data["questionnaire"])
        service = Service(
            id=data["id"], name=data["name"], purpose=data["purpose"], helps=data["helps"],
            endpoint=data["endpoint"], sharing_purpose=data["sharing_purpose"],
            mapping=dict(data["mapping"]), questionnaire=data["questionnaire"],
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ServiceRegistryError(f"{path.name}: {error}") from None
    unknown_sections = set(service.mapping.values()) - set(SECTIONS)
    unknown_items = set(service.mapping) - _link_ids(service.questionnaire.get("item", []))
    if unknown_sections or unknown_items:
        raise ServiceRegistryError(
            f"{path.name}: mapping names unknown sections {sorted(unknown_sections)} "
            f"or items {sorted(unknown_items)}")
    return service


def load_registry(folder: Path) -> dict[str, Service]:
    services = [load_service(path) for path in sorted(folder.glob("*.json"))]
    return {service.id: service for service in services}


def rank_for(profile: dict, services: dict[str, Service]) -> list[Service]:
    """Services that would receive something from this profile, most relevant first."""
    scored = [(len(s.sections_in(profile)), s.name, s) for s in services.values()]
    return [service for count, _, service in sorted(scored, key=lambda t: (-t[0], t[1])) if count]
