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
from datetime import datetime
from functools import lru_cache
from typing import Any, Callable

from bot.intake.fhir_bundle import resources_of, teller_of
from bot.intake.untrusted import safe_text

SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
_CORE = "http://hl7.org/fhir/StructureDefinition/"
# Each with the older core-extension URL published forms still use (LHC-Forms among them).
LAUNCH_CONTEXTS = (SDC + "sdc-questionnaire-launchContext", _CORE + "questionnaire-launchContext")
VARIABLES = (SDC + "sdc-questionnaire-variable", _CORE + "variable")
INITIALS = (SDC + "sdc-questionnaire-initialExpression", _CORE + "questionnaire-initialExpression")
INITIAL = INITIALS[0]
SOURCE_QUERIES = SDC + "sdc-questionnaire-sourceQueries"
CANDIDATE = SDC + "sdc-questionnaire-candidateExpression"
POPULATION_CONTEXT = SDC + "sdc-questionnaire-itemPopulationContext"
OBSERVATION_LINK = SDC + "sdc-questionnaire-observationLinkPeriod"
_LOG = logging.getLogger(__name__)
# (form, item, kind of failure) already logged in this process: each error is reported once, not once a pre-fill
_REPORTED: set[tuple[str, str, str]] = set()
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")



@lru_cache(maxsize=512)
def _parsed(expression: str) -> Any:
    from fhirpathpy.parser import parse  # import only when a form uses FHIRPath

    return parse(expression)


ORDINAL_VALUES = (_CORE + "ordinalValue", _CORE + "itemWeight")


def _weights(questionnaire: dict[str, Any]) -> dict[str, float]:
    """Each answer code's weight on this form (the ordinalValue or itemWeight of its answerOption,
    or of its concept in a contained value set), for the SDC functions weight() and ordinal()."""
    found: dict[str, float] = {}

    def note(code: object, extensions: list[dict[str, Any]] | None) -> None:
        weight = next((e.get("valueDecimal", e.get("valueInteger")) for e in extensions or []
                       if e.get("url") in ORDINAL_VALUES), None)
        if isinstance(code, str) and isinstance(weight, (int, float)):
            found.setdefault(code, weight)

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            for option in item.get("answerOption", []):
                coding = option.get("valueCoding") or {}
                note(coding.get("code"), option.get("extension", []) + coding.get("extension", []))
            walk(item.get("item", []))

    walk(questionnaire.get("item", []))
    for resource in questionnaire.get("contained", []):
        for include in resource.get("compose", {}).get("include", []):
            for concept in include.get("concept", []):
                note(concept.get("code"), concept.get("extension", []))
    return found


def _functions(now: datetime | None, questionnaire: dict[str, Any]) -> dict[str, Any]:
    """fhirpathpy options: `today()` and `now()` the time given, so results are repeatable; SDC's
    `weight()` (and the older `ordinal()`) the weights the form gives its answers."""
    weights = _weights(questionnaire)

    def weight(inputs: list[Any]) -> list[Any]:
        codes = [i.get("code") if isinstance(i, dict) else i for i in inputs]
        return [weights[c] for c in codes if c in weights]

    table: dict[str, dict[str, Callable[[list[Any]], Any]]] = {"weight": {"fn": weight}, "ordinal": {"fn": weight}}
    if now is not None:
        from fhirpathpy.engine.nodes import FP_DateTime

        today, instant = str(FP_DateTime(now.date().isoformat())), str(FP_DateTime(now.isoformat()))
        table.update(today={"fn": lambda inputs: today}, now={"fn": lambda inputs: instant})
    return {"userInvocationTable": table}


def _run(expression: str, env: dict[str, Any], options: dict[str, Any] | None) -> list[Any]:
    from fhirpathpy import apply_parsed_path
    from fhirpathpy.models import models

    return list(apply_parsed_path({}, _parsed(expression), dict(env), models["r4"], options))


