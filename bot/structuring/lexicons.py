"""Reading the lexicon files under data/lexicons."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.sections import SECTION_KEYS


@dataclass(frozen=True)
class Lexicons:
    # section key -> {term as written (lower case): canonical name}
    sections: dict[str, dict[str, str]]
    safeguarding: dict[str, str]
    relatives: frozenset[str]


def read_lexicon(path: Path) -> dict[str, str]:
    terms: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        term, _, canonical = (part.strip() for part in line.partition("=>"))
        terms[term.lower()] = canonical or term
    return terms


def load_lexicons(folder: Path) -> Lexicons:
    sections = {
        key: read_lexicon(folder / f"{key}.txt")
        for key in SECTION_KEYS
        if (folder / f"{key}.txt").exists()
    }
    return Lexicons(
        sections=sections,
        safeguarding=read_lexicon(folder / "safeguarding.txt"),
        relatives=frozenset(read_lexicon(folder / "relatives.txt")),
    )
