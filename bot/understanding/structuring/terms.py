"""Finding lexicon terms in a line: phrase matchers over data/lexicons, the maintained medicine names,
and bounded spelling correction for conditions and medicines (fuzzy.py)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from wordfreq import zipf_frequency

from bot.understanding.structuring.fuzzy import COMMON, FuzzyIndex, is_english, load_word_lists
from bot.understanding.structuring.lexicons import Lexicons
from bot.understanding.structuring.other_senses import another_sense

TERM_SECTIONS = ("health", "medications")
AIDS = "aids"  # a lexicon of its own, filed under daily_living with kind "aid"
NOT_A_TERM = "not_a_term"
MAINTAINED = "medicine_names"  # filed under medications, only where the clause speaks of medicine


@dataclass(frozen=True)
class Term:
    section: str
    start: int          # character offsets in the clause
    end: int
    surface: str        # as written
    canonical: str
    kind: str | None = None
    fuzzy: bool = False

    def moved(self, offset: int) -> "Term":
        """The same term with offsets counted from `offset` on."""
        return Term(self.section, self.start - offset, self.end - offset, self.surface, self.canonical,
                    self.kind, self.fuzzy)


# What "ms" in small letters is said after when it is multiple sclerosis, not a title ("had ms", "diagnosed with ms")
_MS_AFTER = frozenset({"has", "had", "have", "got", "with", "of", "having", "gets", "get", "hs", "hv", "wiv", "diagnosed"})


class TermFinder:
    """Every lexicon term of a line, sorted by where it starts. Build once, reuse."""

    def __init__(self, nlp: Language, lexicons: Lexicons):
        self.nlp = nlp
        self.lexicons = lexicons
        # Matched on spaCy's NORM, lower case with contractions spelled out: "can't", "can’t" and "cant"
        # are all "ca not", so a term written with an apostrophe matches a story typed without one.
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.as_written = PhraseMatcher(nlp.vocab, attr="ORTH")  # terms in capitals: "MS"
        # section -> the words of a term as matched -> its canonical name
        self.by_norm: dict[str, dict[str, str]] = {}
        for section, terms in [*lexicons.sections.items(), (AIDS, lexicons.aids)]:
            docs = {term: nlp.make_doc(term) for term in terms if not term.isupper()}
            self.matcher.add(section, list(docs.values()))
            self.as_written.add(section, [nlp.make_doc(term) for term in terms if term.isupper()])
            norms = self.by_norm.setdefault(section, {})
            for term, doc in docs.items():
                norms.setdefault(_norm(doc), terms[term])
        self.matcher.add(NOT_A_TERM, [nlp.make_doc(phrase) for phrase in lexicons.not_terms])
        known = frozenset(word for terms in lexicons.sections.values() for term in terms
                          for word in term.split()) | lexicons.known_words
        # For each section open to fuzzy matching: every word of its terms -> the terms it is part of.
        self.term_words: dict[str, dict[str, list[tuple[tuple[str, ...], int, str]]]] = {}
        self.fuzzy: dict[str, FuzzyIndex] = {}
        load_word_lists()
        for section in TERM_SECTIONS:
            by_word: dict[str, list[Any]] = {}
            for term, canonical in lexicons.sections.get(section, {}).items():
                words = tuple(term.split())
                for position, word in enumerate(words):
                    by_word.setdefault(word, []).append((words, position, canonical))
            self.term_words[section] = by_word
            self.fuzzy[section] = FuzzyIndex({word: _meaning(word, terms) for word, terms in by_word.items()}, known)

    def _a_term_word(self, word: str) -> bool:
        return word in self.lexicons.medicine_names or any(word in by_word for by_word in self.term_words.values())

    def _prefixed_name(self, doc: Doc, at: int) -> tuple[Span, str | None]:
        """A maintained name of a short word and a longer one, joined by a hyphen or a space, starting at `at`
        ("co-beneldopa", typed "co beneldopa"): the span and its canonical name, or (the token, None)."""
        for end in (at + 3, at + 2):
            if end > len(doc):
                continue
            span = doc[at:end]
            words = [t.lower_ for t in span if t.text != "-"]
            if len(words) == 2 and (end - at == 2 or span[1].text == "-"):
                canonical = self.lexicons.medicine_names.get(span.text.lower()) or \
                    self.lexicons.medicine_names.get(" ".join(words))
                if canonical:
                    return span, canonical
        return doc[at:at + 1], None

    def find(self, doc: Doc) -> list[Term]:
        for token in doc:  # "livin", "leavin": matched as "living", "leaving"
            if token.is_alpha and len(token) > 3 and token.lower_.endswith("in") and dropped_g(token.lower_) \
                    and not self._a_term_word(token.lower_):  # "statin" is no "stating" (a stranger, session 38: "gp
                # wants me on a statin but i refused it" kept no statin)
                token.norm_ = token.lower_ + "g"
        by_section: dict[str, list[Any]] = {}
        for match_id, start, end in [*self.matcher(doc), *self.as_written(doc)]:
            by_section.setdefault(self.nlp.vocab.strings[match_id], []).append(doc[start:end])
        found: list[Term] = []
        not_terms = by_section.pop(NOT_A_TERM, [])
        ignored = {i for span in not_terms for i in range(span.start, span.end)}
        covered = set(ignored)
        services = filter_spans(by_section.get("services_involved", []))
        conditions = filter_spans(by_section.get("health", []))
        medicines = {i for span in by_section.get("medications", []) for i in range(span.start, span.end)}
        for token in doc:  # names from the maintained list: a look-up, not a matcher to build
            canonical = self.lexicons.medicine_names.get(token.lower_) if len(token) >= 5 else None
            span = doc[token.i:token.i + 1]
            if canonical is None and len(token) <= 3 and token.is_alpha:
                span, canonical = self._prefixed_name(doc, token.i)  # "co-beneldopa", "co beneldopa"
            if canonical and not covered & set(range(span.start, span.end)) \
                    and not medicines & set(range(span.start, span.end)):
                found.append(Term("medications", span.start_char, span.end_char, span.text, canonical,
                                  kind=MAINTAINED))
                covered.update(range(span.start, span.end))
        for token in doc:  # "her nan had ms to": MS typed small, said as had (a stranger, session 37: read as a supporter)
            if token.lower_ == "ms" and not token.is_upper and token.i > 0 and doc[token.i - 1].lower_ in _MS_AFTER \
                    and not (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()) and token.i not in covered:
                found.append(Term("health", token.idx, token.idx + len(token), token.text, "multiple sclerosis"))
                covered.add(token.i)
        for section, spans in by_section.items():
            lexicon = self.lexicons.aids if section == AIDS else self.lexicons.sections[section]
            for span in filter_spans(spans):
                if any(n.start <= span.start and span.end <= n.end for n in not_terms):
                    continue  # "a stroke of luck"; but "used to drink" holds "to drink" and is a term
                if section == AIDS and _in_a_name(span):
                    continue  # "Client: Darren Walker", "Mrs Frame": a surname, not a walking aid
                if section in TERM_SECTIONS and any(s.start <= span.start and span.end <= s.end and
                                                    len(s) > len(span) for s in services):
                    continue  # "alcohol" in "the drug and alcohol service" is a service, not a condition
                if section == "services_involved" and any(s.start <= span.start and span.end <= s.end and
                                                          len(s) > len(span) for s in conditions):
                    continue  # "surgery" in "I had surgery" is an operation, not the GP's
                target = "daily_living" if section == AIDS else section
                canonical = lexicon.get(span.text.lower()) or lexicon.get(span.text) or \
                    self.by_norm[section].get(_norm(span), span.text.lower())
                found.append(Term(target, span.start_char, span.end_char, span.text, canonical,
                                  kind="aid" if section == AIDS else None))
                if section in TERM_SECTIONS:
                    covered.update(range(span.start, span.end))
        for token in doc:
            if token.i in covered or not token.is_alpha:
                continue
            if token.text[:1].isupper() and not token.is_sent_start and not token.is_upper:
                continue  # a name mid-sentence ("Mr Kinney", "Staten Island") is never a misspelt medicine
            for section, index in self.fuzzy.items():
                matched = self._fuzzy_span(doc, token, section, index.lookup(token.text))
                if matched is not None:
                    found.append(Term(section, matched.start_char, matched.end_char, matched.text, matched.label_,
                                      fuzzy=True))
                    covered.update(range(matched.start, matched.end))
                    break
        # "I stroke the dog", "I'm a Cancer", "the pacemaker for the 30 minute group": the word in another sense
        text = doc.text  # built from the tokens on each call: once per line, not per term
        found = [t for t in found if not another_sense(text, t)]
        return sorted(_outside_longer(found), key=lambda t: (t.start, -t.end))

    def _fuzzy_span(self, doc: Doc, token: Token, section: str, word: str | None) -> Span | None:
        """The longest term that `word` (the corrected spelling of `token`) completes in place, as a
        span labelled with the term's canonical name."""
        best = None
        for words, position, canonical in self.term_words[section].get(word, []) if word else []:
            first = token.i - position
            if first < 0 or first + len(words) > len(doc):
                continue
            span = doc[first:first + len(words)]
            if all(t.lower_ == w for t, w in zip(span, words, strict=True) if t.i != token.i) and \
                    (best is None or len(span) > len(best[0])):
                best = (span, canonical)
        if best is None:
            return None
        span, canonical = best
        return Span(doc, span.start, span.end, label=canonical)


