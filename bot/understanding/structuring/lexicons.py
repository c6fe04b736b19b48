"""Reading the lexicon files under data/lexicons."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.sections import SECTION_KEYS


@dataclass(frozen=True)
class Lexicons:
    # section key -> {term as written (lower case): canonical name}
    sections: dict[str, dict[str, str]]
    relatives: frozenset[str]
    aids: dict[str, str]               # walking aids and equipment, filed under daily_living
    known_words: frozenset[str]        # real words near a term, never "corrected" into it
    not_terms: frozenset[str]          # phrases holding a term that are not about it ("stroke of luck")
    # Medicine names from a maintained source (medicine_names.txt, bot/understanding/structuring/medicine_names.py):
    # matched exactly, and only where a clause speaks of taking medicine.
    medicine_names: dict[str, str] = field(default_factory=dict)


def read_lexicon(path: Path) -> dict[str, str]:
    terms: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.partition("#")[0].strip()
        if not line:
            continue
        written, _, meant = line.partition("=>")
        term, canonical = written.strip(), meant.strip()
        # A term written in capitals matches only as written ("MS" is multiple sclerosis, "Ms" a title).
        terms[term if term.isupper() else term.lower()] = canonical or term
    return terms


# Sections whose terms also match their inflections: plurals only for conditions ("infections", but
# never "stroked"), every regular form for what people do ("wanders", "hoisting"). Medicine names are
# not inflected; neither are services' or people's names.
INFLECTED = {"health": ("plural",), "risks": ("plural", "verb"), "daily_living": ("plural", "verb")}


def inflections(term: str, kinds: tuple[str, ...] = ("plural", "verb")) -> list[str]:
    """Regular English forms of a term's last word: wander -> wanders, wandered, wandering."""
    *head, last = term.split()
    if len(last) < 4 or not last.isalpha():
        return []
    stem = last[:-1] if last.endswith("e") else last
    forms = {last + ("es" if last.endswith(("s", "x", "ch", "sh")) else "s")}
    if "verb" in kinds:
        forms |= {stem + "ed", stem + "ing"}
    forms.discard(last)
    return [" ".join([*head, form]) for form in sorted(forms)]


def with_inflections(terms: dict[str, str], kinds: tuple[str, ...] = ("plural", "verb")) -> dict[str, str]:
    found = dict(terms)
    for term, canonical in terms.items():
        for form in inflections(term, kinds):
            found.setdefault(form, canonical)
    return found


def load_lexicons(folder: Path) -> Lexicons:
    sections = {
        key: read_lexicon(folder / f"{key}.txt")
        for key in SECTION_KEYS
        if (folder / f"{key}.txt").exists()
    }
    for key, kinds in INFLECTED.items():
        sections[key] = with_inflections(sections.get(key, {}), kinds)
    return Lexicons(
        sections=sections,
        relatives=frozenset(read_lexicon(folder / "relatives.txt")),
        aids=with_inflections(read_lexicon(folder / "aids.txt")),
        known_words=frozenset(read_lexicon(folder / "not_misspellings.txt")),
        not_terms=frozenset(read_lexicon(folder / "not_terms.txt")),
        medicine_names={term: canonical for term, canonical in read_lexicon(folder / "medicine_names.txt").items()
                        if term not in sections.get("medications", {})} if (folder / "medicine_names.txt").exists() else {},
    )
