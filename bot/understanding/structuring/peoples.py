"""Words for a people or a language ("Bengali", "Pakistani", "Nigerian", "Urdu"), which follow "I'm" as
often as a name does: "I'm Bengali but I speak English" says who they are, not what they are called.

Languages are Babel's English names of languages and those the structurer listens for (`cues.LANGUAGE_NAMES`,
"Bengali", "Sylheti"); a people is a word made from Babel's English name of a
country with an ending a people's name takes ("Nigeria" + "n", "Pakistan" + "i", "Sudan" + "ese",
"Afghanistan" as "Afghan"). A country's own name ("Jordan", "Georgia") is not one: it is a name too."""
from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

from bot.understanding.structuring.cues import LANGUAGE_NAMES

_ENDINGS = ("ian", "ean", "an", "ese", "ish", "i", "n")


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], tuple[str, ...]]:
    english = Locale("en")
    languages = frozenset(w for name in english.languages.values() for w in [name.split()[0].lower()]
                          if re.fullmatch(r"[a-z]+", w)) | frozenset(LANGUAGE_NAMES.split("|"))
    countries = tuple(sorted({name.split()[0].lower() for name in english.territories.values()
                              if re.fullmatch(r"[A-Za-z]+", name.split()[0]) and len(name.split()[0]) >= 4}))
    return languages, countries


def _stem(country: str) -> str:
    """A country's name without its last vowels or its "-stan", "-land", "-ia": what a people's name is made from."""
    for ending in ("istan", "land", "ia", "a", "e", "o", "y"):
        if country.endswith(ending) and len(country) - len(ending) >= 3:
            return country[: -len(ending)]
    return country


@lru_cache(maxsize=4096)
def is_people_or_language(word: str) -> bool:
    """Whether `word` names a language or a people ("Bengali", "Kenyan", "Sudanese", "Afghan")."""
    lowered = word.lower()
    languages, countries = _names()
    if lowered in languages:
        return True
    for country in countries:
        if lowered == country:
            continue
        stem = _stem(country)
        if lowered.startswith(stem) and (lowered == stem or lowered[len(stem):] in _ENDINGS
                                         or lowered[len(country):] in _ENDINGS and lowered.startswith(country)):
            return True
    return False
