"""Filing what a clause says about the person themselves (name, age, pronouns, language) and their
allergies and intolerances."""
from __future__ import annotations

import re
from typing import Any, Sequence

from bot.understanding.structuring import context, cues, names
from bot.understanding.structuring.facts import Sections, avoided_as_already_in, intolerant, item
from bot.understanding.structuring.people import People, Teller
from bot.understanding.structuring.terms import Term

# "no allergies except plasters", "no allergies apart from penicillin": the one allergen
_EXCEPT_ALLERGEN = re.compile(
    r"\s*,?\s*(?:except|apart\s+from|other\s+than|besides)\s+(?:for\s+|to\s+|that\s+)?(?:the\s+|my\s+)?"
    r"(?!(?:i|he|she|they|we|it|my|his|her|have|has|had|is|was|am|do|does|not|none|nothing|on|takes?|taking|"
    r"uses?|using|gets?|the|usual|some|a|an)\b)"
    r"([a-z][a-z\-]*(?:\s+(?!(?:irritates?|makes?|gives?|brings?|causes?|and|but|so|which|that|is|are|tbh|lol)\b)"
    r"[a-z][a-z\-]*){0,2})\b",
    re.IGNORECASE)


# Said straight after what a medicine does: it is no allergy ("Codeine makes me dreadfully constipated, though I would
# not call that an allergy" was an allergy on two forms, session 19): a side effect, neither an allergy nor a medicine
_NO_ALLERGY_AFTER = re.compile(r"[^.;!?]{0,40}?(?:\bnot|n't|n’t|\bnt|\bno)\b(?:\s+[\w'’]+){0,4}?\s+all?erg(?:y|ic)\b",
                               re.IGNORECASE)


def excepted_allergen(clause: str) -> re.Match[str] | None:
    """ "no allergies except plasters": the one allergen said after "no allergies"."""
    said = cues.NO_ALLERGIES.search(clause)
    return _EXCEPT_ALLERGEN.match(clause, said.end()) if said else None


# What no body reacts to, said as a joke ("allergic to Mondays", "allergic to hard work", "allergic to housework")
_NO_ALLERGEN = re.compile(r"(?:(?:the|a|an|my|all|any|hard|early|real|proper)\s+)?(?:mondays?|tuesdays?|wednesdays?|thursdays?|"
                          r"fridays?|saturdays?|sundays?|weekdays?|mornings?|early mornings?|work|hard work|housework|"
                          r"ironing|hoovering|cleaning|washing up|chores|homework|exercise|the gym|gyms?|effort|running|"
                          r"jogging|dieting|diets?|bills|paperwork|forms|queues|politics|politicians|my husband|my wife|"
                          r"my kids|kids|people|school|mathematics|maths|tidying|tidying up|cooking|dusting|gardening|"
                          r"getting up|responsibility|commitment|sense|common sense"
                          # how badly, said after it: "allergic to latex, properly, not a joke" (the eleventh fresh
                          # structuring set, session 27: "properly" was sent as an allergy)
                          r"|properly|really|seriously|honestly|badly|severely|very|genuinely|actually|definitely|"
                          r"literally|truly|big time|no joke|not a joke)(?:\s+(?:lol|haha+|hehe|lmao|xx*|tbh))*")


def allergens(clause: str) -> list[tuple[re.Match[str], int, str, int]]:
    """Each allergen a clause names ("allergic to plasters and penicillin", "to nuts, eggs and penicillin":
    each), with the match that said it, which of its groups, the allergen's words and where they start."""
    found: list[tuple[re.Match[str], int, str, int]] = []
    for match in cues.ALLERGY.finditer(clause):
        group = next(g for g in range(1, match.re.groups + 1) if match.group(g))  # (the one that said it)
        if not _NO_ALLERGEN.fullmatch(match.group(group).strip().lower()):  # "allergic to Mondays": a joke (fresh10)
            found.append((match, group, match.group(group).strip(), match.start(group)))
        end = match.end(group)
        # "penicillin (anaphylaxis, 1971) and codeine (vomiting)": the list goes on past a reaction in brackets
        while group != 3 and (more := cues.AND_ALLERGEN.match(clause, _past_aside(clause, end))
                              or cues.COMMA_ALLERGEN.match(clause, _past_aside(clause, end))):
            if not _NO_ALLERGEN.fullmatch(more.group(1).strip().lower()):
                found.append((match, group, more.group(1).strip(), more.start(1)))  # "…and them sticking plasters"
            end = more.end(1)
    return found


