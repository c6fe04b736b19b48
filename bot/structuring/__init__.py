"""Structuring: a story in plain language -> a profile of sections and items (DESIGN.md).

Built on `spacy.blank("en")` (no model can be downloaded here) with a sentencizer and phrase
matchers over the lexicons we own in data/lexicons. Every item says what it is, its status
(current, past, negated, family, hypothetical), who it is about, who told it and where in the story
it came from.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from bot.sections import empty_profile
from bot.structuring import context
from bot.structuring.lexicons import Lexicons, load_lexicons

PART_SEPARATOR = "\n"

_GOAL = re.compile(
    r"\b(i|we|he|she|they)\s*(want|wants|'d like|’d like|would like|'d love|’d love|would love|hope|"
    r"hopes|wish|wishes|am hoping|'m hoping|are hoping|is hoping|need to get back)\b|\bmy goal\b|"
    r"\b(i|we)\s+(really\s+)?want\b",
    re.IGNORECASE,
)
_MATTERS = re.compile(
    r"\b(matters? (most )?to (me|him|her|them|us)|important to (me|him|her|them|us)|"
    r"(i|he|she|they|we) (really )?(love|loves|enjoy|enjoys|like|likes)\b|my favourite|"
    r"makes (me|him|her|them) happy|means a lot)",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b(?i:my name is|i'm called|i am called|call me)\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")
_AGE = re.compile(
    r"\b(?:i'm|i’m|i am|he's|she's|he is|she is|they're|they are|aged)\s+(\d{1,3})\b(?!\s*(?:%|kg|st|stone|foot|feet|cm|mg|times|days|weeks|months|minutes|hours))"
    r"|\b(\d{1,3})[- ]years?[- ]old\b",
    re.IGNORECASE,
)
_PRONOUNS = re.compile(r"\bmy pronouns are\s+([a-z]+/[a-z]+(?:/[a-z]+)?)", re.IGNORECASE)
_LANGUAGE = re.compile(
    r"\b(?:i speak|he speaks|she speaks|they speak|first language is)\s+([A-Z][a-z]+)"
)
_ALLERGY = re.compile(
    r"\ballergic to\s+([a-z][a-z \-]*?)(?=[,.;!?]|\s+and\b|\s+but\b|\s+so\b|$)"
    r"|\b([a-z\-]+)\s+allergy\b",
    re.IGNORECASE,
)
_NO_ALLERGIES = re.compile(r"\bno (known )?allergies\b|\bnot allergic to anything\b", re.IGNORECASE)
_DOSE = re.compile(r"\b\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|milligrams?|g|ml|units?|puffs?|tablets?)\b",
                   re.IGNORECASE)
_FREQUENCY = re.compile(
    r"\b(?:once|twice|three times|four times|\d times) (?:a|per|each) (?:day|week)|\b(?:daily|weekly|"
    r"every (?:morning|night|evening|day|week)|at night|in the morning|at bedtime|as needed|"
    r"when needed|when i need it)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = {"i", "me", "my", "myself", "mine", "i'm", "i've", "i'd", "i'll"}
_THIRD_PERSON = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "we", "us", "our"}


class Structurer:
    """Turns story text into a profile. Build once (it compiles the lexicons), reuse for every story."""

    def __init__(self, lexicons: Lexicons):
        self.lexicons = lexicons
        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for section, terms in lexicons.sections.items():
            self.matcher.add(section, [self.nlp.make_doc(term) for term in terms])
        self.safeguarding = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for phrase, reason in lexicons.safeguarding.items():
            self.safeguarding.add(reason, [self.nlp.make_doc(phrase)])
        self.relationship_words = frozenset(lexicons.sections.get("support_network", {}))

    @classmethod
    def from_folder(cls, folder: Path) -> "Structurer":
        return cls(load_lexicons(folder))

    def structure(self, parts: Iterable[str], teller: str = "self",
                  subject_name: str | None = None) -> dict:
        """Structure a story told over one or more messages. Offsets index `join_story(parts)`."""
        if teller not in ("self", "carer"):
            raise ValueError("teller is 'self' or 'carer'")
        profile = empty_profile()
        story = join_story(parts)
        if subject_name:
            profile["sections"]["about_me"].append(
                self._item(subject_name, "current", "subject", teller, 0, 0, kind="name"))
        subject_relation = self._subject_relation(story) if teller == "carer" else None
        offset = 0
        for line in story.split(PART_SEPARATOR):
            if line.strip():
                doc = self.nlp(line)
                matches = self.matcher(doc)  # once per text, not per sentence: long stories stay fast
                for sent in doc.sents:
                    in_sentence = [m for m in matches if m[1] >= sent.start and m[2] <= sent.end]
                    self._sentence(profile, sent, in_sentence, offset, teller, subject_relation, subject_name)
                self._safeguarding(profile, doc)
            offset += len(line) + len(PART_SEPARATOR)
        return profile

    # -- one sentence ---------------------------------------------------------------------------

    def _sentence(self, profile, sent, matches, offset, teller, subject_relation, subject_name) -> None:
        text = sent.text
        base = offset + sent.start_char
        sections = profile["sections"]
        about = "subject"
        words = {token.lower_ for token in sent}
        if teller == "carer" and self._narrator_only(words, text, subject_name):
            about = "narrator"
        by_section: dict[str, list] = {}
        for match_id, start, end in matches:
            section = self.nlp.vocab.strings[match_id]
            by_section.setdefault(section, []).append(Span(sent.doc, start, end, label=match_id))
        sentence_status = context.fact_status(text, *self._first_fact(text))

        if about == "narrator":
            # A carer's own facts ("I work full time") belong to the carer, under support network.
            if by_section or _GOAL.search(text) or _MATTERS.search(text):
                sections["support_network"].append(
                    self._item(text.strip(), sentence_status, "narrator", teller, base, base + len(text)))
            return

        family_history = False
        for span in filter_spans(by_section.pop("health", [])) + filter_spans(by_section.pop("medications", [])):
            item = self._term_item(sections, span, sent, base, teller, subject_relation)
            family_history = family_history or item["status"] == context.FAMILY
        if family_history:
            by_section.pop("support_network", None)  # "my mother had…" is history, not support
        if subject_relation and all(span.text.lower() == subject_relation
                                    for span in by_section.get("support_network", [])):
            by_section.pop("support_network", None)  # a carer's "my dad" is the person cared for
        for section, spans in by_section.items():
            if not (section == "home" and "daily_living" in by_section and
                      all(s.text.lower() in {"stairs", "steps"} for s in spans)):
                sections[section].append(
                    self._item(text.strip(), sentence_status, about, teller, base, base + len(text)))
        if _GOAL.search(text):
            sections["goals"].append(self._item(text.strip(), "current", about, teller, base,
                                                base + len(text)))
        elif _MATTERS.search(text):
            sections["what_matters"].append(self._item(text.strip(), "current", about, teller, base,
                                                       base + len(text)))
        self._allergies(sections, text, base, teller)
        self._about_me(sections, text, base, teller)

    def _term_item(self, sections, span, sent, base, teller, subject_relation) -> dict:
        section = self.nlp.vocab.strings[span.label]
        text = sent.text
        start, end = span.start_char - sent.start_char, span.end_char - sent.start_char
        canonical = self.lexicons.sections[section].get(span.text.lower(), span.text.lower())
        status = context.fact_status(text, start, end)
        about = "subject"
        if section == "health":
            relative = context.family_member(text, start, self.lexicons.relatives, subject_relation)
            if relative:
                status, about = context.FAMILY, relative
        item = self._item(canonical, status, about, teller, base + start, base + end, term=span.text)
        if section == "medications":
            rest = text[end:context.clause_bounds(text, start)[1]]
            dose = _DOSE.search(rest)
            frequency = _FREQUENCY.search(rest)
            item["name"] = canonical
            item["dose"] = dose.group(0) if dose else None
            item["frequency"] = frequency.group(0) if frequency else None
            item["text"] = " ".join(p for p in (canonical, item["dose"], item["frequency"]) if p)
        if not any(existing["text"] == item["text"] and existing["status"] == item["status"]
                   for existing in sections[section]):
            sections[section].append(item)
        return item

    def _allergies(self, sections, text, base, teller) -> None:
        if match := _NO_ALLERGIES.search(text):
            sections["allergies"].append(self._item("any known allergies", "negated", "subject", teller,
                                                    base + match.start(), base + match.end(), term="allergies"))
            return
        for match in _ALLERGY.finditer(text):
            allergen = (match.group(1) or match.group(2)).strip()
            start = match.start(1) if match.group(1) else match.start(2)
            status = context.fact_status(text, match.start(), match.end())
            sections["allergies"].append(self._item(allergen.lower(), status, "subject", teller,
                                                    base + start, base + start + len(allergen),
                                                    term=allergen))

    def _about_me(self, sections, text, base, teller) -> None:
        for pattern, kind in ((_NAME, "name"), (_PRONOUNS, "pronouns"), (_LANGUAGE, "language")):
            for match in pattern.finditer(text):
                sections["about_me"].append(self._item(match.group(1), "current", "subject", teller,
                                                       base + match.start(1), base + match.end(1), kind=kind))
        for match in _AGE.finditer(text):
            group = 1 if match.group(1) else 2
            age = int(match.group(group))
            if 0 < age < 120:
                item = self._item(f"{age} years old", "current", "subject", teller,
                                  base + match.start(group), base + match.end(group), kind="age")
                item["value"] = age
                sections["about_me"].append(item)

    def safeguarding_reasons(self, text: str) -> list[str]:
        """Why a message raises a safeguarding concern (abuse, suicide risk, …), if it does."""
        return self._reasons(self.nlp.make_doc(text))

    def _reasons(self, doc) -> list[str]:
        reasons: list[str] = []
        for match_id, _, _ in self.safeguarding(doc):
            reason = self.nlp.vocab.strings[match_id]
            if reason not in reasons:
                reasons.append(reason)
        return reasons

    def _safeguarding(self, profile, doc) -> None:
        reasons = profile["safeguarding"]["reasons"]
        reasons.extend(reason for reason in self._reasons(doc) if reason not in reasons)
        profile["safeguarding"]["concern"] = bool(reasons)

    # -- small pieces ---------------------------------------------------------------------------

    def _narrator_only(self, words: set[str], text: str, subject_name: str | None) -> bool:
        if not words & _FIRST_PERSON or words & _THIRD_PERSON or words & self.relationship_words:
            return False
        return not (subject_name and subject_name.lower() in text.lower())

    def _subject_relation(self, story: str) -> str | None:
        """For a carer's story: the first 'my <relation>' names whose story it is."""
        for match in re.finditer(r"\bmy\s+([a-z]+)", story.lower()):
            if match.group(1) in self.relationship_words:
                return match.group(1)
        return None

    @staticmethod
    def _first_fact(text: str) -> tuple[int, int]:
        """Where a sentence-level fact starts: after the subject's opening words."""
        match = re.search(r"\b(have|has|had|take|takes|need|needs|can|can't|cannot|live|lives|am|is|"
                          r"are|was|were|use|uses|get|gets|go|goes|see|sees|work|works)\b",
                          text, re.IGNORECASE)
        position = match.end() if match else len(text)
        return position, position

    @staticmethod
    def _item(text, status, about, teller, start, end, **detail) -> dict:
        item = {"text": text, "status": status, "about": about,
                "told_by": "self" if teller == "self" else "carer",
                "source": {"start": start, "end": end}}
        item.update({key: value for key, value in detail.items() if value is not None})
        return item


def join_story(parts: Iterable[str]) -> str:
    """The whole story as one text: each message on its own line(s)."""
    return PART_SEPARATOR.join(part.strip() for part in parts if part and part.strip())