def _fhir_query(query: str, bundle: dict[str, Any]) -> dict[str, Any]:
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
        elif name == "code":  # a code, with or without its system
            codes = {v.split("|")[-1] for v in wanted}
            found = [r for r in found if codes & {c.get("code") for c in r.get("code", {}).get("coding", [])}]
        elif name == "status":
            found = [r for r in found if r.get("status") in wanted]
        elif name == "category":
            found = [r for r in found if wanted & {c.get("code") for cat in r.get("category", [])
                                                    for c in cat.get("coding", [])}]
    return {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": r} for r in found]}


@dataclass
class Population:
    """The bundle and the variables expressions see; failures are collected, each once."""
    bundle: dict[str, Any]
    env: dict[str, Any]
    failures: dict[str, str] = field(default_factory=dict)  # linkId (or "form") -> kind of failure
    absent: frozenset[str] = frozenset()  # launch contexts the form names that we do not hold
    options: dict[str, Any] | None = None  # today() and now() as the time given; weight() from the form
    base: dict[str, Any] = field(default_factory=dict)  # the contexts, before the form's variables
    now: datetime | None = None  # the time of the pre-fill (today() and now()); None: the clock's
    form: str = ""  # which form (its url, else its id or name): a failure is logged once per form per process

    def evaluate(self, expression: dict[str, Any], env: dict[str, Any], where: str) -> list[Any] | None:
        language = expression.get("language")
        text = expression.get("expression")
        if not isinstance(text, str) or not text.strip():
            return None
        if language == "application/x-fhir-query":
            return [_fhir_query(text, self.bundle)]
        if language != "text/fhirpath" or text.lstrip().startswith("%profile"):
            return None  # our own profile paths are read by bot.intake.paths
        try:
            return _run(text, env, self.options)
        except Exception as error:  # noqa: BLE001 - any engine failure leaves the item to other means
            self.report(where, type(error).__name__)
            return None

    def report(self, where: str, kind: str) -> None:
        if where not in self.failures:
            self.failures[where] = kind
            if (self.form, where, kind) in _REPORTED:
                return  # the same form pre-filled again: said once already
            _REPORTED.add((self.form, where, kind))
            _LOG.warning("form item %s: an expression could not be evaluated (%s); filled other ways",
                         safe_text(where)[:80], kind)

    def with_variables(self, raw: dict[str, Any], env: dict[str, Any], where: str) -> dict[str, Any]:
        scoped = dict(env)
        for extension in raw.get("extension", []):
            expression = extension.get("valueExpression") or {}
            name = expression.get("name")
            if extension.get("url") in VARIABLES and isinstance(name, str):
                value = self.evaluate(expression, scoped, where)
                if value is not None:
                    scoped[name] = value[0] if len(value) == 1 else value
        return scoped


def launch_context(questionnaire: dict[str, Any], bundle: dict[str, Any]) -> dict[str, Any]:
    """The named resources a form's launchContext asks for, from the bundle (absent when not held)."""
    [patient] = resources_of(bundle, "Patient") or [{}]
    user = teller_of(bundle) or patient
    known: dict[str, Any] = {"patient": patient, "user": user}
    # %resource is the response being filled (empty while populating), %questionnaire the form.
    env = {"patient": patient, "questionnaire": questionnaire,
           "resource": {"resourceType": "QuestionnaireResponse", "status": "in-progress"}}
    for extension in questionnaire.get("extension", []):
        if extension.get("url") not in LAUNCH_CONTEXTS:
            continue
        parts = extension.get("extension", [])
        named: dict[str, Any] = next((p for p in parts if p.get("url") == "name"), {})
        name = (named.get("valueCoding") or {}).get("code") or named.get("valueId") or named.get("valueString")
        types = {p.get("valueCode") for p in parts if p.get("url") == "type"}
        if not isinstance(name, str):
            continue
        # A context we do not hold (%encounter), or of a type we are not (a user who is a
        # Practitioner: the clinician completing the form), is empty, not an error.
        found = known.get(name, [])
        if types and isinstance(found, dict) and found.get("resourceType") not in types:
            found = []
        env[name] = found
    return env


def _asserted(bundle: dict[str, Any]) -> dict[str, Any]:
    """The bundle without what the person said is not so (a refuted condition or allergy, a
    medicine not taken, an operation not done) or only feared (a provisional condition): a form asking for conditions must
    never be given "dementia" from "I don't have dementia" or "I'm worried I might have dementia".
    The person's own download keeps them, marked refuted or provisional."""
    def holds(resource: dict[str, Any]) -> bool:
        refuted = any(c.get("code") in ("refuted", "entered-in-error", "provisional", "differential", "unconfirmed")
                      for c in resource.get("verificationStatus", {}).get("coding", []))
        return not refuted and resource.get("status") not in ("not-taken", "not-done", "entered-in-error")
    return {**bundle, "entry": [e for e in bundle.get("entry", []) if holds(e["resource"])]}


def _source_queries(questionnaire: dict[str, Any], bundle: dict[str, Any]) -> dict[str, Any]:
    """SDC sourceQueries: each contained batch Bundle named, answered from the local bundle as a
    batch-response whose entries are searchsets, in the same order."""
    found = {}
    for extension in questionnaire.get("extension", []):
        reference = (extension.get("valueReference") or {}).get("reference", "")
        if extension.get("url") != SOURCE_QUERIES or not reference.startswith("#"):
            continue
        batch = next((r for r in questionnaire.get("contained", []) if r.get("id") == reference[1:]), None)
        if batch and batch.get("resourceType") == "Bundle":
            found[reference[1:]] = {"resourceType": "Bundle", "type": "batch-response", "entry": [
                {"resource": _fhir_query(str((e.get("request") or {}).get("url", "")), bundle)}
                for e in batch.get("entry", [])]}
    return found


def population_for(questionnaire: dict[str, Any], bundle: dict[str, Any], now: datetime | None = None) -> Population:
    asserted = _asserted(bundle)
    context = launch_context(questionnaire, asserted)
    env = {**context, **_source_queries(questionnaire, asserted)}
    population = Population(asserted, {}, absent=frozenset(k for k, v in context.items() if v == []),
                            options=_functions(now, questionnaire), base=env, now=now,
                            form=str(questionnaire.get("url") or questionnaire.get("id") or questionnaire.get("name") or ""))
    population.env = population.with_variables(questionnaire, env, "form")
    return population


def _expression(raw: dict[str, Any], url: str) -> dict[str, Any] | None:
    return next((e.get("valueExpression") for e in raw.get("extension", []) if e.get("url") == url), None)


def _text_of(value: Any) -> str | None:
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


def _codings(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict) and "coding" in value:
        return list(value["coding"])
    if isinstance(value, dict) and "code" in value:
        return [value]
    return []


def _choice(value: Any, options: tuple[dict[str, Any], ...], open_choice: bool) -> dict[str, Any] | None:
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


def as_answers(values: list[Any], item_type: str, options: tuple[dict[str, Any], ...], repeats: bool) -> list[dict[str, Any]]:
    """FHIRPath results as answers of the item's type; what does not fit is left out."""
    answers: list[dict[str, Any]] = []
    for value in values:
        value = str(value) if type(value).__name__.startswith("FP_") else value
        answer: dict[str, Any] | None = None
        if item_type == "boolean" and value is True:
            # `.exists()` over a story is false when it is not told: never written as "no".
            answer = {"valueBoolean": True}
        elif item_type == "integer" and isinstance(value, (int, float)) and not isinstance(value, bool) \
                and float(value).is_integer():
            answer = {"valueInteger": int(value)}
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


def populate_item(population: Population, raw: dict[str, Any], env: dict[str, Any],
                  options: tuple[dict[str, Any], ...]) -> tuple[list[dict[str, Any]], bool]:
    """An item's answers from its initialExpression (or a single candidate), and whether the form's
    own expression decided it: one that ran over contexts we hold and found nothing means the
    story does not say, so the item's wording may not guess (a "Mobile phone" is not any phone)."""
    where = str(raw.get("linkId"))
    decided = False
    for url in (*INITIALS, CANDIDATE):
        expression = _expression(raw, url)
        if not expression:
            continue
        values = population.evaluate(expression, env, where)
        if values is None:
            continue
        text = str(expression.get("expression", ""))
        decided = decided or (url != CANDIDATE and not any(f"%{name}" in text for name in population.absent))
        if url == CANDIDATE and len(values) != 1:
            continue
        answers = as_answers(values, raw.get("type", ""), options, bool(raw.get("repeats")))
        if answers:
            return answers, True
    if not decided and any(e.get("url") == OBSERVATION_LINK for e in raw.get("extension", [])):
        answers = as_answers(_observed(population.bundle, raw), raw.get("type", ""), options, bool(raw.get("repeats")))
        if answers:
            return answers, True
    return [], decided


def _observed(bundle: dict[str, Any], raw: dict[str, Any]) -> list[Any]:
    """SDC observation-based population: the value of each Observation in the story with one of the
    item's codes (the story's observations are all of now, inside any link period)."""
    codes = {(c.get("system"), c.get("code")) for c in raw.get("code", []) if c.get("code")}
    values = []
    for observation in resources_of(bundle, "Observation"):
        if codes & {(c.get("system"), c.get("code")) for c in observation.get("code", {}).get("coding", [])}:
            values += [v for k, v in observation.items() if k.startswith("value")]
    return values


def population_context(population: Population, raw: dict[str, Any], env: dict[str, Any]) -> tuple[str, list[Any]] | None:
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
