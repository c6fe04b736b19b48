"""Filling a form from a consented view: a QuestionnaireResponse, and what it could not answer.

Only the sections given are read, so a section the person did not agree to share cannot reach a
form. An answer the person gave to a gap question is an item in a section too (with the question's
`question_key`), so consent governs it exactly as it governs the story.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.intake import calculate, sdc
from bot.intake.build import Built, Level, build, populate
from bot.intake.calculate import Calculator
from bot.intake.facts import HELP_WORDS, carer_relationship, carer_text, read_fact, story_teller_relation
from bot.intake.fhir_bundle import relationship_choice, story_bundle
from bot.intake.forms import Form, FormItem, Rule
from bot.intake.reading import Choice
from bot.intake.scope import NONE_KNOWN, no_drug_allergies, problem_words, year_of
from bot.intake.untrusted import safe_text
from bot.intake.value_sets import no_option, yes_option

_STATUS_NOTE = {"past": "in the past", "negated": "does not have", "hypothetical": "a worry, not confirmed"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def answer_text(item: dict[str, Any]) -> str:
    """One profile item as a line a service's staff can read (not yet made safe: see safe_text)."""
    text = problem_words(item)  # "my heart's not good", read back as "a problem with your heart"
    if item.get("status") == "negated" and re.search(r"\ballerg", text.lower()) and not item.get("question_key"):
        return "No known allergies"  # "he has no allergies that we know of"
    if no_drug_allergies(item) and not item.get("question_key"):
        return "No known drug allergies"  # "No allergy for medicine"
    if item.get("status") == "family":
        return f"{text} (family history: {item.get('about')})"
    notes: list[str | None] = []
    year = year_of(item)
    if year and item.get("status") in ("past", "current", None):  # "hip replacement (in 2019)", "diabetes (since 2015)"
        notes.append(f"{'in' if item.get('status') == 'past' else 'since'} {year}")
    elif text == NONE_KNOWN:
        pass  # "nothing", answered to "Medicines stopped or changed": none, never "none known (in the past)" (a stranger,
        # session 36)
    elif "term" in item or item.get("status") != "negated":  # a clause says its own "no": "there's no lift"
        notes.append(_STATUS_NOTE.get(item.get("status", "")))
    if item.get("about") == "narrator":
        notes.append("about the carer")
    if item.get("spelled"):
        notes.append(f"written as “{item['spelled']}”")
    if item.get("question_key"):
        notes.append("answered when asked")
    note = "; ".join(n for n in notes if n)
    return f"{text} ({note})" if note else text


def option_value(option: dict[str, Any]) -> dict[str, Any]:
    """An answerOption as the answer it gives (its value[x] only)."""
    return {k: v for k, v in option.items() if k.startswith("value")}


def option_label(option: dict[str, Any]) -> str:
    value = next(iter(option_value(option).values()), "")
    if isinstance(value, dict):
        return str(value.get("display") or value.get("code") or "")
    return str(value)


def option_code(option: dict[str, Any]) -> str:
    value = next(iter(option_value(option).values()), "")
    return str(value.get("code") or value.get("display")) if isinstance(value, dict) else str(value)


def _mentions(texts: list[str], phrase: str) -> bool:
    pattern = r"(?<!\w)" + re.escape(phrase.lower()) + r"(?!\w)"
    return any(re.search(pattern, text.lower()) for text in texts)


def _as_text(value: Any) -> str:
    return answer_text(value) if isinstance(value, dict) else str(value)


def _pick(form_item: FormItem, choice: Choice) -> dict[str, Any] | None:
    """The option that means `choice`: by its code, or else the one option whose label says it."""
    by_code = [o for o in form_item.options if option_code(o) in choice.codes]
    if by_code:
        return option_value(by_code[0])
    for words in (choice.words, choice.broader):
        by_words = [o for o in form_item.options if words and re.search(words, option_label(o).lower())]
        if len(by_words) > 1:  # "House" among "House" and "Room in a shared house": the one it names whole
            by_words = [o for o in by_words if re.fullmatch(words, option_label(o).lower().strip(" ."))]
        if len(by_words) == 1:
            return option_value(by_words[0])
    return None


_BAND = re.compile(r"^(?:(?:up to|under|less than|fewer than) (?P<top>\d+)|(?P<low>\d+) ?(?:to|-|–) ?(?P<high>\d+)|"
                   r"(?P<least>\d+)(?: or more|\+)|(?:over|more than) (?P<over>\d+))\b")


def _in_band(number: int, label: str) -> bool:
    """Whether an option's label ("Up to 19 hours a week", "20 to 34 hours", "50 or more") holds `number`."""
    band = _BAND.match(label.lower().strip())
    if label.strip() == str(number):
        return True
    if not band:
        return False
    if band["top"]:
        return number <= int(band["top"]) - (0 if band.group(0).startswith("up to") else 1)
    if band["low"]:
        return int(band["low"]) <= number <= int(band["high"])
    if band["least"]:
        return number >= int(band["least"])
    return number > int(band["over"])


