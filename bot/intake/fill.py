"""Filling a form from a consented view: a QuestionnaireResponse, and what it could not answer.

Only the sections given are read, so a section the person did not agree to share cannot reach a
form. An answer the person gave to a gap question is an item in a section too (with the question's
`question_key`), so consent governs it exactly as it governs the story.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from bot.intake import sdc
from bot.intake.fhir_bundle import story_bundle
from bot.intake.forms import ASKABLE, Form, FormItem
from bot.intake.untrusted import safe_text
from bot.intake.value_sets import yes_option

_STATUS_NOTE = {"past": "in the past", "negated": "does not have", "hypothetical": "a worry, not confirmed"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def answer_text(item: dict) -> str:
    """One profile item as a line a service's staff can read (not yet made safe: see safe_text)."""
    text = item["text"]
    if item.get("status") == "family":
        return f"{text} (family history: {item.get('about')})"
    notes = []
    if "term" in item or item.get("status") != "negated":  # a clause says its own "no": "there's no lift"
        notes.append(_STATUS_NOTE.get(item.get("status", "")))
    if item.get("about") == "narrator":
        notes.append("about the carer")
    if item.get("spelled"):
        notes.append(f"written as “{item['spelled']}”")
    if item.get("question_key"):
        notes.append("answered when asked")
    note = "; ".join(n for n in notes if n)
    return f"{text} ({note})" if note else text


def option_value(option: dict) -> dict:
    """An answerOption as the answer it gives (its value[x] only)."""
    return {k: v for k, v in option.items() if k.startswith("value")}


def option_label(option: dict) -> str:
    value = next(iter(option_value(option).values()), "")
    if isinstance(value, dict):
        return str(value.get("display") or value.get("code") or "")
    return str(value)


def option_code(option: dict) -> str:
    value = next(iter(option_value(option).values()), "")
    return str(value.get("code") or value.get("display")) if isinstance(value, dict) else str(value)


def _mentions(texts: list[str], phrase: str) -> bool:
    pattern = r"(?<!\w)" + re.escape(phrase.lower()) + r"(?!\w)"
    return any(re.search(pattern, text.lower()) for text in texts)


def _as_text(value) -> str:
    return answer_text(value) if isinstance(value, dict) else str(value)


def _from_rule(form_item: FormItem, sections: dict) -> list[dict]:
    rule = form_item.rule
    raw = rule.path.evaluate(sections)
    kind = form_item.type
    if rule.mentions and kind != "boolean":  # only what speaks of it: "debts" among work and money
        raw = [v for v in raw if any(_mentions([_as_text(v)], p) for p in rule.mentions)]
    texts = [_as_text(v) for v in raw if not isinstance(v, bool)]
    if kind == "boolean":
        if rule.mentions:
            return [{"valueBoolean": True}] if any(_mentions(texts, p) for p in rule.mentions) else []
        # Nothing found is "not told", never "no".
        return [{"valueBoolean": True}] if any(v is True or isinstance(v, dict) for v in raw) else []
    if kind in ("choice", "open-choice") and rule.mentions and not rule.options and yes_option(form_item.options):
        # "Do you live alone?" as Yes/No: yes when the story says so; nothing found is "not told".
        return [option_value(yes_option(form_item.options))] if any(_mentions(texts, p) for p in rule.mentions) else []
    if kind in ("choice", "open-choice"):
        chosen = []
        for option in form_item.options:
            # Declared phrases when the mapping gives them; otherwise the option's own words.
            phrases = rule.options.get(option_code(option), ()) if rule.options else (option_label(option).lower(),)
            if any(_mentions(texts, p) for p in phrases if p):
                chosen.append(option_value(option))
        if not chosen and kind == "open-choice" and texts and not rule.options:
            chosen = [{"valueString": safe_text(t)} for t in texts]
        return chosen if form_item.repeats else chosen[:1]
    if kind == "integer":
        return [{"valueInteger": int(v)} for v in raw if isinstance(v, int) and not isinstance(v, bool)][:1]
    if kind == "decimal":
        return [{"valueDecimal": float(v)} for v in raw if isinstance(v, (int, float)) and not isinstance(v, bool)][:1]
    if kind == "date":
        return [{"valueDate": v} for v in raw if isinstance(v, str) and _ISO_DATE.match(v)][:1]
    if kind in ("string", "text"):
        values = [safe_text(t) for t in texts if t.strip()]
        if form_item.repeats or len(values) <= 1:
            return [{"valueString": v} for v in values]
        return [{"valueString": safe_text("; ".join(values))}]
    return []  # dates with times, attachments, references...: the service asks for those itself


def _from_answers(form_item: FormItem, given: list[dict]) -> list[dict]:
    """The person's own answers to this question (asked once, for any form)."""
    answers = []
    for item in given:
        value = item.get("value")
        kind = form_item.type
        if kind == "boolean" and isinstance(value, bool):
            answers.append({"valueBoolean": value})
        elif kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
            answers.append({"valueInteger": value})
        elif kind == "decimal" and isinstance(value, (int, float)) and not isinstance(value, bool):
            answers.append({"valueDecimal": float(value)})
        elif kind == "date" and isinstance(value, str) and _ISO_DATE.match(value):
            answers.append({"valueDate": value})
        elif kind in ("choice", "open-choice"):
            match = [option_value(o) for o in form_item.options if option_code(o) == str(value)]
            answers.extend(match or ([{"valueString": safe_text(item["text"])}] if kind == "open-choice" else []))
        elif kind in ("string", "text"):
            answers.append({"valueString": safe_text(str(value if value is not None else item["text"]))})
    return answers if form_item.repeats else answers[:1]


def _primitive(answer: dict):
    value = next(iter(answer.values()), None)
    return value.get("code") if isinstance(value, dict) else value


