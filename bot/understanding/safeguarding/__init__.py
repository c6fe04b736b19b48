"""Safeguarding: does a message tell us someone is not safe, and what help to give at once.

Every message a person or carer types, at any point in the conversation and on every channel, is
checked (bot/rasa/server.py installs the check in the Rasa server, before the dialogue answers).
Three layers, each for what the others miss:
1. typed.py: typing made plain (no apostrophes, text-speak, misspellings, lemmas);
2. rules.py: who does what to whom, as token patterns over lemmas, with negation ("I'm not suicidal"
   is answered gently, not with an alarm);
3. classifier.py: word and character n-grams, for what no rule foresaw, reading a short message whole;
4. context.py and policy.py: what around the words changes their meaning (a health reason, a matter
   said to be settled), and each kind's threshold, chosen by cross-validation on the tuning corpus.
Figures on the held-out corpus: `make bench` (benchmarks/safeguarding.py).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import create_vocab

from bot.understanding.one_at_a_time import one_at_a_time
from bot.understanding.safeguarding import corpus, emergency, overdose, typed, whom
from bot.understanding.safeguarding.categories import (
    CATEGORIES,
    GOING_ON,
    HARM_BY_OTHERS,
    TENTATIVE_OPENING,
    gentle_help,
    urgent_help,
)
from bot.understanding.safeguarding.classifier import Classifier, trained_from
from bot.understanding.safeguarding.context import (
    CHILD_KINDS,
    CHILDREN,
    LAUGH,
    LIGHT,
    NOT_CALMED_BY_LIGHT_WORDS,
    OVER,
    SETTLED,
    STRONG,
    STRONGER,
    a_child_writing,
    a_choice_among_them,
    a_contact_wish,
    a_record_wish,
    about_my_data,
    about_the_subject,
    an_adult_under_60,
    an_adult_with_a_child,
    another_harmed,
    everyday,
    just_an_answer,
    long_past,
    not_over,
    only_an_address,
    put_right_since,
    reasons,
    reassured,
    screened_no,
    told_at_last,
    without_goals,
    without_leave_out,
)
from bot.understanding.safeguarding.corpus import Example
from bot.understanding.safeguarding.policy import POLICY, Policy
from bot.understanding.safeguarding.rules import NEGATIONS, VOCABULARY, WORD_CLASSES, Hit, Rules

# Kinds whose help is never given tentatively (a real "nobody would miss me" must not hear "I may have misread").
NEVER_TENTATIVE = frozenset({"suicidal", "self_harm", "child_at_risk"})
_LEFT_OF_A_PLAIN_DENIAL = 2  # words besides those a rule heard denied, in a sentence that is only a denial
# a denial with an exception is no denial of it: "nobody hits me except my son", "no one hurts me only him"
_EXCEPT = {"except", "exept", "xcept", "but", "only", "apart", "besides", "bar", "other", "cept"}
_SAID_BESIDES_THE_PAST = 3  # words in the clauses a message does not tell as over, for them to be judged alone
WHOLE_UP_TO = 3  # sentences: a message this short is judged whole by the classifier
# a question (its first word, or one after "anyway", "also", "so") the classifier reads apart when, alone, it gives it
# under _A_QUESTION_BELOW (`_windows`)
_ASKING = frozenset({"how", "what", "where", "when", "who", "which", "can", "could", "would", "will", "is", "are", "do",
                     "does", "should", "shall", "am"})
_BY_THE_WAY = frozenset({"anyway", "also", "so", "and", "but", "oh", "ok", "okay", "btw", "please", "pls"})
_A_QUESTION_BELOW = 0.2
_NO_WORDS_OF_ITS_OWN = 2  # words: a sentence this short beside a denial in a short message is judged with the denial
# a sentence that dates something and hears no concern ("I had a hip replacement in 2020.", "Mum died in 2019."): read
# apart as a question is, when alone it gives the classifier under _A_QUESTION_BELOW (session 22: before held-out
# disclosures, "I had a hip replacement in 2020." left 27 of 1,923 unheard: its ordinary reasons and words were read
# with them)
_DATED_ASIDE = re.compile(r"\b(?:19[3-9]\d|20[0-3]\d)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?\n;])\s*")
_CLAUSE_WORDS = {"but", "although", "though", "however", "except", "whereas"}
_COMMA = re.compile(r"(?<!\d)[,:](?!\d)")
@dataclass(frozen=True)
class Finding:
    categories: list[str] = field(default_factory=list)  # concerns raised, most urgent first
    negated: list[str] = field(default_factory=list)     # mentioned only to say they are not so
    harms: list["Harm"] = field(default_factory=list)    # who does the harm, where the words say
    tentative: bool = False  # only the classifier heard it, and not surely: the help with a tentative opening
    surest: float = 0.0  # the classifier's highest probability for a concern it alone raised (0: a rule's)
    a_child: bool = False  # the writer says they are under 18: the help for a child, no service for adults only
    overdose: bool = False  # an overdose taken or about to be (overdose.py): 999 and A&E first
    younger: bool = False  # the writer says they are 18 to 59: no helpline for older people
    unwell: bool = False  # voices tell the writer to harm someone: the urgent mental health line too
    given: bool = False  # a medicine given to someone else beyond the dose (overdose.given): 999 and A&E for them first
    emergency: bool = False  # a medical emergency going on now (emergency.py): 999 first, with or without a concern
    theirs: bool = False  # thoughts of suicide or self-harm that are someone else's (whom.py): the help speaks of them
    gas: bool = False  # gas smelt and not made safe (emergency.gas_now): the gas emergency line first

    @property
    def concern(self) -> bool:
        return bool(self.categories)

    def reply(self, going_on: str = GOING_ON) -> str | None:
        """The urgent help for the very next reply; a gentle word for a negated mention; or None. The same help at
        every step (issue 17): at the PIN, "if he finds out hell kill me" got only a line that asked, where the
        story had got the Domestic Abuse Helpline; what only the classifier heard, not surely, is said with the
        tentative opening wherever it is typed. `going_on`: the last line (what was kept, and the way on)."""
        if self.categories or self.emergency or self.gas:
            return urgent_help(self.categories, opening=TENTATIVE_OPENING if self.tentative and not self.emergency
                               else None, for_a_child=self.a_child, going_on=going_on, overdose=self.overdose,
                               younger=self.younger, unwell=self.unwell, given=self.given, emergency=self.emergency,
                               theirs=self.theirs, gas=self.gas)
        if self.negated:
            return gentle_help(self.negated)
        return None


@dataclass(frozen=True)
class Harm:
    category: str
    by: str          # the word for who does it, as the rule found it ("son", "carer", "he")


@dataclass(frozen=True)
class Heard:
    """One sentence's evidence: concerns its rules raised (with who does it, where a rule names
    them), concerns it only denied, whether the classifier may judge it (English, or a rule's
    word), and the classifier's probability of concern and likeliest kind for the words around it."""
    raised: list[tuple[str, str | None]]
    denied: list[str]
    english: bool
    probability: float = 0.0
    kind: str = ""
    reassured: str | None = None  # settled, or light words (context.reassured)
    reasons: frozenset[str] = frozenset()  # kinds the words around give an ordinary reason for
    answer: bool = False  # only an answer about who, or a question about one's data (context.just_an_answer,
    # context.about_my_data), or who to phone with an everyday reason (context.a_contact_wish)
    sure: frozenset[str] = frozenset()  # kinds raised by a rule said too plainly to need the classifier


