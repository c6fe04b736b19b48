"""How facts read a story's sections: the person's own items, of the statuses asked for, and a
value only when the story gives exactly one (`bot.intake.facts`, `bot.intake.home_facts`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Collection, TypeVar


@dataclass(frozen=True)
class Choice:
    key: str
    words: str  # a regular expression an option's label matches when it means this
    codes: frozenset[str] = frozenset()  # option codes that mean this (LOINC answers, SNOMED CT, ours)
    display: str = ""
    broader: str = ""  # an option's label that means it among others, when none means it alone

    def __str__(self) -> str:
        return self.display or self.key


def choice(key: str, words: str, *codes: str, display: str = "", broader: str = "") -> Choice:
    return Choice(key, words, frozenset(codes), display or key, broader)


NOW = ("current",)
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "twice": 2, "once": 1}


def items(sections: dict[str, Any], *keys: str, statuses: Collection[str] = NOW,
          about: Collection[str] = ("subject",)) -> list[dict[str, Any]]:
    return [i for key in keys for i in sections.get(key, [])
            if isinstance(i, dict) and isinstance(i.get("text"), str) and i.get("status", "current") in statuses
            and i.get("about", "subject") in about and not i.get("question_key")]


# Chat spellings of the little words facts read by ("live wiv my partner n her lad", "live w my mum"), as those words.
# The person's own words are what a form is given; this is only how a fact reads them.
_CHAT_WORDS = ((re.compile(r"(?<![\w'])(?:wiv|wiv|wid|wi)(?![\w'])|(?<!\w)w/(?=\s)|"
                            r"(?:(?<=\blive )|(?<=\blives )|(?<=\bliving ))w(?=\s+(?:my|me|our|his|her|their|the|a|an)\b)"), "with"),
               (re.compile(r"(?<=\w)\s+(?:n|&|\+)\s+(?=\w)"), " and "))


def plain(text: str) -> str:
    """`text` in lower case, with chat spellings of "with" and "and" as those words."""
    text = text.lower().replace("’", "'")
    for pattern, word in _CHAT_WORDS:
        text = pattern.sub(word, text)
    return text


def lower(found: list[dict[str, Any]]) -> list[str]:
    return [plain(" ".join([i["text"], *map(str, i.get("features", []))])) for i in found]


_T = TypeVar("_T")


def one(found: set[_T]) -> _T | None:
    return next(iter(found)) if len(found) == 1 else None


def said(sections: dict[str, Any], *keys: str, statuses: Collection[str] = NOW) -> list[tuple[dict[str, Any], str]]:
    found = items(sections, *keys, statuses=statuses)
    return list(zip(found, lower(found), strict=True))
