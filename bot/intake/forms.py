"""Reading any FHIR R4 Questionnaire into the items we fill, and knowing how each one is filled.

An item is filled by, in order: our declared mapping (linkId -> profile path), an SDC
`initialExpression` in our FHIRPath subset, or the item's code looked up in `codes.json` (LOINC or
SNOMED -> profile path). Everything else on a form (itemControl, units, extensions we do not know)
is ignored. An item nothing fills stays empty, and if it is required it becomes a gap question.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.intake.paths import Path, PathNotSupported, parse_path

SDC_INITIAL = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression"
# Types a person can answer in a chat message; any other required item is left for the service.
ASKABLE = {"boolean", "decimal", "integer", "date", "string", "text", "choice", "open-choice"}
KNOWN_TYPES = ASKABLE | {"group", "display", "dateTime", "time", "url", "attachment", "reference",
                         "quantity", "question"}

# Where an answer to a question nothing maps goes, so consent still governs it (first match wins).
_SECTION_WORDS = [
    ("medications", r"medic|tablet|prescri"), ("allergies", r"allerg"),
    ("work_money", r"\bwork|job|employ|benefit|saving|income|money|debt|pension|£"),
    ("support_network", r"\bcar(e|er|ing)\b|carer|caring|look after|family|relative"),
    ("home", r"home|house|live|landlord|housing|tenure|rent|property"),
    ("communication", r"contact|phone|email|communicat|language|interpreter"),
    ("risks", r"risk|safe|emergency|fall|harm"),
    ("health", r"health|condition|diagnos|ill|pain|symptom|fit note|disab"),
    ("daily_living", r"wash|dress|eat|toilet|mobility|walk|help with"),
    ("goals", r"goal|hope|achieve|like to"),
]


class FormNotReadable(ValueError):
    """A Questionnaire we cannot use; the message names the item and the problem."""


@dataclass(frozen=True)
class Rule:
    path: Path
    expression: str
    options: dict[str, tuple[str, ...]] = field(default_factory=dict)  # option code -> phrases
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormItem:
    link_id: str
    text: str
    type: str
    required: bool
    repeats: bool
    options: tuple[dict, ...]  # answerOption entries as written
    enable_when: tuple[dict, ...]
    enable_any: bool
    children: tuple["FormItem", ...]
    rule: Rule | None
    key: str  # the same question on any form has the same key: answered once, used by all
    section: str  # where an answer to it is kept, so that consent governs it


@dataclass(frozen=True)
class Form:
    url: str
    title: str
    items: tuple[FormItem, ...]

    def walk(self):
        stack = list(reversed(self.items))
        while stack:
            item = stack.pop()
            yield item
            stack.extend(reversed(item.children))


def canonical(path: Path) -> str:
    text = path.section + "".join(f".where({w.field}{'=' if w.equal else '!='}'{w.value}')"
                                  for w in path.wheres)
    text += f".{path.field}" if path.field else ""
    return text + (f".{path.function}()" if path.function else "")


def section_for(text: str) -> str:
    lowered = text.lower()
    return next((section for section, words in _SECTION_WORDS if re.search(words, lowered)), "about_me")


def _name(raw: dict) -> str:
    link_id = raw.get("linkId", "?")
    text = raw.get("text")
    return f"item {link_id!r}" + (f" ({text[:60]!r})" if isinstance(text, str) and text else "")


def _validation_message(questionnaire: dict, error) -> str:
    """pydantic's error locations, told as the items a form author would recognise."""
    problems = []
    for entry in error.errors()[:5]:
        node, named = questionnaire, "the form"
        for step in entry["loc"]:
            try:
                node = node[step]
            except (KeyError, IndexError, TypeError):
                break
            if isinstance(node, dict) and "linkId" in node:
                named = _name(node)
        field_name = next((str(s) for s in reversed(entry["loc"]) if isinstance(s, str)), "")
        problems.append(f"{named}: {field_name} {entry['msg']}".strip())
    return "; ".join(problems)