class Detector:
    """Build once (it trains the classifier from the tuning corpus), then `check` each message.

    `check` is `decide(evidence(text))`: the evidence (each sentence's rules, and the classifier's
    probability for the words around it) is gathered once, and the decision applies the policy's
    thresholds to it, so that the benchmark can choose thresholds by cross-validation without
    reading every message again for each."""

    def __init__(self, examples: list[Example] | None = None, policy: Policy = POLICY):
        self.policy = policy
        # English's vocabulary alone: words are read into a Doc of their own (`_doc`), never through a tokenizer,
        # so the blank pipeline's tokenizer and its special cases (a third of a second of every start) go unbuilt
        self.vocab = create_vocab("en", English.Defaults)
        self.rules = Rules(self.vocab)
        if examples is None:  # the product's detector: its fit is cached at `make train` (classifier.py)
            self.classifier = trained_from(lambda: corpus.tuning() + corpus.ordinary() + corpus.conversation_replies(),
                                           _plain)
        else:
            self.classifier = Classifier(examples, _plain)

    def _doc(self, words: list[str]) -> Doc:
        doc = Doc(self.vocab, words=words or [""])
        for token, lemma in zip(doc, typed.lemmas([token.text for token in doc]), strict=True):
            token.lemma_ = lemma
        return doc

    @one_at_a_time
    def harms(self, text: str) -> list[Harm]:
        """Who harms the person, where a rule hears it said plainly ("my son takes my pension"):
        the rules alone, without the classifier, for structuring every sentence of a story."""
        found: list[Harm] = []
        sentences, message = _sentences(text)
        for (sentence, words), at in sentences:
            doc = self._doc(words)
            if about_the_subject(words) or long_past(" ".join(words)):
                continue
            plain = " ".join(words)
            recovered = put_right_since(plain, message, at)
            for hit in self.rules.hits(doc, _clause_starts(sentence, words)):
                who = _excepted(words, hit) if hit.negated else _agent(doc, hit)
                if (not hit.negated or who) and who and hit.category in HARM_BY_OTHERS \
                        and not everyday(hit.category, set(words), plain) and not _told_before(hit, words, at, recovered):
                    found.append(Harm(hit.category, who))
        return found

    def harmed_the_writer(self, text: str) -> bool:
        """Whether a rule hears someone harm the writer ("my son takes my pension and wont let me have my bank card",
        "he wont let me see my friends", "my husband makes me feel worthless"): whoever does it, it is done to "me",
        or to what is "my" own and no one's else ("my pension", not "my mum's pension"). A harm the message tells
        as over, or about someone else, is not."""
        for sentence in (s for s in _SENTENCE_END.split(text) if s.strip()):
            words = typed.plain_words(sentence)
            if not words or about_the_subject(words) or long_past(" ".join(words)):
                continue
            doc = self._doc(words)
            plain = " ".join(words)
            for hit in self.rules.hits(doc, _clause_starts(sentence, words)):
                if not hit.negated and hit.category in HARM_BY_OTHERS and not everyday(hit.category, set(words), plain) \
                        and _to_the_writer(words[hit.start:hit.end]):
                    return True
        return False

    def evidence(self, text: str) -> list[Heard]:
        """What each sentence of `text` gives: its rules' hits, and what the classifier makes of the
        words around it (the whole message when it is short, else the sentence and its neighbours:
        "I used to cut myself. Not for ten years now." is one thought, and is trained as one)."""
        heard: list[Heard] = []
        plains: list[str] = []
        undenied: list[str] = []  # each sentence's words without what its rules heard denied
        asked: list[bool] = []  # a question no rule heard anything in ("is that something you can help with?")
        sentences, message = _sentences(text)
        for (sentence, words), at in sentences:
            doc = self._doc(words)
            starts = _clause_starts(sentence, words)
            every_hit = self.rules.hits(doc, starts)
            plain = " ".join(words)
            recovered = put_right_since(plain, message, at) if every_hit else None
            # a subject talked about ("a documentary about suicide") is the clause's that names it: what the writer
            # then says of themselves ("... and now i want to kill myself") a rule still hears
            hits = [] if long_past(plain) and not told_at_last(message) else [h for h in every_hit if not _about_the_subject(words, starts, h)
                                                and not _told_before(h, words, at, recovered)]
            about = bool(every_hit) and not hits
            raised = [
                (h.category, _excepted(words, h) if h.negated else _agent(doc, h)) for h in hits
                if (not h.negated or _excepted(words, h)) and not everyday(h.category, set(words), plain)
                and not screened_no(h.category, words, h.start, h.end)]
            # a screening question answered no ("the GP asked if I have thoughts of ending my life and I said no"): denied
            denied = [] if raised else [h.category for h in hits if h.negated or screened_no(h.category, words, h.start,
                                                                                               h.end)]
            sure = frozenset(
                h.category for h in hits if h.sure and not h.negated and not everyday(h.category, set(words), plain))
            heard.append(Heard(raised, denied, bool(about or raised) or _mostly_english(words), sure=sure))
            plains.append(without_leave_out(plain))  # "… but leave paul out of it please": read without the wish
            asked.append(not every_hit and (sentence.rstrip().endswith("?") or words[0] in _ASKING
                                            or words[0] in _BY_THE_WAY and len(words) > 1 and words[1] in _ASKING
                                            or _DATED_ASIDE.search(plain) is not None))
            gone = {i for h in hits if denied and h.negated and _denies_itself(doc, h) for i in range(h.start, h.end)}
            left = [w for i, w in enumerate(words) if i not in gone]
            # only a plain denial, the sentence all but the words denied ("nobody hits me", "my husband doesnt
            # hit me"): where more is said around the denial, the classifier reads it whole, as before
            # (what is played down, "nobody hits me, i am fine", is no more said: context.without_goals)
            said_besides = without_goals(" ".join(left)).split() if gone and len(left) > _LEFT_OF_A_PLAIN_DENIAL else left
            undenied.append("" if len(said_besides) <= _LEFT_OF_A_PLAIN_DENIAL and not _EXCEPT & set(words) else plain)
        # The classifier reads the words without a goal to live at home (context.without_goals): "for
        # her to stay living in her own home" is what a carer wants, not a danger.
        if len(plains) > 1 and any(asked):
            # only a question with no concern of its own ("how do i get a blue badge"), not "is it normal that my carer
            # leaves me wet?"
            asking = [i for i, question in enumerate(asked) if question]
            for i, (p, _) in zip(asking, self.classifier.judge([without_goals(plains[i]) or "." for i in asking]),
                                 strict=True):
                asked[i] = p < _A_QUESTION_BELOW
        windows = _windows(plains, asked)
        judged = self._judged(windows, len(plains))
        if undenied != plains:
            # A sentence whose rules heard only a plain denial ("nobody hits me", "he never hits me": the negation
            # in the very words) of what the classifier hears is judged by it without the words denied: it has
            # read "hits me" beside disclosures and heard one in the denial (0.98); what else the sentence says
            # ("he just locks me in") it still reads.
            without_denials = self._judged(_windows(undenied, asked), len(plains))
            judged = [other if mine[1] in h.denied else mine
                      for h, mine, other in zip(heard, judged, without_denials, strict=True)]
        calm = reassured(" ".join(plains))
        every_word = " ".join(plains).split()
        lemmas = typed.lemmas(every_word)
        answer = just_an_answer(every_word, lemmas, _PEOPLE, VOCABULARY) \
            or about_my_data(every_word, lemmas, _PEOPLE) or only_an_address(every_word, VOCABULARY) \
            or a_choice_among_them(every_word) \
            or a_contact_wish(" ".join(every_word)) or a_record_wish(" ".join(every_word))
        if len(plains) <= WHOLE_UP_TO:
            whole = windows[0] if windows else ""  # what is read apart gives no reason for the rest
            why = [reasons(set(whole.split()), whole)] * len(plains)
        else:
            why = [reasons(set(window.split()), window) for window in windows]
        told_over = [i for i, because in enumerate(why) if OVER in because]
        if told_over:
            # Words told as over ("my wife died years ago", "im fine now") make the classifier alone need more for
            # what they govern, not for what else the message says now ("... and i dont see the point of going
            # on"): the clauses not told as over are judged on their own, without the reason.
            short = len(plains) <= WHOLE_UP_TO
            # each sentence's clauses apart: the plain words have no full stops, and "my husband had a stroke in 2019"
            # joined to the next sentence took it with it as told as over (a reader of session 21)
            rests = [" ".join(filter(None, map(not_over, plains if short else _window(plains, i)))) for i in told_over]
            rejudged = self.classifier.judge([without_goals(rest) or "." for rest in rests])
            for i, rest, again in zip(told_over, rests, rejudged, strict=True):
                if len(rest.split()) >= _SAID_BESIDES_THE_PAST:
                    why[i] = why[i] - {OVER}
                    judged[i] = again
        # a plea said with it ("4 Kings Road M30 0AB. wife attacking. send help"): what a rule heard is sure, whatever
        # the classifier made of it beside the address (0.02)
        plea = any(_PLEA.fullmatch(p) for p in plains)
        # the same harm heard by rules in two sentences of one message ("I keep walking into doors, if you know what I mean.
        # He's always very sorry afterwards"): each bears the other out, and together they are sure whatever the classifier
        # made of them (0.05: the fifteenth fresh set, session 30)
        twice = frozenset(c for c in CATEGORIES if sum(c in {k for k, _ in h.raised} for h in heard) >= 2)
        if len(plains) <= WHOLE_UP_TO and len(plains) > 1:
            # a short message is judged whole, so what one sentence denies, the whole is judged with: "eh? im not suicidal
            # mate i just meant the pain got the better of me" got the Samaritans through "eh?" (a stranger, session 22)
            # only onto a sentence with no words of its own ("eh?", "well"): "Im not suicidal. my arms are covered in fresh
            # cuts" is heard as before (a second reader, session 22)
            denied = sorted({c for h in heard for c in h.denied})
            heard = [h if h.raised or len(p.split()) > _NO_WORDS_OF_ITS_OWN else replace(h, denied=sorted(set(h.denied) | set(denied)))
                     for h, p in zip(heard, plains, strict=True)]
        return [Heard(h.raised, h.denied, h.english, p, kind, calm, because, answer,
                      h.sure | {c for c, _ in h.raised} if plea else h.sure | ({c for c, _ in h.raised} & twice))
                for h, (p, kind), because in zip(heard, judged, why, strict=True)]

    def _judged(self, windows: list[str], sentences: int) -> list[tuple[float, str]]:
        """The classifier's judgement of each sentence's window (one for the whole of a short message)."""
        texts = [without_goals(w) for w in windows]
        judged = [(0.0, "") if not t.strip() else j for t, j in zip(texts, self.classifier.judge(texts), strict=True)]
        return judged * sentences if sentences <= WHOLE_UP_TO else judged

    def decide(self, heard: list[Heard], policy: Policy | None = None) -> Finding:
        policy = policy or self.policy
        categories: list[str] = []
        negated: list[str] = []
        harms: list[Harm] = []
        sure = False  # a rule heard it, or the classifier is sure
        by_rule = False
        surest = 0.0  # of the concerns the classifier alone raised
        for sentence in heard:
            agreed = [(category, who) for category, who in sentence.raised
                      if sentence.probability >= _needed(policy, sentence, category, 0.0 if category in sentence.sure
                                                         else policy.rule_agrees(category), True)]
            sure = sure or bool(agreed)
            by_rule = by_rule or bool(agreed)
            for category, who in agreed:
                _add(categories, category)
                if who and category in HARM_BY_OTHERS:
                    harms.append(Harm(category, who))
            if agreed:
                continue
            if not sentence.english or sentence.answer:
                continue  # the classifier knows English only: its guess at Welsh or Polish is noise; and
                # an answer about who ("her son", "her names doreen") is no concern without a rule's word
            # A sentence whose rules heard only a denial ("I have never been hit") is taken at its
            # word unless the classifier is sure: the denial is answered gently, not with an alarm.
            if sentence.probability >= _needed(policy, sentence, sentence.kind, policy.denial_overruled_from
                                               if sentence.denied else policy.concern_from(sentence.kind)):
                _add(categories, sentence.kind)
                sure = sure or sentence.probability >= policy.sure_from
                surest = max(surest, sentence.probability)
            for category in sentence.denied:
                _add(negated, category)
        order = list(CATEGORIES)
        return Finding(sorted(categories, key=order.index),
                       sorted((c for c in negated if c not in categories), key=order.index), harms,
                       tentative=bool(categories) and not sure and not NEVER_TENTATIVE & set(categories),
                       surest=0.0 if by_rule else surest)

    @one_at_a_time
    def check(self, text: str) -> Finding:
        found = with_partners_abuse(self.told_by_a_child(self.decide(self.evidence(text)), [text]), text)
        words = typed.plain_words(text)
        waking = overdose.not_to_wake(text)
        swallowed = overdose.taken(words) or waking == overdose.MADE_SURE
        if (waking or swallowed) and not long_past(" ".join(words)):
            # "i just swallowed 40 co-codamol", "takin 20 of my tramadol at night so i dont wake up", "i hope i dont
            # wake up": however the rest reads, the help now, sure; for tablets taken, with 999 and A&E first (what
            # the classifier alone heard beside it, unsure, is dropped: "I took 20 of my mums tramadol" is no sure
            # financial abuse)
            kept = [] if found.tentative else found.categories
            found = replace(found, categories=sorted({*kept, "suicidal"}, key=list(CATEGORIES).index),
                            tentative=False, surest=0.0, overdose=swallowed)
        if overdose.given(words) and not long_past(" ".join(words)):
            # "givin her extra of her oramorph so she sleeps thru": the one given it may be in danger now (999 and A&E
            # for them first) and the carer at breaking point; what the classifier alone made of it (that "so she
            # doesnt wake up" is the writer's own wish to die) is dropped, unless the writer took some too
            kept = [c for c in ([] if found.tentative else found.categories) if c != "suicidal" or found.overdose]
            found = replace(found, categories=sorted({*kept, "carer_breaking_point"}, key=list(CATEGORIES).index),
                            tentative=False, surest=0.0, given=True)
        if "child_at_risk" not in found.categories and CHILD_KINDS & set(found.categories) \
                and (self._children_in_the_harm(text, set(found.categories) & CHILD_KINDS)
                     or _children_in_a_violent_home(found, words)):
            # neglect or abuse where children are named: the help for a child at risk (NSPCC) comes first
            found = replace(found, categories=sorted([*found.categories, "child_at_risk"], key=list(CATEGORIES).index))
        if "child_at_risk" not in found.categories and whom.a_child_at_home_abused(found.categories, words):
            # "my step dad comes in my room at nite when mums at work": a child, like enough, abused at home (whom.py)
            found = replace(found, categories=sorted([*found.categories, "child_at_risk"], key=list(CATEGORIES).index),
                            tentative=False, surest=0.0)
        found = self._for_whom(found, text, words)
        if found.concern and not found.younger and an_adult_under_60(text) and not another_harmed(text):
            found = replace(found, younger=True)
        if found.concern and _VOICES.search(" ".join(words)):
            # "been hearing voices telling me to hurt my baby": the help for the child, and for the parent, NHS 111's
            # mental health line (a stranger, session 17, got only 999 and the NSPCC)
            found = replace(found, unwell=True)
        if emergency.happening_now(text):
            found = replace(found, emergency=True)  # "crushing chest pain right now": 999 first
            if emergency.anothers_overdose(text):
                # "his lips have gone blue, he took something": 999 and A&E for them (not "if you have taken"); any
                # thoughts heard are theirs, unless the writer says their own ("... and i want to die too")
                found = replace(found, given=True, overdose=False, theirs=not emergency.writers_own_thoughts(text))
        if emergency.gas_now(" ".join(words)):
            found = replace(found, gas=True)  # "I can still smell gas in the kitchen": the gas emergency line
        if "child_at_risk" not in found.categories and an_adult_with_a_child(text):
            # "im fifteen and my boyfriend is twenty eight": no harm said, and a child at risk all the same
            return replace(found, categories=sorted([*found.categories, "child_at_risk"], key=list(CATEGORIES).index),
                           tentative=False, surest=0.0, a_child=True)
        return found

    def _for_whom(self, found: Finding, text: str, words: list[str]) -> Finding:
        """`found`, with the help suited to whom it is for (whom.py): abuse by paid staff only is abuse by carers, not
        domestic abuse; the harmed one said to be under 60, no helpline for older people; someone else's thoughts of
        suicide or self-harm, spoken of as theirs."""
        harms = [(harm.category, harm.by) for harm in found.harms]
        if whom.by_paid_staff(found.categories, harms, words):
            kinds = {*found.categories} - {"domestic_abuse", "coercive_control"} | {"care_abuse"}
            found = replace(found, categories=sorted(kinds, key=list(CATEGORIES).index), harms=[
                replace(harm, category="care_abuse") if harm.category in ("domestic_abuse", "coercive_control") else harm
                for harm in found.harms])
        if found.concern and whom.harmed_one_under_60(words) and not self.harmed_the_writer(text):
            found = replace(found, younger=True)
        if whom.OWN_THOUGHTS & set(found.categories) and whom.anothers_thoughts(
                text, words, lambda clause: bool(whom.OWN_THOUGHTS & set(self.decide(self.evidence(clause)).categories))):
            found = replace(found, theirs=True)
        return found

    def _children_in_the_harm(self, text: str, kinds: set[str]) -> bool:
        """Whether children are named in a sentence that itself tells the neglect or abuse heard ("he hits the kids
        when hes drunk"), not only beside it ("he lives with me and my two kids. he pushed me over last month": a
        carer whose father pushed her got the NSPCC first, a stranger, session 18)."""
        sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
        if len(sentences) < 2:
            return bool(CHILDREN.search(" ".join(typed.plain_words(text))))
        return any(CHILDREN.search(" ".join(typed.plain_words(sentence)))
                   and kinds & set(self.decide(self.evidence(sentence)).categories) for sentence in sentences)

    @staticmethod
    def harm_to_a_child_unsaid(found: Finding) -> bool:
        """Whether a harm by others was heard with no child at risk: then a child's age said by the same
        writer earlier in the conversation (`told_by_a_child`) makes it a child's."""
        return bool(HARM_BY_OTHERS & set(found.categories)) and "child_at_risk" not in found.categories

    def told_by_a_child(self, found: Finding, said: Iterable[str]) -> Finding:
        """`found`, with the help for children first when a harm was heard and the writer says, in any of
        `said`, they are under 18: "my stepdad comes in my room at night and i dont like it, im 12", or
        "im 12" in a message before (Childline and the NSPCC, then the rest)."""
        if found.concern and not found.younger and any(an_adult_under_60(text) for text in said) \
                and not any(another_harmed(text) for text in said):
            found = replace(found, younger=True)  # "im 22" said before: no helpline for older people
        if found.concern and any(a_child_writing(text) for text in said):
            if not self.harm_to_a_child_unsaid(found):
                return replace(found, a_child=True)
            return replace(found, categories=sorted([*found.categories, "child_at_risk"], key=list(CATEGORIES).index),
                           tentative=False, surest=0.0, a_child=True)
        said = list(said)
        if found.concern and len(said) > 1 and self.harm_to_a_child_unsaid(found):
            # "my grandson is 12" said before, then "my grandson told me his stepdad locks him in his room and doesnt
            # feed him": a child at risk, the NSPCC first (a stranger, session 26, got only the Domestic Abuse Helpline);
            # what is cheap is asked first: most messages are checked alone, and most earlier ones name no child
            now = set(typed.plain_words(said[0]))
            if any(who in now for text in said[1:] for who in _children_by_age(text)) \
                    and not self.harmed_the_writer(said[0]):
                return replace(found, categories=sorted([*found.categories, "child_at_risk"], key=list(CATEGORIES).index),
                               tentative=False, surest=0.0)
        return found