# What a medicine they cannot take does to them, as said after it: "makes his face swell", "give me rash and fever"
_REACTION = re.compile(r"\W*((?:makes?|made|gives?|gave|leaves?|left|brings?|brought)\s.+?)"
                       r"(?=\s*(?:,|;|\.|\bso\b|\bbut\b|\bbecause\b|\bcos\b|$))", re.IGNORECASE)


def _reaction(after: str) -> str | None:
    said = _REACTION.match(after) if cues.INTOLERANT_AFTER.match(after) else None
    return said.group(1) if said else None


_ASIDE = re.compile(r"\s*[(\[]([^()\[\]]{1,60})[)\]]")


def _past_aside(clause: str, end: int) -> int:
    """Where a clause goes on after what is said in brackets at `end` ("penicillin (rash) and …")."""
    aside = _ASIDE.match(clause, end)
    return aside.end() if aside else end


# An age said in brackets of someone named just before: "Tyler (hes 8)", "my brother Kai (he's 6)"
_ASIDE_OF = re.compile(r"([A-Za-z]+)\s*\(\s*(?:(?:he|she|they)(?:['’]?s|\s+is|['’]?re|\s+are)?\s+)?$", re.IGNORECASE)


def _someone_elses_aside(clause: str, start: int, subject_name: str | None, given: list[str], bare: bool) -> bool:
    """Whether the age at `start` is said in brackets ("(hes 8)", "(6)") of someone named before them who is not
    the person (by the name the story is told for, or the name they gave); `bare`: "(6)" alone counts too."""
    aside = _ASIDE_OF.search(clause[:start])
    if aside is None or (not bare and aside.group(0).rstrip().endswith("(")):
        return False  # in the person's own story "Jo (32)" is theirs: only "(she's 8)" is someone else's
    named = aside.group(1).lower()
    return named not in {w.lower() for w in (subject_name or "").split()} | set(given)


def _reaction_after(after: str) -> str | None:
    """ "allergic to latex, him skin blister up": what the allergy does, said after the allergen; said in
    brackets ("penicillin (anaphylaxis) and codeine (vomiting)"), what the brackets hold."""
    aside = _ASIDE.match(after)
    said = aside.group(1).strip() if aside else after.strip(" ,;:-–—()")
    return said if said and len(said) <= 60 and cues.ALLERGIC_REACTION.search(said) else None


def reacts_to(clause: str) -> tuple[re.Match[str], bool, int, int] | None:
    """An allergen said by what it does to the body ("plasters bring me out in hives", "strawberries make my
    lips swell up", "I come up in hives with eggs"): the match, whether it is the teller's own ("me", "my",
    "I"), and the match's groups of the allergen and of the reaction."""
    if said := cues.REACTS_TO.search(clause) or cues.REACTS_IN.search(clause):
        return said, said.group(2).lower() in ("me", "my", "mi"), 1, 3
    if said := cues.REACTS_FROM.search(clause):
        return said, said.group(1).lower() == "i", 3, 2
    if said := cues.REACTS_NEAR.search(clause):
        return said, said.group(1).lower() == "i", 2, 3
    return None


# Who is said to go by a name, by the teller: the person themselves ("me", "I") or, to a carer, "her", "he"
_OWNERS = {"self": ("me", "i"), "carer": ("him", "her", "them", "he", "she", "they")}