def _rule(raw: dict, declared, codes: dict[str, str]) -> Rule | None:
    if declared is not None:
        spec = declared if isinstance(declared, dict) else {"path": declared}
        options = {code: tuple(p.lower() for p in phrases) for code, phrases in spec.get("options", {}).items()}
        return Rule(parse_path(spec["path"]), spec["path"], options,
                    tuple(p.lower() for p in spec.get("mentions", ())))
    for extension in raw.get("extension", []):
        expression = extension.get("valueExpression", {})
        if extension.get("url") == SDC_INITIAL and expression.get("language") == "text/fhirpath":
            try:
                return Rule(parse_path(expression.get("expression", "")), expression.get("expression", ""))
            except PathNotSupported:
                return None  # an expression for another system's data: leave the item empty
    for coding in raw.get("code", []):
        found = codes.get(f"{coding.get('system')}|{coding.get('code')}")
        if found:
            return Rule(parse_path(found), found)
    return None


def _key(raw: dict, rule: Rule | None, form_url: str) -> str:
    if rule and not rule.options and not rule.mentions:
        return canonical(rule.path)
    codings = [c for c in raw.get("code", []) if c.get("system") and c.get("code")]
    if codings:
        return f"code:{codings[0]['system']}|{codings[0]['code']}"
    return f"form:{form_url}#{raw['linkId']}"


def _item(raw: dict, mapping: dict, codes: dict[str, str], form_url: str, seen: set[str]) -> FormItem:
    link_id = raw.get("linkId")
    if not isinstance(link_id, str) or not link_id:
        raise FormNotReadable(f"{_name(raw)}: every item needs a linkId")
    if link_id in seen:
        raise FormNotReadable(f"{_name(raw)}: the linkId is used twice")
    seen.add(link_id)
    if raw.get("type") not in KNOWN_TYPES:
        raise FormNotReadable(f"{_name(raw)}: unknown item type {raw.get('type')!r}")
    try:
        rule = _rule(raw, mapping.get(link_id), codes)
    except (PathNotSupported, KeyError, TypeError, AttributeError) as error:
        raise FormNotReadable(f"{_name(raw)}: its mapping cannot be used: {error}") from None
    text = raw.get("text") or raw.get("prefix") or link_id
    children = tuple(_item(child, mapping, codes, form_url, seen) for child in raw.get("item", []))
    return FormItem(
        link_id=link_id, text=text, type=raw["type"], required=bool(raw.get("required")),
        repeats=bool(raw.get("repeats")), options=tuple(raw.get("answerOption", [])),
        enable_when=tuple(raw.get("enableWhen", [])), enable_any=raw.get("enableBehavior") == "any",
        children=children, rule=rule, key=_key(raw, rule, form_url),
        section=rule.path.section if rule else section_for(text),
    )


def read_form(questionnaire: dict, mapping: dict | None = None, codes: dict[str, str] | None = None) -> Form:
    """Validate a Questionnaire with fhir.resources and read its items; raises FormNotReadable."""
    from fhir.resources.questionnaire import Questionnaire  # slow import: only when reading a form
    from pydantic import ValidationError

    if not isinstance(questionnaire, dict) or questionnaire.get("resourceType") != "Questionnaire":
        raise FormNotReadable("the form is not a FHIR Questionnaire")
    try:
        Questionnaire.parse_obj(questionnaire)
    except ValidationError as error:
        raise FormNotReadable(_validation_message(questionnaire, error)) from None
    url = questionnaire.get("url") or f"urn:questionnaire:{questionnaire.get('id', 'unnamed')}"
    seen: set[str] = set()
    items = tuple(_item(raw, mapping or {}, codes or {}, url, seen) for raw in questionnaire.get("item", []))
    unknown = set(mapping or {}) - seen
    if unknown:
        raise FormNotReadable(f"the mapping names items the form does not have: {sorted(unknown)}")
    canonical_url = url + (f"|{questionnaire['version']}" if questionnaire.get("version") else "")
    return Form(url=canonical_url, title=questionnaire.get("title") or questionnaire.get("name") or url,
                items=items)
