"""A carer who types the person's own words in quotes ("shes telling me what to put so this is her words mostly", then
"I've got osteoporosis", "My phone is 01632 960239"): in the quotes, "I" is the person, not the carer (the nineteenth
fresh forms set, session 25: a grandmother's osteoporosis, age and phone number were kept as her grandson's).

The story is read twice, each time with the other's words blanked out (as long as before, so every offset still indexes
the story): the carer's words as the carer's, the quoted words as the person's own; the two profiles are then joined.
"""
from __future__ import annotations

import re
from typing import Any

# Says the words that follow are the person's: "this is her words", "she's telling me what to put", "she says to put"
_THEIR_WORDS = re.compile(r"\b(?:(?:her|his|their)\s+(?:own\s+)?words|(?:she|he|they)(?:['’]?s|\s+is|['’]?re|\s+are)\s+"
                          r"(?:telling|dictating|saying)\s+(?:me\s+)?(?:what|it)\b|(?:in|using)\s+(?:her|his|their)\s+"
                          r"(?:own\s+)?words)", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{3,})[\"”]")
_FIRST_PERSON = re.compile(r"\b(?:i|i['’]m|im|i['’]ve|ive|i['’]d|my|me|mine|myself)\b", re.IGNORECASE)


# Someone else's words quoted: "When I rang 111 I said "…"", "the consultant said to her "…"" (a second reader,
# session 25: the carer's own "I'm 52 and I have epilepsy" was given to the person)
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|told|tells|asked|asks|wrote|writes|goes|went|replied|rang|shouted|"
                          r"quote|quoted)\b[^.!?\n\"“”]{0,30}$", re.IGNORECASE)


def _spoken(part: str) -> list[tuple[int, int]]:
    """The quoted stretches of a part in which the person speaks as "I" (quotes included): not words quoted as
    someone's saying."""
    return [m.span() for m in _QUOTED.finditer(part) if _FIRST_PERSON.search(m.group(1))
            and not _SAID_BEFORE.search(part, 0, m.start())]


def their_words(parts: list[str], teller: str) -> tuple[list[str], list[str]] | None:
    """(the carer's words, the person's quoted words), each part as long as it was; None unless a carer's story says
    it types the person's words and quotes some of them as "I"."""
    if teller != "carer" or not any(_THEIR_WORDS.search(p) for p in parts) or not any(_spoken(p) for p in parts):
        return None
    carers, theirs = [], []
    for part in (p.strip() for p in parts if p and p.strip()):  # as the story joins them (`join_story`)
        blank_mine, blank_theirs = list(part), [" " if c != "\n" else c for c in part]
        for start, end in _spoken(part):
            blank_mine[start:end] = [" "] * (end - start)
            # the person's words as sentences of their own: the opening quote a space, the closing one a stop
            blank_theirs[start:end] = [" ", *part[start + 1:end - 1], "."]
        carers.append(_kept("".join(blank_mine)))
        theirs.append(_kept("".join(blank_theirs)))
    return carers, theirs


def _kept(blanked: str) -> str:
    """A blanked part that the story's joining keeps as long as it was (it strips each part): a stop at either end."""
    return ("." + blanked[1:] if blanked[:1].isspace() else blanked)[:-1] + ("." if blanked[-1:].isspace() else blanked[-1:])


def _start(found: dict[str, Any]) -> int:
    source = found.get("source")
    return int(source.get("start", 0)) if isinstance(source, dict) else 0


def joined(carers: dict[str, Any], theirs: dict[str, Any], safeguarding: dict[str, Any]) -> dict[str, Any]:
    """One profile from the two readings, each section in the order its words were said; what both read once; the
    safeguarding concern as the whole story raises it (`safeguarding`: what is left of a sentence when the other's
    words are blanked raised alarms of its own)."""
    for items in (*carers["sections"].values(), *theirs["sections"].values()):
        for found in items:  # the blanks between a quote's words and the rest are no part of what was said
            if isinstance(found.get("text"), str):
                found["text"] = " ".join(found["text"].split()).strip(" .")
    for key, items in theirs["sections"].items():
        mine = carers["sections"].setdefault(key, [])
        seen = {(str(i.get("name") or i["text"]).lower(), i["about"], i.get("kind")) for i in mine}
        mine.extend(i for i in items if (str(i.get("name") or i["text"]).lower(), i["about"], i.get("kind")) not in seen)
        mine.sort(key=_start)
    carers["safeguarding"] = safeguarding
    return carers