# Someone said to be a child by their age ("my grandson is 12", "jayden's only 9", "our Liam, aged 7")
_CHILD_AGE = re.compile(r"\b([a-z]+) (?:(?:is|s|aged|who is) (?:only |just )?|only |just )(?:[1-9]|1[0-5]|one|two|three|four|five|six|seven|eight|"
                        r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b(?: years? old| yrs? old| year old)?"
                        r"(?! (?:years?|times|foot|feet|stone|st|kg|miles|weeks|months|days|hours|minutes|pm|am|o clock|"
                        r"percent|pounds|quid|grand|bed|bedroom|bedrooms|of|or|more|less|doors?|ft|inches|houses|streets|"
                        r"flats|floors?|mins?|stops?|times)\b)")
_NOT_A_CHILD = frozenset("it that this there which what flat house home room rent bill time age marriage married who he she "
                         "i s".split())


def _children_by_age(text: str) -> set[str]:
    """The words that name someone said to be under 16 by their age in `text` ("grandson", "jayden")."""
    found = {m.group(1) for m in _CHILD_AGE.finditer(" ".join(typed.plain_words(text))) if m.group(1) not in _NOT_A_CHILD}
    return found | {w[:-1] for w in found if w.endswith("s") and len(w) > 3}  # "jaydens only 9": Jayden