def _from_fact(form_item: FormItem, value: Any) -> list[dict[str, Any]]:
    """A fact as answers of the item's type; what does not fit is left out."""
    kind, options = form_item.type, form_item.options
    if value is None or value == []:
        return []
    if isinstance(value, bool):
        if kind == "boolean":
            return [{"valueBoolean": value}]
        chosen = (yes_option if value else no_option)(options) if kind in ("choice", "open-choice") else None
        return [option_value(chosen)] if chosen else []
    if isinstance(value, int):
        if kind in ("choice", "open-choice"):  # "25" hours among bands: "20 to 34 hours a week"
            banded = [o for o in options if _in_band(value, option_label(o))]
            return [option_value(banded[0])] if len(banded) == 1 else []
        return [{"valueInteger": value}] if kind == "integer" else \
            [{"valueDecimal": float(value)}] if kind == "decimal" else []
    if isinstance(value, Choice):
        chosen = _pick(form_item, value) if kind in ("choice", "open-choice") else None
        if chosen:
            return [chosen]
        return [{"valueString": safe_text(str(value))}] if kind in ("string", "text", "open-choice") else []
    values = [value] if isinstance(value, str) else list(value)
    if kind in ("choice", "open-choice") and form_item.repeats:
        picked: list[dict[str, Any]] = []
        for one in values:  # each must mean exactly one option ("washing" is "Washing and bathing")
            found = [o for o in options if re.search(HELP_WORDS.get(one, re.escape(one.lower())), option_label(o).lower())]
            if len(found) == 1 and option_value(found[0]) not in picked:
                picked.append(option_value(found[0]))
        return picked
    if kind in ("string", "text"):
        texts = [safe_text(v) for v in values if safe_text(v)]
        return [{"valueString": t} for t in texts] if form_item.repeats else \
            [{"valueString": "; ".join(texts)}] if texts else []
    return []


_ASKS_WHAT_THEY_DO = re.compile(r"\bwhat (?:do|does) (?:they|he|she|that person) do\b|\bwhat they do\b|"
                                r"\bwhat (?:help|support) (?:do|does) (?:they|he|she) (?:give|provide)\b")


def _the_tellers_relation(rule: Rule) -> bool:
    """Whether a mapping reads the relation of the carer telling the story (`support_network.where(about=
    'narrator').relationship`)."""
    path = rule.path
    return path is not None and path.section == "support_network" and path.field == "relationship" \
        and path.function is None and any(w.field == "about" and w.equal and w.value == "narrator" for w in path.wheres)


def _from_rule(form_item: FormItem, rule: Rule, sections: dict[str, Any], relation: str | None = None,
               now: datetime | None = None) -> list[dict[str, Any]]:
    if rule.fact == "teller_relationship":  # the carer's own: from who told the story, else as the story says it
        return _from_fact(form_item, relationship_choice(relation) or relationship_choice(story_teller_relation(sections)))
    if rule.fact == "carer_relationship":  # the carer telling the story: as who told it, when the story does not say
        return _from_fact(form_item, carer_relationship(sections, relation))
    if rule.fact == "carer_text":  # the carer telling the story named by who told it, when the story does not
        doing = bool(_ASKS_WHAT_THEY_DO.search(form_item.text.lower()))  # "Who helps you, and what do they do?"
        return _from_fact(form_item, carer_text(sections, relation, doing))
    if rule.fact:
        value = read_fact(rule.fact, sections, now)
        if rule.mentions and isinstance(value, list):  # "Do you use a wheelchair?": only a wheelchair says yes
            named = [v for v in value if any(_mentions([str(v)], p) for p in rule.mentions)]
            asks_yes_no = form_item.type == "boolean" or yes_option(form_item.options) is not None
            value = (True if named else None) if asks_yes_no else named
        return _from_fact(form_item, value)
    assert rule.path is not None  # a rule reads a fact or a profile path
    raw = rule.path.evaluate(sections)
    if not raw and _the_tellers_relation(rule):
        # the carer telling the story: their relation as they answered it at the carer questions ("I'm his
        # daughter"), else as the story says it ("I look after my husband"); never a guess
        told = relation or story_teller_relation(sections)
        raw = [told] if told else []
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
        yes = yes_option(form_item.options)
        return [option_value(yes)] if yes and any(_mentions(texts, p) for p in rule.mentions) else []
    if kind in ("choice", "open-choice"):
        chosen: list[dict[str, Any]] = []
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


