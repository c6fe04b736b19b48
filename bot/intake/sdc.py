"""SDC population over the story's FHIR bundle, with a real FHIRPath engine (fhirpathpy).

Reads the form's launchContext (`%patient` is the person; `%user` is the carer who told the story,
or the person; any other context, such as `%encounter`, is absent), its variables (FHIRPath, or an
x-fhir-query answered from the local bundle), and on each item `initialExpression`,
`candidateExpression` (used when it offers exactly one answer) and, on a repeating group,
`itemPopulationContext` (one group per thing it finds). An expression that fails, or names
something we do not have, leaves its item to the other ways of filling; each is reported once, by
item and kind of failure, never with a value.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.intake.fhir_bundle import resources_of, teller_of
from bot.intake.untrusted import safe_text

SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
LAUNCH_CONTEXT = SDC + "sdc-questionnaire-launchContext"
VARIABLES = (SDC + "sdc-questionnaire-variable", "http://hl7.org/fhir/StructureDefinition/variable")
INITIAL = SDC + "sdc-questionnaire-initialExpression"
CANDIDATE = SDC + "sdc-questionnaire-candidateExpression"
POPULATION_CONTEXT = SDC + "sdc-questionnaire-itemPopulationContext"
_LOG = logging.getLogger(__name__)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class ExpressionFailed(ValueError):
    """An expression we could not evaluate (the message names only the kind of failure)."""


@lru_cache(maxsize=512)
def _compiled(expression: str):
    from fhirpathpy import compile as compile_fhirpath  # import only when a form uses FHIRPath
    from fhirpathpy.models import models

    return compile_fhirpath(expression, models["r4"])


def _fhir_query(query: str, bundle: dict) -> dict:
    """`Condition?clinical-status=active`: the bundle's resources of that type, filtered by the few
    search parameters a population query uses; anything else in the query is not a filter."""
    resource_type, _, params = query.partition("?")
    found = resources_of(bundle, resource_type.strip("/ ").split("/")[-1])
    for param in params.split("&"):
        name, _, value = param.partition("=")
        if "{{" in value or not value:
            continue
        wanted = set(value.split(","))
        if name == "clinical-status":
            found = [r for r in found if {c.get("code") for c in r.get("clinicalStatus", {}).get("coding", [])} & wanted]
        elif name == "status":
            found = [r for r in found if r.get("status") in wanted]
        elif name == "category":
            found = [r for r in found if wanted & {c.get("code") for cat in r.get("category", [])
                                                    for c in cat.get("coding", [])}]
    return {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": r} for r in found]}


@dataclass
class Population:
    """The bundle and the variables expressions see; failures are collected, each once."""
    bundle: dict
    env: dict
    failures: dict[str, str] = field(default_factory=dict)  # linkId (or "form") -> kind of failure

    def evaluate(self, expression: dict, env: dict, where: str) -> list | None:
        language = expression.get("language")
        text = expression.get("expression")
        if not isinstance(text, str) or not text.strip():
            return None
        if language == "application/x-fhir-query":
            return [_fhir_query(text, self.bundle)]
        if language != "text/fhirpath" or text.lstrip().startswith("%profile"):
            return None  # our own profile paths are read by bot.intake.paths
        try:
            return list(_compiled(text)({}, dict(env)))
        except Exception as error:  # noqa: BLE001 - any engine failure leaves the item to other means
            self.report(where, type(error).__name__)
            return None

    def report(self, where: str, kind: str) -> None:
        if where not in self.failures:
            self.failures[where] = kind
            _LOG.warning("form item %s: an expression could not be evaluated (%s); filled other ways",
                         safe_text(where)[:80], kind)

    def with_variables(self, raw: dict, env: dict, where: str) -> dict:
        scoped = dict(env)
        for extension in raw.get("extension", []):
            expression = extension.get("valueExpression") or {}
            name = expression.get("name")
            if extension.get("url") in VARIABLES and isinstance(name, str):
                value = self.evaluate(expression, scoped, where)
                if value is not None:
                    scoped[name] = value[0] if len(value) == 1 else value
        return scoped


def launch_context(questionnaire: dict, bundle: dict) -> dict:
    """The named resources a form's launchContext asks for, from the bundle (absent when not held)."""
    [patient] = resources_of(bundle, "Patient") or [{}]
    known = {"patient": patient, "user": teller_of(bundle) or patient}
    env = {"patient": patient, "resource": questionnaire}
    for extension in questionnaire.get("extension", []):
        if extension.get("url") != LAUNCH_CONTEXT:
            continue
        for part in extension.get("extension", []):
            if part.get("url") == "name":
                name = (part.get("valueCoding") or {}).get("code") or part.get("valueId") or part.get("valueString")
                if isinstance(name, str):  # a context we do not hold (%encounter) is empty, not an error
                    env[name] = known.get(name, [])
    return env