def _children_in_a_violent_home(found: Finding, words: list[str]) -> bool:
    """Children named anywhere beside domestic abuse are children living with it ("my husband hits me. the kids are in
    the house when it happens": a second reader, session 18); not beside a carer at breaking point, whose cared-for
    parent lashes out ("he lives with me and my two kids … he pushed me over … i cant cope")."""
    return "domestic_abuse" in found.categories and "carer_breaking_point" not in found.categories \
        and bool(CHILDREN.search(" ".join(words)))


# Voices, or things heard, telling the writer what to do
_VOICES = re.compile(r"\b(?:voice|voices)\b(?:\s+\w+){0,3}?\s+(?:tell|telling|tells|told|say|saying|says|said|want|wants"
                     r"|order|ordering|command|commanding|make|making)\b")


# A plea for help said as a sentence of its own
_PLEA = re.compile(r"(?:please |pls |plz )?(?:send |get |someone )?help(?: me| us| her| him)?(?: now| please| quick| asap)?"
                   r"(?: please)?|(?:please )?(?:call|ring|get|send) (?:the )?(?:police|999|ambulance)(?: please| now)?")


# A partner (bf, gf, hubby are read as boyfriend, girlfriend, husband: typed.py), and the kinds whose help already
# names the Domestic Abuse Helpline
PARTNERS = frozenset({"husband", "wife", "partner", "boyfriend", "girlfriend", "ex", "fiance", "fiancee", "hubby",
                      "spouse", "missus", "wifey"})
