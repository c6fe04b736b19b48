"""Whom the help is for, and who does the harm, where the words say (a stranger on the stack, session 22):

- someone else's thoughts of suicide or self-harm, told by the one worried for them ("my daughter says she wants to
  kill herself"): the help speaks of them ("If they might act on these thoughts now"), not of the writer;
- abuse by paid staff ("the staff at his supported living lock him in his room") is abuse by carers (the council's
  safeguarding team), not domestic abuse (the Domestic Abuse Helpline), unless a partner or relative does it too;
- the one harmed said to be an adult under 60 ("my sister is 41 ... the staff hit her"): no helpline for older people.

Each reads the plain words (typed.plain_words) of one message; where unsure, they leave the help as it was.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.understanding.safeguarding import typed
from bot.understanding.safeguarding.rules import WORD_CLASSES

# The writer, in words that make them the one who thinks or does it ("i", "myself"; not "told me", and "my" only owns
# something)
_FIRST_PERSON = frozenset({"i", "im", "ive", "myself", "we", "ourselves"})
_THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "them", "himself", "herself", "themselves", "themself"})
OWN_THOUGHTS = frozenset({"suicidal", "self_harm"})


# The writer saying the same of themselves: "so do i", "me too", "i feel the same", "so would i"
_ME_TOO = re.compile(r"\b(?:so (?:do|would|will|am|have|did|could) i|me too|me as well|i do too|i am too|i would too|same here|"
                     r"same tbh|and me|i feel the same|i have felt the same|we both|both of us|(?:i|me) neither)\b")
# What the writer says they will do, in a clause of their own: "ill do it tonight", "i am going to end it"
_A_PLAN = re.compile(r"\b(?:(?:do|end|finish) it|go through with|tonight|goodbye)\b")
# "me" as the one told, not the one who thinks: "my son told me", "she texted me"
_TOLD_ME = re.compile(r"\b(?:told|tells|tell|telling|said to|says to|asked|asks|texted|texts|messaged|rang|rings|called|"
                      r"calls|showed|shows|warned) (?:me|us)\b")
_CLAUSE = re.compile(r"[.,;!?]+|\s+(?:and|but|so|because|cos|coz)\s+")


def anothers_thoughts(text: str, words: list[str], own: Callable[[str], bool]) -> bool:
    """Whether thoughts of suicide or self-harm heard in `text` (its plain `words`) are someone else's: some clause that
    tells them on its own (`own`: whether the detector hears them in those words alone) names another person as who
    thinks or does ("dad keeps saying he would be better off dead", "my daughter says she wants to kill herself and i
    dont know what to do"), and no clause that tells them on its own names no one else or the writer ("she took the kids
    and left. dont want to be here anymore", "ill end it tonight. she wont ever know": the writer's own, who names no
    subject), nor does the writer say the same of themselves ("... and so would i")."""
    if not _THIRD_PERSON & set(words) or _ME_TOO.search(" ".join(words)):
        return False
    anothers = False
    for clause in (c for c in _CLAUSE.split(text) if c.strip()):
        plain = typed.plain_words(clause)
        said = set(plain)
        if {"me", "us"} & said and not _TOLD_ME.search(" ".join(plain)):
            said |= {"i"}  # "he makes me want to die": the writer's; "my son told me he has been cutting himself": not
        if (_FIRST_PERSON | {"ill", "id", "imma"}) & said and _A_PLAN.search(" ".join(typed.plain_words(clause))):
            return False  # "ill do it tonight after the kids are asleep": the writer's, though the words alone say no more
        if not own(clause):
            continue
        if _FIRST_PERSON & said or not _THIRD_PERSON & said:
            return False
        anothers = True
    return anothers


# Paid staff: who they are, and what may follow a relative's name that makes it only whose the staff are ("my sons
# placement", "mums carers")
PAID = frozenset({"carer", "carers", "staff", "nurse", "nurses", "agency", "worker", "workers", "aide", "aides",
                  "caregiver", "caregivers", "manager"})
_CARE_AFTER = frozenset({"placement", "carer", "carers", "staff", "home", "care", "support", "worker", "workers",
                         "nurse", "nurses", "supported", "residential", "unit", "ward", "hostel", "key", "agency"})
_DOMESTIC = frozenset({"domestic_abuse", "coercive_control"})
_UNNAMED = frozenset({"he", "she", "they", "someone", "somebody", "people"})
_HARM = frozenset(WORD_CLASSES["HARM"])
_KIN = (WORD_CLASSES["OTHER"] | WORD_CLASSES["VICTIM"]) - PAID - _UNNAMED - _THIRD_PERSON - _FIRST_PERSON \
    - {"home", "nobody", "noone", "man", "woman", "guy", "lad", "gang", "law", "boss", "employer", "dealer"}
# The writer is the carer ("im his carer", "as her carer"): "carer" names no paid staff
_WRITER_THE_CARER = re.compile(r"\b(?:i am|as|i have been|i was)\s+(?:his|her|their|the|a|an|my \w+)\s+"
                               r"(?:(?:main|full time|unpaid|only|sole|family)\s+)?carer\b")


def by_paid_staff(categories: Iterable[str], harms: Iterable[tuple[str, str]], words: list[str]) -> bool:
    """Whether domestic abuse or coercive control heard in `words` is done by paid staff only: the rules name paid
    staff, and as who does it only them or a relative only as whose the staff or place are ("my sons placement"); or,
    where no rule names anyone, the first person the words name is paid staff ("the staff at his supported living lock
    him in"); never where the writer is the carer ("im his carer")."""
    if not _DOMESTIC & set(categories):
        return False
    if _WRITER_THE_CARER.search(" ".join(words)):
        return False
    harms = list(harms)
    if _a_relative_harms(words):
        return False
    doers = {by for category, by in harms if category in _DOMESTIC}
    if doers:
        return any(by in PAID for _, by in harms) and all(
            by in PAID or (by in _KIN and _only_whose(by, words)) for by in doers)
    return _first_named_is_paid(words)


_DOES = frozenset({"does", "did", "do"})


def _a_relative_harms(words: list[str]) -> bool:
    """Whether a relative is said to harm too, besides whoever the rules named: "... and so does my son", "her
    brother hits her as well" (a second reader, session 23: "my wife's carer hits her and so does my son" lost the
    Domestic Abuse Helpline)."""
    for i, word in enumerate(words):
        kin = word[:-1] if word.endswith("s") and word[:-1] in _KIN else word
        if kin not in _KIN or _only_whose(kin, words):
            continue
        after = [typed.lemma(w) for w in words[i + 1:i + 3]]
        if _HARM & set(after) or (after and after[0] in _DOES) or (
                i >= 2 and words[i - 2] in ("so", "as") and words[i - 1] in _DOES) or (
                i >= 3 and words[i - 3] in ("so", "as") and words[i - 2] in _DOES):
            return True
    return False


def _only_whose(kin: str, words: list[str]) -> bool:
    """Whether every mention of `kin` ("son", also "sons") is followed by paid care or a place of it."""
    at = [i for i, word in enumerate(words) if word in (kin, kin + "s")]
    return bool(at) and all(i + 1 < len(words) and words[i + 1] in _CARE_AFTER for i in at)


def _first_named_is_paid(words: list[str]) -> bool:
    for i, word in enumerate(words):
        if word in PAID:
            return True
        if word in _KIN | {"he", "she"} and not (i + 1 < len(words) and words[i + 1] in _CARE_AFTER):
            return False
    return False


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_AGE = re.compile(r"\b(?:is|aged|am)\s+(?:only\s+|just\s+|now\s+)?(\d{2}|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|"
                  r"seventy|eighty|ninety)(?:\s+(?:one|two|three|four|five|six|seven|eight|nine))?)\b"
                  r"(?!\s*(?:stone|st\b|kg|foot|feet|ft|weeks|months|%|mins?|minutes|hours|percent|x\b|times|days|miles|"
                  r"pounds|quid|of\b|years?\b(?!\s+old)|yrs?\b(?!\s+old)))")


# An older age said otherwise: "in her 80s", "in his late seventies", "elderly", "a pensioner"
_OLDER = re.compile(r"\bin (?:her|his|their|my) (?:early |mid |late )?(?:[6-9]0s|sixties|seventies|eighties|nineties)\b|"
                    r"\b(?:elderly|pensioner|oap|old age)\b")
# Whose age it is, said just before it: paid staff ("the carer who is 23", "the agency carer is 22") are who harms
_HARMERS_AGE = 4  # words before the age


def harmed_one_under_60(words: list[str]) -> bool:
    """Whether the one harmed, someone other than the writer, is said to be 18 to 59: an age is said ("my sister is
    41", "he has autism and is 27") with no one else named after it ("my nephew is 30 and the carer hit my aunt": the
    aunt is harmed, her age unsaid) and no paid staff just before it ("the carer who is 23 slaps her": the harmer's), and
    no age of 60 or more is said anywhere, in years or otherwise ("in her 80s", "elderly"). The caller asks only where
    the writer is not the one harmed."""
    plain = " ".join(words)
    if _OLDER.search(plain):
        return False
    ages: list[int] = []
    for match in _AGE.finditer(plain):
        said = match.group(1).split()
        age = int(said[0]) if said[0].isdigit() else {"eighteen": 18, "nineteen": 19}.get(said[0]) or (
            _TENS[said[0]] + sum(_UNITS.get(w, 0) for w in said[1:]))
        if age >= 60:
            return False
        if _KIN & set(plain[match.end():].split()) or PAID & set(plain[:match.start()].split()[-_HARMERS_AGE:]):
            continue  # someone else named after it is the one harmed; paid staff just before it, who harms
        ages.append(age)
    return bool(ages) and all(18 <= age < 60 for age in ages)


# A parent figure's sexual abuse in the home the writer shares with a parent ("my step dad comes in my room at nite when
# mums at work"): the writer may well be a child, and the help for a child (Childline, the NSPCC) comes first (a
# stranger, session 36, got only 999 and Rape Crisis); an adult so harmed gets that help too, and the rest
_PARENT_FIGURE = re.compile(r"\bmy (?:step ?dad|step ?father|step ?mum|step ?mother|(?:mums?|mams?|moms?) (?:boyfriend|"
                            r"partner|fella|husband|new man)|(?:dads?) (?:girlfriend|partner)|dad|father)\b")
_A_CHILDS_HOME = re.compile(r"\bmy (?:bed)?room\b|\b(?:mum|mums|mam|mams|mom|moms)(?: is)? (?:at work|out|asleep|away|on "
                            r"nights|not (?:in|home|there))\b|\bdo not tell (?:my )?(?:mum|mam|mom)\b|\bwhen (?:my )?"
                            r"(?:mum|mums|mam|mams|mom|moms)\b")

_FOSTER = re.compile(r"\bmy foster (?:dad|mum|father|mother|carer|carers|parent|parents|brother|sister)\b")  # a child's home


def a_child_at_home_abused(categories: Iterable[str], words: list[str]) -> bool:
    """Whether sexual abuse heard is a parent figure's, in a home the writer shares with a parent."""
    said = " ".join(words)
    return "sexual_abuse" in set(categories) and (bool(_PARENT_FIGURE.search(said)) and bool(_A_CHILDS_HOME.search(said))
                                                   or bool(_FOSTER.search(said)))
