"""A guarded pattern (bot/understanding/structuring/guarded.py) finds what its pattern finds: every match
holds one of the words its guard looks for. Checked on the pattern itself, branch by branch, not on examples."""
from __future__ import annotations

import importlib
import pkgutil
import re
import sre_constants as c
import sre_parse

import pytest

import bot.understanding.structuring as structuring
from bot.understanding.structuring.guarded import Guarded, folded


def _guards() -> list[tuple[str, Guarded]]:
    found = []
    for info in pkgutil.iter_modules(structuring.__path__):
        module = importlib.import_module(f"{structuring.__name__}.{info.name}")
        for name, value in vars(module).items():
            values = value if isinstance(value, (list, tuple)) else [value]
            found += [(f"{info.name}.{name}", v) for v in values if isinstance(v, Guarded)]
    return found


def _needed(items: list[tuple[object, object]], guard: Guarded, run: str = "") -> bool:
    """Whether every text the parsed pattern `items` matches in holds a word of the guard: one element
    of the sequence does, or a run of literals in it contains one. `run`: the literals just before."""
    for op, av in items:
        if op is c.LITERAL:
            run += chr(av)  # type: ignore[arg-type]
            if any(word in folded(run) for word in guard.needs):
                return True
            continue
        if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1 and av[2][0][0] is c.LITERAL:  # type: ignore[index]
            letter = chr(av[2][0][1])  # type: ignore[index]  # "l+" in "al+er+g": "ler" is in every match
            if any(word in folded(run + letter) for word in guard.needs):
                return True
            run = letter
            continue
        if _element_needed(op, av, guard, run):
            return True
        run = ""
    return False


def _element_needed(op: object, av: object, guard: Guarded, run: str) -> bool:
    if op is c.SUBPATTERN:
        return _needed(list(av[-1]), guard, run)  # type: ignore[index]
    if op is c.BRANCH:  # each alternative, after the literals before it ("in ju" + "ne|ly")
        return all(_needed(list(branch), guard, run) for branch in av[1])  # type: ignore[index]
    if op in _REPEATS:
        low, _, body = av  # type: ignore[misc]
        return bool(low >= 1 and _needed(list(body), guard))
    if op is c.ASSERT:  # a lookahead or lookbehind: its words are in the text too
        return _needed(list(av[1]), guard)  # type: ignore[index]
    if op is c.IN:  # a digit, where the guard looks for one
        return guard.digits and list(av) == [(c.CATEGORY, c.CATEGORY_DIGIT)]  # type: ignore[call-overload]
    return False


_REPEATS = tuple(getattr(c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(c, name))
GUARDS = _guards()


def test_there_are_guards():
    assert len(GUARDS) >= 5


@pytest.mark.parametrize(("name", "guard"), GUARDS, ids=[name for name, _ in GUARDS])
def test_every_match_holds_a_word_the_guard_looks_for(name, guard):
    assert _needed(list(sre_parse.parse(guard.pattern, guard.regex.flags)), guard), name


def test_a_guard_reads_letters_as_ignorecase_does():
    guard = Guarded(re.compile(r"\bpassed\b", re.IGNORECASE), "passed")
    for text in ("She PASSED last year", "she paſſed last year", "Kelvin: K", "İ passed"):
        assert bool(guard.search(text)) == bool(guard.regex.search(text))
    assert guard.search("she died") is None
    assert folded("paſſed İı") == "passed ii"


def test_the_check_finds_a_guard_that_would_hide_a_match():
    guard = Guarded(re.compile(r"\ball?ergic to (\w+)|\bnuts\b", re.IGNORECASE), "erg")
    assert not _needed(list(sre_parse.parse(guard.pattern, guard.regex.flags)), guard)  # "nuts" holds no "erg"
