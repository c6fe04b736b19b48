"""Structuring: a story in plain language -> a profile of sections and items (docs/profile.md).

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
from datetime import date
from pathlib import Path
from typing import Any, Iterable

import spacy
from spacy.symbols import NORM, ORTH

from bot.sections import answered, empty_profile
from bot.understanding import safeguarding
from bot.understanding.one_at_a_time import one_at_a_time
from bot.understanding.safeguarding.categories import HARM_BY_OTHERS
from bot.understanding.structuring import (
    context,
    corrections,
    cues,
    dialect,
    identifiers,
    names,
    phone_owner,
    quoted,
    self_repair,
    taken_back,
)
from bot.understanding.structuring.clauses import SUBJECT_LEFT_OUT, split_clauses
from bot.understanding.structuring.context import same_kin
from bot.understanding.structuring.facts import item, most_specific
from bot.understanding.structuring.filing import Filer, called_by_class, said_in_use_or_gone
from bot.understanding.structuring.lexicons import Lexicons, load_lexicons
from bot.understanding.structuring.not_theirs import animals_named, gives_it, names_others, not_theirs
from bot.understanding.structuring.people import (
    FEMALE,
    IN_LAW,
    MALE,
    People,
    Teller,
    is_partner,
    named_friends,
    named_relatives,
    opener_before,
    relation_for,
    sex_of,
)
from bot.understanding.structuring.phone_owner import PhoneOwner, Speakers
from bot.understanding.structuring.terms import TERM_SECTIONS, Term, TermFinder
from bot.understanding.structuring.typist import drop_the_typists_own

PART_SEPARATOR = "\n"
# A carer's own harm of the person, said by them: "i shoved her", "I've slapped him once"
_CARER_DID_HARM = re.compile(r"\bi(?:['’]ve|\s+have)?\s+(?:\w+\s+){0,2}?(?:shoved|pushed|hit|slapped|grabbed|shook|smacked|"
                             r"kicked|punched|hurt|pinched|threw|dragged|yanked|shouted\s+at|screamed\s+at)\s+(?:her|him|them|"
                             r"mum|mam|dad|nan|grandad|my\s+\w+)\b", re.IGNORECASE)
_SURE_ENOUGH_TO_KEEP = 0.95  # the classifier's probability from which a concern no rule heard is kept under risks
_OWN_HARM = ("suicidal", "self_harm")  # concerns of harm the person does themselves


# A clause said of the one just named ("he had the cancer", "she was poorly"), between them and what befell them
_SAME_ONE = re.compile(r"\W*(?:and\s+)?(?:he|she)\b", re.IGNORECASE)


class Structurer:
    """Turns story text into a profile. Build once (it compiles the lexicons), reuse for every story."""

    def __init__(self, lexicons: Lexicons):
        self.lexicons = lexicons
        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")
        for written in ("A&E", "a&e", "A&e"):  # "I end up in A&E." is A&E and a full stop
            # spaCy types Language.tokenizer as a plain callable; a blank pipeline's is a Tokenizer.
            self.nlp.tokenizer.add_special_case(written + ".", [{ORTH: written}, {ORTH: "."}])  # type: ignore[union-attr]
        for written, meant in dialect.NORMS.items():  # "tae the shops" matches "to the shops"
            for form in (written, written.capitalize()):
                self.nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: meant}])  # type: ignore[union-attr]
        self.terms = TermFinder(self.nlp, lexicons)
        self.people = People(lexicons.relatives,
                             frozenset(lexicons.sections.get("support_network", {})) | lexicons.relatives)
        self.filer = Filer(lexicons, self.people)
        self.phone_owner = PhoneOwner(lexicons.relatives)

    @classmethod
    def from_folder(cls, folder: Path) -> "Structurer":
        return cls(load_lexicons(folder))

    # -- the story ------------------------------------------------------------------------------

    @one_at_a_time
    def structure(self, parts: Iterable[str], teller: str = "self",
                  subject_name: str | None = None, base: dict[str, Any] | None = None, today: date | None = None,
                  relationship: str | None = None) -> dict[str, Any]:
        """Structure a story told over one or more messages (`_structure`); a carer's story that quotes the person's
        own words is read twice, the quoted words as the person's own (bot/understanding/structuring/quoted.py)."""
        parts = list(parts)
        split = quoted.their_words(parts, teller) if not base else None
        if split is None:
            return self._structure(parts, teller, subject_name, base, today, relationship)
        carers = self._structure(split[0], teller, subject_name, None, today, relationship)
        guard = empty_profile()
        for line in join_story(parts).split(PART_SEPARATOR):
            self._safeguarding(guard, line)
        profile = quoted.joined(carers, self._structure(split[1], "self", None, None, today, None), guard["safeguarding"])
        # put right across the two: '"I'm allergic to penicillin" no hang on she says its not penicillin its aspirin'
        taken_back.allergen_put_right(profile["sections"], join_story(parts), frozenset())
        return profile

    def _structure(self, parts: Iterable[str], teller: str = "self",
                   subject_name: str | None = None, base: dict[str, Any] | None = None, today: date | None = None,
                   relationship: str | None = None) -> dict[str, Any]:
        """Structure a story told over one or more messages. Offsets index `join_story(parts)`.

        With `base` (an earlier confirmed profile) the story is a change to it: what it adds joins
        the earlier sections, a correction ("no, it's my left hip", "I stopped the warfarin") changes
        the earlier item, and only the new words decide whether there is a safeguarding concern.
        `today` (default: the date now) bounds a date of birth: none in the future, none over 120 years.
        `relationship` (a carer's: "daughter", "partner", "neighbour", as the carer questions keep it)
        says which kin words can name the person: a daughter's "Dad", in Margaret's story, is
        Margaret's husband; a wife's "Mum" her mother-in-law; a neighbour's "Dad" the person's dad."""
        if teller not in ("self", "carer"):
            raise ValueError("teller is 'self' or 'carer'")
        profile = empty_profile()
        earlier: set[int] = set()  # the saved version's items, which an update's words come after
        answers: dict[str, list[dict[str, Any]]] = {}  # the saved version's answers to forms' questions
        if base:
            for key, items in base.get("sections", {}).items():
                copied = copy.deepcopy(items)
                earlier.update(id(i) for i in copied)
                # an answer has no place in the story's words: it is read beside them, not among them (told among
                # them, "sertraline makes me feel sick so i stopped it" after a medicines answer stopped the
                # structurer: a stranger, session 18)
                answers[key] = [i for i in copied if _an_answer(i)]
                profile["sections"].setdefault(key, []).extend(i for i in copied if not _an_answer(i))
            subject_name = None  # already in the earlier profile
        written = join_story(parts)
        # as long as the story: offsets still index it ("type 1, sorry, is type 2": only type 2 is read)
        story = self_repair.repaired(dialect.normalise(written))
        typist = names.typing_for(story) if teller == "self" and not base else None
        if typist is not None:  # "This is Linda typing for my husband Derek": his story, told by the one typing
            teller, subject_name = "carer", subject_name or typist[1]  # whom, as a carer's story says it ("my husband")
        relation = self.people.subject_relation(story) if teller == "carer" else None
        said_relation = None
        if subject_name:  # "my husband dave", as a carer may answer "What is their name?"
            subject_name, said_relation = names.given_name(subject_name, self.people.relationship_words)
            # "my husband dave", said as their name, says whose story it is
            relation = (said_relation or relation) if teller == "carer" else relation
        if teller == "carer" and not subject_name and (introduced := names.introduced_by_carer(story)):
            subject_name = introduced  # "I'm Sarah Kirkham, Dennis's daughter-in-law": Dennis's story
            other = self.people.name_after_relation(story, relation) if relation else None
            if other and other.split()[0] != introduced.split()[0]:
                relation = None  # "…with me, my husband Paul": the carer's husband, not the person
        carer_of = names.carer_of(story, self.people.relationship_words) if teller == "carer" and not subject_name \
            else None
        other = self.people.name_after_relation(story, relation) if carer_of and relation else None
        if carer_of and not (other and (other.lower().startswith(carer_of.split()[0].lower())
                                        or carer_of.lower().startswith(other.split()[0].lower()))):
            # "I was Jayden Morris's foster mum": Jayden's story, never "my husband Errol"'s (the twenty-eighth fresh forms
            # set, session 34); "I'm Ben's mum … Ben is my son, Benjamin Carter" is the same one, named in full after
            subject_name = carer_of
            if other:
                relation = None
        if teller == "carer" and not subject_name and relation and (said_by := self.people.relation_sentence_end(
                story, relation)) is not None and (named := names.named_before(story, self.people.relationship_words, said_by)):
            # "I'm writing about Tyler Mason … me, my partner Gary and Tyler", "My husband Gary and I look after Tyler":
            # Tyler's story (Gary was given it, fresh17)
            if (self.people.name_after_relation(story, relation) or named).split()[0] != named.split()[0]:
                subject_name, relation = named, None
        if teller == "carer" and relationship:
            relation = relation_for(relationship, relation, subject_name, story, self.people.relatives)
        if teller == "carer" and not subject_name and relation:
            subject_name = self.people.name_after_relation(story, relation)
        if teller == "carer" and not subject_name:
            subject_name = names.cared_for(story, self.people.relationship_words)  # "I'm a foster carer for Jayden"
        goes_by = None
        if teller == "carer" and subject_name and (in_full := names.short_then_in_full(story, subject_name)):
            subject_name, goes_by = in_full, subject_name  # "my mum Gwen, Gwendoline Parry": Gwen is what she goes by
        if teller == "carer" and subject_name:
            subject_name = names.full_name(story, subject_name)  # "Halina", told "My mother is Halina Kowalska"
        who = Teller(teller, subject_name, relation, today or date.today(),
                     named=named_relatives(story, self.people.relatives, subject_name, teller == "carer"),
                     story=story)
        if teller == "self":  # "my best mate is Kieran … Kieran is diabetic": Kieran's (a carer's friend is often the person)
            who.named = {**named_friends(story), **who.named}
        if subject_name:
            profile["sections"]["about_me"].append(
                item(subject_name, "current", "subject", teller, 0, 0, kind="name"))
        if goes_by:
            profile["sections"]["about_me"].append(item(goes_by, "current", "subject", teller, 0, 0,
                                                        kind="preferred_name"))
        if teller == "carer" and (sex := sex_of(relation)):  # "my mum": a form's "Sex" is female
            told = item(sex, "current", "subject", teller, 0, 0, kind="gender")
            told["value"] = sex
            profile["sections"]["about_me"].append(told)
        offset, previous = 0, ("", 0)
        for line in story.split(PART_SEPARATOR):
            if line.strip():
                previous = self._line(profile, line, offset, who, previous)
            offset += len(line) + len(PART_SEPARATOR)
        # "sertraline, no sorry, citalopram", "I've got epilepsy, no, that's my son": what was taken back at once
        taken_back.apply(profile, story, self.people.relatives, frozenset(earlier))
        context.in_remission([i for i in profile["sections"]["health"] if id(i) not in earlier], story)
        said_in_use_or_gone(profile, story, frozenset(earlier))
        if story != written:
            _in_their_words(profile, story, written)
        if who.teller == "carer" and (who.subject_relation or is_partner(relationship)):
            named_by_relation = bool(said_relation) or _tied(story, who.subject_relation, subject_name)
            _as_theirs(profile, _their_relatives(who.subject_relation, relationship, named_by_relation), story)
        if who.teller == "carer" and not relationship and is_partner(who.subject_relation):
            # a husband's "my dad has diabetes", in the story of "my wife Grace", is her father-in-law's (a father with
            # diabetes was given to Grace, fresh13); only the carer's own "my dad" (a bare "Dad" may be hers)
            _as_theirs(profile, IN_LAW, story, only_mine=True)
        if who.teller == "carer":
            _carers_own_people(profile["sections"]["support_network"], who.subject_relation, who.subject_name,
                               frozenset(earlier))
        if teller == "self" and not base:
            _name_nobody_uses(profile, story)
        if teller == "self":  # "(Chloe: I've got asthma myself)", typed for the person: Chloe's
            drop_the_typists_own(profile["sections"], story, _own_name(profile))
        for said in profile["sections"]["about_me"]:  # "I am Kovalenko Oksana. Kovalenko is family name"
            if said.get("kind") == "name" and said["about"] == "subject":
                said["text"] = names.given_name_first(said["text"], story)
        _cannot_take(profile, story)
        corrections.keep_latest(profile, TERM_SECTIONS + ("allergies",), story)
        _services_told_as_facts(profile, frozenset(earlier))
        corrections.moved_out(profile)
        corrections.gone_from_their_life(profile, story)
        corrections.left_after(profile, story)
        profile["sections"]["health"] = most_specific(profile["sections"]["health"])
        corrections.stopped_helping(profile, story, frozenset(earlier))
        if base:  # who moving home is the person's move: "I", "we"; in a carer's story, the person cared for
            movers = "i|we|ive|weve|im" if who.teller == "self" else "|".join(
                re.escape(w.lower()) for w in ("she", "he", "they", "shes", "hes", who.subject_relation, who.subject_name) if w)
            corrections.moved_on(profile, story, frozenset(earlier), movers)
            corrections.others_moved_out(profile, story, frozenset(earlier))
        _who_he_is(profile, story, earlier)
        harms = [i for i in profile["sections"]["risks"] if i.get("kind") == "harm"]
        harming = {i["by"] for i in harms}
        profile["sections"]["support_network"] = [  # whoever harms them is not a support, anywhere
            i for i in profile["sections"]["support_network"] if i.get("relationship") not in harming]
        for section in _WORDS_OF_A_HARM_LEAK_INTO:
            # "I want my son to stop taking my money" is kept under risks, shared only with the risks: as a goal
            # too, consent to share the goals would have shared the harm; "my husband wont let me go out on my own"
            # as day-to-day living went to a benefits service the person had not given the risks (session 17)
            # (offsets index this story's words only: never a saved version's item, nor an answer to a form's question)
            # Beside goals and what matters, only words that tell the harm themselves go: "I need help with washing and
            # dressing, my carer shouts at me" keeps the need (a second reader, session 17)
            profile["sections"][section] = [i for i in profile["sections"][section] if id(i) in earlier
                                            or not any(id(harm) not in earlier and _overlap(i, harm) for harm in harms)
                                            or (section not in ("goals", "what_matters") and not _tells_harm(i))]
        _dangers_are_no_support(profile, earlier)
        _own_harm_told_once(profile, story, earlier)
        _left_out(profile, story, subject_name)
        for key, given in answers.items():
            new = [i for i in profile["sections"].get(key, []) if id(i) not in earlier]
            stopped = [i for i in profile["sections"]["allergies"] if id(i) not in earlier] if key == "medications" else []
            _stale_answers(given, new, stopped)
            profile["sections"].setdefault(key, []).extend(given)
        return profile

    def _line(self, profile: dict[str, Any], line: str, offset: int, who: Teller,
              previous: tuple[str, int]) -> tuple[str, int]:
        """File one message; `previous` and the return: the last sentence read and where it starts."""
        asked, start = answered(line)
        if asked:  # kept as the answer to "What matters most to you?" or "What would you like to achieve?"
            if again := _SAID_BEFORE.match(line, start):  # "i said, help w money n a wfh job": the answer, without
                start = again.end()                       # the reproach (read back "You said, …": a stranger, session 32)
            said = line[start:]
            if not said.strip() or cues.SAYS_NOTHING.fullmatch(said):
                return previous  # "not sure", "dunno": no answer
            found = [t for t in self.terms.find(self.nlp(said)) if t.section in TERM_SECTIONS]
            if found or len(said.split()) > cues.ANSWER_WORDS or corrections.is_correction(said) \
                    or self._safeguarding(profile, said):
                # "oh I forgot, I also have diabetes", "to stop my son taking my money": read as story
                return self._line(profile, said, offset + start, who, previous)
            said = said.strip()
            start = offset + start + line[start:].index(said)
            profile["sections"][asked].append(item(said.rstrip(".!"), context.CURRENT, "subject", who.teller,
                                                   start, start + len(said)))
            return previous
        if answer := cues.answer_to(line):  # "my grandkids", said to "What matters most to you?"
            said = line.strip()
            start = offset + line.index(said)
            profile["sections"][answer].append(item(said.rstrip(".!"), context.CURRENT, "subject", who.teller,
                                                    start, start + len(said)))
            return previous
        doc = self.nlp(line)
        terms = self.terms.find(doc)  # matched once per line, not per clause: long stories stay fast
        # Who harms is asked of each sentence only when the line raises a concern at all (a harm the
        # rules hear is always a concern): most lines of most stories raise none.
        concern = self._safeguarding(profile, line)
        starts = [t.start for t in terms]
        pets = animals_named(who.story or line)
        for sent in doc.sents:
            sentence, base = sent.text, offset + sent.start_char
            who.opener_before = opener_before(who, previous[0])  # "My sister helps. She lives in Leeds."
            who.opened_by = who.last_referent = None  # "she", in a new sentence, is not the relative of the last one
            who.sentence_start = base
            spans = self._clause_spans(sentence)
            if spans and context.ONLY_OVER.fullmatch(sentence[spans[0][0]:spans[0][1]]):
                self.filer.over_now(profile["sections"]["health"], *previous)  # "…for my hernia. All sorted now."
            previous = sentence, base
            if cues.LEAVE_OUT.search(sentence) and not concern:
                continue  # "… but leave Paul out of it please": none of it filed (session 28); a danger told with it is
            skip = 0
            if corrections.apply_removal(profile, sentence, who.teller):
                continue  # "And take out my angina, thats mine not Toms": done, and never a fact
            if corrections.is_correction(sentence):
                medicines_said = tuple((t.start - sent.start_char, t.end - sent.start_char, t.canonical) for t in terms
                                       if t.section == "medications" and sent.start_char <= t.start < sent.end_char)
                # "no its my left hip and the ramipril is 10mg": each change, never the first alone (a stranger, session
                # 38: the second was dropped without a word); each piece on its own first, so that a dose is the medicine's
                # it is said with ("the midazolam is only for emergencies …, and the keppra is 750mg": a stranger, session
                # 39, had the 750mg put on the midazolam), then the whole
                pieces = corrections.changes(sentence)
                if len(pieces) > 1 and any([_put_right(profile, sentence[at:to], base + at, tuple(
                        (a - at, b - at, c) for a, b, c in medicines_said if at <= a < to), who.teller) for at, to in pieces]):
                    continue
                if _put_right(profile, sentence, base, medicines_said, who.teller):
                    continue
                skip = corrections.fact_start(sentence)  # "Correction: you've missed that" is not the fact
            skip = max(skip, corrections.instruction_start(sentence))  # nor is "oops forgot to say", anywhere
            harmful = self._harm(profile, sentence[skip:], base + skip, who) if concern else None
            told = self._identifiers(profile, sentence, base, who)
            someone_died = False  # "my Bridie passed three years ago, God rest her, the cancer of the ovaries it was"
            people = self.people.relatives | frozenset(who.named)
            medicines_before = len(profile["sections"]["medications"])
            health_before = len(profile["sections"]["health"])
            animal = False  # the clause before spoke of an animal ("our dog Max has epilepsy and is on …")
            pet_before = False  # "I've got me dog Bess, she's on Metacam for her hips": the dog's medicine
            said_before: tuple[int, list[Term]] = (0, [])  # where the clause before starts, and its terms
            for number, (start, end) in enumerate(spans):
                if end <= skip:
                    continue
                start = max(start, skip)
                lo, hi = sent.start_char + start, sent.start_char + end
                if any(a < end and start < b for a, b in told) and not any(
                        t.section in TERM_SECTIONS + ("support_network",) and lo <= t.start < hi for t in terms):
                    # "I live at 12 Rose Lane, Leeds LS6 2AB" is the address, said once; a name or an age
                    # said with it is still read ("My name is Dorothy Evans, date of birth 14/02/1941")
                    clause = sentence[start:end]
                    self.filer.about_me(profile["sections"], clause, base + start, who.teller,
                                        self.people.speaker(clause, who), who.subject_relation, who.subject_name)
                    # what the clause says besides ("she lives on her own at …, a council flat") is still read
                    for a, b in _around(sentence, start, end, told):
                        rest = [t.moved(sent.start_char + a) for t in terms
                                if sent.start_char + a <= t.start and t.end <= sent.start_char + b]
                        if rest:
                            self.filer.file_clause(profile, sentence[a:b], base + a, rest, who)
                    continue
                first = bisect_left(starts, lo)  # terms are sorted by start: long stories stay linear
                in_clause = []
                for t in terms[first:]:
                    if t.start >= hi:
                        break
                    if t.end <= hi and not any(sent.start_char + a < t.end and t.start < sent.start_char + b
                                               for a, b in told):  # "27 Church Street" is no church
                        in_clause.append(t.moved(lo))
                # an animal's, other people's the person handles, a name's: nobody's in the story
                in_clause, animal = not_theirs(in_clause, sentence[start:end], pets, animal and bool(
                    SUBJECT_LEFT_OUT.match(sentence[start:end]) or gives_it(sentence[start:end])),
                    who.subject_name if who.teller == "carer" else None,
                    bool(in_clause) and names_others(sentence[:start]))
                if harmful is not None:  # the person who harms is a risk, never a support
                    in_clause = [t for t in in_clause if t.section not in ("risks", "support_network")]
                if cues.QUESTION_TO_US.match(sentence):  # a question to us is no fact; a condition it names is
                    in_clause = [t for t in in_clause if t.section in TERM_SECTIONS]
                    if not in_clause:
                        continue
                clause, gone = sentence[start:end], cues.DIED.search(sentence[start:end])
                # the illness of who died, said after it: "…, the cancer of the ovaries it was", "…, dementia it was"
                in_clause = [t for t in in_clause if t.section != "health" or not (
                    (someone_died and not cues.mentions_someone(clause, people))
                    or (gone and "," in clause[gone.end():t.start] and not cues.mentions_someone(clause[gone.end():], people)))]
                someone_died = someone_died or bool(gone)
                if pet_before and context.PET_GOES_ON.match(clause):
                    in_clause = [t for t in in_clause if t.section not in ("health", "medications")
                                 or cues.mentions_first_person(clause[:t.start])]
                # only a pet the teller has ("I've got me dog Bess"): after "Mum lives with her dog", "she" is Mum
                pet_before = bool(context.PET_SAID_LAST.search(clause)) and bool(_TELLER_HAS.match(clause))
                # the clause before, with what joins it to this one ("ramipril, and the statins" is a list)
                in_clause = called_by_class(sentence[said_before[0]:start], said_before[1], clause, in_clause,
                                            sentence[end:])
                said_before = (start, in_clause)
                # the next clause, or the one after it said of the same one ("my husband Frank, he had the cancer,
                # went four year ago")
                died = any(cues.THEN_DIED.match(sentence[spans[later][0]:]) for later in (number + 1, number + 2)
                           if later < len(spans) and (later == number + 1 or _SAME_ONE.match(sentence[spans[number + 1][0]:])))
                self.filer.file_clause(profile, sentence[start:end], base + start, in_clause, who, died)
            self.filer.before_now(profile["sections"]["medications"][medicines_before:], sentence, base)
            context.said_after(profile["sections"]["medications"][medicines_before:],
                               profile["sections"]["health"][health_before:], sentence, base)
            context.lasting_now(profile["sections"]["health"][health_before:], sentence, base)
            told = [i for i in profile["sections"]["risks"] if i.get("kind") == "concern" and i["source"]["start"] >= base]
            # a concern kept whole: what befell the person in it is no risk of its own ("she fell"), nor read back twice
            if told:
                profile["sections"]["risks"] = [i for i in profile["sections"]["risks"] if i in told or i.get("kind")
                                                or not base <= i.get("source", {}).get("start", -1) < base + len(sentence)]
            self.filer.denied_after(profile["sections"]["health"][health_before:], sentence, base)
        if concern:
            self._concern_across(profile, line, offset, who, [(sent.start_char, sent.end_char) for sent in doc.sents])
        return previous

    @staticmethod
    def _clause_spans(sentence: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for start, end in split_clauses(sentence):
            if spans and (cues.THAT_MATTERS.match(sentence[start:end]) or cues.BUT_WE_MANAGE.match(sentence[start:end])):
                spans[-1] = (spans[-1][0], end)  # "I play bowls and that matters to me" is one fact
            else:
                spans.append((start, end))
        return spans

    def _safeguarding(self, profile: dict[str, Any], text: str) -> bool:
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
                            "phone": "communication", "email": "communication"}

    def _identifiers(self, profile: dict[str, Any], sentence: str, base: int, who: Teller) -> list[tuple[int, int]]:
        """Date of birth, NHS number, address and phone number told in a sentence, each kept once where
        the forms read it (bot/intake); a carer's own number is theirs, under the people who support.
        Returns where in the sentence they were."""
        found = identifiers.find(sentence, who.today)
        ends = sorted(t.end for t in found)
        previous: str | None = None  # whose the number before in this sentence was
        for told in found:
            section = self._IDENTIFIER_SECTIONS[told.kind]
            about = "subject"
            # the words since the identifier before say whose this one is: "Her number is 0113…, mine is 07812…"
            since = sentence[max([e for e in ends if e <= told.start], default=0):told.start]
            if told.kind in ("phone", "email"):  # whose, as for a phone: "my email is …" is a carer's own
                owner = self.phone_owner.owner(since, Speakers(who.teller, who.subject_relation, who.subject_name,
                                                               who.named), previous)
                if owner is None:
                    owner = phone_owner.NARRATOR if self.people.speaker(sentence, who) == "narrator" \
                        else phone_owner.SUBJECT
                # the words after it may say whose it is: "…, 07700 900519 is his number" (a grandson's)
                upto = min([t.start for t in found if t.start >= told.end], default=len(sentence))
                owner = self.phone_owner.said_after(sentence[told.end:upto], Speakers(
                    who.teller, who.subject_relation, who.subject_name, who.named)) or owner
                previous = owner
                if owner == phone_owner.OTHER:
                    continue  # "call me on 07812… or my daughter on 07912…": the daughter's, not the person's
                if owner == phone_owner.NARRATOR:
                    section, about = "support_network", "narrator"  # "…and mine is 07812 345678": the carer's
            elif self.people.speaker(sentence, who) == "narrator":
                continue  # a carer's own date of birth or address is not the person's
            elif told.kind == "address" and self._someone_elses(sentence[:told.start], who):
                continue  # "my mum lives at 9 Church Lane", "my sons address is…": theirs, not the person's
            elif told.kind == "date_of_birth" and who.teller == "self" and _OTHERS_BIRTH.search(sentence[:told.start]):
                continue  # "My Bridie, born the 2nd of February 1942, …": hers, in the person's own story
            elif told.kind == "address" and who.teller == "carer" and _carers_alone(since):
                continue  # "im Gareth, her son, i live in Telford (7 Orchard Way, …)": the carer's own (session 21)
            status = context.CURRENT
            # (what is said after it, up to the next address: "… HU3 1AA but now I move to Flat 5, … since October" says
            # nothing of the first)
            after = sentence[told.end:min([t.start for t in found if t.kind == "address" and t.start >= told.end],
                                          default=len(sentence))]
            if told.kind == "address" and _left_home(since, after):
                status = context.PAST  # "I moved out of our house at 12 Weaver Close …": a home they had
            items = profile["sections"][section]
            if any(i.get("kind") == told.kind and i.get("value") == told.value for i in items):
                continue
            if told.kind == "date_of_birth" and _PUT_RIGHT.search(since):
                # "born the fourteenth of February 1940 - no, what am I saying, 1941, the fourteenth of February 1941": the
                # one put right (a fresh forms set, session 28: 1940 was sent)
                items[:] = [i for i in items if not (i.get("kind") == told.kind and i.get("about") == about)]
            kept = item(told.value, status, about, who.teller, base + told.start, base + told.end,
                        kind=told.kind, said=sentence[told.start:told.end])
            kept["value"] = told.value
            items.append(kept)
        return [(t.start, t.end) for t in found]

    def _someone_elses(self, before: str, who: Teller) -> bool:
        """Whether the words before an address or number give it to someone else: "my mum lives at",
        "my sons address is", "her daughter's number is" (a carer's "my dad lives at", about Dad, is his)."""
        if who.teller == "self" and _THEIRS.search(before):
            return True  # "my daughter Sue is my next of kin, her number is …": not the person's own
        owner = _OWNER.search(before)
        if not owner or _I_OR_WE.search(before[owner.start(1):]):
            return False  # "my daughter lives with me at 12 Rose Lane", "my son lives in Leeds but I live at"
        if _LIVE_IN.search(before[:owner.start()]):
            return False  # "I live in my son's house at 48 …": where the person lives, though the house is his
        word = owner.group(1).lower()
        word = word if word in self.people.relatives or word in context.OTHER_PEOPLE else word[:-1]
        word = context.INFORMAL_KIN.get(word, word)
        return (word in self.people.relatives or word in context.OTHER_PEOPLE) and not same_kin(word, who.subject_relation)

    def _harm(self, profile: dict[str, Any], sentence: str, base: int, who: Teller) -> set[str] | None:
        """A sentence that says someone harms, threatens, controls or exploits the person ("my son
        takes my pension and shouts at me") is recorded under risks, with who does it and what kind
        of harm; returns the words for who does it (the sentence then gives nothing to the people
        who support them: whoever it names, it is not about support)."""
        harms = safeguarding.detector().harms(sentence)
        if who.named and all(h.by.lower() in _PRONOUNS for h in harms):
            # "Gary takes my pension", after "my son Gary": heard as "my son takes my pension"; and so when only "he"
            # was heard ("Lee takes all my wages …, he checks my phone", after "my partner Lee": a stranger, session 35,
            # had Lee read back as a support and delivered as her carer)
            as_relatives = re.sub(r"\b([A-Z][a-z]+)\b", lambda m: f"my {who.named[m.group(1).lower()]}"
                                  if m.group(1).lower() in who.named else m.group(1), sentence)
            named = safeguarding.detector().harms(as_relatives) if as_relatives != sentence else []
            harms = [h for h in named if h.by.lower() not in _PRONOUNS] + harms or named
        if not harms:
            return self._concern_told(profile, sentence, base, who)
        who_does_it = sorted({self._who_is(h.by, who) for h in harms})
        # "he", in a sentence that names one person of theirs and no other: that one ("Kai keeps my bank card …, he reads
        # all my messages", after "my partner Kai"; a stranger, session 35: "Lee takes all my wages …, he checks my phone")
        named_here = {who.named[w.lower()] for w in re.findall(r"\b[A-Z][a-z]+\b", sentence) if w.lower() in who.named}
        if len(named_here) == 1:
            one = next(iter(named_here))
            who_does_it = sorted({one if by.lower() in _PRONOUNS else by for by in who_does_it})
        profile["sections"]["risks"].append(item(
            sentence.strip(), context.CURRENT, "subject", who.teller, base, base + len(sentence.rstrip()),
            kind="harm", by=who_does_it[0], concern=sorted({h.category for h in harms})))
        return set(who_does_it)


    def _concern_told(self, profile: dict[str, Any], sentence: str, base: int, who: Teller) -> set[str] | None:
        """A sentence no rule hears a harm in, that still raises a concern of harm by others ("my uncle Dave has been
        staying with her since september and she goes very quiet when hes around, ive noticed bruises on her arms she
        cant explain": a stranger, session 25, had it read back only as "Your uncle Dave has been staying with her",
        a support): kept under risks in the words said; whoever it names by how they are related is no support."""
        found = safeguarding.detector().check(sentence)
        if found.concern and "carer_breaking_point" in found.categories and who.teller == "carer" \
                and _CARER_DID_HARM.search(sentence):
            # "im ashamed to say it but i get so tired i shoved her last week and she fell against the wall": read back
            # only as "She fell against the wall" (a stranger at a read-back, session 25); the carer's words, kept whole
            profile["sections"]["risks"].append(item(
                sentence.strip(), context.CURRENT, "subject", who.teller, base, base + len(sentence.rstrip()),
                kind="concern", concern=["carer_breaking_point"]))
            return None
        if not found.concern or found.surest < _SURE_ENOUGH_TO_KEEP or not set(found.categories) & HARM_BY_OTHERS:
            # what the classifier heard less surely is no risk to tell a service of: of the 3,505 ordinary messages and
            # near misses of the safeguarding sets, 120 raise such a concern; 1 at this threshold (482 disclosures do)
            return None
        kin = re.search(r"\b(?:my|her|his|their|our|me)\s+([a-z-]+)", sentence, re.IGNORECASE)
        named = kin.group(1).lower() if kin and kin.group(1).lower() in self.people.relatives \
            and not same_kin(kin.group(1).lower(), who.subject_relation) else None
        profile["sections"]["risks"].append(item(
            sentence.strip(), context.CURRENT, "subject", who.teller, base, base + len(sentence.rstrip()),
            **({"kind": "harm", "by": named} if named else {"kind": "concern"}),
            concern=[c for c in found.categories if c in HARM_BY_OTHERS]))
        return {named} if named else None

    def _own_harm(self, profile: dict[str, Any], said: str, base: int, who: Teller, found: safeguarding.Finding) -> bool:
        """Thoughts of suicide or self-harm told in the story ("ive been cuttin again", "I've been putting by my
        tablets"), kept under risks in the words said, read back and shared (with consent) like a harm by others (a
        stranger, session 26: none was); someone else's ("my mate cuts"), or a carer's own, are no risk of the
        person's. Returns whether it kept one."""
        own = [c for c in found.categories if c in _OWN_HARM]
        if not own or 0 < found.surest < _SURE_ENOUGH_TO_KEEP:
            return False
        # a carer's own thoughts are theirs ("I feel like ending it all, I can't cope with dad": a second reader, session
        # 27): in a carer's story only thoughts said to be another's (whom.py) are the person's
        if found.theirs != (who.teller == "carer"):
            return False
        kept = [i for key in ("health", "risks") for i in profile["sections"][key]
                if base <= (i.get("source") or {}).get("start", -1) < base + len(said)]
        if any(safeguarding.tells_a_danger(str(i.get("text", "")), own) for i in kept):
            return False  # "I've got depression and I self harm sometimes": self harm, under health, says it
        profile["sections"]["risks"].append(item(said.strip(), context.CURRENT, "subject", who.teller, base,
                                                 base + len(said.rstrip()), kind="concern", concern=own))
        return True

    def _concern_across(self, profile: dict[str, Any], line: str, offset: int, who: Teller,
                        bounds: list[tuple[int, int]]) -> None:
        """Thoughts of suicide or self-harm the message tells that no sentence of it kept under risks, or said across
        sentences ("I've been cutting since Christmas and I keep a tally. It's forty-three times now. Tonight I want to
        go deeper"): the fewest sentences in a row that tell them, kept in the words said (the whole message when none
        do). A harm by others is kept sentence by sentence only (_harm): across sentences the classifier alone was sure
        of "Her mum and her aunt both had it too. If it comes back she says she doesnt want more chemo" as money taken.
        `bounds`: where the message's sentences are (its parse, made once for the message)."""
        def kept_in(start: int, end: int) -> bool:
            return any(offset + start <= i.get("source", {}).get("start", -1) < offset + end
                       for i in profile["sections"]["risks"])

        kept = kept_in(0, len(line))
        # each sentence that tells it alone, beside one kept already ("Some nights I think everyone would be better off
        # without me. I have been saving up my tablets just in case.": the tablets were never kept, a stranger, session 34)
        for start, end in bounds if kept or len(bounds) > 1 else ():
            if not kept_in(start, end):
                found = safeguarding.detector().check(line[start:end])
                kept = (found.concern and self._own_harm(profile, line[start:end], offset + start, who, found)) or kept
        if kept:
            return
        windows = [(bounds[i][0], bounds[i + n - 1][1]) for n in range(2, 4) for i in range(len(bounds) - n + 1)]
        for start, end in [*windows, (0, len(line))]:
            said = line[start:end]
            found = safeguarding.detector().check(said)
            if not found.concern:
                continue
            if self._own_harm(profile, said, offset + start, who, found):
                return

    @staticmethod
    def _who_is(by: str, who: Teller) -> str:
        """Who harms, when the words say only "he" or "she": the one person of that sex the story has named ("i live
        with my boyfriend … he checks my phone every night": the boyfriend, never then read back as a support).
        With two of that sex named (a husband and a son), or none, "he" stays "he": no one is blamed, nor taken
        out of the people who support them, on a guess (a second reader)."""
        if by.lower() not in ("he", "she", "him", "her"):
            return by
        sex = MALE if by.lower() in ("he", "him") else FEMALE
        named = {word for word in who.mentioned if word in sex and not same_kin(word, who.subject_relation)}
        return named.pop() if len(named) == 1 else by


