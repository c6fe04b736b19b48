"""Reading any FHIR R4 Questionnaire into the items we fill, and knowing how each one is filled.

An item is filled by, in order: our declared mapping (linkId -> profile path), SDC population
over the story's FHIR bundle (`bot.intake.sdc`: launchContext, variables, initialExpression...), an
`initialExpression` in our own `%profile` subset, the item's code looked up in `codes.json` (LOINC
or SNOMED -> profile path), or its plain wording when the match is clear (`bot.intake.wording`).
An expression we cannot read never stops the next way from being tried. Choice items offer their
answerOption or a value set we can read (`bot.intake.value_sets`). Everything else on a form
(itemControl, units, extensions we do not know) is ignored; an extension we do not use that fails
validation is set aside with one warning naming its item. An item nothing fills stays empty, and if
it is required it becomes a gap question.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from pydantic import ValidationError

from bot.intake.codes import CODES
from bot.intake.errors import FormNotReadable, PathNotSupported
from bot.intake.facts import FACTS
from bot.intake.paths import Path, parse_path
from bot.intake.untrusted import safe_text
from bot.intake.value_sets import options_for
from bot.intake.wording import (
    CARED_FOR_GROUP,
    TELLER_GROUP,
    follow_up_mentions,
    match_cared_for,
    match_follow_up,
    match_teller,
    match_wording,
)

SDC_INITIALS = ("http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression",
                "http://hl7.org/fhir/StructureDefinition/questionnaire-initialExpression")
_LOG = logging.getLogger(__name__)
# A group about someone else: "Name" under "Emergency contact" is not the person's name.
_SOMEONE_ELSE = re.compile(r"contact|carer|next of kin|\bgp\b|doctor|parent|guardian|referr|emergency|someone else|"
                           r"on (?:their|his|her|somebody's|someone's) behalf|behalf of|"
                           r"completing|family|relative|partner|spouse|mother|father|professional|staff", re.I)
# Types a person can answer in a chat message; any other required item is left for the service.
ASKABLE = {"boolean", "decimal", "integer", "date", "string", "text", "choice", "open-choice"}
KNOWN_TYPES = ASKABLE | {"group", "display", "dateTime", "time", "url", "attachment", "reference",
                         "quantity", "question"}

# Where an answer to a question nothing maps goes, so consent still governs it (first match wins).
# The section an answer to a question no path maps is kept in: the first whose words the question has. A Disabled
# Facilities Grant pays for adaptations to a home ("disab" put a "yes please" to it under health); a risk, an illness
# or who supports someone "at home" is the risk, the illness or the support.
_SECTION_WORDS = [
    ("home", r"disabled facilities|adaptation"),
    ("medications", r"medic|tablet|prescri"), ("allergies", r"allerg"),
    ("work_money", r"\bwork|job|employ|benefit|saving|income|money|debt|pension|£"),
    ("support_network", r"\bcar(e|er|ing)\b|carer|caring|look after|family|relative|\bsupports?\b"),
    ("risks", r"\brisk|\bsafe|emergency|\bfall|harm"),
    ("health", r"terminally ill|\bill(ness)?\b"),
    ("home", r"home|house|live|landlord|housing|tenure|rent|property"),
    ("communication", r"contact|phone|email|communicat|language|interpreter"),
    ("health", r"health|condition|diagnos|ill|pain|symptom|fit note|disab"),
    ("daily_living", r"wash|dress|eat|toilet|mobility|walk|help with"),
    ("goals", r"goal|hope|achieve|like to"),
]



@dataclass(frozen=True)
class Rule:
    path: Path | None  # a profile path; None for a fact
    expression: str  # as written: the path, or "fact:<name>"
    options: dict[str, tuple[str, ...]] = field(default_factory=dict)  # option code -> phrases
    mentions: tuple[str, ...] = ()
    by_wording: bool = False  # matched by the item's text alone: the weakest way, tried last
    fact: str | None = None  # a fact read from several clauses (bot.intake.facts)

    @property
    def section(self) -> str:
        if self.fact:
            return FACTS[self.fact].section
        assert self.path is not None  # a rule reads a fact or a profile path
        return self.path.section


@dataclass(frozen=True)
class FormItem:
    link_id: str
    text: str
    type: str
    required: bool
    repeats: bool
    options: tuple[dict[str, Any], ...]  # answerOption entries as written
    enable_when: tuple[dict[str, Any], ...]
    enable_any: bool
    children: tuple["FormItem", ...]
    rule: Rule | None
    key: str  # the same question on any form has the same key: answered once, used by all
    section: str  # where an answer to it is kept, so that consent governs it
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)  # as written, for SDC population
    # under a group about the person a carer looks after ("About the person you care for"): in a person's
    # own story that is someone else, never the person
    cared_for: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Form:
    url: str
    title: str
    items: tuple[FormItem, ...]
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    warnings: tuple[str, ...] = ()  # extensions set aside, one line each

    def walk(self) -> Iterator[FormItem]:
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


def _name(raw: dict[str, Any]) -> str:
    link_id = raw.get("linkId", "?")
    text = raw.get("text")
    return f"item {link_id!r}" + (f" ({text[:60]!r})" if isinstance(text, str) and text else "")


def _validation_message(questionnaire: dict[str, Any], error: ValidationError) -> str:
    """pydantic's error locations, told as the items a form author would recognise."""
    problems = []
    for entry in error.errors()[:5]:
        node: Any = questionnaire  # a dict or a list, as the location goes down
        named = "the form"
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