_DOMESTIC_HELP = frozenset({"domestic_abuse", "not_safe_at_home", "coercive_control"})
_PARTNER_TO_ME = 3  # words from the partner to "me": "my husband makes me", "my ex keeps texting me"
_UNNAMED = frozenset({"he", "she", "they", "someone", "somebody", "people"})  # who does it, not said as who they are


def with_partners_abuse(found: Finding, text: str) -> Finding:
    """`found`, with the help for domestic abuse as well where a harm by others is done by a partner: "my husband
    makes me feel worthless and says no one would believe me" got only Rape Crisis (the classifier's sexual abuse,
    0.99). A partner does it when a rule names them as who does it, or, where no rule names anyone, when the
    writer is who it is done to a few words after the partner ("my boyfriend forces me"). Not for paid carers'
    abuse, which is no partner's."""
    kinds = set(found.categories)
    if not (kinds & HARM_BY_OTHERS) - {"care_abuse"} or kinds & _DOMESTIC_HELP:
        return found
    named = {harm.by for harm in found.harms} - _UNNAMED
    if named:
        by_partner = bool(named & PARTNERS)
    else:
        words = typed.plain_words(text)
        by_partner = any(word in PARTNERS and "me" in words[i + 1:i + 1 + _PARTNER_TO_ME] for i, word in enumerate(words))
    if not by_partner:
        return found
    return replace(found, categories=sorted([*found.categories, "domestic_abuse"], key=list(CATEGORIES).index))