# Words before a place's name: "from Walker", "born in Walker" (session 20: a Geordie "from Walker" was given a
# walking frame)
_TO_A_PLACE = frozenset({"from", "in", "at", "near", "outside", "round", "around", "to", "of"})


def _in_a_name(span: Span) -> bool:
    """A capitalised word after a capitalised word that is no common word ("Darren Walker", "Mr Stick"), or after a
    word that goes before a place ("from Walker", "live in Walker")."""
    first = span[0]
    if first.i == 0 or not first.is_title or first.is_sent_start:
        return False
    before = span.doc[first.i - 1]
    return (before.is_title and before.is_alpha and not before.is_stop) or before.lower_ in _TO_A_PLACE


def canonicals(terms: list[Term]) -> list[str]:
    seen: list[str] = []
    for term in terms:
        if term.canonical not in seen:
            seen.append(term.canonical)
    return seen


def _outside_longer(found: list[Term]) -> list[Term]:
    """A term inside a longer term of another section is part of it: "council" in "council tax",
    "hearing" in "hearing voices", "children" in "children's services". What someone needs help with
    is said with other things ("the garden", "reading my post") and stays beside them."""
    return [t for t in found if t.section == "daily_living" or not any(
        o.start <= t.start and t.end <= o.end and o.end - o.start > t.end - t.start and o.section != t.section
        and o.section in _HOLDERS for o in found)]


_HOLDERS = frozenset({"services_involved", "work_money", "health", "medications"})  # "smokes in bed" still smokes


def _norm(tokens: Iterable[Token]) -> str:
    return " ".join(token.norm_ for token in tokens)


@lru_cache(maxsize=4096)
def dropped_g(word: str) -> bool:
    """A common word typed with its final g dropped ("livin", "stayin"), not a word of its own."""
    return not is_english(word) and zipf_frequency(word + "g", "en") >= COMMON


def _meaning(word: str, terms: list[tuple[tuple[str, ...], int, str]]) -> object:
    """What a lexicon word means: its own term's name if it is a term, else the terms it is part of."""
    own = [canonical for words, _, canonical in terms if words == (word,)]
    return own[0] if own else frozenset(canonical for *_, canonical in terms)