_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})


# Whose address or number: "my mum lives at", "my sons address is", "his daughter's number is"; a relative of someone
# of theirs: "the kids' dad lives at", "my son's father lives at"
_OWNER = re.compile(r"\b(?:my|his|her|their|our|me|ma|the)\s+(?:[a-z]+(?:['’]s|s['’])\s+)?(?:(?:" + context.ADJECTIVES
                    + r")\s+)?([a-z]+?)(?:['’]s)?\s+"
                    r"(?:address|home address|lives|lived|stays|house|flat|home|phone|mobile|number|phone number|"
                    r"mobile number|landline)\b[^.]*$", re.IGNORECASE)


_THEIRS = re.compile(r"\b(?:his|her|their)\s+(?:own\s+)?(?:phone\s+|mobile\s+|home\s+)?(?:number|phone|mobile|"
                     r"landline|address)\b[^.]*$", re.IGNORECASE)
# Someone of theirs named before a date of birth, with no word of the person's own since: "My Bridie, born …",
# "my daughter Sue (dob 3/4/80)"; not "My name is Gurdev Singh Sandhu, born …", "my date of birth is"
# Said before an address, a home they have left: "I moved out of our house at", "We moved here from Didsbury (",
# "for forty years before that we lived at", "Before this we live one year with sponsor family in Stamford,"; and what
# says it is where they are now, when said after ("I moved here in 2020 …", "Now I live at")
_HOME_LEFT = re.compile(r"\b(?:moved|(?:had|having)\s+to\s+move)\s+(?:\w+\s+){0,2}?(?:out\s+of|from|away\s+from)\b|"
                        r"\bused\s+to\s+live\b|"
                        # "kicked out of", "evicted from", "had to leave", "not living at … any more" (fresh17)
                        r"\b(?:kicked|thrown|chucked|turfed|put)\s+out\s+of\b|\bevicted\s+from\b|\bhad\s+to\s+leave\b|"
                        r"\b(?:not|no\s+longer|don['’]?t|do\s+not|doesn['’]?t|does\s+not)\s+(?:live|living|stay|staying)\s+"
                        r"(?:at|in)\b|"
                        r"\b(?:i|we|he|she|they)\s+(?:had\s+)?lived\b|\bbefore\s+(?:this|that|here|now)\b|"
                        # "Before I am living in 22 Victoria Road …", as a second language says it (a stranger, session 25)
                        r"\bbefore\s+(?:i|we|he|she|they)\s+(?:am\s+|was\s+|were\s+|is\s+|are\s+)?(?:living|live|lived|"
                        r"stay|staying)\b|"
                        # "I was renting a one bed flat at 23 Holly Street … but the landlord sold up" (a fresh forms set,
                        # session 24: sent as his address while he sleeps on a friend's sofa)
                        # (not "was living at 14 Elm Road with my son when I had the fall": a second reader)
                        r"\b(?:i|we|he|she|they)\s+(?:was|were)\s+(?:renting|lodging)\b|"
                        r"\b(?:previous(?:ly)?|former(?:ly)?|old|last)\s+(?:address|house|home|flat|place|lived|living)\b|"
                        r"\bleft\s+(?:our|my|the|his|her|their)\s+(?:\w+\s+)?(?:house|flat|home|bungalow|place)\b", re.IGNORECASE)
