"""How a form's item is put to the person, or to the carer telling their story, in plain words.

A form's own question ("Do you use a wheelchair?") is asked as it is written; a label ("Preferred
language") becomes a short question with the form's words quoted ("What should I put for
“Preferred language”?"; our own plain questions for common items are in `_questions.json`). When a
carer tells the story, a question to "you" is put about the person, by name the first time ("Does
Peter use a wheelchair?", "Is Peter behind with their rent?"), unless it is a question for the
carer themselves (under "About you, the carer"). A question already in the carer's voice ("Do they
live with you?", "What is their date of birth?") names the person the first time too.
"""
from __future__ import annotations

import re

_Table = list[tuple[str, str, "str | None"]]
# (words to "you", as about the person by name, as about "they"): first use names them, later ones do not.
_TO_YOU: _Table = [
    (r"(?:do|does) you", "does {name}", "do they"), (r"are you", "is {name}", "are they"),
    (r"have you", "has {name}", "have they"), (r"were you", "was {name}", "were they"),
    (r"(did|can|could|would|will|should|might|must) you", r"\1 {name}", r"\1 they"),
    (r"you are|you're", "{name} is", "they are"), (r"you have|you've", "{name} has", "they have"),
    (r"you were", "{name} was", "they were"), (r"yourself", "themselves", "themselves"),
    (r"your", "{name}'s", "their"),
    # "anyone you live with": "you" before a verb is "they" (never named: "Peter live" is not English)
    (r"you(?=\s+(?!and\b|or\b|to\b|in\b|at\b|for\b|with\b|about\b|on\b|from\b|by\b|best\b|need\b)[a-z])",
     "they", "they"),
    (r"you", "{name}", "them"),
]
_ABOUT_THEM: _Table = [
    (r"do they", "does {name}", None), (r"are they", "is {name}", None), (r"have they", "has {name}", None),
    (r"were they", "was {name}", None), (r"(did|can|could|would|will|should|might|must) they", r"\1 {name}", None),
    (r"they are|they're", "{name} is", None), (r"they have|they've", "{name} has", None),
    (r"their", "{name}'s", None), (r"them", "{name}", None),
]


def _compiled(table: _Table) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<w{i}>\\b{words}\\b)" for i, (words, _, _) in enumerate(table)), re.I)


_TO_YOU_RE, _ABOUT_THEM_RE = _compiled(_TO_YOU), _compiled(_ABOUT_THEM)
_AHEAD = re.compile(r"\(\?=.*\)$")  # what follows the words, looked at but not replaced
_THIRD_PERSON = re.compile(r"\b(?:they|their|them|theirs|themselves)\b", re.I)


def _swap(question: str, pattern: re.Pattern[str], table: _Table, name: str | None) -> str:
    named = [False]

    def one(match: re.Match[str]) -> str:
        index = int(next(key for key, value in match.groupdict().items() if value is not None)[1:])
        words, by_name, by_pronoun = table[index]
        said = match.group(0)
        if name and not named[0]:
            named[0] = True
            found = re.fullmatch(_AHEAD.sub("", words), said, re.I)
            assert found is not None
            return found.expand(by_name.replace("{name}", name.replace("\\", "")))
        if by_pronoun is None:
            return said
        found = re.fullmatch(_AHEAD.sub("", words), said, re.I)
        assert found is not None
        return found.expand(by_pronoun)

    # The form's own words, quoted, stay as the form has them.
    swapped = "".join(part if part.startswith("“") else pattern.sub(one, part)
                      for part in re.split(r"(“[^”]*”)", question))
    return swapped[:1].upper() + swapped[1:]


def first_name(full_name: str | None) -> str | None:
    """The name to call the person by: the first word of the name the story gives."""
    words = (full_name or "").split()
    return words[0] if words and re.fullmatch(r"[A-Za-z][A-Za-z'-]*", words[0]) else None


def for_the_teller(question: str, teller: str, name: str | None, carers_own: bool = False) -> str:
    """`question` (to "you", the person) as put to whoever tells the story: as it is to the person;
    to a carer, about the person (`name` the first time), unless it is the carer's own question (where
    "them" is the person, by name the first time)."""
    if teller != "carer":
        return question
    if carers_own:  # in the carer's voice ("How many hours a week do you care for them?"): the person named
        return _swap(question, _ABOUT_THEM_RE, _ABOUT_THEM, name) if name and _THIRD_PERSON.search(question) else question
    if _THIRD_PERSON.search(question):  # already the carer's voice: "Do they live with you?"
        return _swap(question, _ABOUT_THEM_RE, _ABOUT_THEM, name) if name else question
    return _swap(question, _TO_YOU_RE, _TO_YOU, name)


def from_label(label: str, kind: str, teller: str = "self", name: str | None = None, carers_own: bool = False) -> str:
    """A short question for a form's label, its words quoted as the form has them: "What should I
    put for “Preferred language”?", "Is this true for you: “Lives alone”?"; to a carer, about the
    person by name ("Is this true for Peter: “Lives alone”?"), unless the form asks about the carer."""
    text = " ".join(label.strip().rstrip(":").split())
    if text.endswith("?"):
        return for_the_teller(text, teller, name, carers_own)
    quoted = f"“{text}”"
    whose = name if teller == "carer" and not carers_own else None
    if kind == "boolean":
        return f"Is this true for {whose or 'you'}: {quoted}?"
    if kind in ("choice", "open-choice"):
        return f"Which of these fits {whose or 'you'} best for {quoted}?"
    return f"For {whose}, what should I put for {quoted}?" if whose else f"What should I put for {quoted}?"
