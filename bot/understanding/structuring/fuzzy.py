"""Misspellings of medicines and conditions: a bounded edit-distance lookup we own.

A deletion index (the SymSpell idea): every lexicon word is stored under each way of deleting one or
two of its letters, and a word from the story is looked up the same way, so only a handful of
candidates are ever compared in full. The distance is optimal string alignment (Damerau-Levenshtein
with adjacent transpositions). Thresholds are deliberately tight: nothing shorter than five letters
is corrected, one edit up to eight letters and two from nine, the first letter must agree, two
equally near meanings are a guess we do not make, and an ordinary English word is never "corrected":
not one in the English word lists of the `english-words` package (Webster's 2nd and GCIDE, with their
regular inflections), nor one that people write often (`wordfreq`'s frequency of at least ORDINARY on
the Zipf scale: "stayin" is written far more often than any misspelling of "statin"), nor a word with
its final g dropped ("livin", "stayin"), nor one listed in data/lexicons/not_misspellings.txt ("lovely"
is not "lonely"). Never inventing a fact matters more than catching every typo.
"""
from __future__ import annotations

from functools import lru_cache

from english_words import get_english_words_set
from wordfreq import zipf_frequency

_SUFFIXES = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "est")

MIN_LENGTH = 5
# Zipf frequency (log10 of uses per billion words) from which a word is ordinary English: about once in
# ten million words. Real misspellings of medicines sit well below ("asprin" 1.7, "diabeties" 0).
ORDINARY = 2.0
COMMON = 3.0  # "staying" (4.4), so "stayin" is it with its g dropped; "aspring" (0) is no help to "asprin"
# A word written this often ("number" 5.3) one edit from a typo makes the typo its, not a medicine's or a condition's
TYPED_OFTEN = 4.5  # ("angena" is one edit from "angela", 4.0: still angina)


def allowed_edits(length: int) -> int:
    if length < MIN_LENGTH:
        return 0
    return 1 if length <= 8 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, or limit + 1 as soon as it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    return frozenset(get_english_words_set(["web2", "gcide"], lower=True, alpha=True))


def is_english(word: str) -> bool:
    """A dictionary word, or a regular inflection of one ("stroked", "lovelier" are English)."""
    words = english_words()
    if word in words:
        return True
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem in words or stem + "e" in words or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words):
                return True
    return False


def load_word_lists() -> None:
    """Load both word lists now, not during someone's first story."""
    english_words()
    zipf_frequency("the", "en")


def is_ordinary(word: str) -> bool:
    """A word people write as itself, which must never be read as a medicine or condition."""
    return (is_english(word) or zipf_frequency(word, "en") >= ORDINARY
            or (word.endswith("in") and zipf_frequency(word + "g", "en") >= COMMON))


def _deletions(word: str, depth: int) -> set[str]:
    """The word and every string made by deleting up to `depth` of its letters (by slicing, a letter
    at a time: each deletion of two letters is a deletion of one from a deletion of one)."""
    found = {word}
    layer = {word}
    for _ in range(depth):
        layer = {w[:i] + w[i + 1:] for w in layer for i in range(len(w))}
        found |= layer
    return found


class FuzzyIndex:
    """Finds the one lexicon word a misspelled story word is nearest to, or nothing."""

    def __init__(self, words: dict[str, object], known_words: frozenset[str] = frozenset()):
        # words: lexicon word -> what it means ("diabetics" and "diabetes" both mean diabetes). Two
        # equally near words with different meanings are a guess, and we do not guess.
        self.words = {w: meaning for w, meaning in words.items() if w.isalpha() and len(w) >= MIN_LENGTH}
        self.known = frozenset(known_words) | frozenset(words)
        self.longest = max((len(w) for w in self.words), default=0)
        self.index: dict[str, set[str]] = {}
        for word in self.words:
            for variant in _deletions(word, allowed_edits(len(word))):
                self.index.setdefault(variant, set()).add(word)

    def lookup(self, token: str) -> str | None:
        token = token.lower()
        if len(token) < MIN_LENGTH or len(token) > self.longest + 2 or token in self.known \
                or not token.isalpha() or is_ordinary(token):
            return None
        limit = allowed_edits(len(token))
        candidates: set[str] = set()
        for variant in _deletions(token, limit):
            candidates |= self.index.get(variant, set())
        scored = [(edit_distance(token, word, min(limit, allowed_edits(len(word)))), word)
                  for word in sorted(candidates) if word[0] == token[0]]
        if not scored:
            return None
        nearest = min(distance for distance, _ in scored)
        if nearest > limit:
            return None
        words = [word for distance, word in scored if distance == nearest]
        if len({self.words[word] for word in words}) > 1:
            return None  # two equally near meanings: guess neither
        if self._a_typo_of_a_common_word(token):
            return None  # "my numbr is …": "number" mistyped, not numbness (a stranger, session 26)
        return words[0]

    def _a_typo_of_a_common_word(self, token: str) -> bool:
        """Whether one edit makes `token` a word people write often ("numbr": number) that no lexicon holds: the
        typo is likelier that word's than a medicine's or a condition's."""
        letters = "abcdefghijklmnopqrstuvwxyz"
        splits = [(token[:i], token[i:]) for i in range(len(token) + 1)]
        edits = {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} \
            | {a + c + b[1:] for a, b in splits if b for c in letters} | {a + c + b for a, b in splits for c in letters}
        return any(word not in self.known and zipf_frequency(word, "en") >= TYPED_OFTEN for word in edits - {token})