_HOME_NOW = re.compile(r"\b(?:now|currently|moved\s+(?:in)?to|moved\s+here\b(?!\s+from))|(?<!before )\b(?:i|we|he|she|they)\s+"
                       r"(?:now\s+)?(?:live|lives|am\s+living|are\s+living|is\s+living|['’]m\s+(?:living|staying)|am\s+staying)"
                       r"\s+(?:at|in)\b", re.IGNORECASE)
# A carer's own home, said by them: "i live in Telford (…", and nothing says they live with the person
_LIVES = re.compile(r"\b(?:live|lives|lived|living|stay|stays|stayed|staying)\b", re.IGNORECASE)
_CARER_BEFORE = re.compile(r"(?<!\band\s)\bi\s+(?:am\s+|['’]m\s+|now\s+|also\s+)?$|\b(?<!and\s)im\s+$", re.IGNORECASE)
_LIVING_WITH = re.compile(r"\bwith\s+(?:her|him|them|me|us|mum|mam|dad|my|our)\b|\bwe\b", re.IGNORECASE)


def _put_right(profile: dict[str, Any], sentence: str, base: int, medicines_said: tuple[tuple[int, int, str], ...],
               teller: str) -> bool:
    """Apply the change a correction says (a side, a dose, an age, a year, whose, a person, sex and name, a swap):
    whether it said one."""
    return corrections.apply(profile, sentence, base) \
        or corrections.apply_dose(profile, sentence, base, medicines_said) \
        or corrections.apply_age(profile, sentence, base, teller) \
        or corrections.apply_year(profile, sentence, base) \
        or corrections.apply_narrator(profile, sentence, base) \
        or corrections.apply_person(profile, sentence, base) \
        or corrections.apply_sex(profile, sentence, base, teller) \
        | corrections.apply_name(profile, sentence, base, teller) \
        or corrections.apply_swap(profile, sentence, base)


