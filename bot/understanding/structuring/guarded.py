"""Long patterns tried only on text that holds a word they cannot match without (issue 18: speed).

Most of the time structuring a story took went on a few long case-insensitive patterns (the age, the
language, an allergy, a goal) searched over every clause: Python's `re` tries each alternative at every
word, and most clauses hold none of the words the pattern needs. A `Guarded` pattern first looks for one
of those words, a plain substring test, and runs the pattern only where one is: the same matches, sooner.

The words must be ones every match contains (a match of "all?ergic" contains "lerg"). They are looked for
in the text in lower case as `re.IGNORECASE` compares letters ("İ", "ı" and "ſ" match "i", "i" and "s"),
so a guard never hides a match. tests/bot/understanding/structuring/test_guarded.py checks each guard
against its pattern.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

# Letters `re.IGNORECASE` matches to an ASCII letter that `str.lower` does not lower to it ("K", the Kelvin
# sign, lowers to "k" already)
_AS_IGNORECASE_READS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_DIGIT = re.compile(r"\d")


def folded(text: str) -> str:
    """`text` in lower case, each letter as `re.IGNORECASE` reads it."""
    return text.lower() if text.isascii() else text.translate(_AS_IGNORECASE_READS).lower()


class Guarded:
    """`regex`, searched only where `text` holds one of `needs` (lower-case words, "|" between them), or a
    digit if `digits`."""

    __slots__ = ("regex", "needs", "digits")

    def __init__(self, regex: re.Pattern[str], needs: str = "", digits: bool = False):
        self.regex = regex
        self.needs = tuple(word for word in needs.split("|") if word)
        self.digits = digits

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def can_match(self, text: str) -> bool:
        lowered = folded(text)
        # map() keeps the loop over the words in C: a guard is asked of every clause
        return any(map(lowered.__contains__, self.needs)) or (self.digits and bool(_DIGIT.search(text)))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(text, pos, endpos) if self.can_match(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos) if self.can_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, endpos) if self.can_match(text) else iter(())

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(text, pos, endpos) if self.can_match(text) else None

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.regex.sub(replacement, text) if self.can_match(text) else text
