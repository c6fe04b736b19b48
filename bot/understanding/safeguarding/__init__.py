"""Safeguarding: does a message tell us someone is not safe, and what help to give at once.

Every message a person or carer types, at any point in the conversation and on every channel, is
checked (bot/rasa/server.py installs the check in the Rasa server, before the dialogue answers).
Three layers, each for what the others miss:
1. typed.py: typing made plain (no apostrophes, text-speak, misspellings, lemmas);
2. rules.py: who does what to whom, as token patterns over lemmas, with negation ("I'm not suicidal"
   is answered gently, not with an alarm);
3. classifier.py: word and character n-grams, threshold set for recall, for what no rule foresaw.
Figures on the held-out corpus: `make bench` (benchmarks/safeguarding.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.tokens import Doc

from bot.understanding.safeguarding import corpus, typed
from bot.understanding.safeguarding.categories import CATEGORIES, HARM_BY_OTHERS, gentle_help, urgent_help
from bot.understanding.safeguarding.classifier import CONCERN_FROM, Classifier
from bot.understanding.safeguarding.corpus import Example
from bot.understanding.safeguarding.rules import Hit, Rules

DENIAL_OVERRULED_FROM = 0.8
_SENTENCE_END = re.compile(r"(?<=[.!?\n;])\s*")
_CLAUSE_WORDS = {"but", "although", "though", "however", "except", "whereas"}
# A sentence about the subject rather than the person ("a documentary about suicide", "I'm a domestic
# abuse support worker"), or about a danger long past ("I used to self harm when I was 14"): the
# rules' word alone does not decide; the classifier, which has seen such sentences, does.
_ABOUT_THE_SUBJECT = {"documentary", "documentry", "programme", "program", "film", "drama", "novel", "book",
                      "course", "training", "talk", "awareness", "charity", "volunteer", "leaflet", "article",
                      "news", "telly", "tv", "series", "class", "lecture", "podcast", "counsellor", "prevention",
                      "survivor", "survivors", "worker", "job", "work", "study", "studying", "essay"}
# Words that make a rule's hit an everyday mishap or a sensible limit ("I burnt my hand on the
# kettle", "I'm not allowed to lift anything after my op"): the classifier decides those too.
_EVERYDAY: dict[str, set[str]] = {
    "self_harm": {"kettle", "oven", "cooking", "cook", "shaving", "shave", "accident", "accidentally", "plaster",
                  "iron", "hob", "pan", "stove", "slip", "slipped", "dog", "cat", "garden", "gardening", "paper",
                  "box", "work", "tin", "fell", "fall", "eczema", "itch", "itchy", "injection", "injections"},
    "coercive_control": {"heavy", "lift", "carry", "op", "operation", "surgery", "doctor", "physio", "fusspot",
                         "telly", "tv", "lol", "bedtime", "settings", "agreed", "asked", "share", "both"},
    "not_safe_at_home": {"using", "hob", "gas", "stairs", "bath", "shower", "driving", "walking", "ladder",
                         "cooker", "kettle", "roof", "leak", "damp", "wiring", "step", "steps"},
}
_LONG_PAST = re.compile(r"\b(years ago|used to|when i was|in the past|behind me|no longer|as a (teenager|kid|child)"
                        r"|in (19|20)\d\d)\b")
_STILL = re.compile(r"\b(again|still|now|lately|recently|started|these days|this week|today|tonight)\b")


@dataclass(frozen=True)
class Finding:
    categories: list[str] = field(default_factory=list)  # concerns raised, most urgent first
    negated: list[str] = field(default_factory=list)     # mentioned only to say they are not so
    harms: list["Harm"] = field(default_factory=list)    # who does the harm, where the words say

    @property
    def concern(self) -> bool:
        return bool(self.categories)

    def reply(self) -> str | None:
        """The urgent help for the very next reply; a gentle word for a negated mention; or None."""
        if self.categories:
            return urgent_help(self.categories)
        if self.negated:
            return gentle_help(self.negated)
        return None


@dataclass(frozen=True)
class Harm:
    category: str
    by: str          # the word for who does it, as the rule found it ("son", "carer", "he")


class Detector:
    """Build once (it trains the classifier from the tuning corpus), then `check` each message."""

    def __init__(self, examples: list[Example] | None = None, threshold: float = CONCERN_FROM):
        self.threshold = threshold
        self.nlp = spacy.blank("en")
        self.rules = Rules(self.nlp.vocab)
        examples = corpus.tuning() + corpus.ordinary() + corpus.conversation_replies() if examples is None else examples
        self.classifier = Classifier(examples, lambda text: " ".join(typed.plain_words(text)))

    def _doc(self, words: list[str]) -> Doc:
        doc = Doc(self.nlp.vocab, words=words or [""])
        for token in doc:
            token.lemma_ = typed.lemma(token.text)
        return doc

    def harms(self, text: str) -> list[Harm]:
        """Who harms the person, where a rule hears it said plainly ("my son takes my pension"):
        the rules alone, without the classifier, for structuring every sentence of a story."""
        found: list[Harm] = []
        for sentence in (s for s in _SENTENCE_END.split(text) if s.strip()):
            words = typed.plain_words(sentence)
            if not words:
                continue
            doc = self._doc(words)
            if _ABOUT_THE_SUBJECT & set(words) or _long_past(" ".join(words)):
                continue
            for hit in self.rules.hits(doc, {i for i, w in enumerate(words) if w in _CLAUSE_WORDS}):
                who = _agent(doc, hit)
                if not hit.negated and who and hit.category in HARM_BY_OTHERS \
                        and not _EVERYDAY.get(hit.category, set()) & set(words):
                    found.append(Harm(hit.category, who))
        return found

    def check(self, text: str) -> Finding:
        categories: list[str] = []
        negated: list[str] = []
        harms: list[Harm] = []
        unheard: list[str] = []
        said_not: list[list[str]] = []
        for sentence in (s for s in _SENTENCE_END.split(text) if s.strip()):
            words = typed.plain_words(sentence)
            if not words:
                continue
            doc = self._doc(words)
            starts = {i for i, w in enumerate(words) if w in _CLAUSE_WORDS}
            hits = self.rules.hits(doc, starts)
            plain = " ".join(words)
            if hits and (_ABOUT_THE_SUBJECT & set(words) or _long_past(plain)):
                unheard.append(plain)
                said_not.append([])
                continue
            raised = [h for h in hits if not h.negated and not _EVERYDAY.get(h.category, set()) & set(words)]
            for hit in raised:
                _add(categories, hit.category)
                who = _agent(doc, hit)
                if who and hit.category in HARM_BY_OTHERS:
                    harms.append(Harm(hit.category, who))
            if not raised and not _mostly_english(words):
                continue  # the classifier knows English only: its guess at Welsh or Polish is noise
            if not raised:  # the classifier hears it; a negated mention alone is answered gently
                unheard.append(plain)
                said_not.append([h.category for h in hits])
        for (probability, concern), mentioned in zip(self.classifier.judge(unheard), said_not, strict=True):
            # A sentence whose rules heard only a denial ("I have never been hit") is taken at its
            # word unless the classifier is sure: the denial is answered gently, not with an alarm.
            if probability >= (DENIAL_OVERRULED_FROM if mentioned else self.threshold):
                _add(categories, concern)
            for category in mentioned:
                _add(negated, category)
        order = list(CATEGORIES)
        return Finding(sorted(categories, key=order.index),
                       sorted((c for c in negated if c not in categories), key=order.index), harms)


def _mostly_english(words: list[str]) -> bool:
    from bot.understanding.structuring.fuzzy import is_english

    long_words = [w for w in words if len(w) >= 3 and w.isalpha()]
    return not long_words or sum(map(is_english, long_words)) * 2 >= len(long_words)


def _long_past(plain: str) -> bool:
    return bool(_LONG_PAST.search(plain)) and not _STILL.search(plain)


def _add(found: list[str], category: str) -> None:
    if category not in found:
        found.append(category)


def _agent(doc: Doc, hit: Hit) -> str | None:
    from bot.understanding.safeguarding.rules import WORD_CLASSES

    people = WORD_CLASSES["OTHER"] - {"him", "her", "them", "me"}
    for token in doc[hit.start:hit.end]:
        if token.lemma_ in people:
            return token.lemma_
    return None


@lru_cache(maxsize=1)
def detector() -> Detector:
    """The process's detector, built on first use (about a second)."""
    return Detector()
