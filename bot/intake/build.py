"""Answers into response items: SDC population level by level, enableWhen, questions under answers.

A repeating group with an `itemPopulationContext` becomes one group per thing its expression finds
(one per medicine), and a repeating group inside it one per thing found for that one (a relative's
conditions): each instance is a `Level` of its own answers and groups. The response is then built
in the form's order: a disabled item (by enableWhen, or by an enableWhenExpression that gave false)
is left out with everything under it, and questions under a question are written under its answer.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from bot.intake import sdc
from bot.intake.forms import ASKABLE, Form, FormItem
from bot.intake.untrusted import safe_text


@dataclass
class Level:
    answers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # linkId -> answers from SDC expressions
    instances: dict[str, list["Level"]] = field(default_factory=dict)  # repeating group -> one per thing found
    decided: set[str] = field(default_factory=set)  # items the form's own expression answered, even with nothing


def populate(form: Form, population: sdc.Population) -> Level:
    top = Level()

    def walk(items: Iterable[FormItem], env: dict[str, Any], level: Level) -> None:
        for item in items:
            scoped = population.with_variables(item.raw, env, item.link_id)
            context = sdc.population_context(population, item.raw, scoped) if item.type == "group" else None
            if context is not None:
                name, values = context
                level.instances[item.link_id] = []
                for value in values if item.repeats else values[:1]:
                    one = Level()
                    walk(item.children, {**scoped, name: value}, one)
                    level.instances[item.link_id].append(one)
                continue
            if item.type not in ("group", "display"):
                answers, decided = sdc.populate_item(population, item.raw, scoped, item.options)
                if answers:
                    level.answers[item.link_id] = answers
                if decided:
                    top.decided.add(item.link_id)
            walk(item.children, scoped, level)

    walk(form.items, population.env, top)
    return top


def _primitive(answer: dict[str, Any]) -> Any:
    value = next(iter(answer.values()), None)
    return value.get("code") if isinstance(value, dict) else value


def _holds(condition: dict[str, Any], given: list[dict[str, Any]]) -> bool:
    operator = condition.get("operator")
    expected = next((v for k, v in condition.items() if k.startswith("answer")), None)
    if operator == "exists":
        return bool(given) == bool(expected)
    wanted = expected.get("code") if isinstance(expected, dict) else expected
    values = [_primitive(a) for a in given]
    if operator == "=":
        return wanted in values
    if operator == "!=":
        return wanted not in values
    try:
        compares: dict[Any, Callable[[Any], bool]] = {">": lambda a: a > wanted, "<": lambda a: a < wanted,
                                                      ">=": lambda a: a >= wanted, "<=": lambda a: a <= wanted}
        compare = compares[operator]
        return any(compare(v) for v in values if v is not None)
    except (KeyError, TypeError):
        return False  # an operator or comparison we cannot make: treat as not enabled


def enabled(form_item: FormItem, answers: dict[str, list[dict[str, Any]]]) -> bool:
    if not form_item.enable_when:
        return True
    results = [_holds(c, answers.get(c["question"], []) if "question" in c else []) for c in form_item.enable_when]
    return any(results) if form_item.enable_any else all(results)


@dataclass(frozen=True)
class Built:
    items: list[dict[str, Any]]  # the response's items
    answers: dict[str, list[dict[str, Any]]]  # linkId -> answers written, for enabled items outside repeating groups
    open: frozenset[str]  # enabled items outside repeating groups: those a person could still answer
    unanswered: list[FormItem]  # required, enabled, and a person could answer it in a message
    left_for_service: list[FormItem]  # required but of a type we do not ask about (attachments…)
    optional: list[FormItem] = field(default_factory=list)  # not required, enabled, unanswered, of a type one could


def _entry(item: FormItem) -> dict[str, Any]:
    entry: dict[str, Any] = {"linkId": item.link_id}
    if safe_text(item.text):  # a form's text of only spaces or line breaks is left out
        entry["text"] = safe_text(item.text)
    return entry


def build(form: Form, answers: dict[str, list[dict[str, Any]]], populated: Level, disabled: frozenset[str] = frozenset()) -> Built:
    """The response items for `answers` (outside repeating groups) and `populated`'s groups."""
    written: dict[str, list[dict[str, Any]]] = {}
    still_open: set[str] = set()
    unanswered: list[FormItem] = []
    left: list[FormItem] = []
    optional: list[FormItem] = []

    def walk(items: Iterable[FormItem], own: dict[str, list[dict[str, Any]]], known: dict[str, list[dict[str, Any]]], level: Level | None,
             top: bool) -> list[dict[str, Any]]:
        built = []
        for item in items:
            if item.link_id in disabled or not enabled(item, known):
                continue
            if level is not None and item.link_id in level.instances:
                for instance in level.instances[item.link_id]:  # one group per thing found
                    children = walk(item.children, instance.answers, {**known, **instance.answers}, instance, False)
                    if children:
                        built.append({**_entry(item), "item": children})
                continue
            entry = _entry(item)
            if item.type == "group":
                children = walk(item.children, own, known, level, top)
                if children:
                    built.append({**entry, "item": children})
                continue
            if top and item.type != "display":
                still_open.add(item.link_id)
            if item.link_id in own:
                entry["answer"] = [dict(a) for a in own[item.link_id]]
                if top:
                    written[item.link_id] = own[item.link_id]
                # Questions under a question are written under its (first) answer, as FHIR has it.
                children = walk(item.children, own, known, level, top) if item.children else []
                if children:
                    entry["answer"][0]["item"] = children
                built.append(entry)
            elif top and item.required and item.type in ASKABLE and (item.options or item.type != "choice"):
                unanswered.append(item)
            elif top and item.required and item.type != "display":
                left.append(item)
            elif top and not item.required and item.type in ASKABLE and (item.options or item.type != "choice"):
                optional.append(item)
        return built

    items = walk(form.items, answers, answers, populated, True)
    return Built(items, written, frozenset(still_open), unanswered, left, optional)