def population_for(questionnaire: dict, bundle: dict) -> Population:
    population = Population(bundle, {})
    population.env = population.with_variables(questionnaire, launch_context(questionnaire, bundle), "form")
    return population


def _expression(raw: dict, url: str) -> dict | None:
    return next((e.get("valueExpression") for e in raw.get("extension", []) if e.get("url") == url), None)


def _text_of(value) -> str | None:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        if value.get("text"):
            return str(value["text"])
        if value.get("given") or value.get("family"):
            return " ".join([*map(str, value.get("given", [])), str(value.get("family", ""))]).strip()
        if value.get("display"):
            return str(value["display"])
        codings = value.get("coding") or []
        if codings and codings[0].get("display"):
            return str(codings[0]["display"])
    return None


def _codings(value) -> list[dict]:
    if isinstance(value, dict) and "coding" in value:
        return list(value["coding"])
    if isinstance(value, dict) and "code" in value:
        return [value]
    return []


def _choice(value, options: tuple[dict, ...], open_choice: bool) -> dict | None:
    if options:
        codes = {c.get("code") for c in _codings(value)} | ({str(value)} if isinstance(value, (str, int)) else set())
        words = (_text_of(value) or "").lower()
        for option in options:
            given = next((v for k, v in option.items() if k.startswith("value")), None)
            if isinstance(given, dict) and (given.get("code") in codes or (words and str(given.get("display", "")).lower() == words)):
                return {"valueCoding": given}
            if not isinstance(given, dict) and (str(given) in codes or str(given).lower() == words):
                return {k: v for k, v in option.items() if k.startswith("value")}
    codings = _codings(value)
    if codings and not options:
        return {"valueCoding": {k: v for k, v in codings[0].items() if k in ("system", "code", "display")}}
    text = _text_of(value)
    return {"valueString": safe_text(text)} if open_choice and text else None


def as_answers(values: list, item_type: str, options: tuple[dict, ...], repeats: bool) -> list[dict]:
    """FHIRPath results as answers of the item's type; what does not fit is left out."""
    answers = []
    for value in values:
        value = str(value) if type(value).__name__.startswith("FP_") else value
        answer = None
        if item_type == "boolean" and value is True:
            # `.exists()` over a story is false when it is not told: never written as "no".
            answer = {"valueBoolean": True}
        elif item_type == "integer" and isinstance(value, int) and not isinstance(value, bool):
            answer = {"valueInteger": value}
        elif item_type == "decimal" and isinstance(value, (int, float)) and not isinstance(value, bool):
            answer = {"valueDecimal": float(value)}
        elif item_type == "date" and isinstance(value, str) and _DATE.match(value):
            answer = {"valueDate": value}
        elif item_type in ("string", "text"):
            text = _text_of(value)
            answer = {"valueString": safe_text(text)} if text and safe_text(text) else None
        elif item_type in ("choice", "open-choice"):
            answer = _choice(value, options, item_type == "open-choice")
        elif item_type == "quantity" and isinstance(value, dict) and "value" in value:
            answer = {"valueQuantity": {k: v for k, v in value.items() if k in ("value", "unit", "system", "code")}}
        if answer and answer not in answers:
            answers.append(answer)
    return answers if repeats else answers[:1]


def populate_item(population: Population, raw: dict, env: dict, options: tuple[dict, ...]) -> list[dict]:
    """An item's answers from its initialExpression (or a single candidate), or [] when it has none."""
    where = str(raw.get("linkId"))
    for url in (INITIAL, CANDIDATE):
        expression = _expression(raw, url)
        if not expression:
            continue
        values = population.evaluate(expression, env, where)
        if values is None or (url == CANDIDATE and len(values) != 1):
            continue
        answers = as_answers(values, raw.get("type", ""), options, bool(raw.get("repeats")))
        if answers:
            return answers
    return []


def population_context(population: Population, raw: dict, env: dict) -> tuple[str, list] | None:
    """A repeating group's itemPopulationContext: (its name, what it found), or None."""
    expression = _expression(raw, POPULATION_CONTEXT)
    if not expression or not expression.get("name"):
        return None
    values = population.evaluate(expression, env, str(raw.get("linkId")))
    if values is None:
        return None
    if len(values) == 1 and isinstance(values[0], dict) and values[0].get("resourceType") == "Bundle":
        values = [e["resource"] for e in values[0].get("entry", [])]
    return expression["name"], values
