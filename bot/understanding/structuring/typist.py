"""What someone typing for the person says of themselves, in an aside of their own ("(Chloe: I've got asthma myself so
I can't do his dusting)", "[Megan here - I've got epilepsy too]"): in a story told in the person's own words, the
typist's "I" there is the typist, and their conditions, allergies and medicines are no one's the story is about.

What they say of the person in the same aside stays the person's ("(Megan: she has glaucoma as well)"): only a
first-person clause is the typist's (a fresh forms set, session 22, gave a grandad his granddaughter's asthma).
"""
from __future__ import annotations

import re
from typing import Any

# "(Chloe: …)", "[Megan here - …]": a bracket opened by a name and a colon or dash
_BRACKETED = re.compile(r"[(\[]\s*(?P<name>[A-Z][a-z]+)(?:\s+here)?\s*(?::|\s[-–—])\s*[^()\[\]]*[)\]]")
# "Megan: I have epilepsy myself, so …", as a sentence of its own
_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][a-z]+)\s*:\s*[^.!?\n]*")
# Headings a story may use as a name would be used ("Meds: I take …", "Note: I forgot …")
_HEADINGS = frozenset({"Note", "Notes", "Update", "Edit", "Correction", "Ps", "Allergies", "Allergy", "Meds",
                       "Medication", "Medications", "Medicines", "Health", "Conditions", "Diagnosis", "Address",
                       "Phone", "Mobile", "Name", "Age", "Email", "Me", "Also", "Oh", "Ok", "Okay", "So", "And", "But",
                       "Re", "Nb", "Dob", "Gp", "Work", "Money", "Home", "Housing", "Family", "Diet", "Pain"})
# The clause of the aside a fact is in, from the last break before it: "I've got asthma myself"
_BREAK = re.compile(r"[.;,!?]|\b(?:so|but|and|because|cos)\b", re.IGNORECASE)
# the typist's own having, taking or being: not what they do for the person ("I order the repeat prescriptions - metformin
# 500mg", "I've noticed the insulin isnt working": the person's, a second reader of session 22 found them dropped)
_FIRST_PERSON = re.compile(r"\b(?:i\s+(?:have|take|get|use|had|suffer)(?!\s+(?:noticed|seen|found|told|asked|tried|heard|spoken|"
                           r"spotted|to\b|got\s+to))|i['’]?ve\s+(?:got|had|been)|i['’]?m\s+(?:on|allergic|"
                           r"diabetic|asthmatic|epileptic|a\s+diabetic)|i\s+am\s+(?:on|allergic|diabetic|asthmatic|epileptic)|my|"
                           r"myself|mine|me\s+too)\b", re.IGNORECASE)
_THE_PERSON = re.compile(r"\b(?:he|she|his|her|him|they|their|them|grandad|grandma|nan|gran|mum|dad)\b", re.IGNORECASE)


def _asides(story: str, subject_name: str | None) -> list[tuple[int, int]]:
    """Where someone else named in the story speaks in an aside of their own."""
    given = (subject_name or "").split()[:1]
    found = []
    for match in [*_BRACKETED.finditer(story), *_SENTENCE.finditer(story)]:
        name = match["name"]
        elsewhere = story[:match.start()] + story[match.end():]
        if name in _HEADINGS or name in given or not re.search(rf"\b{name}\b", elsewhere):
            continue  # a heading, the person themselves, or a name the story gives no one
        found.append((match.start("name"), match.end()))
    return found


def drop_the_typists_own(sections: dict[str, list[dict[str, Any]]], story: str, subject_name: str | None) -> None:
    """Take out the conditions, allergies and medicines the typist gives themselves in their own asides."""
    asides = _asides(story, subject_name)
    if not asides:
        return
    for key in ("health", "allergies", "medications"):
        kept = []
        for fact in sections[key]:
            start = fact.get("source", {}).get("start")
            inside = next(((a, b) for a, b in asides if isinstance(start, int) and a < start < b), None)
            if inside and fact.get("about") == "subject":
                clause = story[inside[0]:start]
                breaks = [m.end() for m in _BREAK.finditer(clause)]
                clause = clause[breaks[-1] if breaks else 0:]
                if _FIRST_PERSON.search(clause) and not _THE_PERSON.search(clause):
                    continue
            kept.append(fact)
        sections[key] = kept