# Their sex said plainly in their own story: "I'm a 67 year old man", "I am a retired woman living alone"
_MEN = frozenset({"man", "male", "gentleman", "bloke"})
_I_AM_A = re.compile(r"\b(?:i'm|i’m|im|i am)\s+(?:a|an)\s+(?:\d{1,3}\s*(?:-?\s*years?\s*-?\s*old|yo|y/o)\s+|"
                     r"(?:old|older|young|elderly|single|retired|disabled|married|divorced|widowed)\s+){0,2}"
                     r"(man|woman|male|female|lady|gentleman|bloke)\b", re.IGNORECASE)


# An age said as it is now, straight after its number: "I'm 78 now", "she's ninety one now", "67 years old now"
_NOW_AFTER = re.compile(r"\s*(?:(?:years?|yrs?)(?:\s+old)?\s*)?(?:now|as\s+of\s+(?:today|this\s+week))\b", re.IGNORECASE)

# A carer's own language: "I speak Somali", "I only speak Polish", "my language is Urdu", "me, I speak Tamil"
# An age said as not the one before: "85 not 84", "85, not 84"
_NEARLY_BEFORE = re.compile(r"\b(?:nearly|almost|nigh\s+on|coming\s+up\s+(?:to|on)|rising)\s+$", re.IGNORECASE)
_NOT_THAT_AGE = re.compile(r"\s*,?\s*(?:not|n[o']?t|instead\s+of)\s+\d{1,3}\b", re.IGNORECASE)
# An age put right at once: "43 no 44", "80, sorry, 81", "seventy three, I mean seventy four"
_AGE_PUT_RIGHT = re.compile(r"\s*[,-]?\s*(?:no|sorry|i\s+mean|wait|actually|oops)\b\s*[,-]?\s*(?:i['’]?m\s+|im\s+|i\s+am\s+)?"
                            r"(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|"
                            r"five|six|seven|eight|nine))?)\b", re.IGNORECASE)
def _age_put_right(text: str, end: int, said: int, start: int, stop: int) -> tuple[int, int, int]:
    """The age said (`said`, at text[start:stop]), or the one that puts it right at once after `end` ("im 43 no 44 now
    had my birthday last week": a fresh forms set, session 28, was sent 43), with where it is."""
    fixed = _AGE_PUT_RIGHT.match(text, end)
    if fixed and 0 < (again := cues.number(fixed.group(1))) < 120:
        return again, fixed.start(1), fixed.end(1)
    return said, start, stop


# An age said with the birthday that brings it: "89 on Tuesday", "80 next week", "90 in March", "40 tomorrow"
_BIRTHDAY_TO_COME = re.compile(r"\s*(?:years?\s+old\s+)?(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                               r"the\s+\d{1,2}(?:st|nd|rd|th)?(?!\s+floor))|next\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|"
                               r"saturday|sunday)|tomorrow|this\s+(?:week|weekend|month)|in\s+(?:a\s+(?:week|fortnight|month)|"
                               r"january|february|march|april|may|june|july|august|september|october|november|december))\b",
                               re.IGNORECASE)
_CARERS_LANGUAGE = re.compile(r"(?:\b(?:i|i['’]m|im|i\s+am)\s+(?:only\s+|just\s+|mostly\s+|mainly\s+|also\s+|can\s+|"
                              r"can\s+only\s+|only\s+can\s+)?(?:speak|speaks|speaking|talk|talking)\s+(?:only\s+|in\s+)?"
                              r"|\bmy\s+(?:first\s+|own\s+|main\s+|home\s+)?language\s+(?:is\s+|=\s+|:\s*)?)$",
                              re.IGNORECASE)


# "She's allergic to, what's it called, not the sulfa ones, trimethoprim, that's it": the allergen said after an aside,
# in a clause of its own (the twenty-third fresh forms set, session 29: trimethoprim was sent as a medicine she takes)
_ALLERGIC_TO_THEN = re.compile(r"\ball?erg(?:ic|y|ies)\s+(?:to|2|for|with)\s*(?:,|:|\.\.\.|–|-)"
                               r"(?![^.!?\n]*\b(?:takes?|taking|took|on|prescribed|given|gets|uses?|nothing|none|anything|"
                               r"nowt|owt|no|and|but)\b)[^.!?\n]{0,70}$",
                               re.IGNORECASE)