def _target(expression: str, options: dict[str, Any] | None = None, mentions: tuple[str, ...] = (),
            by_wording: bool = False) -> Rule:
    """A rule for a profile path, or for `fact:<name>`; PathNotSupported for anything else."""
    if expression.startswith("fact:"):
        if expression[5:] not in FACTS:
            raise PathNotSupported(f"not a fact we know: {expression!r}")
        return Rule(None, expression, options or {}, mentions, by_wording, fact=expression[5:])
    return Rule(parse_path(expression), expression, options or {}, mentions, by_wording)


def _rule(raw: dict[str, Any], declared: str | dict[str, Any] | None, codes: dict[str, str], about_someone_else: bool,
          follows: str | None = None, cared_for: bool = False, tellers: bool = False) -> Rule | None:
    if declared is not None:
        spec: dict[str, Any] = declared if isinstance(declared, dict) else {"path": declared}
        options = {code: tuple(p.lower() for p in phrases) for code, phrases in spec.get("options", {}).items()}
        return _target(spec["path"], options, tuple(p.lower() for p in spec.get("mentions", ())))
    for extension in raw.get("extension", []):
        expression = extension.get("valueExpression") or {}
        if extension.get("url") in SDC_INITIALS and str(expression.get("expression", "")).startswith("%profile."):
            try:
                return Rule(parse_path(expression["expression"]), expression["expression"])
            except PathNotSupported:
                break  # not our subset: the item's code or wording may still fill it
    for coding in raw.get("code", []):
        code = f"{coding.get('system')}|{coding.get('code')}"
        found = codes.get(code) or CODES.get(code)
        if found:
            return _target(found)
    text = str(raw.get("text") or "")
    if raw.get("type") in ("group", "display"):
        return None  # a heading ("Household") is filled by its questions, never by its wording
    # Under a question, a short one that follows it ("Which aids?" under "Do you use any aids?") is
    # read with it; under a group about someone else, or a question, only a question put to the
    # person ("Do you have a carer?") is theirs.
    if tellers:  # "Your name" under "About you, the carer": the teller's own, never the person's
        own = match_teller(text)
        return _target(own, by_wording=True) if own else None
    if cared_for:  # "Their full name" under "About the person you care for"
        matched = match_cared_for(text, follows)
        if matched:
            return _target(matched[0], mentions=matched[1], by_wording=True)
    follow_up = match_follow_up(text, follows) if follows else None
    if follow_up:
        return _target(follow_up, mentions=follow_up_mentions(follow_up, follows or ""), by_wording=True)
    to_the_person = bool(re.match(r"^(do|does|are|is|who|have|has)\b.*\byou\b", text.strip().lower()))
    matched = match_wording(text) if to_the_person or not about_someone_else else None
    if matched:
        return _target(matched[0], mentions=matched[1], by_wording=True)
    return None


def _key(raw: dict[str, Any], rule: Rule | None, form_url: str) -> str:
    if rule and rule.fact:  # "Do you use a wheelchair?" is not "Do you use a walking stick?", though both read aids
        return rule.expression + (f"[{'|'.join(rule.mentions)}]" if rule.mentions else "")
    if rule and rule.path is not None and not rule.options and not rule.mentions:
        return canonical(rule.path)
    codings = [c for c in raw.get("code", []) if c.get("system") and c.get("code")]
    if codings:
        return f"code:{codings[0]['system']}|{codings[0]['code']}"
    return f"form:{form_url}#{raw['linkId']}"