def _holds(condition: dict, given: list[dict]) -> bool:
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
        compare = {">": lambda a: a > wanted, "<": lambda a: a < wanted,
                   ">=": lambda a: a >= wanted, "<=": lambda a: a <= wanted}[operator]
        return any(compare(v) for v in values if v is not None)
    except (KeyError, TypeError):
        return False  # an operator or comparison we cannot make: treat as not enabled


def enabled(form_item: FormItem, answers: dict[str, list[dict]]) -> bool:
    if not form_item.enable_when:
        return True
    results = [_holds(c, answers.get(c.get("question"), [])) for c in form_item.enable_when]
    return any(results) if form_item.enable_any else all(results)


@dataclass(frozen=True)
class Filled:
    response_items: list[dict]
    answers: dict[str, list[dict]]  # linkId -> answers, for enabled items only
    unanswered: list[FormItem]  # required, enabled, and a person could answer it in a message
    left_for_service: list[FormItem]  # required but of a type we do not ask about (attachments…)


def answer_index(sections: dict) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for items in sections.values():
        for item in items:
            if item.get("question_key"):
                found.setdefault(item["question_key"], []).append(item)
    return found


def uses_sdc(form: Form) -> bool:
    """Whether the form asks for SDC population (any expression, variable or launch context)."""
    return any(e.get("url", "").startswith(sdc.SDC) or e.get("url") in (*sdc.VARIABLES, *sdc.LAUNCH_CONTEXTS)
               for e in form.raw.get("extension", [])) \
        or any(e.get("url") in (*sdc.INITIALS, sdc.CANDIDATE, sdc.POPULATION_CONTEXT)
               for item in form.walk() for e in item.raw.get("extension", []))


@dataclass
class _Populated:
    answers: dict[str, list[dict]]  # linkId -> answers from SDC expressions
    instances: dict[str, list[dict[str, list[dict]]]]  # repeating group -> one answer map per thing found
    decided: set[str]  # items the form's own expression answered, even with nothing


def _populate(form: Form, population: sdc.Population) -> _Populated:
    found = _Populated({}, {}, set())

    def walk(items, env: dict, into: dict[str, list[dict]]) -> None:
        for item in items:
            scoped = population.with_variables(item.raw, env, item.link_id)
            context = sdc.population_context(population, item.raw, scoped) if item.type == "group" else None
            if context is not None:
                name, values = context
                found.instances[item.link_id] = []
                for value in values if item.repeats else values[:1]:
                    one: dict[str, list[dict]] = {}
                    walk(item.children, {**scoped, name: value}, one)
                    found.instances[item.link_id].append(one)
                continue
            if item.type not in ("group", "display"):
                answers, decided = sdc.populate_item(population, item.raw, scoped, item.options)
                if answers:
                    into[item.link_id] = answers
                if decided:
                    found.decided.add(item.link_id)
            walk(item.children, scoped, into)

    walk(form.items, population.env, found.answers)
    return found


def fill(form: Form, sections: dict, population: sdc.Population | None = None) -> Filled:
    """The form filled from `sections`: a person's own answers first, then SDC population over
    the story's FHIR bundle (made from the same sections), then our mapping, code or wording."""
    given = answer_index(sections)
    if population is None and uses_sdc(form):
        population = sdc.population_for(form.raw, story_bundle(sections))
    populated = _populate(form, population) if population else _Populated({}, {}, set())
    answers: dict[str, list[dict]] = {}
    for item in form.walk():
        if item.type in ("group", "display"):
            continue
        found = _from_answers(item, given.get(item.key, []))
        if not found:
            found = populated.answers.get(item.link_id, [])
        # A form's expression that ran and found nothing is not second-guessed from wording; an
        # item code the form gives (LOINC 54125-0, a name) still fills it.
        if not found and item.rule and not (item.rule.by_wording and item.link_id in populated.decided):
            found = _from_rule(item, sections)
        if found:
            answers[item.link_id] = found
    unanswered: list[FormItem] = []
    left: list[FormItem] = []
    enabled_answers: dict[str, list[dict]] = {}

    def entry_for(item: FormItem) -> dict:
        entry: dict = {"linkId": item.link_id}
        if safe_text(item.text):  # a form's text of only spaces or line breaks is left out
            entry["text"] = safe_text(item.text)
        return entry

    def build(items, known: dict[str, list[dict]]) -> list[dict]:
        built = []
        for item in items:
            if not enabled(item, known):
                continue
            if item.link_id in populated.instances and known is answers:
                for instance in populated.instances[item.link_id]:  # one group per thing found
                    children = build(item.children, {**answers, **instance})
                    if children:
                        built.append({**entry_for(item), "item": children})
                continue
            entry = entry_for(item)
            if item.type == "group":
                children = build(item.children, known)
                if children:
                    entry["item"] = children
                    built.append(entry)
                continue
            if item.link_id in known:
                entry["answer"] = [dict(a) for a in known[item.link_id]]
                enabled_answers[item.link_id] = known[item.link_id]
                # Questions under a question are written under its (first) answer, as FHIR has it.
                children = build(item.children, known) if item.children else []
                if children:
                    entry["answer"][0]["item"] = children
                built.append(entry)
            elif item.required and item.type in ASKABLE and (item.options or item.type != "choice"):
                unanswered.append(item)
            elif item.required and item.type != "display":
                left.append(item)
        return built

    return Filled(build(form.items, answers), enabled_answers, unanswered, left)


def response(form: Form, filled: Filled, now: datetime) -> dict:
    document = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": form.url,
        "status": "in-progress",
        "authored": now.isoformat(),
    }
    if filled.response_items:  # FHIR JSON never holds an empty array
        document["item"] = filled.response_items
    return document