def allergen_said_apart(clause: str, medicine: Term, story: str, base: int) -> bool:
    """Whether `medicine` is named after "allergic to," and an aside, in the same sentence (`story` before the clause at
    `base`, and the clause before it)."""
    return _ALLERGIC_TO_THEN.search(story[max(0, base - 90):base] + clause[:medicine.start]) is not None \
        or bool(re.fullmatch(r"(?:\s+[a-z]+){0,2}\s*[,;.]?\s*", clause[medicine.end:])
                and cues.CANT_HAVE_IT_AFTER.match(story, base + len(clause.rstrip(" ,;."))))


_SURNAME_SAID = re.compile(r"\b(my|her|his|their)\s+(?:surname|last\s+name|family\s+name|second\s+name)\s+(?:is|was|['’]s)\s+"
                           r"([A-Za-z][A-Za-z'’-]+)\b", re.IGNORECASE)


class PersonalFiler:
    """The part of `filing.Filer` that files about_me and allergies."""
    people: People

    def allergies(self, sections: Sections, clause: str, base: int, who: Teller,
                  medicines: Sequence[Term] = ()) -> None:
        teller = who.teller
        if match := cues.NO_ALLERGIES.search(clause):
            # "no allergies except plasters irritate my skin": one allergy, so not "no known allergies"
            if but := excepted_allergen(clause):
                sections["allergies"].append(item(but.group(1).strip(), context.CURRENT, "subject", teller,
                                                  base + but.start(1), base + but.end(1), term=but.group(1).strip()))
                return
            # "no drug allergies" (beside "Strawberries make my lips swell up") says none to medicines only, and
            # a form is told "No known drug allergies", never "No known allergies"
            drugs = re.search(r"\b(?:drug|medicine|medication|tablet)s?\b", match.group(0), re.IGNORECASE) or re.match(
                r"\s*(?:to|2|for|with)\s+(?:any\s+)?(?:drugs?|medicines?|medications?|meds|tablets?|pills)\b"
                r"(?!\s*(?:,|\bor\b|\band\b|\bnor\b)\s*(?:food|foods|anything|nothing|other|else|animals))", clause[match.end():],
                re.IGNORECASE)  # "no allergys to medicines as far as i know but i cant go near horses"
            sections["allergies"].append(item("medicines" if drugs else "any known allergies", "negated", "subject", teller,
                                              base + match.start(), base + match.end(),
                                              term=match.group(0) if drugs else "allergies"))
            # "Strawberries make my lips swell up, no drug allergies": a food allergy said beside it is kept
            if not re.search(r"\b(?:but|although|except)\b", clause[match.end():], re.IGNORECASE) \
                    and not (drugs and reacts_to(clause)):
                return
        for medicine in medicines:
            if allergen_said_apart(clause, medicine, who.story, base):
                sections["allergies"].append(item(medicine.canonical, context.CURRENT, "subject", teller,
                                                  base + medicine.start, base + medicine.end, term=medicine.surface,
                                                  spelled=medicine.surface if medicine.fuzzy else None))
        for medicine in medicines:  # "I react badly to codeine": an intolerance, not a medicine taken
            if intolerant(clause, medicine) and not cues.ALLERGY.search(clause) \
                    and not _NO_ALLERGY_AFTER.match(who.story, base + len(clause)) \
                    and not avoided_as_already_in(clause, medicine, who.story, base):
                status = context.fact_status(clause, medicine.start, medicine.end)
                about = self._relative_of(clause, medicine.start, who)
                reaction = _reaction(clause[medicine.end:])
                sections["allergies"].append(item(
                    medicine.canonical, context.FAMILY if about else
                    (context.CURRENT if status == context.NEGATED else status), about or "subject", teller,
                    base + medicine.start, base + medicine.end, term=medicine.surface,
                    # "Penicillin brings me out in hives" is an allergy; "it made her sick" an intolerance
                    kind=None if reaction and cues.ALLERGIC_ONLY.search(reaction) else "intolerance",
                    spelled=medicine.surface if medicine.fuzzy else None, reaction=reaction))
        if (reacts := reacts_to(clause)) and not cues.ALLERGY.search(clause) \
                and reacts[1] == (teller == "self") \
                and not self._relative_of(clause, reacts[0].start(), who):  # "gives me" is the carer's own
            said, _, named_at, reaction_at = reacts
            sections["allergies"].append(item(said.group(named_at).lower(), context.CURRENT, "subject", teller,
                                              base + said.start(named_at), base + said.end(named_at),
                                              term=said.group(named_at), reaction=said.group(reaction_at)))
        for match, group, allergen, start in allergens(clause):
            if cues.NO_ALLERGIES.search(clause) and cues.NO_ALLERGIES.search(clause).start() <= start:  # type: ignore[union-attr]
                continue
            status = context.fact_status(clause, match.start(), match.end())
            relative = self._relative_of(clause, match.start(), who)
            if relative:  # "my son has a nut allergy" is his, not the person's
                status = context.FAMILY
            named = allergen.lower()
            spelled = None
            for medicine in medicines:  # "alergic to penicilin": the medicine it names, spelled as written
                if start <= medicine.start < start + len(allergen):
                    named = allergen.lower().replace(medicine.surface.lower(), medicine.canonical)
                    spelled = medicine.surface if medicine.fuzzy else None
            sections["allergies"].append(item(named, status, relative or "subject", teller, base + start,
                                              base + start + len(allergen), term=allergen, spelled=spelled,
                                              said="allergy" if group > 1 else None,
                                              reaction=_reaction_after(clause[start + len(allergen):])))

    def _relative_of(self, clause: str, start: int, who: Teller) -> str | None:
        """The relative (not the person) a fact at `start` is said of: "my son has a nut allergy"."""
        relative = context.family_member(clause, start, self.people.relatives, who.subject_relation,
                                         subject_name=who.subject_name)
        if not relative or relative == "family":
            # or by their name, said first: "oscar has cows milk protein allergy", after "my baby Oscar" (the ninth fresh
            # structuring set: his mother's allergy)
            bare = re.match(r"\W*([A-Za-z]+)(?=\s+(?:has|had|is|was|gets|got)\b)", clause[:start])
            # (in the person's own story: in a carer's, the baby may be the one the story is about, a third reader)
            named = who.named.get(bare.group(1).lower()) if bare and who.teller == "self" else None
            return named if named and named != who.subject_relation else None
        said = clause.lower().rfind(relative, 0, start)
        return None if cues.mentions_first_person(clause[said + len(relative):start]) else relative

    def about_me(self, sections: Sections, clause: str, base: int, teller: str, speaker: str,
                 relation: str | None = None, subject_name: str | None = None) -> None:
        about = sections["about_me"]
        given = [i["text"].lower().split() for i in about if i.get("kind") == "name"]
        own_end = -1  # where the person's own name, said in this clause, ends
        if teller == "self" and (own := names.my_name(clause)) and not (
                given and re.match(r"\W*(?:i am|i'm|i’m|im)\b", clause, re.IGNORECASE)
                and not any(own[0].lower().split()[0] in words for words in given)):
            # once their name is given, a later "I am Amritdhari" says what they are, not a second name
            name, start, end = own
            own_end = end
            if given and len(name.split()) == 1 and not any(name.lower() in words for words in given):
                # "I'm Bridget O'Sullivan, but call me Bridie", "…, it's Bridie": the name they go by, said after it
                if not any(i.get("kind") == "preferred_name" for i in about):
                    about.append(item(name, "current", "subject", teller, base + start, base + end, kind="preferred_name"))
                name = ""
            if name:
                about.append(item(name, "current", "subject", teller, base + start, base + end, kind="name"))
            if name and (age := names.AFTER_NAME_AGE.match(clause[end:])):
                years, at, to = _age_put_right(clause, end + age.end(1), cues.number(age.group(1)), end + age.start(1),
                                               end + age.end(1))
                self.age(about, years, teller, base + at, base + to)
        for pattern, kind in ((cues.PRONOUNS, "pronouns"), (cues.LANGUAGE, "language")):
            for match in pattern.finditer(clause):
                group = next(g for g in range(1, len(match.groups()) + 1) if match.group(g))  # "Polish is her language"
                value = cues.language_named(match) if kind == "language" else match.group(group)
                if kind == "language" and value.lower() in {"english"} | (names.NOT_NAMES - names.LANGUAGES):
                    continue
                if kind == "language" and teller == "carer" \
                        and (carers := _CARERS_LANGUAGE.search(clause[:match.start(group)])):
                    # "I speak Somali, Abdi speak good English": the carer's own language (session 20), not the person's
                    sections["support_network"].append(item(clause[carers.start():match.end(group)], "current", "narrator",
                                                            teller, base + carers.start(), base + match.end(group)))
                    continue
                about.append(item(value, "current", "subject", teller, base + match.start(group),
                                  base + match.end(group), kind=kind))
        if speaker != "subject":
            return
        family = _SURNAME_SAID.search(clause)
        named = [i for i in about if i.get("kind") == "name" and i["about"] == "subject"]
        if family and named and (family.group(1).lower() == "my") == (teller == "self") \
                and family.group(2).lower() not in named[-1]["text"].lower().split():
            # "her surname is Hollis", said at the read-back of "Their name is Karen" (a stranger, session 29: taken as a
            # yes, and the surname never reached a form): the family name after the given one
            named[-1]["text"] = f"{named[-1]['text'].split()[0]} {family.group(2)[:1].upper()}{family.group(2)[1:]}"
        if teller == "self" and (said := _I_AM_A.search(clause)) and not any(i.get("kind") == "gender" for i in about):
            sex = "male" if said.group(1).lower() in _MEN else "female"  # "I'm a 67 year old man": said plainly
            told = item(sex, "current", "subject", teller, base + said.start(1), base + said.end(1), kind="gender")
            told["value"] = sex
            about.append(told)
        if goes_by := names.preferred_name(clause):
            # whose: "everyone calls me Beth", "I go by Sam" in their own story; "calls her Peggy", "she likes to be
            # called Peg" in a carer's
            known, start, end = goes_by
            words_before = re.findall(r"[a-z']+", clause[max(0, start - 40):start].lower())
            owner = next((w for w in reversed(words_before) if w in _OWNERS["self"] + _OWNERS["carer"]), None)
            others = [w for w in re.findall(r"[a-z]+", clause[:start].lower()) if w in self.people.relatives and w != relation]
            # "My name is Ronald Hughes, Ron for short": the name just said is theirs, and so is its short one
            if (owner in _OWNERS[teller] or 0 <= own_end <= start) and not (teller == "carer" and others) \
                    and not any(i.get("kind") == "preferred_name" for i in about):  # "my son Jay, everyone calls him JJ"
                about.append(item(known, "current", "subject", teller, base + start, base + end, kind="preferred_name"))
        if teller == "carer" and subject_name and not any(i.get("kind") == "age" for i in about):
            # "Writing this for the wife, Jean, 76", "my mother-in-law Pat, 79"
            for said in re.finditer(rf"\b{re.escape(subject_name.split()[-1])}\b", clause):
                if age := names.AFTER_NAME_AGE.match(clause[said.end():]):
                    at = said.end() + age.start(1)
                    self.age(about, cues.number(age.group(1)), teller, base + at, base + at + len(age.group(1)))
        for match in cues.AGE.finditer(clause):
            group = next(g for g in (1, 2, 3) if match.group(g))
            if match.group(1) and re.match(r"is\s", match.group(0), re.IGNORECASE) \
                    and not self.people.is_subject_phrase(clause[:match.start()], teller, relation):
                continue  # "the rent is 500", "my son is 7" in the person's own story
            if teller == "self" and re.match(r"(?:he|she|they)(?:s\b|\b)", match.group(0), re.IGNORECASE):
                # "My grandson Liam, he's 22, stays wi me": in their own story, someone else's age (typed "hes": "my little
                # bro (hes 9)" made a young carer 9, a stranger, session 34)
                continue
            if _someone_elses_aside(clause, match.start(), subject_name, [w for n in given for w in n],
                                    bare=teller == "carer"):
                continue  # "just me, mum n Tyler (hes 8)": the age of the one named before the brackets
            owner = re.match(r"(?!(?:he|she|it|who)['’])([a-z]+)['’]s\s", match.group(0), re.IGNORECASE) \
                or re.match(rf"({cues.AGE_KIN})s\s", match.group(0), re.IGNORECASE)
            if owner and (teller == "self" or owner.group(1).lower() != relation):
                continue  # "Dad's 71": the person's age in a carer's story about their dad, else not theirs
            if re.match(r"who", match.group(0), re.IGNORECASE) \
                    and not self.people.is_subject_phrase(clause[:match.start()] + " who", teller, relation):
                continue  # "my little brother who is 8" in a story about their mum
            other = context.family_member(clause, match.start(), self.people.relatives, relation)
            if other and other != "family" and not re.match(r"(?:i'm|i’m|im|i am)\s", match.group(0), re.IGNORECASE) \
                    and not cues.mentions_first_person(clause[clause.lower().rfind(other, 0, match.start()) + len(other):
                                                              match.start()]):
                continue  # "daughter 8 years old", in a mother's own story: the daughter's age, not hers
            if teller == "carer" and re.match(r"(?:i'm|i’m|im|i am)\s", match.group(0), re.IGNORECASE):
                # "Im 16 and my mum has depression": the carer's age, not the person's
                sections["support_network"].append(item(match.group(0), context.CURRENT, "narrator", teller,
                                                        base + match.start(), base + match.end()))
                continue
            # "oops im seventy eight now", after "I'm 77": the age now, in place of the one said before
            now = bool(_NOW_AFTER.match(clause[match.end():]))
            # "he's 89 on Tuesday", "she is 80 next week": the birthday to come, so a year younger now (a fresh forms set,
            # session 28: 89 was sent for a man of 88)
            years, at, to = _age_put_right(clause, match.end(), cues.number(match.group(group)), match.start(group),
                                           match.end(group))
            # (the birthday said after the age put right: "I'm 80, sorry 81 next week" is 80 now)
            coming = 1 if _BIRTHDAY_TO_COME.match(clause[max(to, match.end()):]) else 0
            # "so I am nearly ninety-five": not yet (the thirty-first fresh forms set, session 37: 95 was sent for 94)
            coming = coming or (1 if _NEARLY_BEFORE.search(clause[:match.start(group)]) else 0)
            # "Im 85 not 84, I got mixed up": the age now, in place of the one said before (a stranger's update, session
            # 28, was dropped without a word)
            now = now or bool(_NOT_THAT_AGE.match(clause[max(to, match.end()):]))
            self.age(about, years - coming, teller, base + at, base + to, now)

    @staticmethod
    def age(about: list[Any], age: int, teller: str, start: int, end: int, now: bool = False) -> None:
        said = [i for i in about if i.get("kind") == "age" and i["about"] == "subject"]
        if now and 0 < age < 120 and len(said) == 1 and said[0].get("value") != age \
                and said[0].get("source", {}).get("start", end) < start:
            said[0].update(text=f"{age} years old", value=age, corrected_by={"start": start, "end": end})
            return
        if 0 < age < 120 and not any(i.get("kind") == "age" for i in about):
            told = item(f"{age} years old", "current", "subject", teller, start, end, kind="age")
            told["value"] = age
            about.append(told)
