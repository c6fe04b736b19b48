"""Structuring: a story in plain language -> a profile of sections and items (DESIGN.md).

Built on `spacy.blank("en")` (no model can be downloaded here) with a sentencizer, phrase matchers
over the lexicons we own in data/lexicons, a bounded fuzzy lookup for misspelt medicines and
conditions, and ConText-style rules for status. A story is read sentence by sentence and clause by
clause; every item says what it is, its status (current, past, negated, family, hypothetical), who it
is about (the subject, the narrator, or a named relation), who told it and where in the story it came
from.

Conditions, medicines and allergies become one item per term (with dose and frequency for
medicines). The other sections keep the person's own words, one clause per item, with the structure
found in it (aids, relationships, names, roles, organisations) as detail.
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from bot.sections import empty_profile
from bot.understanding.structuring import context, corrections, identifiers, names
from bot.understanding.structuring.clauses import split_clauses
from bot.understanding.structuring.fuzzy import FuzzyIndex, load_word_lists
from bot.understanding.structuring.lexicons import Lexicons, load_lexicons
from bot.understanding import safeguarding

PART_SEPARATOR = "\n"
TERM_SECTIONS = ("health", "medications")
AIDS = "aids"  # a lexicon of its own, filed under daily_living with kind "aid"
NOT_A_TERM = "not_a_term"
MAINTAINED = "medicine_names"  # filed under medications, only where the clause speaks of medicine
_TAKING = re.compile(r"\b(take|takes|taking|took|prescribed|started|stopped|came off|tablets?|pills?|"
                     r"capsules?|mg|mcg|injections?|inhalers?|medication|medicines?|meds|dose|puffs?|"
                     r"patch|cream|drops)\b", re.IGNORECASE)

_GOAL = re.compile(
    r"\b(i|we|he|she|they)\s*(want|wants|'d like|’d like|would like|would really like|'d love|’d love|"
    r"would love|hope|hopes|wish|wishes|am hoping|'m hoping|’m hoping|are hoping|is hoping|"
    r"need to get back)\b|\bmy goal\b|\b(i|we)\s+(really\s+)?want\b|\bi'd like\b|\bi’d like\b",
    re.IGNORECASE,
)
_MATTERS = re.compile(
    r"\b(matters? (most )?to (me|him|her|them|us)|important to (me|him|her|them|us)|"
    r"(i|he|she|they|we) (really )?(love|loves|enjoy|enjoys|like|likes)\b|my favourite|"
    r"makes (me|him|her|them) happy|means a lot|upsets? (me|him|her|them)|what matters)",
    re.IGNORECASE,
)
_EXPLICITLY_MATTERS = re.compile(r"\b(matters?|important|means a lot)\b", re.IGNORECASE)
_THAT_MATTERS = re.compile(r"^(that|this|it|which)\b.*\b(matters|important|means a lot)", re.IGNORECASE)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
# An age in words ("eighty one", "seventy-six", "a hundred and one"); a lone unit ("is one of") only
# with "years old".
_IN_WORDS = (rf"(?:(?:a|one) hundred(?: and (?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|"
             rf"{'|'.join(_TEENS)}|{'|'.join(_UNITS)}))?"
             rf"|(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)})")
_AGE = re.compile(
    r"\b(?:i'm|i’m|im|i am|he's|he’s|hes|she's|she’s|shes|he is|she is|they're|they are|who is|who's|is|"
    r"aged)\s+"
    rf"(\d{{1,3}}|{_IN_WORDS})\b(?!\s*(?:%|kg|st\b|stone|foot|feet|cm|mg|times|days|weeks|months|minutes|"
    r"hours|pounds|quid|percent|miles|years ago|o'clock|pm|am\b|p\.m|a\.m|of|per|quid|grand|thousand|"
    r"hundred|minutes?|mins?|more|less|or so))(?!\.\d)(?![- ]years? ago)"
    rf"|\b(\d{{1,3}}|{_IN_WORDS}|{'|'.join(_UNITS)})[- ]years?[- ]old\b",
    re.IGNORECASE,
)
_PRONOUNS = re.compile(r"\bmy pronouns are\s+([a-z]+/[a-z]+(?:/[a-z]+)?)", re.IGNORECASE)
_LANGUAGE = re.compile(r"\b(?:i speak|speaks?|first language is|language is)\s+(?:only\s+)?([A-Z][A-Za-z]+)")
_ALLERGY = re.compile(
    r"\ballergic to\s+([a-z][a-z \-]*?)(?=[,.;!?]|\s+and\b|\s+but\b|\s+so\b|$)"
    r"|\b([a-z\-]+)\s+allergy\b",
    re.IGNORECASE,
)
_NO_ALLERGIES = re.compile(r"\b(no (known )?allergies|not allergic to anything|"
                           r"(don't|don’t|do not|doesn't|does not) have any allergies)\b", re.IGNORECASE)
_DOSE = re.compile(r"\b\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|milligrams?|g|ml|units?|puffs?|tablets?)\b",
                   re.IGNORECASE)
_FREQUENCY = re.compile(
    r"\b(?:once|twice|three times|four times|\d times) (?:a|per|each) (?:day|week)|\b(?:daily|weekly|"
    r"every (?:morning|night|evening|day|week)|at night|in the morning|at bedtime|as needed|"
    r"when needed|when i need it|with (?:my|his|her) (?:evening |morning )?meal)\b",
    re.IGNORECASE,
)
# In daily living, naming an activity is a need only with one of these ("I can cook" is not).
_NEED = re.compile(
    r"\b(can't|can’t|cant|cannot|unable|help|helps|helping|struggle|struggles|hard|difficult|need|needs|"
    r"manage|assist|assistance|does (?:my|his|her|the)|do (?:my|his|her|the)|forget|forgets|isn't|"
    r"not|no longer|lost|unsteady|support|hardest|breathless|pain|painful|tired|exhausted)\b",
    re.IGNORECASE,
)
_CARER_ROLE = re.compile(
    r"\b(look after|looks after|looking after|care for|caring for|(?:his|her|their|full[- ]time|main|"
    r"unpaid) carer|power of attorney|attorney|deputy|deputyship|parental responsibility|appointee|"
    r"next of kin)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = {"i", "me", "my", "myself", "mine", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll"}
_THIRD_PERSON = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "we", "us", "our",
                 "he's", "she's", "he’s", "she’s", "himself", "herself", "who", "we'd", "we’d", "we're",
                 "we’re", "we've", "we’ve"}
BODY_PARTS = frozenset({"hip", "knee", "back", "shoulder", "leg", "arm"})
_WHERE = re.compile(r"\s+in\s+(?:my|his|her|their|the)\s+(?:(left|right|both)\s+)?"
                    r"(hips?|knees?|back|shoulders?|legs?|arms?|hands?|feet|foot|ankles?|wrists?|neck|chest)\b",
                    re.IGNORECASE)
_INJURY = re.compile(
    r"\b(broke|broken|fractured|sprained)\s+(?:my|his|her|their|me)\s+(?:(left|right)\s+)?"
    r"(wrist|arm|leg|ankle|hip|shoulder|elbow|collarbone|knee|foot|hand|finger|toe|ribs?|nose|pelvis)\b",
    re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:my|his|her|their|me)\s+(back|neck|knees?|hips?|legs?|shoulders?|feet|arms?|"
                          r"hands?|chest|stomach|head|wrists?|ankles?)\b(?!.*\b(?:my|his|her|their)\b)",
                          re.IGNORECASE)
_ALLERGEN = re.compile(r"\ballergic to\s+$|\ballergy to\s+$", re.IGNORECASE)
_EDUCATION = re.compile(r"\b(School|College|University|Academy)$")
# Someone who has died is never a support or a household member: "Mum died two years ago", "my late
# husband", "I lost my wife in 2019" are a bereavement, said back under about me.
_DIED = re.compile(r"\b(died|dies|passed away|passed on|passed last|late (?:husband|wife|partner|mum|mother|"
                   r"dad|father|son|daughter|brother|sister)|lost (?:my|his|her|their|our) (?:husband|wife|"
                   r"partner|mum|mother|dad|father|son|daughter|brother|sister)|bereaved|widowed|widow|widower)\b",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    section: str
    start: int          # character offsets in the clause
    end: int
    surface: str        # as written
    canonical: str
    kind: str | None = None
    fuzzy: bool = False


@dataclass
class _Teller:
    teller: str
    subject_name: str | None
    subject_relation: str | None
    today: date = field(default_factory=date.today)


class Structurer:
    """Turns story text into a profile. Build once (it compiles the lexicons), reuse for every story."""

    def __init__(self, lexicons: Lexicons):
        self.lexicons = lexicons
        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.as_written = PhraseMatcher(self.nlp.vocab, attr="ORTH")  # terms in capitals: "MS"
        for section, terms in lexicons.sections.items():
            self.matcher.add(section, [self.nlp.make_doc(term) for term in terms if not term.isupper()])
            self.as_written.add(section, [self.nlp.make_doc(term) for term in terms if term.isupper()])
        self.matcher.add(AIDS, [self.nlp.make_doc(term) for term in lexicons.aids])
        self.matcher.add(NOT_A_TERM, [self.nlp.make_doc(phrase) for phrase in lexicons.not_terms])
        self.relatives = lexicons.relatives
        self.relationship_words = frozenset(lexicons.sections.get("support_network", {})) | self.relatives
        known = frozenset(word for terms in self.lexicons.sections.values() for term in terms
                          for word in term.split()) | self.lexicons.known_words
        # For each section open to fuzzy matching: every word of its terms -> the terms it is part of.
        self.term_words: dict[str, dict[str, list[tuple[tuple[str, ...], int, str]]]] = {}
        self.fuzzy: dict[str, FuzzyIndex] = {}
        load_word_lists()
        for section in TERM_SECTIONS:
            by_word: dict[str, list] = {}
            for term, canonical in self.lexicons.sections.get(section, {}).items():
                words = tuple(term.split())
                for position, word in enumerate(words):
                    by_word.setdefault(word, []).append((words, position, canonical))
            self.term_words[section] = by_word
            self.fuzzy[section] = FuzzyIndex({word: _meaning(word, terms) for word, terms in by_word.items()}, known)

    @classmethod
    def from_folder(cls, folder: Path) -> "Structurer":
        return cls(load_lexicons(folder))

    # -- the story ------------------------------------------------------------------------------

    def structure(self, parts: Iterable[str], teller: str = "self",
                  subject_name: str | None = None, base: dict | None = None, today: date | None = None) -> dict:
        """Structure a story told over one or more messages. Offsets index `join_story(parts)`.

        With `base` (an earlier confirmed profile) the story is a change to it: what it adds joins
        the earlier sections, a correction ("no, it's my left hip", "I stopped the warfarin") changes
        the earlier item, and only the new words decide whether there is a safeguarding concern.
        `today` (default: the date now) bounds a date of birth: none in the future, none over 120 years."""
        if teller not in ("self", "carer"):
            raise ValueError("teller is 'self' or 'carer'")
        profile = empty_profile()
        if base:
            for key, items in base.get("sections", {}).items():
                profile["sections"].setdefault(key, []).extend(copy.deepcopy(items))
            subject_name = None  # already in the earlier profile
        story = join_story(parts)
        relation = self._subject_relation(story) if teller == "carer" else None
        if subject_name:  # "my husband dave", as a carer may answer "What is their name?"
            subject_name, said_relation = names.given_name(subject_name, self.relationship_words)
            relation = relation or (said_relation if teller == "carer" else None)
        if teller == "carer" and not subject_name and relation:
            subject_name = self._name_after_relation(story, relation)
        who = _Teller(teller, subject_name, relation, today or date.today())
        if subject_name:
            profile["sections"]["about_me"].append(
                _item(subject_name, "current", "subject", teller, 0, 0, kind="name"))
        offset = 0
        for line in story.split(PART_SEPARATOR):
            if line.strip():
                self._line(profile, line, offset, who)
            offset += len(line) + len(PART_SEPARATOR)
        corrections.keep_latest(profile, TERM_SECTIONS + ("allergies",))
        harming = {i["by"] for i in profile["sections"]["risks"] if i.get("kind") == "harm"}
        profile["sections"]["support_network"] = [  # whoever harms them is not a support, anywhere
            i for i in profile["sections"]["support_network"] if i.get("relationship") not in harming]
        return profile

    def _line(self, profile: dict, line: str, offset: int, who: _Teller) -> None:
        doc = self.nlp(line)
        terms = self._terms(doc)  # matched once per line, not per clause: long stories stay fast
        # Who harms is asked of each sentence only when the line raises a concern at all (a harm the
        # rules hear is always a concern): most lines of most stories raise none.
        concern = self._safeguarding(profile, line)
        starts = [t.start for t in terms]
        for sent in doc.sents:
            sentence, base = sent.text, offset + sent.start_char
            skip = 0
            if corrections.is_correction(sentence):
                if corrections.apply(profile, sentence, base) or corrections.apply_dose(profile, sentence, base):
                    continue
                skip = corrections.fact_start(sentence)  # "Correction: you've missed that" is not the fact
            harmful = self._harm(profile, sentence[skip:], base + skip, who) if concern else None
            told = self._identifiers(profile, sentence, base, who)
            for start, end in self._clause_spans(sentence):
                if end <= skip:
                    continue
                start = max(start, skip)
                lo, hi = sent.start_char + start, sent.start_char + end
                if any(a < end and start < b for a, b in told) and not any(
                        t.section in TERM_SECTIONS and lo <= t.start < hi for t in terms):
                    continue  # "I live at 12 Rose Lane, Leeds LS6 2AB" is the address, said once
                first = bisect_left(starts, lo)  # terms are sorted by start: long stories stay linear
                in_clause = []
                for t in terms[first:]:
                    if t.start >= hi:
                        break
                    if t.end <= hi:
                        in_clause.append(Term(t.section, t.start - lo, t.end - lo, t.surface, t.canonical,
                                              t.kind, t.fuzzy))
                if harmful is not None:  # the person who harms is a risk, never a support
                    in_clause = [t for t in in_clause if t.section not in ("risks", "support_network")]
                self._clause(profile, sentence[start:end], base + start, in_clause, who)

    @staticmethod
    def _clause_spans(sentence: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for start, end in split_clauses(sentence):
            if spans and _THAT_MATTERS.match(sentence[start:end]):
                spans[-1] = (spans[-1][0], end)  # "I play bowls and that matters to me" is one fact
            else:
                spans.append((start, end))
        return spans

    def _terms(self, doc) -> list[Term]:
        by_section: dict[str, list] = {}
        for match_id, start, end in [*self.matcher(doc), *self.as_written(doc)]:
            by_section.setdefault(self.nlp.vocab.strings[match_id], []).append(doc[start:end])
        found: list[Term] = []
        ignored = {i for span in by_section.pop(NOT_A_TERM, []) for i in range(span.start, span.end)}
        covered = set(ignored)
        services = filter_spans(by_section.get("services_involved", []))
        medicines = {i for span in by_section.get("medications", []) for i in range(span.start, span.end)}
        for token in doc:  # one-word names from the maintained list: a look-up, not a matcher to build
            canonical = self.lexicons.medicine_names.get(token.lower_) if len(token) >= 5 else None
            if canonical and token.i not in covered and token.i not in medicines:
                found.append(Term("medications", token.idx, token.idx + len(token), token.text, canonical,
                                  kind=MAINTAINED))
                covered.add(token.i)
        for section, spans in by_section.items():
            lexicon = self.lexicons.aids if section == AIDS else self.lexicons.sections[section]
            for span in filter_spans(spans):
                if any(i in ignored for i in range(span.start, span.end)):
                    continue  # "a stroke of luck"
                if section in TERM_SECTIONS and any(s.start <= span.start and span.end <= s.end and
                                                    len(s) > len(span) for s in services):
                    continue  # "alcohol" in "the drug and alcohol service" is a service, not a condition
                target = "daily_living" if section == AIDS else section
                found.append(Term(target, span.start_char, span.end_char, span.text,
                                  lexicon.get(span.text.lower(), lexicon.get(span.text, span.text.lower())),
                                  kind="aid" if section == AIDS else None))
                if section in TERM_SECTIONS:
                    covered.update(range(span.start, span.end))
        for token in doc:
            if token.i in covered or not token.is_alpha:
                continue
            for section, index in self.fuzzy.items():
                span = self._fuzzy_span(doc, token, section, index.lookup(token.text))
                if span is not None:
                    found.append(Term(section, span.start_char, span.end_char, span.text, span.label_,
                                      fuzzy=True))
                    covered.update(range(span.start, span.end))
                    break
        return sorted(found, key=lambda t: (t.start, -t.end))

    def _fuzzy_span(self, doc, token, section: str, word: str | None):
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

    # -- one clause -----------------------------------------------------------------------------

    def _clause(self, profile: dict, clause: str, base: int, terms: list[Term], who: _Teller) -> None:
        sections = profile["sections"]
        speaker = self._speaker(clause, who)
        end = base + len(clause)
        teller = who.teller
        by_section: dict[str, list[Term]] = {}
        for term in terms:
            by_section.setdefault(term.section, []).append(term)

        if speaker == "narrator":
            # A carer's own facts ("I work full time", "I have a bad back") are the carer's, under
            # support network; so is their caring role ("I'm his carer", "I have power of attorney").
            if terms or _AGE.search(clause) or _CARER_ROLE.search(clause) or _GOAL.search(clause):
                sections["support_network"].append(
                    _item(clause, self._status(clause, terms), "narrator", teller, base, end))
            return
        if teller == "carer" and _CARER_ROLE.search(clause) and _mentions_first_person(clause):
            sections["support_network"].append(
                _item(clause, context.CURRENT, "narrator", teller, base, end, role="carer"))
            for section in ("support_network", "services_involved", "what_matters"):
                by_section.pop(section, None)

        self._about_me(sections, clause, base, teller, speaker)
        if _DIED.search(clause) and (by_section.get("support_network") or by_section.get("home")):
            sections["about_me"].append(_item(clause, context.PAST, "subject", teller, base, end,
                                              kind="bereavement"))
            by_section.pop("support_network", None)
            by_section.pop("home", None)
        if _GOAL.search(clause):
            sections["goals"].append(_item(clause, context.CURRENT, "subject", teller, base, end))
            return  # a goal is a goal: "I want to get back to work" is not a fact about work

        family = False
        health = by_section.pop("health", [])
        parts = [t for t in health if t.canonical in BODY_PARTS]
        if any(t.canonical not in BODY_PARTS for t in health):
            health = [t for t in health if t.canonical not in BODY_PARTS]  # "amputated below the knee"
            if len(parts) == 1:  # "my back is very painful" is back pain
                health = [Term(t.section, t.start, t.end, t.surface, f"{parts[0].canonical} pain", t.kind, t.fuzzy)
                          if t.canonical == "pain" else t for t in health]
        services = by_section.get("services_involved", [])
        if services:  # "carers twice a day" are a service, not family or friends who support
            by_section["support_network"] = [t for t in by_section.get("support_network", []) if not any(
                s.start <= t.start and t.end <= s.end for s in services)]
        medicines = [t for t in by_section.pop("medications", []) if not _ALLERGEN.search(clause[:t.start])
                     and (t.kind != MAINTAINED or _TAKING.search(clause)
                          or re.search(r"\bon\s+(?:(?:his|her|my|their)\s+)?$", clause[:t.start], re.IGNORECASE))]
        for term in health + medicines:
            item = self._term_item(clause, base, term, teller, who.subject_relation)
            sections[term.section].append(item)
            family = family or item["status"] == context.FAMILY
        if not health:
            self._injury(sections, clause, base, teller)
        self._allergies(sections, clause, base, teller)

        matters = by_section.pop("what_matters", [])
        if _EXPLICITLY_MATTERS.search(clause):
            by_section.pop("support_network", None)  # "what matters to me is my friends"
        if _MATTERS.search(clause) or matters:
            sections["what_matters"].append(
                _item(clause, self._status(clause, matters), "subject", teller, base, end))
            interests = self.lexicons.sections.get("what_matters", {})
            for section in list(by_section):  # "she loves her garden and her church" is about what matters
                by_section[section] = [t for t in by_section[section] if t.surface.lower() not in interests]
        self._daily_living(sections, clause, base, by_section.pop("daily_living", []), teller)
        home = by_section.pop("home", [])
        if home and not (all(t.canonical in {"stairs", "steps"} for t in home)
                         and sections["daily_living"] and sections["daily_living"][-1]["source"]["start"] == base):
            sections["home"].append(_item(clause, self._status(clause, home), "subject", teller, base, end,
                                          features=_canonicals(home)))
        self._support_network(sections, clause, base, by_section.pop("support_network", []), who, family)
        self._services(sections, clause, base, by_section.pop("services_involved", []), teller)
        communication = by_section.pop("communication", [])
        language = _LANGUAGE.search(clause)
        if communication or (language and language.group(1).lower() != "english"):
            sections["communication"].append(
                _item(clause, self._status(clause, communication), "subject", teller, base, end,
                      needs=_canonicals(communication) or None))
        for section in ("risks", "work_money"):
            found = by_section.pop(section, [])
            if found:
                about = self._other_person(clause, who) if section == "work_money" else None
                sections[section].append(_item(clause, self._status(clause, found, section != "risks"),
                                               about or "subject", teller, base, end,
                                               terms=_canonicals(found)))

    def _term_item(self, clause: str, base: int, term: Term, teller: str, subject_relation) -> dict:
        status = context.fact_status(clause, term.start, term.end, canonical=term.canonical)
        about, when = "subject", None
        if term.section == "health":
            relative = context.family_member(clause, term.start, self.relatives, subject_relation)
            if relative:
                # "my mother had breast cancer" (when: past) or "my son has asthma"
                when = "past" if status == context.PAST or re.search(r"\b(had|was|died)\b", clause) else None
                status, about = context.FAMILY, relative
        text = term.canonical
        detail: dict = {"term": term.surface, "when": when}
        if term.fuzzy:
            detail["spelled"] = term.surface
        if term.section == "health" and term.canonical in BODY_PARTS:
            detail["kind"] = "body_part"
            if re.match(r"\s+(?:done|operated on|sorted|fixed|seen to)\b", clause[term.end:], re.IGNORECASE):
                text, status = f"{term.canonical} operation", context.PAST  # "I had my hip done"
                detail.pop("kind")
        if term.section == "health":
            site = re.search(r"\b(left|right|both)\s+(?:\w+\s+)?$", clause[max(0, term.start - 16):term.start],
                             re.IGNORECASE)
            where = _WHERE.match(clause[term.end:])
            if site:
                detail["site"] = site.group(1).lower()
                text = f"{detail['site']} {text}"
            elif where:  # "pain in my right knee" -> "pain in the right knee"
                detail["site"] = " ".join(w for w in where.groups() if w).lower()
                text = f"{text} in {'' if detail['site'].startswith('both') else 'the '}{detail['site']}"
            elif term.canonical == "pain" and (part := _PART_BEFORE.search(clause[:term.start])):
                detail["site"] = part.group(1).lower()  # "my back is very painful" -> "back pain"
                text = f"{detail['site']} pain"
        if term.section == "medications":
            rest = clause[term.end:context.clause_bounds(clause, term.start)[1]]
            dose, frequency = _DOSE.search(rest), _FREQUENCY.search(rest)
            detail.update(name=term.canonical, dose=dose.group(0) if dose else None,
                          frequency=frequency.group(0) if frequency else None)
            text = " ".join(p for p in (term.canonical, detail["dose"], detail["frequency"]) if p)
        return _item(text, status, about, teller, base + term.start, base + term.end, **detail)

    def _daily_living(self, sections, clause, base, terms: list[Term], teller) -> None:
        aids = [t for t in terms if t.kind == "aid"]
        activities = [t for t in terms if t.kind != "aid"]
        if not aids and not (activities and _NEED.search(clause)):
            return
        status = self._status(clause, aids or activities)
        said = {(earlier, i["status"]) for i in sections["daily_living"][-20:] for earlier in i.get("aids", [])}
        if aids and not activities and all(any(a.canonical in earlier and status == was for earlier, was in said)
                                           for a in aids):
            return  # the same aid again ("the bathroom is too small for the wheelchair")
        if not aids and status == context.NEGATED:
            status = context.CURRENT  # "she isn't eating" is a need, not a denial
        sections["daily_living"].append(_item(clause, status, "subject", teller, base, base + len(clause),
                                              aids=_canonicals(aids) or None,
                                              activities=_canonicals(activities) or None))

    def _support_network(self, sections, clause, base, terms: list[Term], who: _Teller, family: bool) -> None:
        if family:
            return  # "my mother had breast cancer" is history, not support
        people = [t for t in terms if t.canonical != who.subject_relation]
        if not people:
            return  # a carer's "my dad" is the person cared for
        first = people[0]
        name = names.person_name(clause, first.end, self.relationship_words)
        sections["support_network"].append(
            _item(clause, self._status(clause, people), "subject", who.teller, base, base + len(clause),
                  relationship=first.canonical, name=name))

    def _services(self, sections, clause, base, terms: list[Term], teller) -> None:
        organisation = names.organisation(clause, has_role=bool(terms) or "worker" in clause.lower())
        if organisation and _EDUCATION.search(organisation):
            organisation = None  # schools and colleges are education, under work and money
        if not terms and not organisation:
            return
        role = terms[0].canonical if terms else None
        name = names.person_name(clause, terms[0].end, self.relationship_words) if terms else None
        sections["services_involved"].append(
            _item(clause, self._status(clause, terms), "subject", teller, base, base + len(clause),
                  role=role, name=name, organisation=organisation))

    def _injury(self, sections, clause, base, teller) -> None:
        """ "I broke my right wrist" -> a broken right wrist (a fracture: past, unless recent)."""
        for match in _INJURY.finditer(clause):
            how = {"broke": "broken", "fractured": "broken", "sprained": "sprained"}.get(match.group(1).lower(),
                                                                                     match.group(1).lower())
            text = " ".join(w for w in (how, (match.group(2) or "").lower(), match.group(3).lower()) if w)
            status = context.fact_status(clause, match.start(), match.end(), canonical="fracture")
            sections["health"].append(_item(text, status, "subject", teller, base + match.start(),
                                            base + match.end(), term=match.group(0), kind="injury"))

    def _allergies(self, sections, clause, base, teller) -> None:
        if match := _NO_ALLERGIES.search(clause):
            sections["allergies"].append(_item("any known allergies", "negated", "subject", teller,
                                               base + match.start(), base + match.end(), term="allergies"))
            return
        for match in _ALLERGY.finditer(clause):
            allergen = (match.group(1) or match.group(2)).strip()
            start = match.start(1) if match.group(1) else match.start(2)
            status = context.fact_status(clause, match.start(), match.end())
            sections["allergies"].append(_item(allergen.lower(), status, "subject", teller,
                                               base + start, base + start + len(allergen), term=allergen))

    def _about_me(self, sections, clause, base, teller, speaker) -> None:
        about = sections["about_me"]
        if teller == "self" and (own := names.my_name(clause)):
            name, start, end = own
            about.append(_item(name, "current", "subject", teller, base + start, base + end, kind="name"))
            if age := names.AFTER_NAME_AGE.match(clause[end:]):
                self._age(about, int(age.group(1)), teller, base + end + age.start(1), base + end + age.end(1))
        for pattern, kind in ((_PRONOUNS, "pronouns"), (_LANGUAGE, "language")):
            for match in pattern.finditer(clause):
                value = match.group(1)
                if kind == "language" and value.lower() in {"english"} | names.NOT_NAMES:
                    continue
                about.append(_item(value, "current", "subject", teller, base + match.start(1),
                                   base + match.end(1), kind=kind))
        if speaker != "subject":
            return
        for match in _AGE.finditer(clause):
            group = 1 if match.group(1) else 2
            if match.group(1) and re.match(r"is\s", match.group(0), re.IGNORECASE) \
                    and not self._is_subject_phrase(clause[:match.start()], teller):
                continue  # "the rent is 500", "my son is 7" in the person's own story
            self._age(about, _number(match.group(group)), teller, base + match.start(group), base + match.end(group))

    @staticmethod
    def _age(about: list, age: int, teller, start, end) -> None:
        if 0 < age < 120 and not any(i.get("kind") == "age" for i in about):
            item = _item(f"{age} years old", "current", "subject", teller, start, end, kind="age")
            item["value"] = age
            about.append(item)

    def _is_subject_phrase(self, before: str, teller: str) -> bool:
        words = before.lower().split()
        if teller == "self":
            return bool(words) and words[-1] in {"who", "i", "i'm"}
        return bool(words) and (words[-1] in {"who", "he", "she", "they"} or words[-1] in self.relationship_words
                                or (words[-1][:1].isalpha() and before.split()[-1][:1].isupper()))

    def _safeguarding(self, profile, text: str) -> bool:
        """The kinds of concern the story raises (bot/understanding/safeguarding), for the read-back
        and for staff; the help itself was given in the reply to the message that said it."""
        reasons = profile["safeguarding"]["reasons"]
        found = safeguarding.detector().check(text).categories
        for reason in found:
            if reason not in reasons:
                reasons.append(reason)
        profile["safeguarding"]["concern"] = bool(reasons)
        return bool(found)

    _IDENTIFIER_SECTIONS = {"date_of_birth": "about_me", "nhs_number": "about_me", "address": "home",
                            "phone": "communication"}

    def _identifiers(self, profile, sentence: str, base: int, who: _Teller) -> list[tuple[int, int]]:
        """Date of birth, NHS number, address and phone number told in a sentence, each kept once where
        the forms read it (bot/intake); a carer's own number is theirs, under the people who support.
        Returns where in the sentence they were."""
        found = identifiers.find(sentence, who.today)
        for told in found:
            section = self._IDENTIFIER_SECTIONS[told.kind]
            about = "subject"
            if self._speaker(sentence, who) == "narrator":
                if told.kind != "phone":
                    continue  # a carer's own date of birth or address is not the person's
                section, about = "support_network", "narrator"
            items = profile["sections"][section]
            if any(i.get("kind") == told.kind and i.get("value") == told.value for i in items):
                continue
            item = _item(told.value, context.CURRENT, about, who.teller, base + told.start, base + told.end,
                         kind=told.kind, said=sentence[told.start:told.end])
            item["value"] = told.value
            items.append(item)
        return [(t.start, t.end) for t in found]

    def _harm(self, profile, sentence: str, base: int, who: _Teller) -> set[str] | None:
        """A sentence that says someone harms, threatens, controls or exploits the person ("my son
        takes my pension and shouts at me") is recorded under risks, with who does it and what kind
        of harm; returns the words for who does it (the sentence then gives nothing to the people
        who support them: whoever it names, it is not about support)."""
        harms = safeguarding.detector().harms(sentence)
        if not harms:
            return None
        who_does_it = sorted({h.by for h in harms})
        profile["sections"]["risks"].append(_item(
            sentence.strip(), context.CURRENT, "subject", who.teller, base, base + len(sentence.rstrip()),
            kind="harm", by=who_does_it[0], concern=sorted({h.category for h in harms})))
        return set(who_does_it)

    # -- who a clause is about ------------------------------------------------------------------

    def _speaker(self, clause: str, who: _Teller) -> str:
        """'narrator' for a carer's own facts, else 'subject'."""
        if who.teller != "carer":
            return "subject"
        lowered = clause.lower()
        if lowered.startswith("please"):
            return "subject"  # "please contact me" is how to reach the person, through the carer
        words = set(re.findall(r"[a-z']+|[a-z’]+", lowered))
        if not words & _FIRST_PERSON or words & _THIRD_PERSON:
            return "subject"
        if who.subject_relation and who.subject_relation in words:
            return "subject"
        if who.subject_name and who.subject_name.lower() in lowered:
            return "subject"
        if words & self.relationship_words and not _CARER_ROLE.search(clause):
            return "subject"
        return "narrator"

    def _other_person(self, clause: str, who: _Teller) -> str | None:
        """The relation a clause is about when it starts with one ("My wife works part time")."""
        match = re.match(r"(?:and\s+)?(?:my|his|her|their|our)\s+([a-z]+)", clause.lower())
        if match and match.group(1) in self.relationship_words and match.group(1) != who.subject_relation:
            return match.group(1)
        return None

    def _subject_relation(self, story: str) -> str | None:
        """For a carer's story: the first 'my <relation>' names whose story it is."""
        for match in re.finditer(r"\b(?:my|our)\s+([a-z]+)|(?:^|[.!?]\s+|\n)([a-z]+)\b", story.lower()):
            relation = match.group(1) or match.group(2)
            if relation in self.relatives and not _DIED.search(_sentence_at(story, match.start())):
                return relation
            if match.group(1) in self.relationship_words and not _DIED.search(_sentence_at(story, match.start())):
                return relation
        return None

    def _name_after_relation(self, story: str, relation: str) -> str | None:
        match = re.search(rf"\b(?i:my|our)\s+(?i:{re.escape(relation)})\b", story)
        if match:
            found = names.name_after(story, match.end(), self.relationship_words)
            if found:
                return found[0]
        match = re.search(rf"\b([A-Z][a-z]+) is (?:my|our) {re.escape(relation)}\b", story)
        return match.group(1) if match else None

    @staticmethod
    def _status(clause: str, terms: list[Term], simple_past: bool = True) -> str:
        if terms:
            return context.fact_status(clause, terms[0].start, terms[0].end, simple_past)
        position = _first_verb(clause)
        return context.fact_status(clause, position, position, simple_past)


def _number(text: str) -> int:
    """'81', 'eighty one', 'seventy-six', 'a hundred and one' -> the number."""
    if text.isdigit():
        return int(text)
    total = 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "hundred":
            total = 100  # "a hundred", "one hundred"
        else:
            total += _TENS.get(word, 0) + _UNITS.get(word, 0) + _TEENS.get(word, 0)
    return total


def _sentence_at(story: str, position: int) -> str:
    """The sentence of `story` that holds `position` (for a carer's first words about someone)."""
    start = max(story.rfind(".", 0, position), story.rfind("\n", 0, position)) + 1
    end = min((i for i in (story.find(".", position + 1), story.find("\n", position + 1)) if i != -1),
              default=len(story))
    return story[start:end]


def _meaning(word: str, terms: list[tuple[tuple[str, ...], int, str]]) -> object:
    """What a lexicon word means: its own term's name if it is a term, else the terms it is part of."""
    own = [canonical for words, _, canonical in terms if words == (word,)]
    return own[0] if own else frozenset(canonical for *_, canonical in terms)


def _first_verb(text: str) -> int:
    """Where a clause's fact starts: after the subject's opening words."""
    match = re.search(r"\b(have|has|had|take|takes|need|needs|can|can't|cannot|live|lives|am|is|"
                      r"are|was|were|use|uses|get|gets|go|goes|see|sees|work|works|love|loves|like|likes|"
                      r"enjoy|enjoys)\b", text, re.IGNORECASE)
    return match.end() if match else len(text)


def _mentions_first_person(clause: str) -> bool:
    return bool(set(re.findall(r"[a-z'’]+", clause.lower())) & _FIRST_PERSON)


def _canonicals(terms: list[Term]) -> list[str]:
    seen: list[str] = []
    for term in terms:
        if term.canonical not in seen:
            seen.append(term.canonical)
    return seen


def _item(text, status, about, teller, start, end, **detail) -> dict:
    item = {"text": text, "status": status, "about": about,
            "told_by": "self" if teller == "self" else "carer",
            "source": {"start": start, "end": end}}
    item.update({key: value for key, value in detail.items() if value is not None})
    return item


def join_story(parts: Iterable[str]) -> str:
    """The whole story as one text: each message on its own line(s)."""
    return PART_SEPARATOR.join(part.strip() for part in parts if part and part.strip())
