"""The spelling index's deletions, built by slicing, are every deletion of up to two letters."""
from __future__ import annotations

from itertools import combinations

from bot.understanding.structuring.fuzzy import _deletions


def _by_definition(word: str, depth: int) -> set[str]:
    return {"".join(ch for i, ch in enumerate(word) if i not in gone)
            for n in range(depth + 1) for gone in combinations(range(len(word)), n)}


def test_every_deletion_of_up_to_two_letters_and_no_other():
    for word in ("", "a", "asprin", "diabeties", "metformin", "aabbaa", "hydroxychloroquine"):
        for depth in (0, 1, 2):
            assert _deletions(word, depth) == _by_definition(word, depth), (word, depth)