def _from_answers(form_item: FormItem, given: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The person's own answers to this question (asked once, for any form)."""
    answers: list[dict[str, Any]] = []
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


_AGE = "about_me.where(kind='age').value"


def age_from_birth(sections: dict[str, Any], now: datetime) -> int | None:
    """The person's age in whole years on `now`'s day, from the one date of birth the story gives them."""
    births = {str(i.get("value")) for i in sections.get("about_me", []) if isinstance(i, dict)
              and i.get("kind") == "date_of_birth" and i.get("about", "subject") == "subject"
              and _ISO_DATE.match(str(i.get("value")))}
    if len(births) != 1:
        return None
    year, month, day = map(int, next(iter(births)).split("-"))
    today = now.date()
    years = today.year - year - ((today.month, today.day) < (month, day))
    return years if 0 <= years <= 120 else None


@dataclass(frozen=True)
class Filled:
    response_items: list[dict[str, Any]]
    answers: dict[str, list[dict[str, Any]]]  # linkId -> answers, for enabled items only
    unanswered: list[FormItem]  # required, enabled, and a person could answer it in a message
    left_for_service: list[FormItem]  # required but of a type we do not ask about (attachments…)
    optional: tuple[FormItem, ...] = ()  # not required, enabled, unanswered: maybe worth asking (bot.intake.asking)


def answer_index(sections: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for items in sections.values():
        for item in items:
            # an answer an update since says has stopped, or is not so, answers no more
            if item.get("question_key") and item.get("status") not in ("past", "negated") and not item.get("stale"):
                found.setdefault(item["question_key"], []).append(item)
    return found


def uses_sdc(form: Form) -> bool:
    """Whether the form asks for SDC population (any expression, variable or launch context)."""
    return any(e.get("url", "").startswith(sdc.SDC) or e.get("url") in (*sdc.VARIABLES, *sdc.LAUNCH_CONTEXTS)
               for e in form.raw.get("extension", [])) \
        or any(e.get("url") in (*sdc.INITIALS, sdc.CANDIDATE, sdc.POPULATION_CONTEXT, *sdc.VARIABLES,
                                sdc.OBSERVATION_LINK, calculate.CALCULATED, calculate.ENABLE_WHEN)
               for item in form.walk() for e in item.raw.get("extension", []))


def fill(form: Form, sections: dict[str, Any], population: sdc.Population | None = None,
         relation: str | None = None, own_story: bool = False, now: datetime | None = None) -> Filled:
    """The form filled from `sections`: a person's own answers first, then SDC population over
    the story's FHIR bundle (made from the same sections), then our mapping, code or wording;
    then the form's calculations and enableWhenExpressions over the response so far.
    `own_story`: the person told it themselves, so a group about "the person you care for" is someone
    else (a son they look after), never filled with the person's own name and conditions. `now`: the clock an
    age is worked out by from the date of birth the story gives, when a form asks the age and the story does not say it."""
    given = answer_index(sections)
    if population is None and uses_sdc(form):
        population = sdc.population_for(form.raw, story_bundle(sections))
    populated = populate(form, population) if population else Level()
    answers: dict[str, list[dict[str, Any]]] = {}
    person: set[str] = set()
    for item in form.walk():
        if item.type in ("group", "display"):
            continue
        found = _from_answers(item, given.get(item.key, []))
        person.update([item.link_id] if found else [])
        if not found:
            found = populated.answers.get(item.link_id, [])
        # A form's expression that ran and found nothing is not second-guessed from wording; an
        # item code the form gives (LOINC 54125-0, a name) still fills it.
        if own_story and item.cared_for and not found:
            continue  # left for the person: the story's facts are theirs, not the cared-for person's
        if not found and item.rule and not (item.rule.by_wording and item.link_id in populated.decided):
            found = _from_rule(item, item.rule, sections, relation, now)
        if not found and now and item.type == "integer" and item.rule and item.rule.expression == _AGE:
            years = age_from_birth(sections, now)
            found = [{"valueInteger": years}] if years is not None else []
        if found:
            answers[item.link_id] = found
    built = build(form, answers, populated)
    if population is not None and calculate.uses_calculation(form):
        built = _calculated(form, population, populated, answers, person, built)
    return Filled(built.items, built.answers, built.unanswered, built.left_for_service, tuple(built.optional))


def _calculated(form: Form, population: sdc.Population, populated: Level, answers: dict[str, Any], person: set[str],
                built: Built) -> Built:
    """Calculated answers and enableWhenExpressions, until nothing they read changes (a total
    feeding a severity); the person's own answers are never replaced."""
    calculator = Calculator(form, population, lambda trial: build(form, trial, populated).items)
    disabled: frozenset[str] = frozenset()
    for _ in range(3):
        hidden = frozenset(i.link_id for i in form.walk() if calculator.enabled(i, built.items) is False)
        found = dict(answers)
        for item in form.walk():
            if item.link_id in person or item.link_id not in built.open:
                continue
            value = calculator.calculated(item, answers, built.open, built.items)
            if value:
                found[item.link_id] = value
        changed = {k for k in found.keys() | answers.keys() if found.get(k) != answers.get(k)} | (hidden ^ disabled)
        if not changed:
            break
        answers, disabled = found, hidden
        built = build(form, answers, populated, disabled)
        if not calculator.affected(_with_children(form, changed)):
            break
    return built


def _with_children(form: Form, link_ids: set[str]) -> set[str]:
    found = set(link_ids)
    for item in form.walk():
        if item.link_id in found:
            found.update(child.link_id for child in item.children)
    return found


def response(form: Form, filled: Filled, now: datetime) -> dict[str, Any]:
    document: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": form.url,
        "status": "in-progress",
        "authored": now.isoformat(),
    }
    if filled.response_items:  # FHIR JSON never holds an empty array
        document["item"] = filled.response_items
    return document
