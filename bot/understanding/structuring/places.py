"""Where someone lives, said as a town: "we live in Pontypridd", "living in Derry", "a semi in
Bradford", "we are in Great Yarmouth since 2008".

The towns are data/lexicons/places.txt (GeoNames, written by tools/uk_places.py). A town is heard only
after words that say someone lives there, so "I used to work in Leeds" and "a holiday in Whitby" are no
home. A town whose name is an ordinary word ("Street", "March", "Hope", "Bath") is heard only when it is
written with a capital.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

from bot.settings import PROJECT_ROOT
from bot.understanding.structuring.cues import CALENDAR
from bot.understanding.structuring.guarded import Guarded

PLACES_FILE = PROJECT_ROOT / "data" / "lexicons" / "places.txt"
# A town written in lower case whose name people write this often (wordfreq's Zipf scale) is taken for the
# ordinary word ("hope", "march", "street", "deal") unless it is a city of CITY people or more ("leeds").
ORDINARY = 4.6
CITY = 200_000
# the words before a town that say someone lives there (up to six words between: "live with my wife in")
_LIVES = Guarded(re.compile(
    r"\b(?:live|lives|living|lived|stay|stays|staying|stayed|based|settled|resides?|residing|moved|"
    r"(?:semi|terrace|terraced|bungalow|flat|house|cottage|maisonette|bedsit|two[- ]up[- ]two[- ]down))"
    r"(?:\s+(?!(?:and|but|so|then)\b)[\w'’-]+){0,6}?\s+(?:in|near|outside|to|at)\s+$",
    re.IGNORECASE), "liv|stay|based|settled|resid|moved|semi|terrace|bungalow|flat|house|cottage|maisonette|bedsit|two")
# "we are in Great Yarmouth since 2008": being somewhere since a time is living there
_BEEN_IN = re.compile(r"\b(?:am|are|is|been|we're|were|i'm|im)\s+in\s+$", re.IGNORECASE)
_SINCE = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:since|for\s+(?:\w+\s+)?(?:years?|months?))\b", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z][A-Za-z'.-]*(?:\s+(?:upon|on|in|under|le|de|the|of)\s+[A-Za-z][A-Za-z'.-]*|"
                    r"\s+[A-Za-z][A-Za-z'.-]*){0,3}")


@lru_cache(maxsize=1)
def _towns(path: Path = PLACES_FILE) -> dict[str, tuple[str, int]]:
    towns = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, people = line.strip().partition("\t")
            towns[name.lower()] = (name, int(people or 0))
    return towns


def town_named(written: str) -> str | None:
    """The town these words name, as GeoNames writes it; None for none, for a month, and for an ordinary word
    written in lower case ("hope", "march") that is no city."""
    town = _towns().get(written.lower())
    if not town:
        return None
    name, people = town
    if name.lower() in CALENDAR:
        return None  # "moved to a bungalow in March": the month
    if not written[0].isupper() and zipf_frequency(written.lower(), "en") >= ORDINARY and people < CITY:
        return None  # "live in hope", "in march"; but "live in london", "in leeds"
    return name


def town_lived_in(clause: str) -> tuple[int, int, str] | None:
    """The town a clause says someone lives in: its start, end and name as GeoNames writes it."""
    for match in re.finditer(r"\b(?:in|near|outside|to|at)\s+", clause, re.IGNORECASE):
        words = _WORDS.match(clause, match.end())
        if not words:
            continue
        before = clause[:match.end()]
        if not (_LIVES.search(before) or _BEEN_IN.search(before)):
            continue
        said = words.group(0).split()
        for n in range(len(said), 0, -1):  # the longest name first: "Great Yarmouth", not "Great"
            written = " ".join(said[:n]).rstrip(".'")
            name = town_named(written)
            if not name:
                continue
            if not _SINCE.match(clause[match.end() + len(written):]) and not _LIVES.search(before):
                continue
            return match.end(), match.end() + len(written), name
    return None
