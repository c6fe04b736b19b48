"""Sentence context: is a fact current, past, negated, about family, or hypothetical?

Pure functions over the words before a fact in its clause. "I can't manage the stairs" is a need,
not a negation, so inability phrases are removed before negation cues are looked for.
"""
from __future__ import annotations

import re

CURRENT, PAST, NEGATED, FAMILY, HYPOTHETICAL = "current", "past", "negated", "family", "hypothetical"

_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:but|although|though|whereas|however)\s", re.IGNORECASE)
_INABILITY = re.compile(
    r"\b(can't|can’t|cannot|can not|couldn't|could not|unable to|not able to|struggle to|"
    r"struggles to|find it hard to|won't be able to)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(no|not|never|don't|don’t|do not|doesn't|does not|haven't|hasn't|have not|has not|"
    r"didn't|did not|isn't|is not|aren't|without|denies|free of|nor)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(used to|no longer|not any ?more|gave up|given up|stopped|quit|previously|in the past|"
    r"years ago|came off|come off|when i was|had had|recovered from|was treated for)\b",
    re.IGNORECASE,
)
_PAST_AFTER = re.compile(r"^\W*\w*\W*(years ago|any ?more|in the past|before)\b", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(if|might|may|worried|worry|worries|afraid|in case|what if|scared|could|would|risk of)\b",
    re.IGNORECASE,
)


def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """Start and end of the clause of `sentence` that holds character `position`."""
    start, end = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end


def fact_status(sentence: str, start: int, end: int) -> str:
    """Status of the fact at sentence[start:end], from the words of its clause."""
    clause_start, clause_end = clause_bounds(sentence, start)
    before = sentence[clause_start:start]
    after = sentence[end:clause_end]
    if _HYPOTHETICAL.search(before):
        return HYPOTHETICAL
    if _PAST.search(before) or _PAST_AFTER.search(after):
        return PAST
    if _NEGATION.search(_INABILITY.sub(" ", before)):
        return NEGATED
    return CURRENT


def family_member(sentence: str, start: int, relatives: frozenset[str], exclude: str | None) -> str | None:
    """The relative a fact is about ("my mother had …"), or None if it is the subject's own."""
    before = sentence[:start].lower()
    if re.search(r"\b(runs in (the|my|our) family|family history)\b", sentence, re.IGNORECASE):
        return "family"
    found = None
    for match in re.finditer(r"\b(my|his|her|their|our)\s+([a-z]+)", before):
        if match.group(2) in relatives and match.group(2) != exclude:
            found = match.group(2)
    return found