def _carers_alone(before: str) -> bool:
    """Whether the last "live" or "stay" before an address is the carer's alone: "i live in Telford (7 Orchard Way",
    not "I live in Leeds but mum lives at …", "Dad and I live at …", "I live with her at …" (session 21)."""
    said = list(_LIVES.finditer(before))
    if not said:
        return False
    last = said[-1]
    return bool(_CARER_BEFORE.search(before[:last.start()])) and not _LIVING_WITH.search(before[last.start():])


# Between a home left and the address: a new saying ("We moved here from Manchester two years ago and our address
# is …"), so the address is not the one left; before "left": "I havent left my flat for 3 weeks" (still there);
# after the address: "I lived at 12 Weaver Close since 1990" (still there)
_NEW_SAYING = re.compile(r"\b(?:and|but|so|because|its|it['’]s|is|are)\b|[;:]", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"(?:\bnot|n['’]?t|\bnever)\s+(?:\w+\s+)?$", re.IGNORECASE)
_STILL_SINCE = re.compile(r"[^.;!?]{0,60}?\bsince\s+(?:\d|(?:last|the)\s|then\b|birth\b|i\s+was\b|we\s+were\b|"
                          r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.IGNORECASE)


# Said straight after an address: it is not theirs now ("…, so that's not my address any more", "but that isn't my
# home now", "was my address till we split", "I don't live there any more"): a man sleeping in his car was sent his
# ex-partner's address (fresh17); not "it's not my home, it's a hostel", an address that is theirs still
_NOT_THEIRS_NOW = re.compile(r"\s*,?\s*(?:was|used\s+to\s+be)\s+(?:my|our|his|her|their)\s+(?:address|home)\b|"
                             r"[^.;!?]{0,40}?\b(?:(?:that|it|this)(?:(?:['’]s|\s+is|\s+was)\s+not|\s+isn['’]?t|\s+wasn['’]?t)\s+"
                             r"(?:my|our|his|her|their)\s+(?:address\b|(?:home|house|flat|place)\s+(?:any\s*more|no\s+more|"
                             r"now)\b)|(?:that|it|this)(?:['’]s|\s+is)\s+no\s+longer\s+(?:my|our|his|her|their)\s+"
                             r"(?:address|home|house|flat|place)\b|"
                             r"(?:i|we|he|she|they)\s+(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|no\s+longer)\s+"
                             r"(?:live|stay|living|staying)\s+there\b|"
                             # "12 Elm Close, oh no, I keep doing that, that was the old house" (the ninth fresh set)
                             r"(?:that|it|this)(?:['’]s|\s+is|\s+was|s)\s+(?:the|my|our|his|her|their|me)\s+(?:old|last|"
                             r"previous|former)\s+(?:address|home|house|flat|place|bungalow)\b)", re.IGNORECASE)