_THE_WRITER = frozenset({"me", "myself", "i"})


def _to_the_writer(words: list[str]) -> bool:
    """Whether the words of a rule's hit name the writer as the one harmed: "me", "myself" ("i" in "i was hit by"),
    or "my" before a thing, not before a person ("takes my pension", not "takes my mum pension")."""
    return any(word in _THE_WRITER or (word == "my" and i + 1 < len(words) and typed.lemma(words[i + 1]) not in _PEOPLE)
               for i, word in enumerate(words))


def harmed_the_writer(text: str) -> bool:
    """Whether a rule hears someone harm the writer of `text` (Detector.harmed_the_writer), with the process's
    detector."""
    return detector().harmed_the_writer(text)


_ONLY_BUT = frozenset({"except", "exept", "xcept", "cept", "apart", "besides", "bar", "only", "but", "other", "than",
                       "from", "my", "his", "her", "our", "the"})
_EXCEPTED_WITHIN = 5  # words after a denial for the exception and who it names: "nobody hits me apart from my son"


def _excepted(words: list[str], hit: Hit) -> str | None:
    """Who a denial that holds its own negation excepts, named straight after it: "nobody hits me except my son",
    "no one touches me only him", "nobody hurts me apart from my husband" tell who does it (the classifier was left
    to overrule the denial, and a refit took "except my son" from 0.87 to 0.78). None for a denial with no exception,
    or one followed by more than who ("nobody hits me but he shouts": a clause of its own)."""
    if not hit.negated or not {"nobody", "noone"} & set(words[max(0, hit.start - 1):hit.start + 1]):
        return None
    after = words[hit.end:hit.end + _EXCEPTED_WITHIN]
    if not after or after[0] not in _EXCEPT or (after[0] == "but" and len(words) > hit.end + 3):
        return None
    for i, word in enumerate(after[1:], start=1):
        if word in _ONLY_BUT and i + 1 < len(after):  # "except her husband": the husband, not "her"
            continue
        if typed.lemma(word) in _AGENTS | {"him", "her", "them"}:
            return typed.lemma(word)
        if word not in _ONLY_BUT:
            return None
    return None