def _item(raw: dict[str, Any], mapping: dict[str, Any], codes: dict[str, str], form_url: str, seen: set[str],
          questionnaire: dict[str, Any], about_someone_else: bool = False, follows: str | None = None,
          cared_for: bool = False, tellers: bool = False) -> FormItem:
    link_id = raw.get("linkId")
    if not isinstance(link_id, str) or not link_id:
        raise FormNotReadable(f"{_name(raw)}: every item needs a linkId")
    if link_id in seen:
        raise FormNotReadable(f"{_name(raw)}: the linkId is used twice")
    seen.add(link_id)
    if raw.get("type") not in KNOWN_TYPES:
        raise FormNotReadable(f"{_name(raw)}: unknown item type {raw.get('type')!r}")
    try:
        rule = _rule(raw, mapping.get(link_id), codes, about_someone_else, follows, cared_for, tellers)
    except (PathNotSupported, KeyError, TypeError, AttributeError) as error:
        raise FormNotReadable(f"{_name(raw)}: its mapping cannot be used: {error}") from None
    text = raw.get("text") or raw.get("prefix") or link_id
    # Below a group about another person, or below a question, an item's wording is not about the person.
    elsewhere = about_someone_else or raw.get("type") != "group" or bool(_SOMEONE_ELSE.search(str(raw.get("text", ""))))
    asked = str(raw.get("text") or "") if raw.get("type") not in ("group", "display") else None
    cared_for = cared_for or (raw.get("type") == "group" and bool(CARED_FOR_GROUP.search(str(raw.get("text", "")).lower())))
    tellers = tellers or (raw.get("type") == "group" and bool(TELLER_GROUP.search(str(raw.get("text", "")).lower())))
    children = tuple(_item(child, mapping, codes, form_url, seen, questionnaire, elsewhere, asked, cared_for, tellers)
                     for child in raw.get("item", []))
    return FormItem(
        link_id=link_id, text=text, type=raw["type"], required=bool(raw.get("required")),
        repeats=bool(raw.get("repeats")), options=options_for(raw, questionnaire),
        enable_when=tuple(raw.get("enableWhen", [])), enable_any=raw.get("enableBehavior") == "any",
        children=children, rule=rule, key=_key(raw, rule, form_url),
        section=rule.section if rule else section_for(text), raw=raw, cared_for=cared_for,
    )


def _set_aside(questionnaire: dict[str, Any], error: ValidationError) -> tuple[dict[str, Any], list[str]] | None:
    """A copy without the extensions that failed validation, and a line for each; None when
    something other than an extension failed (that the form must put right)."""
    copy = json.loads(json.dumps(questionnaire))
    removals: dict[int, tuple[list[Any], set[int]]] = {}
    warnings = []
    for entry in error.errors():
        loc: list[Any] = list(entry["loc"])
        cut = max((i for i, step in enumerate(loc) if step in ("extension", "modifierExtension")), default=None)
        if cut is None or cut + 1 >= len(loc) or not isinstance(loc[cut + 1], int):
            return None
        node, named = copy, "the form"
        try:
            for step in loc[:cut]:
                node = node[step]
                if isinstance(node, dict) and "linkId" in node:
                    named = _name(node)
            extensions = node[loc[cut]]
        except (KeyError, IndexError, TypeError):
            return None
        removals.setdefault(id(extensions), (extensions, set()))[1].add(loc[cut + 1])
        warnings.append(f"{named}: an extension that does not validate was set aside")
    for extensions, indexes in removals.values():
        extensions[:] = [e for i, e in enumerate(extensions) if i not in indexes]
    return copy, list(dict.fromkeys(warnings))


def _validated(questionnaire: dict[str, Any]) -> list[str]:
    """Validate with fhir.resources, setting aside failing extensions; the warnings, or FormNotReadable."""
    from fhir.resources.questionnaire import Questionnaire  # slow import: only when reading a form
    from pydantic import ValidationError

    candidate: dict[str, Any] = questionnaire
    warnings: list[str] = []
    for _ in range(5):
        try:
            Questionnaire.parse_obj(candidate)
            return warnings
        except ValidationError as error:
            aside = _set_aside(candidate, error)
            if aside is None:
                raise FormNotReadable(_validation_message(candidate, error)) from None
            candidate, more = aside
            warnings.extend(more)
    raise FormNotReadable("too many extensions on this form fail validation")


def read_form(questionnaire: dict[str, Any], mapping: dict[str, Any] | None = None, codes: dict[str, str] | None = None) -> Form:
    """Validate a Questionnaire with fhir.resources and read its items; raises FormNotReadable."""
    if not isinstance(questionnaire, dict) or questionnaire.get("resourceType") != "Questionnaire":
        raise FormNotReadable("the form is not a FHIR Questionnaire")
    warnings = _validated(questionnaire)
    for line in warnings:
        _LOG.warning("%s", safe_text(line)[:200])
    # An unnamed form gets a canonical of its own, the same for the same form wherever it comes from.
    digest = hashlib.sha256(json.dumps(questionnaire, sort_keys=True).encode()).hexdigest()[:16]
    url = questionnaire.get("url") or f"urn:tell-my-story:questionnaire:{questionnaire.get('id', 'unnamed')}:{digest}"
    seen: set[str] = set()
    items = tuple(_item(raw, mapping or {}, codes or {}, url, seen, questionnaire)
                  for raw in questionnaire.get("item", []))
    unknown = set(mapping or {}) - seen
    if unknown:
        raise FormNotReadable(f"the mapping names items the form does not have: {sorted(unknown)}")
    canonical_url = url + (f"|{questionnaire['version']}" if questionnaire.get("version") else "")
    return Form(url=canonical_url, title=questionnaire.get("title") or questionnaire.get("name") or url,
                items=items, raw=questionnaire, warnings=tuple(warnings))