def _left_home(before: str, after: str = "") -> bool:
    """Whether the words before an address say it is a home left: only a leaving said straight before the address,
    not denied, and no "since" after it saying they are there still; the last of what they say of when wins. The
    words straight after may say it is theirs no longer."""
    if _NOT_THEIRS_NOW.match(after):
        return True
    if _STILL_SINCE.match(after):
        return False
    left = [m.end() for m in _HOME_LEFT.finditer(before)
            if not _NEW_SAYING.search(before, m.end()) and not _NOT_BEFORE.search(before[:m.start()])]
    now = [m.end() for m in _HOME_NOW.finditer(before)]
    return bool(left) and max(left) > max(now, default=-1)


_OTHERS_BIRTH = re.compile(r"\b(?:my|our)\s+(?!(?:name|names|name's|date|dob|d\.o\.b|birthday|own)\b)[a-z]+\b"
                           r"(?![^.]*\b(?:i|i'm|im|i’m|me)\b)[^.]*$", re.IGNORECASE)
# "I live in my son's house at", "we're staying at my daughter's flat": the person's home, whoever owns it
_LIVE_IN = re.compile(r"\b(?:i|we|i'm|im|i’m|we're|we’re)\s+(?:am\s+|are\s+|now\s+)?(?:live|living|stay|staying)\s+"
                      r"(?:in|at|with)\s+$", re.IGNORECASE)
_I_OR_WE = re.compile(r"\b(?:me|i|i'm|im|i’m|we|us)\b", re.IGNORECASE)
# A carer names relatives as theirs; to the person they are someone else: a daughter's "my mum", in a
# story about her dad, is his wife ("He lives with my mum. She has dementia" is no family history of his).
_THEIR_RELATIVE = {
    "dad": {"mum": "wife", "mother": "wife", "brother": "son", "sister": "daughter"},
    "mum": {"dad": "husband", "father": "husband", "brother": "son", "sister": "daughter"},
    # a son-in-law's wife, in his mother-in-law's story, is her daughter
    "mother-in-law": {"wife": "daughter", "husband": "son", "father-in-law": "husband"},
    "father-in-law": {"wife": "daughter", "husband": "son", "mother-in-law": "wife"},
}
# A parent's own family, in their son's or daughter's story, is the person's grandparents, uncles and aunts: a
# mother's "My dad had bowel cancer", in her son's story, is his grandfather's (never his father's)
# ("Dad", said bare by a parent, may be the child's own dad: only "my dad" is said so)
_PARENTS_OWN = {"dad": "grandfather", "father": "grandfather", "mum": "grandmother", "mother": "grandmother",
                "brother": "uncle", "sister": "aunt", "grandad": "great-grandfather", "grandfather": "great-grandfather",
                "nan": "great-grandmother", "gran": "great-grandmother", "grandma": "great-grandmother",
                "grandmother": "great-grandmother"}
_THEIR_RELATIVE.update(dict.fromkeys(("son", "daughter"), _PARENTS_OWN))
# A son's or daughter's own children are their parent's grandchildren ("my son has a learning disability",
# in his nan's story, is no son of hers)
for _mapping in (_THEIR_RELATIVE["dad"], _THEIR_RELATIVE["mum"]):
    _mapping.update({"son": "grandson", "daughter": "granddaughter", "lad": "grandson", "lass": "granddaughter"})
# Said only when the carer has said they are a grandchild (or named the person "Nan"): without it, "Nan" may
# be anyone's nan. A grandchild's own children are the person's great-grandchildren; a grandchild's mum is
# the person's daughter or daughter-in-law, which the story does not say: no blood relative for sure.
# A grandchild's uncle or aunt is the grandparent's son or daughter (or in-law: the nearer reading is taken)
_GRANDCHILDS_OWN = {"uncle": "son", "aunt": "daughter", "auntie": "daughter", "aunty": "daughter",
                    "son": "great-grandson", "daughter": "great-granddaughter", "lad": "great-grandson",
                    "lass": "great-granddaughter", "mum": "daughter or daughter-in-law",
                    "mother": "daughter or daughter-in-law", "mam": "daughter or daughter-in-law",
                    "mom": "daughter or daughter-in-law", "dad": "son or son-in-law", "father": "son or son-in-law",
                    "da": "son or son-in-law"}
