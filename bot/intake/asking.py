"""Which of a form's unanswered items the person (or their carer) is the right one to answer.

Besides the items a form requires, a service's form has many a person could answer in a message
("Do you use a walking aid?", "Preferred language") that the story did not. They are worth asking,
up to a limit the service sets (`ask_limit`, 8 unless it says), each once across all the forms the
person chose (`bot.intake.gaps`). Not worth asking, because the person is not the one who knows or
the form works it out itself:
- what the form calculates, shows read-only or hides (a total, a risk, an age from a birth date),
  and an age where the form also asks the date of birth (the service works it out);
- what is for the service's staff: "Completed by", a reference or case number, a referral date or
  source, an assessor's outcome, priority, triage or score; and what the form says the service will
  ask itself ("How you are managing (the practice will ask if it needs this)");
- what an expression reads from someone else's record (`%user`, `%encounter`: the clinician or the
  visit, never the person);
- an item inside a repeating group (one per medicine found), or under a question not yet answered
  ("Who?" under "Do you live with anyone?" waits for its answer);
- what a group asks of whoever fills the form in for the person ("Your name" under "If you are
  filling this in for someone else"), unless a carer is telling the story;
- a type a message cannot answer (attachments, references, date-times), or a choice with nothing to
  choose from.
"""
from __future__ import annotations

import re
from typing import Any

from bot.intake.forms import ASKABLE, Form, FormItem
from bot.intake.phrasing import for_the_teller, from_label

DEFAULT_ASK_LIMIT = 8
_CALCULATED = ("http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",)
_HIDDEN = "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden"
_FOR_STAFF = re.compile(
    r"\b(?:staff|office use|official use|internal use|clinicians?|practitioners?|completed by|filled in by|"
    r"assessors?|assessed by|assessment (?:date|outcome)|referr(?:er|ing|al (?:date|source|reason|number))|"
    r"reference(?: number)?|case (?:number|id|worker)|signature|signed|date of (?:assessment|referral|visit)|"
    r"outcome|triage|priority|urgency|scores?|total|risk level|severity|for (?:the )?(?:service|team)'?s? use)\b",
    re.I)
_SERVICE_WILL_ASK = re.compile(r"\b(?:the )?(?:practice|service|surgery|team|council|clinic|nurse|staff|we|they) "
                               r"will (?:ask|check|find out)\b", re.I)
_AGE = ("about_me.where(kind='age').value", "http://loinc.org|30525-0")
_DATE_OF_BIRTH = ("about_me.where(kind='date_of_birth').value", "http://loinc.org|21112-8")
_SOMEONE_ELSES_RECORD = re.compile(r"%(?:user|encounter|practitioner|location|organization)\b")
# A group for whoever fills the form in for the person: theirs to answer when a carer tells the story.
_FOR_THE_TELLER = re.compile(r"for someone else|on (?:their|his|her|someone'?s|somebody'?s) behalf|behalf of|"
                             r"completing (?:this|the form) for|filling (?:this|it|the form) in for|about you, the carer", re.I)


def _expressions(raw: dict[str, Any]) -> list[str]:
    return [str((e.get("valueExpression") or {}).get("expression", "")) for e in raw.get("extension", [])]


def _parents(form: Form) -> dict[str, FormItem]:
    found: dict[str, FormItem] = {}
    for item in form.walk():
        for child in item.children:
            found[child.link_id] = item
    return found


def for_the_person(item: FormItem, form: Form, parents: dict[str, FormItem] | None = None,
                   teller: str = "self") -> bool:
    """Whether the person (or the carer telling their story: `teller`) is the right one to answer
    `item` (see the module's docstring)."""
    raw = item.raw
    if item.type not in ASKABLE or (item.type == "choice" and not item.options):
        return False
    if raw.get("readOnly") or any(e.get("url") == _HIDDEN and e.get("valueBoolean") for e in raw.get("extension", [])):
        return False
    if any(e.get("url") in _CALCULATED for e in raw.get("extension", [])):
        return False
    if any(_SOMEONE_ELSES_RECORD.search(text) for text in _expressions(raw)):
        return False
    parents = _parents(form) if parents is None else parents
    chain, parent = [item], parents.get(item.link_id)
    while parent is not None:
        if parent.type == "group" and parent.repeats:
            return False  # one instance per thing found: not a question for a message
        chain.append(parent)
        parent = parents.get(parent.link_id)
    if teller != "carer" and any(_FOR_THE_TELLER.search(one.text) for one in chain):
        return False
    return not any(_FOR_STAFF.search(one.text) or _SERVICE_WILL_ASK.search(one.text) for one in chain)


# A group for the carer telling the story: its questions to "you" are the carer's own.
_CARERS_OWN = re.compile(_FOR_THE_TELLER.pattern + r"|\byou,? the carer\b|\byour caring\b|\bcaring role\b|"
                         r"\bcarer'?s? own\b|\babout the carer\b", re.I)


def carers_own(item: FormItem, form: Form) -> bool:
    """Whether `item` sits in a group put to the carer about themselves ("About you, the carer")."""
    parent = _parents(form).get(item.link_id)
    while parent is not None:
        if _CARERS_OWN.search(parent.text):
            return True
        parent = _parents(form).get(parent.link_id)
    return False


def in_context(item: FormItem, form: Form, teller: str = "self", name: str | None = None) -> str | None:
    """A question for an item whose own words need its group's ("Food" under "In the past year,
    have you gone without any of these…?"; "Name" under "Emergency contact": "What should I put for
    “Emergency contact: Name”?"), to whoever tells the story (`bot.intake.phrasing`); None when its
    own words ask it ("Do you use a walking aid?") or it stands alone."""
    if item.text.strip().endswith("?"):
        return None
    parent = _parents(form).get(item.link_id)
    if parent is None or parent.type != "group" or not parent.text.strip() or parent.text == parent.link_id:
        return None
    group, text = parent.text.strip(), item.text.strip().rstrip(":")
    own = carers_own(item, form)
    if group.endswith("?"):  # the item's own words quoted, as the form has them
        return for_the_teller(f"{group} (“{text}”)", teller, name, own)
    return from_label(f"{group.rstrip(':')}: {text}", item.type, teller, name, own)


def worth_asking(form: Form, optional: list[FormItem], teller: str = "self") -> list[FormItem]:
    """Of the form's unanswered, not required items (in the form's order), those the person is the
    one to answer; the service's limit is applied across forms by `bot.intake.gaps.gaps_for`."""
    parents = _parents(form)
    works_out_age = any(item.key in _DATE_OF_BIRTH for item in form.walk())
    return [item for item in optional if for_the_person(item, form, parents, teller)
            and not (works_out_age and (item.key in _AGE or item.text.strip().rstrip(":").lower() == "age"))]