def _denies_itself(doc: Doc, hit: Hit) -> bool:
    """Whether a rule's hit holds its own negation ("nobody hits me", "he never hits me", "he does not hit me"),
    not one said before it, which may be another clause's ("when he doesn't get his way he pins me")."""
    return any(token.lemma_ in NEGATIONS for token in doc[hit.start:hit.end])


def _windows(plains: list[str], asked: list[bool]) -> list[str]:
    """The words the classifier reads for each sentence: the whole message when it is short (one window), else
    the sentence and its neighbours. A short message is read without the questions asked in it that no rule heard
    anything in: "no one has been in to give me a wash for over a week. Is that something you lot can help with?" was
    read whole and got no help, where the first sentence alone gets it (a reader of session 21, putting ordinary
    words around disclosures)."""
    if len(plains) <= WHOLE_UP_TO:
        told = [p for p, question in zip(plains, asked, strict=True) if not question] or plains
        return [" ".join(told)] if plains else []
    return [" ".join(_window(plains, i)) for i in range(len(plains))]


def _window(plains: list[str], i: int) -> list[str]:
    """The sentences the classifier reads for sentence i of a long message: it and its neighbours."""
    return plains[max(0, i - 1):i + 2]


def _needed(policy: Policy, sentence: Heard, category: str, threshold: float, by_rule: bool = False) -> float:
    """The probability a concern needs: its threshold, or more in a message that reassures about it."""
    if sentence.reassured == SETTLED or (
            sentence.reassured == LIGHT and not by_rule and category not in NOT_CALMED_BY_LIGHT_WORDS):
        threshold = max(threshold, policy.reassured_from)
    elif sentence.reassured == LAUGH and not by_rule and category not in NOT_CALMED_BY_LIGHT_WORDS:
        threshold = max(threshold, policy.laughed_from)
    elif sentence.reassured == LIGHT and category not in NOT_CALMED_BY_LIGHT_WORDS:
        # a rule's hit said with a laugh ("my gf threatened 2 dump me lol"): the classifier must agree more
        threshold = max(threshold, policy.light_rule_from)
    if not by_rule:
        if OVER in sentence.reasons:
            threshold = max(threshold, policy.told_as_over_from)
        for because in (category, category + STRONG, category + STRONGER):
            if because in sentence.reasons:
                threshold = max(threshold, policy.reason_from(because))
    return threshold