_GRANDCHILDS = {"nan": {**_GRANDCHILDS_OWN, "grandad": "husband", "grandpa": "husband", "grandfather": "husband",
                        "granda": "husband"},
                "grandad": {**_GRANDCHILDS_OWN, "nan": "wife", "gran": "wife", "grandma": "wife", "granny": "wife",
                            "nana": "wife", "nanna": "wife", "grandmother": "wife"}}
for _word in ("nana", "nanna", "gran", "granny", "grandma", "grandmother"):
    _GRANDCHILDS[_word] = _GRANDCHILDS["nan"]
for _word in ("grandpa", "grandfather", "granda", "granddad", "gramps", "grampa"):
    _GRANDCHILDS[_word] = _GRANDCHILDS["grandad"]
# Scots, Northern and Irish kin words ("Ma da", "me mam") are the same relatives
for _mapping in (_THEIR_RELATIVE["dad"], _THEIR_RELATIVE["mum"]):
    for _regional, _standard in (("mam", "mum"), ("mammy", "mum"), ("maw", "mum"), ("mither", "mother"),
                                 ("da", "dad"), ("faither", "father")):
        if _standard in _mapping:
            _mapping[_regional] = _mapping[_standard]
for _word in ("father", "da", "faither"):
    _THEIR_RELATIVE[_word] = _THEIR_RELATIVE["dad"]
for _word in ("mother", "mam", "mammy", "maw", "mither"):
    _THEIR_RELATIVE[_word] = _THEIR_RELATIVE["mum"]


# The words a relationship is said in ("mum" is also "mam", "mammy", "maw")
_WORDS_FOR = {"mum": ("mum", "mam", "mammy", "maw", "mom"), "dad": ("dad", "da", "faither"),
              "mother": ("mother", "mither"), "father": ("father", "faither")}


# What a doctor gave, thought or said, told as a service's line: a medicine's or a condition's words, not a service's
_GIVEN_OR_THOUGHT = re.compile(r"\b(?:give|gave|gives|given|prescribe|prescribed|prescribes|put\s+(?:me|him|her|them)\s+on|"
                               r"started\s+(?:me|him|her|them)\s+on|upped|increased|changed|think|thinks|thought|say|says|"
                               r"said|suggest|suggests|suggested|want|wants|wanted|offer|offers|offered)\b", re.IGNORECASE)


_REFERRED = re.compile(r"\b(?:refer|referred|refers|referring|sent\s+(?:me|him|her|them)\s+to|booked)\b", re.IGNORECASE)


def _services_told_as_facts(profile: dict[str, Any], earlier: frozenset[int]) -> None:
    """A service's line that tells a medicine given or a condition thought of ("Doctor give also naproxen", "Doctor think
    maybe I have problem with thyroid", "Before doctor think maybe is hernia") is the medicine's or the condition's, kept
    in its own part with what the story says of it (never begun, ruled out): as a service's line it went, as said, to
    services the person had not given those parts (a stranger, session 30: the GP and an employment service told "not my
    medicines" got them): the line keeps the service's own words ("Doctor", "The GP"). A line that only names a clinic
    ("the warfarin clinic checks my INR") stays whole."""
    terms = [(str(i.get("name") or i["text"]).lower(), section, i["status"]) for section in ("medications", "health")
             for i in profile["sections"][section] if i["about"] == "subject" and id(i) not in earlier]
    kept: list[dict[str, Any]] = []
    for line in profile["sections"]["services_involved"]:
        said = line["text"].lower()
        named = [(section, status) for term, section, status in terms
                 if re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", said)]
        ruled_out = any(status in ("negated", "hypothetical") for _, status in named)
        if id(line) not in earlier and named and _GIVEN_OR_THOUGHT.search(said) and (ruled_out or (
                any(section == "medications" for section, _ in named) and not _REFERRED.search(said))):
            role = str(line.get("role") or "")
            own = re.search(r"\b(?:(?:the|my|a|an|his|her|their|our)\s+)?(?:(?!(?:before|then|later|also|and|but|so|when|"
                            r"after|now|first)\b)[a-z]+\s+)?" + re.escape(role) + r"\b", line["text"],
                            re.IGNORECASE) if role else None
            if own is None:
                continue
            line["text"] = own.group(0)[:1].upper() + own.group(0)[1:]
            if any(k["text"].lower() == line["text"].lower() and k["status"] == line["status"] for k in kept):
                continue  # the same service, said twice
        kept.append(line)
    profile["sections"]["services_involved"] = kept


def _tells_harm(found: dict[str, Any]) -> bool:
    """Whether an item's own words tell a harm someone else does (the rules and the classifier, as any message)."""
    return bool(HARM_BY_OTHERS & set(safeguarding.detector().check(str(found.get("text", ""))).categories))


# what a name does, said straight after it, that harms ("Tracy shouts at her", "Darren takes her money"); not "Darren
# found me on the floor" (a second reader, session 18: the fall's "Darren" and "Monday" took supports away)
_HARMS_DONE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:shout|shouts|shouted|yell|yells|yelled|scream|screams|screamed|swear|swears|swore|"
                         r"hit|hits|hitting|slap|slaps|slapped|push|pushes|pushed|shove|shoves|shoved|grab|grabs|grabbed|hurt|"
                         r"hurts|kick|kicks|kicked|punch|punches|punched|pinch|pinches|pinched|threaten|threatens|threatened|"
                         r"bully|bullies|bullied|take|takes|took|steal|steals|stole|stolen|borrow|borrows|borrowed|keep|keeps|"
                         r"kept|lock|locks|locked|rough|nasty|abusive|abuses|abused|won't let|wont let|doesn't let|doesnt let|"
                         r"makes? (?:me|her|him))\b", re.IGNORECASE)


def _does_harm(name: str, text: str) -> bool:
    """Whether the words tell `name` doing a harm (straight after it), and are heard as a harm by others."""
    return any(_HARMS_DONE.match(text, m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)) \
        and bool(HARM_BY_OTHERS & set(safeguarding.detector().check(text).categories))


def _an_answer(found: dict[str, Any]) -> bool:
    """Whether an item is an answer to a form's question, with no place in the story's words."""
    return bool(found.get("question_key")) and not isinstance(found.get("source", {}).get("start"), int)


def _stale_answers(given: list[dict[str, Any]], new: list[dict[str, Any]], cannot_take: list[dict[str, Any]]) -> None:
    """An answer naming what the update's words now say has stopped, or is not so, says so too: "sertraline 50mg",
    answered to "Medicines you take now", went to the GP after "sertraline makes me feel sick so i stopped it" (a
    stranger, session 18). `cannot_take`: the update's allergies and intolerances, for a medicines answer."""
    for answer in given:
        said = str(answer.get("text", "")).lower()
        for found in [*new, *cannot_take]:
            term = str(found.get("term") or "").lower()
            gone = found in cannot_take or found.get("status") in (context.PAST, context.NEGATED)
            if not (term and gone and re.search(rf"\b{re.escape(term)}\b", said)):
                continue
            if _names_more_than(said, term):
                answer["stale"] = True  # "metformin 500mg and sertraline 50mg": asked again, never half kept
            else:
                answer["status"] = context.PAST if found in cannot_take else found["status"]


def _names_more_than(said: str, term: str) -> bool:
    """Whether an answer names a medicine besides `term` (the maintained list of names)."""
    from bot.understanding.safeguarding.overdose import medicine_words

    names = medicine_words()
    rest = re.sub(rf"\b{re.escape(term)}\b", " ", said)
    return any(word in names and word not in _GENERIC for word in re.findall(r"[a-z][a-z-]{3,}", rest))


_GENERIC = frozenset({"medicine", "medicines", "medication", "medications", "dose", "doses", "tablet", "tablets", "pill",
                      "pills", "meds", "drugs", "capsule", "capsules", "sleeping", "painkiller", "painkillers"})


_NAMED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")  # a name inside a sentence ("an agency carer, Tracy,")


# Someone said to be no safe person for them: "mum isn't safe for her", "he's not safe around the kids" (session 22: a
# mother the person had fled was read back as a support)
_UNSAFE_FOR = re.compile(r"\b(?:isn't|isn’t|isnt|is\s+not|aint|ain't|ain’t|'s\s+not|’s\s+not|s\s+not|not)\s+"
                         r"(?:\w+\s+)?safe\s+(?:for|around|with|near|to\s+be\s+(?:around|with))\b"
                         # or who shouts at the person, or frightens them: "her lodger has been yelling at her"
                         r"|\b(?:shout|scream|yell|bawl)(?:s|ed|ing)?\s+at\s+(?:him|her|them|me)\b"
                         r"|\b(?:frightened|scared|afraid|terrified)\s+of\s+(?:him|her|them)\b", re.IGNORECASE)


def _within_a_risk(found: dict[str, Any], risks: list[dict[str, Any]]) -> bool:
    """Whether the words of `found` are within those of a risk already kept ("I want to end it all", in the concern
    "I want to end it all." kept whole)."""
    where = found.get("source") or {}
    start, end = where.get("start", -1), where.get("end", -1)
    return start >= 0 and any((r.get("source") or {}).get("start", 1 << 30) <= start and end <= (r.get("source") or {}).get(
        "end", -1) for r in risks)


_PRONOUN_DOERS = frozenset({"he", "she"})
_SAID_TO_HELP = re.compile(r"\b(?:helps?|helped|helping|supports?|supported|looks? after|cares? for|is (?:so )?good to)\b",
                           re.IGNORECASE)
_SENTENCE_ENDS = re.compile(r"[.!?](?:\s|$)")


