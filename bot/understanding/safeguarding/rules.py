"""Who does what to whom: token patterns over lemmas (spaCy's Matcher), one list per concern
(the patterns and their word classes are in patterns.py and patterns_extra.py).

A pattern is written as a line of tokens: a CAPITAL name is a word class (patterns.py), `a|b` is one
of those lemmas, `~N` stands for up to N other words, and `x?` makes x optional. Patterns match the
words of typed.plain_words with each word's lemma, so "took", "takes" and "takin" all meet `take`.

A pattern marked negatable does not count when a negation comes just before it in the same clause
("I'm not suicidal", "nobody hurts me"): that is answered gently, not with an alarm. Patterns whose
meaning is a negation ("won't let me", "don't feel safe") are not negatable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab
from wordfreq import zipf_frequency

from bot.understanding.safeguarding import typed
from bot.understanding.safeguarding.patterns import NEGATIONS, PATTERNS, SURE_PATTERNS, WORD_CLASSES

__all__ = ["NEGATIONS", "PATTERNS", "VOCABULARY", "WORD_CLASSES", "Hit", "Rules"]

VOCABULARY = frozenset(word for words in WORD_CLASSES.values() for word in words) | frozenset(
    word for _, _, line in PATTERNS + SURE_PATTERNS for token in line.split() if not token.startswith("~")
    for word in token.rstrip("?").split("|") if word.islower())


@dataclass(frozen=True)
class Hit:
    category: str
    start: int   # word index in the message's plain words
    end: int
    negated: bool
    sure: bool = False  # one of SURE_PATTERNS: alarms whatever the classifier makes of it


def _token(spec: str) -> list[dict[str, Any]]:
    if spec.startswith("~"):
        return [{"OP": "?"}] * int(spec[1:])
    optional = spec.endswith("?")
    spec = spec.rstrip("?")
    token: dict[str, Any] = {"LEMMA": {"IN": sorted(_words(spec))}}
    if optional:
        token["OP"] = "?"
    return [token]


def _required(line: str) -> list[frozenset[str]]:
    """For each word of a pattern that is not optional, the lemmas that can stand there."""
    required = []
    for spec in line.split():
        if spec.startswith("~") or spec.endswith("?"):
            continue
        required.append(frozenset(_words(spec)))
    return required


def _words(spec: str) -> set[str]:
    """The lemmas that can stand where a pattern has `spec` ("left|gone", "MEDS"): a word written as it is
    inflected ("left", "gone", "things", "living") is met by its lemma, as the message's words are read
    ("leave", "go", "thing", "live"); without it such a word could never match."""
    words: set[str] = set()
    for part in spec.split("|"):
        if part.isupper():
            words |= WORD_CLASSES[part]
        else:
            words |= {part, typed.lemma(part)}
    return words


class Rules:
    """Each pattern has a matcher of its own, and only those whose every required word is in the
    sentence are run: spaCy's Matcher walks every pattern's optional gaps at every word, which cost
    about a millisecond a sentence for all of them at once. The same matches, a fraction of the time.
    Which those are is looked up by the sentence's words (`_by_word`: each pattern under the lemmas of
    its first required word), not asked of every pattern in turn."""

    def __init__(self, vocab: Vocab, validate: bool = False):
        """`validate`: spaCy checks each pattern against its schema (a fifth of a second of every start; the
        patterns are fixed, and a test builds them validated)."""
        self.vocab = vocab
        self.patterns: list[tuple[list[frozenset[str]], Matcher, str, bool, bool]] = []
        for sure, patterns in ((False, PATTERNS), (True, SURE_PATTERNS)):
            for category, negatable, line in patterns:
                matcher = Matcher(vocab, validate=validate)
                matcher.add(category, [[piece for spec in line.split() for piece in _token(spec)]])
                literal = {w for spec in line.split() if not spec.startswith("~")
                           for w in spec.rstrip("?").split("|") if w.islower()}
                self.patterns.append((_required(line), matcher, category, negatable and not literal & NEGATIONS, sure))
        # pattern numbers under each lemma of their first required word; a pattern with none is always tried
        self._by_word: dict[str, list[int]] = {}
        self._always = [n for n, (required, *_) in enumerate(self.patterns) if not required]
        for n, (required, *_) in enumerate(self.patterns):
            for word in required[0] if required else ():
                self._by_word.setdefault(word, []).append(n)

    def hits(self, doc: Doc, clause_starts: set[int]) -> list[Hit]:
        lemmas = {token.lemma_ for token in doc}
        found = []
        candidates = set(self._always).union(*(self._by_word.get(lemma, ()) for lemma in lemmas))
        for n in sorted(candidates):  # in the patterns' order, as before
            required, matcher, category, negatable, sure = self.patterns[n]
            if all(words & lemmas for words in required):
                for _, start, end in matcher(doc):
                    if category == "care_abuse" and _home_as_a_place(doc, start):
                        continue
                    if _a_thing_given_up(doc, end, clause_starts) or _not_what_it_seems(doc, start, end, category):
                        continue
                    found.append(Hit(category, start, end, negatable and _negated(doc, start, end, clause_starts), sure))
        return found


# "home" is a care home (patterns.WORD_CLASSES["CARE"]) unless someone comes, gets or goes home: "he comes home
# from work drunk and hits me" is domestic abuse, not a care home's.
_TO_A_PLACE = {"come", "came", "get", "go", "back", "from"}  # ("came": no lemma of its own)


def _home_as_a_place(doc: Doc, start: int) -> bool:
    """Whether a care-abuse match starts at "home" said as where someone comes or goes."""
    return doc[start].lemma_ == "home" and start > 0 and doc[start - 1].lemma_ in _TO_A_PLACE


# Words that may follow "give up" when nothing is given up: the end of a clause, a time, a degree, the next clause
_AFTER_GIVING_UP = {"now", "completely", "totally", "altogether", "entirely", "already", "again", "soon", "today",
                    "tonight", "and", "but", "so", "or", "cos", "coz", "because", "as", "tbh", "honestly", "lol", "just",
                    "really", "anymore", "sometimes", "everything", "i", "he", "she", "they", "we", "it", "like", "x"}


def _a_thing_given_up(doc: Doc, end: int, clause_starts: set[int]) -> bool:
    """Whether a match ending at "give up" has a thing given up after it ("i feel like giving up smoking", "felt like
    giving up work", "giving up on the diet"), not giving up itself ("i feel like giving up", "... giving up, its
    too much")."""
    if end < 2 or end >= len(doc) or end in clause_starts or doc[end - 1].lemma_ != "up" \
            or doc[end - 2].lemma_ != "give":
        return False
    return doc[end].lemma_ not in _AFTER_GIVING_UP


# Words a pattern meets that say something else where they stand (session 18, from the tuning corpus's false alarms):
# a fear of falling, not of a person ("frightened of falling on them in the ice"); a hand held, not handed over
# ("she will push my hand away"); what a carer fears for a day to come, not today ("i worry what will happen to him
# when i can not do it any more"); a trip by accident.
_FALLING = {"fall", "falling", "slip", "slipping", "trip", "tripping"}
_A_BODY_S = {"my", "his", "her", "your", "their", "our", "the"}
_A_DAY_TO_COME = {"when", "once", "until", "till", "before", "day"}
_AN_APPETITE = {"much", "big", "lot", "loads", "as"}


def _not_what_it_seems(doc: Doc, start: int, end: int, category: str) -> bool:
    """Whether a match is one of the words above: fear of falling, a hand held, the day one can not do it, a trip by
    accident, a newspaper, an appetite, pins and needles."""
    if any(token.lemma_ == "pin" and token.i + 2 < len(doc) and doc[token.i + 1].lemma_ == "and"
           and doc[token.i + 2].lemma_ in ("needle", "needles") for token in doc[start:end]):
        return True  # "she gets pins and needles in her hands" (session 19), not pinned down
    if category in {"exploitation", "coercive_control"} and doc[end - 1].text == "paper":
        return True  # "my neighbour gets my paper", not papers or documents kept from one
    if category == "neglect" and any(token.lemma_ == "eat" and token.i + 1 < len(doc)
                                     and doc[token.i + 1].lemma_ in _AN_APPETITE for token in doc[start:end]):
        return True  # "i do not eat much these days", not going without
    if doc[start].lemma_ in WORD_CLASSES["FEAR"] and start + 2 < len(doc) and doc[start + 1].lemma_ == "of" \
            and doc[start + 2].lemma_ in _FALLING:
        return True
    if doc[end - 1].lemma_ == "hand" and end >= 2 and doc[end - 2].lemma_ in _A_BODY_S \
            and (end == len(doc) or doc[end].lemma_ != "over"):  # "makes her hand over her wages" is handed
        return True
    if any(token.lemma_ == "trip" for token in doc[start:end]) and \
            {"accident", "accidentally", "mistake", "toy", "toys", "ball", "lead", "scooter", "bike", "car", "lego",
             "blocks", "game", "playing", "play"} & {token.lemma_ for token in doc[end:end + 8]}:
        return True  # "my grandson tripped me up by accident with his scooter", "... with his toy car"
    if category == "sexual_abuse" and _seen_from_a_medicine(doc, start, end):
        return True  # "tramadol made me see things", "it made me see things that weren't there" (session 38)
    return doc[start].lemma_ == "can" and any(doc[i].lemma_ in _A_DAY_TO_COME for i in range(max(0, start - 2), start))


# What a medicine is said as before "made me see things": its name (a rare word, typed small) or a word for it
_A_MEDICINE = {"it", "tablet", "tablets", "pill", "pills", "medicine", "medicines", "medication", "drug", "drugs", "dose",
               "patch", "patches", "painkiller", "painkillers", "injection", "anaesthetic", "anesthetic", "steroids"}


def _seen_from_a_medicine(doc: Doc, start: int, end: int) -> bool:
    """ "made me see things" (or hear them) said of a medicine, or of what was not there: what the medicine did (a
    hallucination), not a thing someone made them watch."""
    if not ({t.lemma_ for t in doc[start:end]} & {"see", "hear"} and doc[end - 1].lemma_ == "thing"):
        return False
    before = doc[start - 1] if start else None
    if before is not None and (before.lower_ in _A_MEDICINE or (before.is_alpha and before.text.islower()
                                                                and zipf_frequency(before.lower_, "en") < 3.0)):
        return True
    rest = doc[end:end + 6].text.lower()
    return bool(re.match(r"\s*(?:that|which)?\s*(?:were|was|are|is)?\s*(?:n['’]?t|not)\s+(?:really\s+)?there\b", rest)) \
        or "hallucinat" in doc.text.lower()


# "not long ago", "not that long ago": a time, and recent, not a negation ("not long ago my husband hit me")
_NOT_LONG_AGO = re.compile(r"not (that |so |very )?long (ago|since|back)\b")

SUBJECTS = {"i", "he", "she", "they", "we", "you", "it", "nobody", "noone", "everyone", "everybody"}
# A negation before one of these denies the telling, the believing or the helping, not the harm said
# after it ("nobody believes me that he hits me", "no one listens, my husband hits me").
REPORTING = {"believe", "listen", "know", "knows", "realise", "realize", "notice", "care", "help", "understand",
             "say", "tell", "ask", "hear", "see", "want", "think"}
_INTENT = {"to", "about", "of"}
# Words that start a clause of their own: a negation before them is not the clause's ("that he hits me").
_CLAUSE_OPENERS = {"but", "although", "though", "except", "and", "so", "that", "when", "because", "cos",
                   "coz", "if", "while", "whilst", "since"}


# How often, said after what is denied: it happens, less than it might ("he doesnt hit me often", "she doesnt feed
# me that much", "not every day"): no denial (a second reader of session 21: only the gentle word for a denial)


def _negated(doc: Doc, start: int, end: int, clause_starts: set[int]) -> bool:
    """A negation within the match ("he never hits me") or in the five words before it, not across a
    clause boundary, a "but", or the clause's subject ("I can't go on, I want to die"); not when how often comes
    after it ("he doesnt hit me often")."""
    after = [t.lower_ for t in doc[end:end + 3]]
    if after and (after[0] in ("often", "much", "regularly", "everyday") or after[:2] in (
            ["every", "day"], ["all", "the"], ["that", "often"], ["that", "much"], ["as", "often"], ["as", "much"],
            ["very", "often"], ["too", "often"])):
        return False
    if any(doc[i].lemma_ in NEGATIONS for i in range(start, end)):
        return True
    for i in range(start - 1, max(-1, start - 6), -1):
        word = doc[i].lemma_
        if word in _CLAUSE_OPENERS or (i + 1) in clause_starts:
            return False
        # ... but wanting or thinking to do it is what is denied ("I've never wanted to kill myself",
        # "I have never thought about killing myself")
        if word in REPORTING and i < start - 1 and not (i == start - 2 and doc[i + 1].lemma_ in _INTENT):
            return False
        if word in NEGATIONS and not _NOT_LONG_AGO.match(" ".join(t.lemma_ for t in doc[i:i + 4])):
            return True
        if word in SUBJECTS and i < start - 1:
            return False
    return False
