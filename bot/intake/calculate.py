"""SDC calculatedExpression and enableWhenExpression, over the response as filled so far.

A calculated item is written only when what it reads is known: every item its expression names
(through the form's variables too) is answered, or any answers still missing could not change the
result (each of their options, or none, is tried: "at risk" follows from one "sometimes true"
whatever the other answer is). A total over nine questions with one unanswered is never written as
a number it is not. An expression that reads the response without naming items, that fails, or
that gives nothing, writes nothing: the item is filled the other ways, or left. An
enableWhenExpression that gives false hides its item, and one that fails hides nothing; one that
gives nothing because the story does not say (no birth date for "%age >= 65") is tried with the
age the person told, and when that does not decide it the item is not known to apply: it is
neither filled nor asked, as a careful person would not guess that a woman of unknown age is 65.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from itertools import product
from typing import Any, Callable

from bot.intake import sdc
from bot.intake.fhir_bundle import AGE, resources_of
from bot.intake.forms import Form, FormItem

CALCULATED = sdc.SDC + "sdc-questionnaire-calculatedExpression"
ENABLE_WHEN = sdc.SDC + "sdc-questionnaire-enableWhenExpression"
_MAX_TRIES = 64  # combinations of missing answers tried before a result is called unknown
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")
_NAME = re.compile(r"%([A-Za-z_][\w-]*)")


def expression(item: FormItem, url: str) -> dict[str, Any] | None:
    return next((e.get("valueExpression") for e in item.raw.get("extension", []) if e.get("url") == url), None)


def uses_calculation(form: Form) -> bool:
    return any(expression(item, CALCULATED) or expression(item, ENABLE_WHEN) for item in form.walk())


class Calculator:
    """Evaluates one form's calculated and enable-when expressions; `draft(answers)` builds the
    response items those answers give. The form's variables are evaluated only when an expression
    uses them, once for each draft of the response."""

    def __init__(self, form: Form, population: sdc.Population, draft: Callable[[dict[str, Any]], list[dict[str, Any]]]):
        self.form, self.population, self.draft = form, population, draft
        self.items = {item.link_id: item for item in form.walk()}
        self.parents: dict[str, FormItem] = {}
        for item in form.walk():
            for child in item.children:
                self.parents[child.link_id] = item
        self.variables = {e["valueExpression"]["name"]: e["valueExpression"] for e in form.raw.get("extension", [])
                          if e.get("url") in sdc.VARIABLES and isinstance((e.get("valueExpression") or {}).get("name"), str)}
        self._drafts: dict[int, tuple[list[dict[str, Any]], dict[str, Any]]] = {}
        # Which items each calculated or enable-when expression reads ("*": the whole response).
        self.reads: dict[str, set[str]] = {}
        for item in form.walk():
            for url in (CALCULATED, ENABLE_WHEN):
                found = expression(item, url)
                if found:
                    text, names = self._reads(str(found.get("expression", "")))
                    wide = not names and re.search(r"%resource|%context", text)
                    self.reads.setdefault(item.link_id, set()).update({"*"} if wide else names)

    def _value(self, name: str, items: list[dict[str, Any]], env: dict[str, Any]) -> None:
        """Put form variable `name` (and those it uses first) into `env`, for this draft."""
        if name in env or name not in self.variables:
            return
        text = str(self.variables[name].get("expression", ""))
        for used in _NAME.findall(text):
            if used != name:
                self._value(used, items, env)
        # Read over only the items it names (fhirpathpy walks every node a `repeat(item)` reaches).
        named = {q for q in _QUOTED.findall(text) if q in self.items}
        scoped = {**env, "resource": _resource(_pruned(items, named))} if named else env
        value = self.population.evaluate(self.variables[name], scoped, "form")
        if value is not None:
            env[name] = value[0] if len(value) == 1 else value

    def _env(self, items: list[dict[str, Any]], item: FormItem, text: str,
             patient: dict[str, Any] | None = None) -> dict[str, Any]:
        """The names an expression sees over this draft; `patient` in place of the person's own
        (a trial birth date), computed afresh."""
        if patient is not None:
            env = {**self.population.base, "patient": patient, "resource": _resource(items)}
        else:
            kept = self._drafts.get(id(items))
            if kept is None or kept[0] is not items:
                kept = (items, {**self.population.base, "resource": _resource(items)})
                self._drafts = {id(items): kept}  # one draft at a time: a new one replaces the last
            env = kept[1]
        for name in _NAME.findall(text):
            self._value(name, items, env)
        chain: list[FormItem] = []
        parent = self.parents.get(item.link_id)
        while parent is not None:
            chain.insert(0, parent)
            parent = self.parents.get(parent.link_id)
        for ancestor in [*chain, item]:
            if any(e.get("url") in sdc.VARIABLES for e in ancestor.raw.get("extension", [])):
                env = self.population.with_variables(ancestor.raw, env, ancestor.link_id)
        return env

    def _reads(self, text: str) -> tuple[str, set[str]]:
        """The expression with the variables it uses, and the items it names."""
        seen, todo, whole = set(), [text], []
        while todo:
            part = todo.pop()
            whole.append(part)
            for name in _NAME.findall(part):
                if name in self.variables and name not in seen:
                    seen.add(name)
                    todo.append(str(self.variables[name].get("expression", "")))
        joined = " ".join(whole)
        return joined, {q for q in _QUOTED.findall(joined) if q in self.items}

    def affected(self, changed: set[str]) -> bool:
        """Whether any expression reads one of the `changed` items (or the whole response)."""
        return any("*" in names or names & changed for names in self.reads.values())

    def enabled(self, item: FormItem, items: list[dict[str, Any]]) -> bool | None:
        """True or False from the item's enableWhenExpression; None when it has none or it fails.
        One that runs and tells nothing (no birth date for "%age >= 65") is tried with the age the
        person told, at either end of the birth dates it allows; if that does not decide it either,
        whether the item applies is not known, and it is neither filled nor asked (False)."""
        found = expression(item, ENABLE_WHEN)
        if not found:
            return None
        text = str(found.get("expression", ""))
        values = self.population.evaluate(found, self._env(items, item, text), item.link_id)
        if values is None:
            return None  # the form's own expression failed: it hides nothing
        decided = _boolean(values)
        if decided is None:
            trials = {_boolean(self.population.evaluate(found, self._env(items, item, text, patient), item.link_id) or [])
                      for patient in self._as_told_age()}
            decided = trials.pop() if len(trials) == 1 else None
        return bool(decided)

    def _as_told_age(self) -> list[dict[str, Any]]:
        """The Patient with the earliest and the latest birth date the age they told allows (none
        when a birth date is known, or no age was told)."""
        patient = self.population.base.get("patient")
        if not isinstance(patient, dict) or patient.get("birthDate"):
            return []
        ages = [o.get("valueQuantity", {}).get("value") for o in resources_of(self.population.bundle, "Observation")
                if any(c.get("code") == AGE for c in o.get("code", {}).get("coding", []))]
        if len(ages) != 1 or not isinstance(ages[0], int):
            return []
        today = (self.population.now or datetime.now(timezone.utc)).date()
        latest = _years_before(today, ages[0])
        earliest = _years_before(today, ages[0] + 1) + timedelta(days=1)
        return [{**patient, "birthDate": day.isoformat()} for day in (earliest, latest)]

    def calculated(self, item: FormItem, answers: dict[str, list[dict[str, Any]]], open_items: frozenset[str],
                   items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The item's calculated answers when its inputs are known, else []. `items` is the
        response as built from `answers`."""
        found = expression(item, CALCULATED)
        if not found:
            return []
        names = self.reads.get(item.link_id, set())
        if "*" in names:
            return []  # reads answers without saying which: what it needs cannot be known
        missing = sorted(n for n in names if n not in answers and n in open_items and n != item.link_id)
        alternatives = [self._alternatives(self.items[n]) for n in missing]
        tries = [t for t in alternatives if t is not None]
        if len(tries) < len(alternatives) or _count(tries) > _MAX_TRIES:
            return []
        text, result = str(found.get("expression", "")), None
        for combination in product(*tries):
            trial = {**answers, **{n: a for n, a in zip(missing, combination, strict=True) if a}}
            draft = self.draft(trial) if any(combination) else items
            values = self.population.evaluate(found, self._env(draft, item, text), item.link_id)
            if not values:
                return []
            answers_now = sdc.as_answers(values, item.type, item.options, item.repeats)
            if not answers_now or (result is not None and answers_now != result):
                return []
            result = answers_now
        return result or []

    @staticmethod
    def _alternatives(item: FormItem) -> list[Any] | None:
        """What a missing answer could be (None: left empty), or None when that cannot be listed."""
        if item.type == "boolean":
            return [None, [{"valueBoolean": True}], [{"valueBoolean": False}]]
        if item.type == "choice" and item.options and not item.repeats:
            return [None, *([{k: v for k, v in o.items() if k.startswith("value")}] for o in item.options)]
        return None


def _boolean(values: list[Any]) -> bool | None:
    return values[0] if len(values) == 1 and isinstance(values[0], bool) else None


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _resource(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"resourceType": "QuestionnaireResponse", "status": "in-progress", **({"item": items} if items else {})}


def _pruned(items: list[dict[str, Any]], named: set[str]) -> list[dict[str, Any]]:
    """The response items holding the `named` ones (whole), and the groups and answers above them."""
    kept = []
    for item in items:
        if item["linkId"] in named:
            kept.append(item)
            continue
        inner = _pruned(item.get("item", []), named)
        answers = [{**a, "item": _pruned(a["item"], named)} for a in item.get("answer", []) if a.get("item")]
        answers = [a for a in answers if a["item"]]
        if inner or answers:
            kept.append({"linkId": item["linkId"], **({"item": inner} if inner else {}),
                         **({"answer": answers} if answers else {})})
    return kept


def _count(tries: list[list[Any]]) -> int:
    total = 1
    for options in tries:
        total *= len(options)
    return total