def _who_he_is(profile: dict[str, Any], story: str, earlier: set[int]) -> None:
    """A harm whose doer is only "he" or "she", told straight after the one sentence that names one person of theirs, is
    that person's: "i live with my partner Steve in his flat. he takes my wages …, and he goes through my phone" (a
    stranger, session 36: Steve was read back as a support and delivered as one, and the risk said only "he")."""
    sections = profile["sections"]
    for risk in sections["risks"]:
        start = (risk.get("source") or {}).get("start")
        if id(risk) in earlier or risk.get("kind") != "harm" or str(risk.get("by", "")).lower() not in _PRONOUN_DOERS \
                or not isinstance(start, int):
            continue
        named = [i for i in sections["support_network"] if id(i) not in earlier and (i.get("relationship") or i.get("name"))
                 and isinstance((i.get("source") or {}).get("start"), int) and i["source"]["start"] < start
                 and len(_SENTENCE_ENDS.findall(story[i["source"]["start"]:start])) <= 1]
        # (not one said to help: "My partner helps me. He takes my bank card to get shopping for me")
        if len(named) == 1 and not _SAID_TO_HELP.search(str(named[0].get("text", ""))) \
                and HARM_BY_OTHERS & set(risk.get("concern") or []):  # (kept only where the detector heard it)
            risk["by"] = named[0].get("relationship") or named[0].get("name")


def _own_harm_told_once(profile: dict[str, Any], story: str, earlier: set[int]) -> None:
    """Thoughts of suicide or self-harm kept from two sentences in a row are one risk, in the words said ("dont see the
    point no more. been looking up how many paracetamol it would take …" was read back twice: session 36, when the
    classifier came to hear the first sentence alone too)."""
    merged: list[dict[str, Any]] = []
    for risk in profile["sections"]["risks"]:
        last = merged[-1] if merged else None
        where, before = risk.get("source") or {}, (last or {}).get("source") or {}
        if last is not None and id(risk) not in earlier and id(last) not in earlier \
                and risk.get("kind") == last.get("kind") == "concern" \
                and set(risk.get("concern") or []) & set(_OWN_HARM) and set(last.get("concern") or []) & set(_OWN_HARM) \
                and isinstance(where.get("start"), int) and isinstance(before.get("end"), int) \
                and 0 <= where["start"] - before["end"] <= 3 and not story[before["end"]:where["start"]].strip():
            last["text"] = f"{last['text']} {risk['text']}"
            before["end"] = where.get("end", before["end"])
            last["concern"] = [c for c in _OWN_HARM if c in {*last["concern"], *risk["concern"]}]
            continue
        merged.append(risk)
    profile["sections"]["risks"] = merged


def _dangers_are_no_support(profile: dict[str, Any], earlier: set[int]) -> None:
    """Words kept as a support that tell a danger go to risks: "ngl last wk i necked a whole strip of my mums cocodamol
    after me n my bf had a row, he goes thru my phone" was read back, and given to services, as a support (it named
    "mum"); and someone a new risk names by name is no support: "We now have an agency carer, Tracy" stayed a support
    beside "Helen says Tracy shouts at her" (a stranger, session 18). An earlier version's items stay as they were."""
    sections = profile["sections"]
    moved = [i for i in sections["support_network"] if id(i) not in earlier and (safeguarding.tells_a_danger(
        str(i.get("text", "")), profile["safeguarding"]["reasons"], by_a_rule=True)
        or _UNSAFE_FOR.search(str(i.get("text", ""))))]
    for wish in ("goals", "what_matters"):
        # "my husband say yesterday he want to take all his tablets and finish" was read back and shared as a goal (a
        # stranger, session 24): a want that tells a danger is no goal, and is kept with the risks
        told = [i for i in sections[wish] if id(i) not in earlier and safeguarding.tells_a_danger(
            str(i.get("text", "")), profile["safeguarding"]["reasons"], by_a_rule=True)]
        sections[wish] = [i for i in sections[wish] if not any(i is t for t in told)]
        moved += told
    at_risk = {str(risk.get("text", "")) for risk in sections["risks"]}
    for found in moved:
        found.pop("relationship", None)
        if str(found.get("text", "")) not in at_risk and not _within_a_risk(found, sections["risks"]):
            sections["risks"].append(found)  # said once under risks, not twice
    own = {word for i in sections["about_me"] if i.get("kind") == "name" for word in str(i.get("text", "")).split()}
    harmful = {name for risk in sections["risks"] if id(risk) not in earlier
               for name in _NAMED.findall(str(risk.get("text", ""))) if _does_harm(name, str(risk.get("text", "")))} - own
    sections["support_network"] = [i for i in sections["support_network"] if i not in moved and (
        id(i) in earlier or not harmful & set(_NAMED.findall(str(i.get("text", "")))))]


_TELLER_HAS = re.compile(r"\W*(?:(?:and|but|also|oh)\s+)?(?:i|we|ive|i've|i’ve|weve|we've|we’ve|im|i'm|i’m)\b",
                         re.IGNORECASE)


# Sections whose items are the person's words: a harm's words kept there too would be shared with consent to them
# (a condition or a medicine named in the same sentence is a term, not the words, and stays)
_WORDS_OF_A_HARM_LEAK_INTO = ("goals", "what_matters", "daily_living", "home", "work_money", "communication",
                              "services_involved")


# The words a carer calls the person by: "Mum's brother" is the person's own brother, as "her brother" is
_PERSONS_KIN = "|".join(sorted({*_THEIR_RELATIVE, *_GRANDCHILDS}, key=len, reverse=True))


def _tied(story: str, relation: str | None, name: str | None) -> bool:
    """Whether the story names the person by the kin word and their name together: "Nan (Iris) is 86",
    "my grandad Bill", "Grandad, Bill, is 90"."""
    if not relation or not name:
        return False
    kin, given = re.escape(relation), re.escape(name.split()[0])
    return bool(re.search(rf"\b{kin}\s*[(,]?\s*{given}\b|\b{given}\s*[(,]?\s*(?:my\s+|our\s+)?{kin}\b", story,
                          re.IGNORECASE))


# "Before I take naproxen but it give me stomach bleeding so now I cannot take it": said later in its sentence
_CANNOT_TAKE_IT = re.compile(r"[^.!?]{0,90}?\b(?:cannot|can't|can’t|cant|can not|could not|couldn't|couldnt)\s+"
                             r"(?:take|have|tolerate)\s*(?:it|them|that|any more|anymore)?\s*(?:[.!?]|$|any\s*more|now)",
                             re.IGNORECASE)


def _cannot_take(profile: dict[str, Any], story: str) -> None:
    """A medicine the sentence goes on to say they cannot take is an intolerance, not a medicine taken."""
    sections = profile["sections"]
    for found in list(sections["medications"]):
        if found["about"] != "subject" or found["status"] == context.NEGATED or found.get("name") == "medicines":
            continue
        end = found["source"]["end"]
        if not _CANNOT_TAKE_IT.match(story, end):
            continue
        sections["medications"].remove(found)
        if not any(a.get("text") == found["name"] and a["about"] == "subject" for a in sections["allergies"]):
            sections["allergies"].append(item(found["name"], context.CURRENT, "subject", found["told_by"],
                                              found["source"]["start"], end, term=found.get("term"),
                                              kind="intolerance"))


def _own_name(profile: dict[str, Any]) -> str | None:
    return next((i["text"] for i in profile["sections"]["about_me"]
                 if i.get("kind") == "name" and i["about"] == "subject"), None)


def _name_nobody_uses(profile: dict[str, Any], story: str) -> None:
    """ "Robert McAllister, but naebody calls me that, it's Rab": Robert McAllister is the name, Rab the one he
    goes by (Rab was given as his given name on a patient details form)."""
    found = names.name_nobody_uses(story)
    gone_by = None if found else names.goes_by_with_full(story)
    if not (found or gone_by):
        return
    full, start, end, short = found or gone_by  # type: ignore[misc]
    about = profile["sections"]["about_me"]
    for said in [i for i in about if i.get("kind") == "name" and i["text"] != full]:
        if gone_by and said["text"].lower() in (full.split()[0].lower(), str(short).lower()):
            pass  # "Alfred "Alf" Robson" read as "Alfred": the first name of the name in full, or the one gone by
        elif len(said["text"].split()) > 1 or said["text"].lower() in full.lower().split():
            return  # another name in full, or a part of this one: not ours to choose between
        if short is None and not any(i.get("kind") == "preferred_name" for i in about):
            short = said["text"]
        about.remove(said)
    if not any(i.get("kind") == "name" for i in about):
        about.insert(0, item(full, "current", "subject", "self", start, end, kind="name"))
    if short and not any(i.get("kind") == "preferred_name" for i in about):
        at = story.find(short, end)
        about.append(item(short, "current", "subject", "self", max(at, end), max(at, end) + len(short),
                          kind="preferred_name"))


def _their_relatives(subject_relation: str | None, relationship: str | None, named: bool = False) -> dict[str, str]:
    """The carer's words for their own relatives -> what each is to the person: a wife's "Mum" is her
    husband's mother-in-law; a granddaughter's "Grandad", in her nan's story, is her nan's husband.
    `named`: the carer named the person by the relation ("Nan", "my nan"), which says it as surely."""
    if is_partner(relationship):
        return IN_LAW
    mapping = _THEIR_RELATIVE.get(subject_relation or "", {})
    return {**mapping, **_GRANDCHILDS.get(subject_relation or "", {})} if relationship or named else mapping


