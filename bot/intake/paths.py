"""Profile paths: the small FHIRPath subset our mappings and SDC initialExpressions are written in.

    [%profile.]<section> ( .where(<field>='<value>') | .where(<field>!='<value>') | .<field> )*
                         [ .exists() | .count() | .first() ]

A section gives its items; `where` keeps items whose field equals (or, for a list field, contains)
the value (`where(kind='procedure')`: an operation done, not one to come; `where(kind='symptom')`: a problem told that
is no diagnosis, "numbness in the feet", "a problem with the heart"); `.<field>` gives the field's values, flattening lists; `exists()` is true when anything is
left. Anything else is `PathNotSupported`: the form item stays empty and becomes a gap question.
A section gives only what `bot.intake.scope` lets a form read as the person's: not someone else's
needs, not the carer's own facts unless the path asks `where(about…)`, not a habit or a symptom as a
condition, nothing the person said they do not have (unless the path asks `where(status='negated')`),
and no address that is only a postcode (`bot.intake.address`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.intake.address import read_address
from bot.intake.errors import PathNotSupported
from bot.intake.scope import PROCEDURE, SYMPTOM, belongs, done_procedure, held, told_problem
from bot.sections import SECTIONS

_CONTACT_KINDS = frozenset({"phone", "email"})
_STEP = re.compile(r"""\.(?:where\((?P<field>\w+)\s*(?P<op>!?=)\s*'(?P<value>[^'\\]*)'\)
                        |(?P<fn>exists|count|first)\(\)
                        |(?P<name>\w+))""", re.X)
_FINAL = {"exists", "count", "first"}



@dataclass(frozen=True)
class Where:
    field: str
    equal: bool
    value: str

    def keeps(self, item: dict[str, Any]) -> bool:
        if self.field == "kind" and self.value == PROCEDURE:  # an operation done, as `bot.intake.scope` tells one
            return done_procedure(item) == self.equal
        if self.field == "kind" and self.value == SYMPTOM:  # a problem told that is no diagnosis
            return told_problem(item) == self.equal
        found = item.get(self.field)
        hit = self.value in found if isinstance(found, list) else str(found) == self.value
        return hit == self.equal


@dataclass(frozen=True)
class Path:
    section: str
    wheres: tuple[Where, ...]
    field: str | None  # `.text`, `.value`, `.aids`: values instead of whole items
    function: str | None  # exists, count or first

    @property
    def storable(self) -> bool:
        """Whether an answer can be written as an item this path would find again."""
        return self.function in (None, "first") and all(w.equal for w in self.wheres)

    def evaluate(self, sections: dict[str, Any]) -> list[Any]:
        asks_kind = any(w.field == "kind" for w in self.wheres)
        asks_about = any(w.field == "about" for w in self.wheres)
        symptoms = any(w.field == "kind" and w.value == SYMPTOM and w.equal for w in self.wheres)
        # The statuses asked for ("not-current" for `status!='current'`): none asks what they have now.
        statuses = frozenset(w.value if w.equal else f"not-{w.value}" for w in self.wheres if w.field == "status")
        items = [item for item in sections.get(self.section, [])
                 if belongs(item, self.section, asks_about, symptoms) and all(w.keeps(item) for w in self.wheres)
                 and (item.get("question_key") or (held(item, self.section, statuses) and _told_address(item)))
                 # A typed answer (a date of birth, a phone number, a yes) is found by the question
                 # that asked it, never swept up as part of the story: "Your home: 14 Elm Road".
                 and (asks_kind or not (item.get("question_key") and "kind" in item))
                 # a phone number or email told in the story is no communication need: "Communication needs:
                 # 07700 900812" went on four people's forms (a stranger, session 35); the path asking its kind finds it
                 and (asks_kind or not (self.section == "communication" and item.get("kind") in _CONTACT_KINDS))]
        values: list[Any] = items
        if self.field:
            values = []
            for item in items:
                found = item.get(self.field)
                values.extend(found if isinstance(found, list) else [] if found is None else [found])
        if self.function == "exists":
            return [bool(values)]
        if self.function == "count":
            return [len(values)]
        if self.function == "first":
            return values[:1]
        return values

    def item_for(self, value: Any, text: str) -> dict[str, Any]:
        """An answer item this path finds again: it meets every `where`, and holds the value."""
        item: dict[str, Any] = {"text": text, "status": "current", "about": "subject"}
        for where in self.wheres:
            item[where.field] = where.value
        if self.field and self.field != "text":
            item[self.field] = [value] if self.field in ("aids", "activities", "features", "terms", "needs") \
                else value
        return item


def _told_address(item: dict[str, Any]) -> bool:
    """An address told in the story is one only when it says where they live: a postcode alone
    ("my postcode is m14 5rt") is read as the postcode, never as the address or the street."""
    return item.get("kind") != "address" or read_address(str(item.get("value", item.get("text", "")))).is_address


def parse_path(expression: str) -> Path:
    text = expression.strip()
    if text.startswith("%profile."):
        text = text[len("%profile."):]
    section, _, rest = text.partition(".")
    if section not in SECTIONS:
        raise PathNotSupported(f"not a profile section: {section!r}")
    rest = "." + rest if rest else ""
    wheres: list[Where] = []
    field = function = None
    position = 0
    while position < len(rest):
        match = _STEP.match(rest, position)
        if not match or function:
            raise PathNotSupported(f"cannot read {expression!r} from {rest[position:]!r}")
        position = match.end()
        if match["field"]:
            if field:
                raise PathNotSupported(f"`where` after a field in {expression!r}")
            wheres.append(Where(match["field"], match["op"] == "=", match["value"]))
        elif match["fn"]:
            function = match["fn"]
        else:
            if field:
                raise PathNotSupported(f"two fields in {expression!r}")
            field = match["name"]
    return Path(section, tuple(wheres), field, function)