_SUBJECTS = frozenset({"he", "she", "they"})
_OBJECTS = frozenset({"him", "her", "them"})


def _clause_starts(sentence: str, words: list[str]) -> set[int]:
    """Where a clause starts among the sentence's plain words: at "but", "although" and the like, and
    after a comma or colon, so that a negation before one is not the next one's ("no idea, she locks me
    in my room", "not sure, my carer slaps me": an answer that says it does not know, then a harm)."""
    starts = {i for i, w in enumerate(words) if w in _CLAUSE_WORDS}
    # a subject said straight after an object starts a clause: "ring me not him he reads my texts" (session 36: the
    # "not" before "him" was read as denying what he does, and the harm went unheard)
    starts |= {i for i in range(1, len(words)) if words[i] in _SUBJECTS and words[i - 1] in _OBJECTS}
    at = 0
    for part in _COMMA.split(sentence):
        if at:
            starts.add(at)
        at += len(typed.plain_words(part))
    return starts if at == len(words) else {i for i, w in enumerate(words) if w in _CLAUSE_WORDS}


# where the writer starts to say something of themselves: "and i", "and now i", "so i", "then i"
_ON_TO_ME = frozenset({"and", "so", "then", "now"})
_I = frozenset({"i", "im", "ive", "id", "ill"})


def _sentences(text: str) -> tuple[list[tuple[tuple[str, list[str]], int]], str]:
    """Each sentence of `text` that has words, with its plain words and where they start in the message's plain
    words; and those (the sentences' plain words joined by spaces)."""
    found = []
    at = 0
    for sentence in (s for s in _SENTENCE_END.split(text) if s.strip()):
        words = typed.plain_words(sentence)
        if words:
            found.append(((sentence, words), at))
            at += len(" ".join(words)) + 1
    return found, " ".join(" ".join(words) for (_, words), _ in found)


def _told_before(hit: Hit, words: list[str], at: int, recovered: int | None) -> bool:
    """Whether a rule's hit, in the sentence of `words` at `at` in the message's plain words, is told before the place
    `recovered` where words say the harm is put right now (context.put_right_since, once a sentence)."""
    return recovered is not None and at + len(" ".join(words[:hit.start])) < recovered


def _about_the_subject(words: list[str], starts: set[int], hit: Hit) -> bool:
    """Whether the clause of the sentence a rule's hit is in names a subject talked about (context.about_the_subject)."""
    bounds = starts | {i for i, w in enumerate(words) if w in _ON_TO_ME and (
        words[i + 1:i + 2] and words[i + 1] in _I or words[i + 1:i + 2] == ["now"] and words[i + 2:i + 3]
        and words[i + 2] in _I)}
    begin = max((i for i in bounds if i <= hit.start), default=0)
    end = min((i for i in bounds if i > hit.start), default=len(words))
    # the writer's own, said of the subject ("we had a lesson on self harm and i realised i do it too"): lived, not studied
    return about_the_subject(words[begin:end]) and not _MINE_TOO.search(" ".join(words))


_MINE_TOO = re.compile(r"\bi (do|did|have done|am doing|was doing|have been doing|am going through|went through) (it|that|this|"
                       r"the same|them)( to myself)? (too|as well|also)\b|\bi (realised|realized) i (do|did|am|have)\b")


def _plain(text: str) -> str:
    """A training example as the classifier reads a message: plain words, without a goal to live at home."""
    return without_goals(" ".join(typed.plain_words(text)), training=True)


def _mostly_english(words: list[str]) -> bool:
    from bot.understanding.structuring.fuzzy import is_english

    long_words = [w for w in words if len(w) >= 3 and w.isalpha()]
    return not long_words or sum(map(is_english, long_words)) * 2 >= len(long_words)


def _add(found: list[str], category: str) -> None:
    if category not in found:
        found.append(category)


_PEOPLE = WORD_CLASSES["OTHER"] | WORD_CLASSES["VICTIM"] | WORD_CLASSES["CHILD"] | WORD_CLASSES["SELF"]
_AGENTS = WORD_CLASSES["OTHER"] - {"him", "her", "them", "me"}


def _agent(doc: Doc, hit: Hit) -> str | None:
    for token in doc[hit.start:hit.end]:
        if token.lemma_ in _AGENTS:
            return token.lemma_
    return None


def tells_a_danger(text: str, among: Iterable[str], by_a_rule: bool = False) -> bool:
    """Whether these words, read as any message is, raise surely a concern of one of the kinds `among` (those the whole
    story raised: words read alone lose what is around them). `by_a_rule`: only a rule's (or an overdose heard), not
    what the classifier alone was sure of ("I do everything: his tablets, the paperwork and the money", a carer's tasks,
    is 0.69 thoughts of suicide to it)."""
    heard = detector().check(text)
    return not heard.tentative and (heard.surest == 0.0 or not by_a_rule) and bool(set(heard.categories) & set(among))


@lru_cache(maxsize=1)
def detector() -> Detector:
    """The process's detector, built on first use (about a second)."""
    return Detector()