# A carer's own partner, to the person they care for: a son's wife, in his dad's story, is the dad's daughter-in-law
_CARERS_PARTNER = {
    **{kin: {"husband": "son-in-law", "wife": "daughter-in-law"} for kin in (
        "mum", "mam", "mom", "mother", "dad", "father")},
    **{kin: {"husband": "grandson-in-law", "wife": "granddaughter-in-law"} for kin in (
        "nan", "nana", "gran", "granny", "grandma", "grandad", "grandpa", "grandmother", "grandfather")},
    **{kin: {"husband": "son", "wife": "daughter"} for kin in ("mother-in-law", "father-in-law")},
}
_PARTNER_WORDS = frozenset({"husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee"})
# "my wife's mum", "my husband's dad": the carer's partner named only to say who the person is
_PARTNERS_KIN = re.compile(r"\bmy\s+(?:husband|wife|partner|boyfriend|girlfriend)['’]?s\s+(?:mum|mam|mom|mother|dad|"
                           r"father|nan|gran|grandma|grandad|aunt|auntie|uncle|sister|brother)\b", re.IGNORECASE)
# A young carer's own group or club: "I go to a young carers group on Wednesdays"
_YOUNG_CARERS = re.compile(r"\byoung\s+carers?\b", re.IGNORECASE)
_I_GO = re.compile(r"^\W*(?:and\s+|but\s+|also\s+)?(?:i|i['’]ve|ive|i\s+have|i['’]m|im|i\s+am)\b", re.IGNORECASE)


def _carers_own_people(network: list[dict[str, Any]], subject_relation: str | None, subject_name: str | None,
                       earlier: frozenset[int]) -> None:
    """In a carer's story, the carer's own husband or wife is no partner of the person's ("he lives with me and my wife":
    his daughter-in-law; "Joan is my mother-in-law, my wife's mum": Joan herself, no one who supports her); the person's
    name in "I'm Rita Moss's neighbour" is not the carer's; a young carer's own group is theirs (session 23)."""
    carer_not_partner = not (subject_relation and subject_relation.lower() in _PARTNER_WORDS)
    first = (subject_name or "").split()[0].lower() if (subject_name or "").split() else ""
    kept = []
    for found in network:
        if id(found) in earlier:
            kept.append(found)
            continue
        relation = str(found.get("relationship") or "").lower()
        text = found["text"]
        if carer_not_partner and found["about"] == "subject" and relation in _PARTNER_WORDS \
                and re.search(rf"\bmy\s+{re.escape(relation)}\b", text, re.IGNORECASE):
            if _PARTNERS_KIN.search(text):
                continue  # "my wife's mum": the person, said as the carer's kin
            mapping = _CARERS_PARTNER.get((subject_relation or "").lower(), {})
            if relation in mapping:
                found["relationship"] = mapping[relation]
            else:
                found.pop("relationship", None)  # whose partner is not plain: no partner of the person's
        if first and str(found.get("name") or "").lower() == first and found["about"] == "narrator" \
                and re.search(rf"\b{re.escape(first)}\b(?:\s+[A-Z][a-z]+)?['’]s\b", text, re.IGNORECASE):
            found.pop("name")  # "I'm Rita Moss's neighbour": Rita is the person
        if found["about"] == "subject" and _YOUNG_CARERS.search(text) and _I_GO.match(text):
            found["about"] = "narrator"  # "I go to a young carers group": the carer's own
            if relation in ("carer", "carers"):
                found.pop("relationship", None)
        kept.append(found)
    network[:] = kept


def _as_theirs(profile: dict[str, Any], mapping: dict[str, str], story: str, only_mine: bool = False) -> None:
    """In a carer's story, the family history the carer told of their own relatives ("my mum", "Mum"),
    said as the person's relatives when that is plain (a son's "my mum", in his dad's story, is his
    dad's wife); "his brother" is already the person's. For a carer who is the person's partner, so is
    who supports them: a husband's "Mum helps with the kids", in his wife's story, is her
    mother-in-law's help (a daughter's "my sister helps" stays her sister, as the read-back says it)."""
    for found in profile["sections"]["support_network"] if mapping is IN_LAW and not only_mine else ():
        relation = found.get("relationship")
        if found["about"] != "subject" or found.get("kind") or relation not in mapping:
            continue
        words = "|".join(map(re.escape, _WORDS_FOR.get(relation, (relation,))))
        named = re.search(rf"(?:\b(his|her|their|my|our|me|ma)\s+(?:{context.ADJECTIVES}\s+)?)?\b(?:{words})\b",
                          found["text"], re.IGNORECASE)
        if named and (named.group(1) or "my").lower() in ("my", "our", "me", "ma"):
            found["relationship"] = mapping[relation]
    for key in ("health", "allergies"):
        for found in profile["sections"][key]:
            if found["status"] != context.FAMILY or found["about"] not in mapping:
                continue
            before = story[max(0, found["source"]["start"] - 200):found["source"]["start"]].lower()
            said = list(re.finditer(rf"(?:\b(his|her|their|my|our|me|(?:{_PERSONS_KIN})['’]?s)\s+(?:own\s+|"
                                    rf"{context.ADJECTIVES}\s+)?)?\b{'[- ]'.join(map(re.escape, found['about'].split('-')))}\b",
                                    before))
            if said and said[-1].group(1) in ((None, "my", "our", "me") if not only_mine else ("my", "our", "me")) \
                    and (said[-1].group(1) or not set(mapping.items()) >= set(_PARENTS_OWN.items())):  # not "his", "Mum's"
                # the carer's own word kept: their relative, whom the story's relationship places in the person's family
                found["told_as"], found["about"] = found["about"], mapping[found["about"]]


def _in_their_words(profile: dict[str, Any], read: str, written: str) -> None:
    """Items kept in the person's words show what they wrote ("I bide on ma own"), not the spelling the
    rules read it in (bot/understanding/structuring/dialect.py keeps every offset where it was)."""
    for items in profile["sections"].values():
        for found in items:
            start, end = found["source"]["start"], found["source"]["end"]
            at = read.find(found["text"], start, end) if found["text"] else -1
            if at >= 0 and read[at:at + len(found["text"])] != written[at:at + len(found["text"])]:
                found["text"] = written[at:at + len(found["text"])]


def _around(sentence: str, start: int, end: int, told: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of the clause sentence[start:end] outside the identifiers at `told`, trimmed of the words
    that tied them to it ("at", "in", a comma), each of two words or more."""
    parts, at = [], start
    for a, b in sorted(told):
        if b <= start or a >= end:
            continue
        parts.append((at, max(at, a)))
        at = max(at, b)
    parts.append((at, end))
    kept = []
    for a, b in parts:
        piece = sentence[a:b]
        lead = len(piece) - len(re.sub(r"^(?:\W|\b(?:at|in|on|is|of|and|to|its|it's|it is|which is)\b)+", "", piece,
                                       flags=re.IGNORECASE))
        tail = re.search(r"(?:\W|\b(?:at|in|on|is|of|and|to)\b)*$", piece[lead:], re.IGNORECASE)
        b2 = a + lead + (tail.start() if tail else len(piece) - lead)
        if len(sentence[a + lead:b2].split()) >= 2:
            kept.append((a + lead, b2))
    return kept


def join_story(parts: Iterable[str]) -> str:
    """The whole story as one text: each message on its own line(s)."""
    return PART_SEPARATOR.join(part.strip() for part in parts if part and part.strip())


def _overlap(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether two items were read from overlapping words of the story."""
    a, b = one.get("source"), other.get("source")
    if not (isinstance(a, dict) and isinstance(b, dict)) or not all(
            isinstance(span.get(key), int) for span in (a, b) for key in ("start", "end")):
        return False  # an answer to a form's question has no place in the story's words
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


# Words that put right what was said just before: "1940 - no, what am I saying, 1941"
_PUT_RIGHT = re.compile(r"\b(?:no|sorry|i\s+mean|what\s+am\s+i\s+saying|i\s+tell\s+a\s+lie|actually|correction|wait)\b",
                        re.IGNORECASE)
_KIN_WORDS = frozenset({"mum", "mam", "mom", "dad", "da", "nan", "nana", "gran", "granny", "grandad", "grandma", "mother",
                        "father", "son", "daughter", "husband", "wife", "partner", "brother", "sister", "auntie", "uncle"})
_NOT_NAMES = frozenset({"leave", "keep", "dont", "don't", "don’t", "do", "never", "please", "put", "include", "mention",
                        "write", "add", "out", "off", "i", "it", "my", "our"})


def _left_out(profile: dict[str, Any], story: str, subject_name: str | None) -> None:
    """Whoever the story asks by name to be left out ("leave Paul out of it please"): nothing said of them is kept, in
    any section, nor their name (session 28: a stranger's "our son Paul lives near but leave Paul out of it" was sent to
    two services under risks); never the person's own name, nor a word for a relative ("Mum")."""
    own = {w.lower() for i in profile["sections"]["about_me"] if i.get("kind") in ("name", "preferred_name")
           for w in str(i.get("text", "")).split()} | {w.lower() for w in (subject_name or "").split()}
    names = {word for said in cues.LEAVE_OUT.finditer(story)
             for word in re.findall(r"\b[A-Z][a-z]+\b", said.group(0))
             if word.lower() not in _NOT_NAMES | own and word.lower() not in context.INFORMAL_KIN
             and word.lower() not in _KIN_WORDS}
    if not names:
        return
    named = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")
    for section, items in profile["sections"].items():
        if section == "risks":
            continue  # a danger they do ("leave him out of it, Paul hits me") stays a risk, shared only with consent
        profile["sections"][section] = [i for i in items if not named.search(str(i.get("text", "")))
                                         and not named.search(str(i.get("name", "")))]


# An answer said to have been given already: "i said, …", "like I said …", "as i told you, …"
_SAID_BEFORE = re.compile(r"\s*(?:i\s+(?:already\s+)?(?:said|told\s+you|wrote|put)(?:\s+(?:already|before|that))?\s*[,:;.-]+|"
                          r"(?:like|as)\s+i\s+(?:said|told\s+you|say)\s*[,:;.-]*)\s+(?=\S)", re.IGNORECASE)
