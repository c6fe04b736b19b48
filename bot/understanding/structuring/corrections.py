"""Corrections: a later message that changes what an earlier one said.

Three kinds are applied to the item they correct rather than added as new facts:
- a changed side: "No, it's my left hip" turns the "right hip replacement" into the left one;
- a changed dose: "No, it's 500mg not 250mg", "sorry I meant 500mg" changes the dose of the medicine it
  names, or of the one medicine said with a dose;
- a changed age: "it's 80 not 79", "he's 91 not 19" changes the age read as the wrong one;
- a changed year: "it was 2017 not 2016" changes the year of the facts told with 2016;
- a changed person: "the stroke was Ron not me" makes it Ron's; a carer's "the exhausted bit is me, not
  mum" makes it the carer's own (about the narrator, under support network);
- a changed status: "I stopped taking the warfarin" makes warfarin past. Any later mention of the same
  condition, medicine or allergy about the same person replaces the earlier one (`keep_latest`),
  keeping the dose and frequency said earlier if the correction does not repeat them.
"""
from __future__ import annotations

import re
from typing import Any

from bot.sections import medicine_text
from bot.understanding.structuring import cues, names
from bot.understanding.structuring.facts import item as new_item
from bot.understanding.structuring.guarded import Guarded
from bot.understanding.structuring.taken_back import SENTENCE_END

_CUE = re.compile(
    r"^\W*(no\b\s*[,.!-]|no,?\s+(?:it's|it’s|its|it is|it was|i|i'm|i’m|im|that|not|she|he|sorry|soz|wait|actually)\b|"
    # "no the ramipril is 10mg" (a stranger, session 38: the ramipril was kept as not taken)
    r"no\s+(?=(?:the|my|his|her|their)\s+[\w'’ -]{2,30}?\s+(?:is|are|was|should\s+be)\s+\S)|"
    r"sorry\b|actually\b|"
    r"i meant\b|correction\b|not the\b|that's wrong|that’s wrong|that is wrong|it should be\b|"
    r"that should be\b)",
    re.IGNORECASE,
)
_SIDE = re.compile(r"\b(left|right)\s+([a-z]+)", re.IGNORECASE)
_OTHER = {"left": "right", "right": "left"}
_NOT_THIS = re.compile(r"\b(not|instead of|rather than)(\s+(the|my|his|her|their))?\s*$", re.IGNORECASE)
# What a whole side has after a stroke: "right weakness", "left sided paralysis" (a side corrected as a side).
_SIDED = r"(weakness|weak|paralysis|numbness|hemiplegia|hemiparesis|neglect|sided|side)"


# What a correction starts with, which is not part of the fact it adds: "Correction: youve missed that
# I broke my wrist" adds "I broke my wrist". A "no" said as the fact ("no social worker") is kept.
_LEAD = re.compile(
    r"^\W*(?:correction\b\s*:?|no\b\s*[,.!-]|no\s+(?=(?:it's|it’s|its|it is|it was|i|i'm|i’m|im|that|not|she|he|sorry|soz|wait|"
    r"actually)\b)|no\s+(?=(?:the|my|his|her|their)\s+[\w'’ -]{2,30}?\s+(?:is|are|was|should\s+be)\s+\S)|sorry\b\s*,?|soz\b\s*,?|actually\b\s*,?|i meant\b|"
    r"(?:you'?ve|you’ve|you have|you)\s+(?:missed|forgot|forgotten|left out)(?:\s+out)?(?:\s+that)?\b|"
    r"(?:that's|that’s|that is) wrong\b\s*[,.:-]?|it should be\b|that should be\b|"
    # the words of an instruction at the read-back, never part of the fact ("Correction: oops add that i need help with
    # cooking" sent "oops add that i need help with cooking" to a service as the need: issue 18)
    r"(?:o+ps+(?:ie|y)?|whoo?ps+|woops+|btw|wait|hang on|hold on)\b\s*[,.!:;-]*|"
    r"(?:(?:please|pls|plz)\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+(?:(?:please|pls|plz)\s+)?)?"
    r"(?:add(?:\s+in)?\s+that\b|add\s*:|put\s+(?:in\s+|down\s+)?that\b|include\s+that\b)|"
    r"(?:i\s+)?forgot\s+to\s+(?:say|mention|add|tell\s+you)(?:\s+that)?\b\s*[,:]?|"
    r"(?:it|that|this)(?:\s+(?:one|bit|part|line))?\s+(?:should|ought\s+to|needs\s+to)\s+(?:say|read)(?:\s+that)?\b\s*:?)\s*",
    re.IGNORECASE)
_MISSED = re.compile(r"^\W*(?:(?:you'?ve|you’ve|you have|you)\s+(?:missed|forgot|forgotten|left out))\b",
                     re.IGNORECASE)
_DOSE = re.compile(r"(?<!not )(?<!instead of )(?<!rather than )\b(" + cues.DOSE_AMOUNT + r"\s?(?:mg|mcg|micrograms?|milligrams?|g|"
                   r"ml|units?|puffs?|tablets?))\b", re.IGNORECASE)


# An instruction said before a fact in any message, not only in a correction: "oops forgot to say i need help with
# cooking", "btw i need help with cooking", "please add that I cannot use the stairs" (the need was sent to a service
# with the instruction's words: issue 18). Never the fact itself: "I forgot to take my tablets" says no instruction.
_INSTRUCTION = re.compile(
    r"^\W*(?:(?:oh+|and|also|so|ok|okay|yeah|um+|erm+|please|pls|plz)\b[\s,.!:;-]*)*"
    r"(?:(?:o+ps+(?:ie|y)?|whoo?ps+|woops+|btw)\b[\s,.!:;-]*(?:(?:and|also|so)\s+)?|"
    r"(?:(?:please|pls|plz)\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+(?:(?:please|pls|plz)\s+)?)?(?:also\s+)?"
    r"(?:add(?:\s+in)?\s+that|add\s*:|put\s+(?:in\s+|down\s+)?that|include\s+that|note\s+(?:down\s+)?that|"
    r"write\s+(?:down\s+)?that)\b[\s,.!:;-]*|"
    r"(?:i\s+)?(?:also\s+)?forgot\s+to\s+(?:say|mention|add|tell\s+you)(?:\s+that)?\b[\s,.!:;-]*|"
    r"i\s+forgot\s*[,.!:;-]+\s*)+",
    re.IGNORECASE)


def instruction_start(sentence: str) -> int:
    """Where a fact starts after the words of an instruction said before it ("oops forgot to say", "please add
    that"); 0 when it starts with none."""
    found = _INSTRUCTION.match(sentence)
    return found.end() if found and found.end() < len(sentence.rstrip()) else 0


def is_correction(sentence: str) -> bool:
    """"no, it's my left hip", "youve missed that…", and a carer's "the diabetes is mine not dads" (in
    any message, not only at the read-back: told while telling, it was filed as a fact of the carer's
    and the diabetes stayed the person's, delivered to a service)."""
    return bool(_CUE.match(sentence) or _MISSED.match(sentence) or any(p.search(sentence) for p in _MINE_NOT_THEIRS)
                or any(p.search(sentence) for p in _YEAR_NOT))


# A second change joined to the first: "no its my left hip and the ramipril is 10mg", "no shes 84, and its her right knee"
_SECOND_CHANGE = re.compile(r"\s*,?\s*\b(?:and|also|plus)\s+(?:also\s+)?(?=(?:the|my|his|her|their)\s+[\w'’ -]{2,30}?\s+"
                            r"(?:is|are|was|should\s+be)\s+\S|(?:it['’]?s|it\s+is)\s+(?:my|his|her|their|the)\s+(?:left|right)\b|"
                            r"(?:i['’]?m|i\s+am|she['’]?s|he['’]?s|they['’]?re)\s+(?:\d|\w+ty\b))", re.IGNORECASE)


def changes(sentence: str) -> list[tuple[int, int]]:
    """Each change a correction says, where it starts and ends: the whole sentence, or its pieces when it joins one
    to another ("no its my left hip | and the ramipril is 10mg")."""
    joins = list(_SECOND_CHANGE.finditer(sentence))
    starts = [0] + [m.end() for m in joins]
    ends = [m.start() for m in joins] + [len(sentence)]
    return list(zip(starts, ends, strict=True))


def fact_start(sentence: str) -> int:
    """Where the fact a correction adds starts, after its leading words."""
    position = 0
    while match := _LEAD.match(sentence[position:]):
        if not match.group(0):
            break
        position += match.end()
    return position


def apply_dose(profile: dict[str, Any], sentence: str, base: int, said: tuple[tuple[int, int, str], ...] = ()) -> bool:
    """A new dose for the medicine the sentence names, or for the one medicine said with a dose. `said` holds the
    medicines named in the sentence (start, end, name): a dose said beside one the story has not named yet is that
    medicine's, a new fact ("no, I switched from warfarin to apixaban 5mg" gave the warfarin 5mg and lost the
    apixaban: a stranger, session 37)."""
    dose = _DOSE.search(sentence)
    if not dose:
        return False
    medicines = [i for i in profile["sections"]["medications"] if i.get("name")]
    beside = _said_beside(said, dose.start(1), dose.end(1), sentence)
    if beside is not None and not any(i["name"].lower() == beside for i in medicines):
        return False
    lowered = sentence.lower()
    named = [i for i in medicines if re.search(rf"\b{re.escape(i['name'].lower())}\b", lowered)]
    if beside is not None:
        named = [i for i in named if i["name"].lower() == beside]
    targets = named or [i for i in medicines if i.get("dose")]
    if len(targets) != 1:
        return False  # which medicine is not clear: it is asked again, not guessed
    item = targets[0]
    item["dose"] = " ".join(dose.group(1).split())
    item["text"] = medicine_text(item)
    item["corrected_by"] = {"start": base + dose.start(1), "end": base + dose.end(1)}
    return True


def _said_beside(said: tuple[tuple[int, int, str], ...], start: int, end: int, sentence: str) -> str | None:
    """The medicine a dose is said with: the one named just before it ("apixaban 5mg", "apixaban at 5mg") or just
    after it ("5mg of apixaban"), lowercased; None when none is."""
    for first, last, name in said:
        between = sentence[last:start] if last <= start else sentence[end:first]
        if re.fullmatch(r"\s*(?:(?:at|of|is|was|now|dose|,|-|:)\s*)*", between, re.IGNORECASE):
            return name.lower()
    return None


def apply(profile: dict[str, Any], sentence: str, base: int) -> bool:
    """Change the items a correction is about. True if it changed any (then it is not a new fact)."""
    changed = False
    for match in _SIDE.finditer(sentence):
        if _NOT_THIS.search(sentence[:match.start()]):  # "my left side not my right side": the wrong side
            continue
        side, part = match.group(1).lower(), match.group(2).lower()
        wrong = re.compile(rf"\b{_OTHER[side]}(\s+{re.escape(part)})\b", re.IGNORECASE)
        if part == "side" and not any(wrong.search(i["text"]) for items in profile["sections"].values() for i in items):
            # "it was his left side not right": a weakness read back as "right weakness" has no "right side"
            wrong = re.compile(rf"\b{_OTHER[side]}(\s+{_SIDED}|-sided)\b", re.IGNORECASE)
        sided = False
        for items in profile["sections"].values():
            for item in items:
                if wrong.search(item["text"]):
                    item["text"] = wrong.sub(rf"{side}\1", item["text"])
                    if item.get("site") in _OTHER:
                        item["site"] = side
                    elif item.get("site"):
                        item["site"] = wrong.sub(rf"{side}\1", item["site"])
                    item["corrected_by"] = {"start": base + match.start(), "end": base + match.end()}
                    changed = sided = True
        if not sided:  # "I have a bad hip", then "its my left hip not my right": the side it had no word for
            changed = _give_side(profile, side, part, base + match.start(), base + match.end()) or changed
    return changed


_TERM_SECTIONS = ("health", "medications", "allergies")


def _give_side(profile: dict[str, Any], side: str, part: str, start: int, end: int) -> bool:
    """The one item of the person's health that names `part` with no side gets `side`."""
    named = re.compile(rf"\b{re.escape(part)}\b", re.IGNORECASE)
    items = [i for i in profile["sections"]["health"] if i["about"] == "subject" and named.search(i["text"])
             and not re.search(r"\b(?:left|right|both)\b", i["text"], re.IGNORECASE)]
    if len(items) != 1:
        return False
    item = items[0]
    item["text"] = named.sub(f"{side} {part}", item["text"], count=1)
    item["site"] = f"{side} {part}" if item.get("site") else side
    item["corrected_by"] = {"start": start, "end": end}
    return True


# One thing said for another: "its my hip not my knee", "amlodipine not ramipril", "not the knee, the hip", "the
# hip instead of the knee". Each side a few words that name a thing, never a clause ("I do not take aspirin").
_A_THING = r"(?:(?:my|the|a|an|his|her|their)\s+)?(?P<{}>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){{0,2}}?)"
_SWAPS = [
    re.compile(r"(?<![\w'’])(?:(?:it'?s|it’s|its|it is|it was|thats|that's|that’s|that is)\s+)?" + _A_THING.format("new")
               + r"\s*,?\s+(?:not|instead of|rather than)\s+" + _A_THING.format("old") + r"\s*(?:[.!,;]|$)", re.IGNORECASE),
    re.compile(r"(?<![\w'’])not\s+" + _A_THING.format("old") + r"(?:\s*[,;.:-]\s*(?:but\s+)?|\s+(?=(?:it'?s|it’s|its|it is|is)\s))"
               # ("its not aspirin its ibuprofen", "is not aspirin, is ibuprofen": a stranger at the allergies read-back,
               # session 25, had both kept as medicines taken and the aspirin allergy kept)
               r"(?:(?:it'?s|it’s|its|it is|is)\s+)?" + _A_THING.format("new") + r"\s*(?:[.!]|$)", re.IGNORECASE),
]
_ALLERGIC_TO = re.compile(r"^(?:(?:i|he|she|they|we)\s*(?:am|['’]m|is|['’]s|are|['’]re)\s+)?(?:allergic|allergy)\s+(?:to|2)\s+",
                          re.IGNORECASE)
_NOT_A_THING = frozenset("""i you he she we they me him us them it its do does did dont don't doesnt doesn't am is are was
were be been have has had take takes taking took live lives living use uses using get gets got not no never any
wrong me mine own just only also even""".split())
_SIDES = frozenset({"left", "right", "both"})


def apply_swap(profile: dict[str, Any], sentence: str, base: int) -> bool:
    """A condition, medicine or allergy said for another ("its my hip not my knee", "amlodipine not ramipril"): the
    item that names the wrong one names the right one, keeping what else was said of it (a dose). Before, the
    read-back said it could not change it, or kept both. True too when it names a wrong one the story never told
    ("its my hip not my knee", no knee told): nothing of it is added as a new fact, and the read-back says plainly
    that it could not change it."""
    start = fact_start(sentence)
    said = False
    for pattern in _SWAPS:
        for match in pattern.finditer(sentence, start):
            new, wrong = match.group("new").strip(), match.group("old").strip()
            # "I am allergic to ibuprofen, not aspirin": the allergen, not "allergic to ibuprofen" (it was read back "You
            # are allergic to allergic to ibuprofen")
            new = _ALLERGIC_TO.sub("", new) or new
            words = {w.lower() for w in (new + " " + wrong).split()}
            if words & _NOT_A_THING or new.lower() == wrong.lower():
                continue
            said = True
            if words & _SIDES:
                continue  # a side put right is `apply`'s
            named = re.compile(rf"\b{re.escape(wrong)}\b", re.IGNORECASE)
            found = [i for section in _TERM_SECTIONS for i in profile["sections"][section]
                     if i["about"] == "subject" and named.search(i["text"])]
            if not found and wrong[:1].isupper() and new[:1].isupper() \
                    and not re.search(r"\b(?:my|his|her|our|their)\s+[a-z]+", new, re.IGNORECASE):
                # (not "the bad back and slipped disc is Mark my husband, not Geoffrey": whose, no name put right; a
                # stranger, session 40, had the person renamed "Mark my husband")
                # "Sorry, Beverley not Hull.", "no, it's Catherine not Katherine": a town or a name, as written
                found = [i for i in profile["sections"]["home"] + profile["sections"]["about_me"]
                         if i["about"] == "subject" and i.get("kind") in (None, "name", "preferred_name")
                         and named.search(i["text"]) and (i in profile["sections"]["home"] or i.get("kind"))]
            for item in found:
                item["text"] = named.sub(new, item["text"])
                for detail in ("term", "name", "site", "town"):
                    if isinstance(item.get(detail), str) and named.search(item[detail]):
                        item[detail] = named.sub(new, item[detail])
                item.pop("spelled", None)
                item["corrected_by"] = {"start": base + match.start("new"), "end": base + match.end("new")}
            if found:
                return True
    return said


# A changed person: "the stroke was Ron not me", "it was my husband who had the stroke, not me", "the
# diabetes is my mums not mine". The condition becomes the relation's (it was added to the person's own).
_SOMEONE_ELSES = [
    re.compile(r"\b(?:the|that|her|his|my)?\s*(?P<what>[a-z'’ -]{3,40}?)\s+(?:was|is|were|are)\s+(?:my\s+)?(?P<who>[a-z]+?)"
               r"(?:'s|’s|s)?\s*,?\s+not\s+(?:me|mine|my\s+own)\b", re.IGNORECASE),
    re.compile(r"\bit\s+(?:was|is)\s+(?:my\s+)?(?P<who>[a-z]+?)(?:'s|’s)?\s+(?:who|that)\s+(?:had|has|got)\s+(?:the\s+|a\s+|an\s+)?"
               r"(?P<what>[a-z'’ -]{3,40}?)\s*,?\s+not\s+(?:me|mine)\b", re.IGNORECASE),
]
_RELATIONS = frozenset("""husband wife partner mum mam mother dad father son daughter brother sister nan nana gran granny
grandma grandad granddad grandpa grandmother grandfather aunt auntie uncle cousin niece nephew friend neighbour
stepdad stepmum boyfriend girlfriend""".split())


def apply_person(profile: dict[str, Any], sentence: str, base: int) -> bool:
    """A condition, medicine or allergy told as the person's that was someone else's: it becomes theirs
    (status "family", about the relation), found by its words and by the relation word or a name the
    story gave a relation ("my husband Ron")."""
    names = {str(i.get("name", "")).lower(): i.get("relationship") for i in profile["sections"]["support_network"]
             if i.get("name") and i.get("relationship")}
    changed = False
    for pattern in _SOMEONE_ELSES:
        for match in pattern.finditer(sentence):
            who, what = match.group("who").lower(), match.group("what").lower().strip()
            relation = who if who in _RELATIONS else (who[:-1] if who.endswith("s") and who[:-1] in _RELATIONS
                                                       else names.get(who))
            for section in ("health", "medications", "allergies"):
                kept = []
                for item in profile["sections"].get(section, []):
                    term = str(item.get("term") or item.get("name") or item["text"]).lower()
                    if item["about"] == "subject" and term and (term in what or what.endswith(term)):
                        changed = True
                        if not relation:  # "the stroke was Bob's not mine": not the person's, whoever Bob is
                            continue
                        item["status"], item["about"] = "family", relation
                        item["corrected_by"] = {"start": base + match.start(), "end": base + match.end()}
                    kept.append(item)
                profile["sections"][section] = kept
    return changed


# A changed age: "it's 80 not 79", "he's 91 not 19", "not 79, 80". Applied only where the wrong number is the
# age read back, so "500 not 250" or a house number is never taken for one.
_YEARS = r"(?:\s*(?:years?|yrs?)(?:\s+old)?)?"
_AGE_NOT = [
    re.compile(rf"\b(?P<new>\d{{1,3}}){_YEARS}\s*,?\s+(?:not|rather than|instead of)\s+(?P<old>\d{{1,3}})\b", re.IGNORECASE),
    re.compile(rf"\bnot\s+(?P<old>\d{{1,3}}){_YEARS}\s*[,;:.-]?\s*(?:but\s+)?(?:(?:it|he|she|i|they)\s*(?:'|’)?\s*"
               rf"(?:s|m|re|is|am|are)\s+)?(?P<new>\d{{1,3}})\b", re.IGNORECASE),
]


# A bare new age as the message after one ("hi I'm Shannon, 28" / "sorry 29 lol just had my birthday", "sorry I meant
# 41"): the one age read is replaced (session 22: the old age stayed); not a count ("sorry 3 times a day")
_AGE_ONLY = re.compile(r"^\W*(?:sorry|soz|oops|actually|correction)\W*(?:(?:i|I)\s+meant\s+|(?:i'?m|i’m|im)\s+|"
                       r"(?:it'?s|it’s|its)\s+)?(?P<new>\d{1,3})\b(?!\s*(?:times|x\b|mg|ml|kg|tablets?|pills?|days?|"
                       r"weeks?|months?|years?\s+ago|hours?|mins?|minutes?|%|/|:|\.\d|st\b|nd\b|rd\b|th\b))",
                       re.IGNORECASE)


# The person's age said in a correction: "she is 82", "I'm eighty two", "her age is 82" (not "my son is 8", "the rent is
# 500": only the person's own words for it)
_AGE_STATED = re.compile(rf"\b(?:(i['’]?m|i\s+am|(?:she|he)(?:['’]?s|\s+is)|they(?:['’]re|\s+are)|(?:her|his|their|my)\s+age)\s+"
                         rf"(?:is\s+|should\s+be\s+)?)(?:only\s+|now\s+|actually\s+)?(\d{{1,3}}|{cues.AGE_IN_WORDS})"
                         rf"{_YEARS}(?:\s+now)?\s*(?=$|[.,;!]|\s+(?:and|not|now|but|too|as\s+well)\b)", re.IGNORECASE)


def apply_age(profile: dict[str, Any], sentence: str, base: int, teller: str = "self") -> bool:
    """A new age where the sentence names the age read back as the wrong one ("it's 80 not 79"). A bare new age
    ("sorry 29 lol") replaces the one age read, and the rest of the message is still read (False)."""
    if (only := _AGE_ONLY.match(sentence)) and 0 < (new := int(only.group("new"))) < 120:
        ages = [i for i in profile["sections"]["about_me"] if i.get("kind") == "age" and i["about"] == "subject"]
        old = ages[0].get("value") if len(ages) == 1 else None
        # an age put right is near the one said, or its digits swapped ("82" for "28"); "sorry 75, they dropped it",
        # after a dose, is the dose's (session 22)
        if isinstance(old, int) and old != new and (abs(old - new) <= 3 or sorted(str(old)) == sorted(str(new))):
            ages[0]["value"], ages[0]["text"] = new, f"{new} years old"
            ages[0]["corrected_by"] = {"start": base + only.start("new"), "end": base + only.end("new")}
    if not any(pattern.search(sentence) for pattern in _AGE_NOT) and (
            stated := _AGE_STATED.search(sentence, fact_start(sentence))) and 0 < (new := cues.number(stated.group(2))) < 120 \
            and (stated.group(1) is None or (stated.group(1)[0].lower() in "im") == (teller == "self")):
        # "she is female and she's 82", "Correction: she is 82": the age read back put right, however far from it (the
        # read-back kept 79: a stranger, session 25); the rest of the sentence is still read
        ages = [i for i in profile["sections"]["about_me"] if i.get("kind") == "age" and i["about"] == "subject"]
        if len(ages) == 1 and ages[0].get("value") != new:
            ages[0]["value"], ages[0]["text"] = new, f"{new} years old"
            ages[0]["corrected_by"] = {"start": base + stated.start(2), "end": base + stated.end(2)}
    for pattern in _AGE_NOT:
        for match in pattern.finditer(sentence):
            new, old = int(match.group("new")), int(match.group("old"))
            ages = [i for i in profile["sections"]["about_me"]
                    if i.get("kind") == "age" and i["about"] == "subject" and i.get("value") == old]
            if not ages or not 0 < new < 120:
                continue
            for age in ages:
                age["value"], age["text"] = new, f"{new} years old"
                age["corrected_by"] = {"start": base + match.start("new"), "end": base + match.end("new")}
            return True
    return False


# A changed year: "it was 2017 not 2016", "2014 not 2015", "not 2020, 2019". Applied only to the facts told with
# the wrong year, so a year said for the first time is never taken for one.
_YEAR = r"(?:19|20)\d\d"
_YEAR_NOT = [Guarded(pattern, "not|rather|instead") for pattern in (
    re.compile(rf"\b(?P<new>{_YEAR})\s*,?\s+(?:not|rather than|instead of)\s+(?:in\s+)?(?P<old>{_YEAR})\b",
               re.IGNORECASE),
    re.compile(rf"\bnot\s+(?:in\s+)?(?P<old>{_YEAR})\s*[,;:.-]?\s*(?:but\s+)?(?:(?:it\s+was|it's|it’s|in)\s+)?"
               rf"(?P<new>{_YEAR})\b", re.IGNORECASE),
)]


_ONLY_PUTTING_RIGHT = frozenset("sorry soz oops oh no its it was is the year correction actually i mean meant in".split())


def apply_year(profile: dict[str, Any], sentence: str, base: int) -> bool:
    """A new year for the fact told with the year the sentence names as the wrong one ("2014 not 2015"): the one fact of
    that year, or the one the sentence names among several; none when it is not clear which."""
    for pattern in _YEAR_NOT:
        for match in pattern.finditer(sentence):
            new, old = int(match.group("new")), int(match.group("old"))
            told = [i for items in profile["sections"].values() for i in items if i.get("year") == old]
            rest = set(re.findall(r"[a-z]+", (sentence[:match.start()] + " " + sentence[match.end():]).lower()))
            if len(told) > 1 or rest - _ONLY_PUTTING_RIGHT:  # several facts of that year, or words about something:
                # only the facts the sentence names (a second reader, session 19: "Sorry the knee was 2016 not 2015"
                # moved the stroke of 2015 too, and "My daughter was born in 2017 not 2016" the stroke of 2016)
                told = [i for i in told if _names(i, sentence.lower())]
            if len(told) != 1 or new == old:
                continue
            for fact in told:
                fact["year"] = new
                fact["corrected_by"] = {"start": base + match.start("new"), "end": base + match.end("new")}
            return True
    return False


# The carer's own, told as the person's: "the exhausted bit is me, not mum", "the back pain is mine not dads",
# "it's me that has the back pain, not dad". Each says "not": searched only where a sentence does.
_MINE_NOT_THEIRS = [Guarded(pattern, "not") for pattern in (
    re.compile(r"\b(?:the|that|her|his|my)?\s*(?P<what>[a-z'’ -]{3,40}?)(?:\s+(?:bit|part|one|thing))?\s+"
               r"(?:was|is|were|are|'s|’s)\s+(?:about\s+)?(?:me|mine|my\s+own)\s*,?\s+not\s+(?:my\s+)?[a-z]+", re.IGNORECASE),
    re.compile(r"\b(?:it|that)\s*(?:was|is|'s|’s)\s+me\s+(?:who|that)\s*(?:has|had|is|was|gets?|got|feels?|'s|’s)\s+"
               r"(?:the\s+|a\s+|an\s+)?(?P<what>[a-z'’ -]{3,40}?)\s*,?\s+not\s+(?:my\s+)?[a-z]+", re.IGNORECASE),
    re.compile(r"\b(?:i'?m|i’m|i am)\s+the\s+one\s+(?:with|who\s+has|who\s+is|who'?s|that'?s|that\s+has)\s+"
               r"(?:the\s+|a\s+|an\s+)?(?P<what>[a-z'’ -]{3,40}?)\s*,?\s+not\s+(?:my\s+)?[a-z]+", re.IGNORECASE),
)]
_AS_MINE = {"health": "I have {}", "medications": "I take {}", "allergies": "I am allergic to {}"}


# An instruction to take something out, said while telling or updating: "And take out my angina, thats mine not Toms",
# "please remove the angina", "can you delete the bit about the GTN spray" (a stranger, session 31: the instruction was
# kept as a fact of the carer's, and "please remove the angina" in an update gave the person angina)
_TAKE_OUT = re.compile(
    r"^\W*(?:(?:and|also|so|ok|okay|oh|please|pls|plz|can|could|would|you|u)\b[\s,]*)*"
    r"(?:take\s+out|take\s+off|remove|delete|get\s+rid\s+of|cross\s+(?:out|off)|scrap|leave\s+out|drop)\s+"
    r"(?:the\s+(?:bit|part|line|thing)s?\s+(?:about|that\s+says|saying|with)\s+)?(?P<whose>the|my|his|her|their|your|that)?\s*"
    r"(?P<what>[a-z'’ -]{3,40}?)(?:\s+(?:bit|part|line|one))?\s*(?:[,.;!]|$|\s+(?:please|pls|thanks|as|because|cos|since|"
    r"it'?s|its|that'?s|thats|he|she|i|they|from|off|out)\b)", re.IGNORECASE)
_NOT_THEIRS_SAID = re.compile(r"\b(?:mine|me)\s*,?\s+not\b|\bnot\s+(?:his|hers|theirs|\w+'?s)\b", re.IGNORECASE)


def apply_removal(profile: dict[str, Any], sentence: str, teller: str) -> bool:
    """Take out what an instruction names ("take out the angina"): the person's items that name it, or, a carer's "my",
    the carer's own (never the carer's own when they say it is theirs, not the person's: "take out my angina, thats mine
    not Toms" takes it out of the person's only). True when the instruction named something told (never then a fact)."""
    said = _TAKE_OUT.match(sentence)
    if not said:
        return False
    what = said.group("what").lower().strip(" '’-")
    mine = teller == "carer" and (said.group("whose") or "").lower() == "my" and not _NOT_THEIRS_SAID.search(sentence)
    named = False
    # the one the words point to first; the other when only theirs is named ("Remove the GTN spray please": the carer's)
    for whose in ("narrator", "subject") if mine else ("subject",) if _NOT_THEIRS_SAID.search(sentence) else ("subject", "narrator"):
        for section, items in profile["sections"].items():
            if section == "about_me":
                continue
            kept = [i for i in items if not (i.get("about", "subject") == whose and _names(i, what))]
            named = named or len(kept) < len(items)
            profile["sections"][section] = kept
        if named:
            break
    mentioned = any(_names(i, what) for items in profile["sections"].values() for i in items)
    # plainly an instruction even when it names nothing told: "Please remove the angina", "take out my angina" alone
    plainly = bool(re.search(r"\b(please|pls|plz|bit|part|line|thats|that's|mine)\b", sentence, re.IGNORECASE)) \
        or len(sentence.split()) <= 6
    return named or mentioned or plainly  # already the carer's own: nothing to take out of the person's, and no new fact


def _names(item: dict[str, Any], what: str) -> bool:
    """Whether the words of a correction (`what`) name the item: its term or name, or its words."""
    for said in (item.get("term"), item.get("name"), item["text"]):
        said = str(said or "").lower().strip()
        if len(said) >= 3 and (said == what or re.search(rf"\b{re.escape(said)}\b", what)
                               or re.search(rf"\b{re.escape(what)}\b", said)):
            return True
    return False


def apply_narrator(profile: dict[str, Any], sentence: str, base: int) -> bool:
    """A fact a carer told as the person's that is the carer's own ("the back pain is mine not dads"):
    it leaves the person's sections and becomes the carer's (about "narrator", under support network)."""
    changed = False
    for pattern in _MINE_NOT_THEIRS:
        for match in pattern.finditer(sentence):
            what = re.sub(r"^(?:the|that|her|his|my)\s+", "", match.group("what").lower().strip())
            if len(what) < 3:
                continue
            for section, items in profile["sections"].items():
                if section in ("about_me", "support_network"):
                    continue
                kept = []
                for item in items:
                    if item["about"] != "subject" or item["told_by"] != "carer" or not _names(item, what):
                        kept.append(item)
                        continue
                    mine = {**item, "about": "narrator",
                            "corrected_by": {"start": base + match.start(), "end": base + match.end()}}
                    if section in _AS_MINE:
                        mine["text"] = _AS_MINE[section].format(item["text"])
                    profile["sections"]["support_network"].append(mine)
                    changed = True
                profile["sections"][section] = kept
            # already the carer's, and nobody else's: nothing to move, and never a fact of the person's (a stranger,
            # session 39: "the diabetes is mine not dads, take it off his" added "They have diabetes")
            stem = re.escape(what[:5]) if len(what) >= 5 else rf"{re.escape(what)}\b"  # "diabetes", "im diabetic myself"
            changed = changed or any(item["about"] == "narrator" and (_names(item, what) or re.search(
                rf"\b{stem}", str(item["text"]).lower())) for items in profile["sections"].values() for item in items)
    return changed


# A later mention said only as the cause of something ("her feet are numb from the chemo") tells nothing of
# whether it is over: the status said before stands
# (with a word joined before it: "they took me off it after the mini-stroke", the thirtieth fresh forms set, session 36)
_AS_CAUSE = re.compile(r"\b(?:from|since|after|because of|due to|caused by)\s+(?:(?:the|her|his|my|their|all the)\s+)?(?:[a-z]+-)?$"
                       # ... or as the time it went with: "had cancer in 2019 … all clear … ah gave it up wi the cancer" (the
                       # twenty-fourth fresh set, session 40: the cancer was made current)
                       r"|\b(?:with|wi|wiv|during|through)\s+the\s+$", re.IGNORECASE)


# A later mention said only as a time something else happened ("stopped smoking the day of the stroke",
# "they stopped the aspirin when they started the apixaban"): not what the thing is now
_AS_TIME = re.compile(r"(?:\b(?:day|week|month|night|time|year)\s+(?:of|after|before)"
                      r"|\b(?:when|since|after|before|till|until)\s+(?:(?:they|i|he|she|we|the doctors?)\s+"
                      r"(?:started|start|put\s+(?:me|him|her|them)\s+on|gave\s+(?:me|him|her|them)))?)"
                      r"\s+(?:the|her|his|my|their|me)\s+$", re.IGNORECASE)


# A later mention of a condition said only as what a medicine was for, or as when they were told of it: "was on
# concerta for the adhd but stopped it", "packed in when they telt us aboot the emphysema in 2015"; or as when it
# was found, after it: "adhd diagnosed when i was 15". The medicine stopped, not the condition (session 21).
# (and the reason for something over: "mum had to stop work at tesco cos of the MS", a stranger, session 40: her MS
# was read back as past)
_AS_WHAT_FOR = re.compile(r"(?:\b(?:on|took|taking|take|takes|prescribed|given)\s+(?:\S+\s+){1,3}?for|"
                          r"\b(?:cos|coz|cause|because|due\s+to|thanks\s+to|owing\s+to|on\s+account)(?:\s+of)?|"
                          r"\b(?:told|telt|tellt)\s+(?:me|us|him|her|them)\s+(?:about|of)|\bdiagnosed\s+with)"
                          r"\s+(?:the|her|his|my|their|me)\s+$", re.IGNORECASE)
_DIAGNOSED_AFTER = re.compile(r"\s*(?:was\s+|were\s+|got\s+|being\s+)?diagnosed\b", re.IGNORECASE)

# A later denial of something narrower that the condition's name only begins: "no lupus nephritis", "no lupus in the
# kidneys", "no diabetic retinopathy", "the cancer has not spread to the bones" is not "no cancer" (the thirteenth fresh
# set, session 29: "I have lupus … no lupus nephritis" was read back as no lupus, and a service told so)
_NARROWER_AFTER = re.compile(r"[ \t]+(?:[a-z]+(?:itis|pathy|opathy|osis|oma|emia|aemia)\b|(?:in|of|on|to|at|behind)\s+"
                             r"(?:the|my|his|her|their|both|either|any\s+of\s+(?:the|my|his|her))\s+"
                             r"(?!(?:end|past|moment|future|meantime|morning|evening|night|day|week|month|year|time|world|"
                             r"slightest|least|long|family|scans?|tests?|results?|bloods?)\b)[a-z]+"
                             r"|(?:related|affecting|involvement|complications?|spread)\b)", re.IGNORECASE)


# Only given or prescribed, said before a medicine named again: "Doctor give also naproxen", "the GP prescribed"
_ONLY_GIVEN = re.compile(r"\b(?:give|gave|gives|given|prescribe|prescribed|prescribes|offered|offer|offers|suggested|suggest)\s+"
                         r"(?:(?:me|him|her|them|us|also|too|as\s+well)\s+){0,2}(?:(?:the|some|a|an)\s+)?$", re.IGNORECASE)


_TAKEN_NOW_AFTER = re.compile(r"[^.;!?]{0,40}?\b(?:(?:now|and|so)\s+(?:i|he|she|they|we)\s+(?:take|takes|am\s+taking|is\s+taking|"
                              r"are\s+taking|use|uses|started|start)\s+(?:it|them)|(?:and|so)\s+(?:it|they)\s*(?:['’]s|\s+is|\s+are|"
                              r"\s+has\s+been|\s+have\s+been)?\s+(?:helping|helps|help|working|works|work)|and\s+(?:i|he|she)\s+"
                              r"(?:am|is|['’]m|['’]s)\s+on\s+(?:it|them))\b", re.IGNORECASE)


def keep_latest(profile: dict[str, Any], sections: tuple[str, ...], story: str = "") -> None:
    """Where a story mentions the same term about the same person twice, the later mention wins, unless it
    is said only as what caused something else (`story`, as joined, says so)."""
    for section in sections:
        latest: dict[tuple[str, str], dict[str, Any]] = {}  # (name or text, about) -> the latest item
        order: list[tuple[str, str]] = []
        for item in profile["sections"][section]:
            key = (item.get("name") or item["text"], item["about"])
            if key in latest:
                earlier = latest[key]
                if item["status"] == "hypothetical" and earlier["status"] != "hypothetical":
                    continue  # "he has hypos … I worry he will have a hypo": a worry does not undo a fact
                start = item.get("source", {}).get("start", 0)
                if earlier["status"] == "past" and item["status"] == "current" and story \
                        and _AS_CAUSE.search(story[max(0, start - 24):start]):
                    continue  # "finished her chemo in August … numb from the chemo": the chemo is over
                if earlier["status"] == "current" and item["status"] == "past" and story \
                        and _AS_TIME.search(story[max(0, start - 40):start]):
                    continue  # "apixaban 5mg … stopped the aspirin when they started the apixaban": still taken
                if section == "health" and earlier["status"] == "current" and item["status"] == "past" and story \
                        and (_AS_WHAT_FOR.search(story[max(0, start - 60):start])
                             or _DIAGNOSED_AFTER.match(story, item.get("source", {}).get("end", start))):
                    continue  # "on concerta for the adhd but stopped it", "(adhd diagnosed at 15)": still had
                said_at = (earlier.get("source") or {}).get("end")
                if isinstance(said_at, int) and story and re.fullmatch(r"\s*[(\[]\s*", story[said_at:start]):
                    continue  # "a mini stroke (TIA) in 2022": the same, named again in brackets; as said of the first
                if section == "health" and earlier["status"] in ("current", "past") and item["status"] == "negated" \
                        and story and _NARROWER_AFTER.match(story, item.get("source", {}).get("end", len(story))):
                    continue  # "I have lupus … no lupus nephritis": the lupus stands
                if section == "medications" and earlier["status"] in ("negated", "hypothetical") \
                        and item["status"] == "current" and story and _ONLY_GIVEN.search(story[max(0, start - 40):start]) \
                        and not _TAKEN_NOW_AFTER.match(story, item.get("source", {}).get("end", start)):
                    continue  # "I take naproxen but I never start it. Doctor give also naproxen": given, still never begun
                if item["text"] in ("smoking", "drinking") and item["status"] == "negated" and not item.get("never") \
                        and earlier["status"] in ("current", "past"):
                    item["status"] = "past"  # "Before I smoke 30 years, now 10 years I not smoke": an ex-smoker
                for detail in ("dose", "frequency"):
                    if detail in earlier and detail not in item:
                        item[detail] = earlier[detail]
                if item.get("name"):
                    item["text"] = medicine_text(item)
            else:
                order.append(key)
            latest[key] = item
        profile["sections"][section] = [latest[key] for key in order]


# Help that has stopped, said later of someone named as a help before: "susan cant help me now", "my son can
# no longer help", "Dave isn't able to help any more". Not "she can't help it" (a way of speaking).
_STOPPED_HELPING = re.compile(
    r"\b(?P<who>(?:my|our|me)\s+[a-z]+|[A-Za-z][a-z]+)\s+(?:can't|can’t|cant|cannot|can not|can no longer|is not able to|"
    r"isn't able to|isn’t able to|isnt able to|won't be able to|wont be able to|is no longer able to|no longer|doesn't|"
    r"doesn’t|doesnt|does not|won't|wont)\s+(?:really\s+)?(?:help|do it|do that|do this|come|manage it)\b(?!\s+it\b)",
    re.IGNORECASE)


def stopped_helping(profile: dict[str, Any], story: str, earlier: frozenset[int] = frozenset()) -> None:
    """A help named earlier in the story (by name or as "my daughter"), or in the saved version an update is told
    on (`earlier`: its items' ids), that a later sentence says can no longer help is help in the past; an update
    said so was read back unchanged (a stranger, session 13)."""
    helpers = [i for i in profile["sections"]["support_network"]
               if i["status"] == "current" and ("source" in i or id(i) in earlier)]
    for match in _STOPPED_HELPING.finditer(story):
        who = match.group("who").lower().split()
        for item in helpers:
            if id(item) not in earlier and item["source"]["end"] > match.start():
                continue  # said in the same breath ("my son doesnt help"): how it was filed stands
            name = (item.get("name") or "").lower().split()
            if (len(who) == 1 and name and who[0] == name[0]) or (
                    len(who) == 2 and who[1] == (item.get("relationship") or "")):
                said = {"start": match.start(), "end": match.end()}
                # (an item of the saved version keeps where it was said then; the change is said now)
                item.update(status="past", corrected_by=said, stopped_helping=True)
                for need in profile["sections"]["daily_living"]:  # the help they had is a need again
                    if need.get("source") == item.get("source") and need.get("activities"):
                        need.update(corrected_by=said, stopped_helping=True)


# An update that says the person has moved home: "we moved to a ground floor bungalow last week", "mum has moved into
# a care home", "our new address is …"; never a room ("moved into the front room"), a GP, someone else's move, nor a
# move long ago ("In 1995 we moved to this flat", "when I was a child")
_DWELLING = (r"(?:(?:a|an|the|my|our|his|her|their|this|new|\w+'?s)\s+)?(?:[\w-]+\s+){0,3}?"
             r"(?:flat|house|bungalow|home|maisonette|apartment|cottage|hostel|refuge|sheltered (?:housing|flat|accommodation))\b")
_LONG_AGO = re.compile(r"\b(?:19|20)\d\d\b|\bwhen (?:i|we|he|she) (?:was|were)\b|\byears ago\b|\bas a (?:child|kid|baby)\b",
                       re.IGNORECASE)
_NEW_ADDRESS = re.compile(r"\b(?:my|our|his|her|their) new (?:address|home|house|flat|bungalow|place)\b", re.IGNORECASE)


def _moved(story: str, movers: str) -> bool:
    """Whether the story says one of `movers` (a pattern: "i|we", or who the story is about) moved home, lately."""
    moved = re.compile(rf"\b(?:{movers})(?:\s+(?:has|have|had|'s|s|'ve|ve))?(?:\s+(?:just|now|finally|recently))?\s+"
                       rf"(?:moved|moving)\s+(?:in\s*to|to)\s+{_DWELLING}", re.IGNORECASE)
    for sentence in re.split(r"(?<=[.!?])\s+|\n", story):
        if (moved.search(sentence) or _NEW_ADDRESS.search(sentence)) and not _LONG_AGO.search(sentence):
            return True
    return False


# What a person has only one of: a newer one said in an update replaces the saved version's
_ONE_OF = (("home", "address"), ("about_me", "date_of_birth"), ("about_me", "nhs_number"))


def moved_on(profile: dict[str, Any], story: str, earlier: frozenset[int], movers: str) -> None:
    """An update's new address (or date of birth, NHS number) replaces the saved one; and where the update says
    the person moved home, what the saved version said of the old home goes (a stranger's update, "we moved to a
    ground floor bungalow", kept "You live in a second floor flat" and the old address, and a home adaptations
    service was sent it)."""
    for section, kind in _ONE_OF:
        items = profile["sections"][section]
        if any(id(i) not in earlier and i.get("kind") == kind and i.get("about") == "subject" for i in items):
            profile["sections"][section] = [i for i in items if not (
                id(i) in earlier and i.get("kind") == kind and i.get("about") == "subject")]
    if _moved(story, movers):
        profile["sections"]["home"] = [i for i in profile["sections"]["home"]
                                       if id(i) not in earlier or i.get("about") != "subject"]


# Someone else said in an update to have moved out: "Kevin has moved out now", "my son moved out last month" (not "moved
# back in", "moved in with us")
_OTHER_MOVED_OUT = re.compile(r"\b(?P<who>[A-Z][a-z]{2,}|(?i:my|our|me)\s+[a-z]{3,})\s+(?i:(?:has|had|is|'s|s)\s+)?"
                              r"(?i:(?:now|just|finally|since)\s+)?(?i:moved\s+out|moved\s+away|left\s+home)\b"
                              r"(?!\s+(?i:and\s+(?:back|in)|back))")
_LIVES_WITH = re.compile(r"\b(?:live|lives|living|stays|staying|lodges|lodging)\s+(?:with|here|at\s+mine|at\s+my)\b|"
                         r"\bwith\s+(?:me|us)\b", re.IGNORECASE)


def others_moved_out(profile: dict[str, Any], story: str, earlier: frozenset[int]) -> None:
    """An update saying someone moved out ("Kevin has moved out now"): the saved version's saying that they live with
    the person goes (a stranger, session 31: the update was lost, and the form still said "My nephew Kevin lives with
    me")."""
    for said in _OTHER_MOVED_OUT.finditer(story):
        who = said.group("who").split()[-1].lower()
        for section in ("home", "support_network"):
            profile["sections"][section] = [i for i in profile["sections"][section] if not (
                id(i) in earlier and re.search(rf"\b{re.escape(who)}\b", i["text"], re.IGNORECASE) and _LIVES_WITH.search(i["text"]))]
    for helper in profile["sections"]["support_network"]:  # "my son moved out last month" is no support now
        if id(helper) not in earlier and helper["status"] == "current" and _OTHER_MOVED_OUT.search(helper["text"]) \
                and not re.search(r"\b(?:helps?|comes?|visits?|pops?|rings?|does|sorts?)\b", helper["text"], re.IGNORECASE):
            helper["status"] = "past"


# A home, by the kind of dwelling it names
_A_DWELLING = re.compile(r"\b(flat|house|bungalow|maisonette|apartment|cottage|hostel|refuge|care home|nursing home|"
                         r"sheltered|caravan|bedsit|tower block)\b", re.IGNORECASE)


def _dwellings(item: dict[str, Any]) -> set[str]:
    return {m.group(1).lower() for f in item.get("features") or [] for m in _A_DWELLING.finditer(str(f))}


def _start(item: dict[str, Any]) -> int:
    return int(item.get("source", {}).get("start", -1))


def moved_out(profile: dict[str, Any]) -> None:
    """A home the story told, then said to be theirs no longer ("I live in a flat" … "i dont live in the flat
    anymore, im in a bungalow now"): the old home goes; so does the saying so, when a home is told after it (the
    bungalow replaces the flat: a stranger read back all three)."""
    home = profile["sections"]["home"]
    for gone in [i for i in home if i["about"] == "subject" and i["status"] in ("past", "negated") and _dwellings(i)]:
        said = _dwellings(gone)
        old = [i for i in home if i is not gone and i["about"] == "subject" and i["status"] == "current"
               and _start(i) < _start(gone) and _dwellings(i) & said]
        if not old:
            continue
        newer = any(i["about"] == "subject" and i["status"] == "current" and _start(i) > _start(gone) and _dwellings(i)
                    for i in home)
        home = [i for i in home if not any(i is o for o in old) and not (newer and i is gone)]
    profile["sections"]["home"] = home


# "I dont live at ash street anymore, thats my old address", "that was my old address": a place said to be left
_NO_LONGER_AT = re.compile(r"\b(?:(?:don['’]?t|dont|do\s+not|doesn['’]?t|does\s+not|no\s+longer|not)\s+(?:live|living|stay|"
                           r"staying)\s+(?:at|in|on)\s+(?P<where>[^.;!?\n]{3,60}?)\s*(?:any\s*more|no\s+more|now)\b"
                           r"|(?P<that>[^.;!?\n]{3,60}?)\s*(?:,|is|was|-)\s*(?:that['’]?s|thats|that\s+is|that\s+was|it['’]?s|"
                           r"it\s+was)?\s*(?:my|our|his|her|their)\s+old\s+address)", re.IGNORECASE)


# Someone close who died or left, said in the words that name them as a help: "I live alone since my wife Dorothy passed",
# "on my own since my husband Emlyn went", "My husband he leave us in summer", "since dad moved out in september" (the
# tenth fresh structuring set, session 26: each a current support)
_GONE = re.compile(r"\b(?:my|our|me|since|after|when)\s+(?:(?:ex|late)[\s-]+)?(?:husband|wife|partner|hubby|dad|mum|mam|father|"
                   r"mother|boyfriend|girlfriend|da|fella|missus)\b(?:\s+(?!(?:he|she|has|had|was|is)\b)[A-Za-z]+)?\s*,?\s*"
                   r"(?:he\s+|she\s+)?(?:has\s+|had\s+)?(?:passed|went|left|leave|leaves|moved\s+out|walked\s+out|ran\s+off|"
                   r"went\s+off|died|die)\b"
                   r"(?=\s*(?:$|[,.;!]|(?:but|so|in|last|this|years?|months?|\d+|two|three|four|five|six)\b"
                   r"(?!\s+(?:a|an|some|the|£|\d|with|to|for|me|us|my|his|her)\b)|(?:us|me)\s*(?:$|[,.;!]|(?:for|in|when|after|"
                   r"last|years?|and\s+(?:the|our|my)\s+(?:kids|children))\b)))", re.IGNORECASE)


# Any of the family who died, said in the words that name them: "I get lonely since me sister Sadie passed", "Mum and Dad
# have both passed" (the thirteenth fresh set, session 29: each a current support)
_KIN_WORDS = (r"(?:husband|wife|partner|hubby|dad|mum|mam|mom|father|mother|sister|brother|son|daughter|nan|nana|gran|"
              r"granny|grandad|grandma|grandpa|aunt|auntie|uncle|twin|fella|missus|friend|pal|mate)")
_DIED = re.compile(rf"\b(?:(?:my|our|me|since|after|when)\s+(?:(?:late|big|little|older|younger|eldest|youngest|twin)\s+)?"
                   rf"{_KIN_WORDS}\b(?:\s+(?!(?:he|she|has|had|was|is)\b)[A-Z][a-z]+)?|{_KIN_WORDS}\s+(?:and|&|n)\s+"
                   rf"{_KIN_WORDS})\s*,?\s*(?:he\s+|she\s+|they\s+)?(?:have\s+|has\s+|had\s+|['’]ve\s+)?(?:both\s+)?"
                   r"(?:passed|died|passed\s+away|passed\s+on)\b(?!\s+(?:on|down|the|a|an|it|that|my|his|her|their|me|him)\b)",
                   re.IGNORECASE)


# A partner no longer together with them: "My husband is back in Madeira, we are separated" (the thirteenth fresh set)
_APART = re.compile(r"\b(?:my|our|me)\s+(?:husband|wife|partner|hubby|boyfriend|girlfriend|fella|missus)\b[^.;!?]{0,60}?"
                    r"\b(?:we|we['’]re|were|we\s+are|we\s+have|we['’]ve|weve|we\s+got|they)\s+(?:been\s+|now\s+)?"
                    r"(?:separated|divorced|split\s+up|split|broke\s+up|apart)\b(?!\s+(?:but|and)\s+(?:he|she)\s+"
                    r"(?:still|helps|comes))", re.IGNORECASE)


def gone_from_their_life(profile: dict[str, Any], story: str = "") -> None:
    """A support whose own words say they died or left is help in the past, never a current support (issue 18); a
    partner said to be apart, in the sentence that names them (`story`), too."""
    for helper in profile["sections"]["support_network"]:
        start, end = (helper.get("source") or {}).get("start"), (helper.get("source") or {}).get("end")
        sentence = helper["text"]
        if isinstance(start, int) and isinstance(end, int) and story:
            stop = SENTENCE_END.search(story, end)
            sentence = story[start:stop.start() if stop else len(story)]
        if helper["status"] == "current" and (_GONE.search(helper["text"]) or _DIED.search(helper["text"])
                                              or _APART.search(sentence)):
            helper["status"] = "past"


def left_after(profile: dict[str, Any], story: str) -> None:
    """An address told, then said to be left ("I dont live at ash street anymore, thats my old address", said at the
    read-back of "15 Ash Street"): a home left (a stranger, session 24: "I have changed that", and the GP was sent it)."""
    for told in profile["sections"]["home"]:
        if told.get("kind") != "address" or told["about"] != "subject" or told["status"] != "current":
            continue
        # its street, name and kind ("ash street"), said whole; by the person, not another ("my daughter doesn't live
        # on Ash Street any more", "letters to Oak Lane, my old address" of 10 Oak Road: a second reader)
        street = set(_PLACE_WORD.findall(str(told.get("value", "")).split(",")[0].lower()))
        name = street - _NO_PLACE
        for left in _NO_LONGER_AT.finditer(story, max(_start(told), 0)):
            said = set(_PLACE_WORD.findall((left.group("where") or left.group("that") or "").lower()))
            kinds = said & _STREET_KINDS
            whose = story[max(0, left.start() - 25):left.start()].lower()
            if name and name <= said and (not kinds or kinds <= street) and not _SOMEONE_ELSE.search(whose):
                told["status"] = "past"
                break


_PLACE_WORD = re.compile(r"[a-z][a-z'’-]{2,}")
_STREET_KINDS = frozenset("street road lane avenue close court drive way crescent terrace place grove gardens mews".split())
_SOMEONE_ELSE = re.compile(r"\b(?:he|she|they|son|daughter|mum|dad|husband|wife|partner|brother|sister|friend|[a-z]+['’]s)"
                           r"\s*$")
_NO_PLACE = frozenset("""street road lane avenue close court drive way crescent terrace place live living lived dont don't
don’t not any anymore more no longer that thats that's that’s this my our his her their old address flat house bungalow
home there now stay staying the and with at for was were any""".split())


# The person's sex put right: "shes a woman not male", "her sex is female", "she is female", "Their sex is female." (a
# stranger at the read-back, session 25: "Sorry, I could not work out how to change that", every time)
_SEX_SAID = re.compile(r"\b(?:(?:her|his|their|my)\s+sex\s+is|(?:she|he|they|i)(?:['’]s|\s+is|['’]m|\s+am|\s+are)\s+(?:a\s+)?|"
                       r"(?:it|sex)\s+(?:is|should\s+be|says?)\s+)(?P<sex>female|male|woman|man|girl|boy|lady)\b"
                       r"|\b(?P<first>female|male|woman|man)\s*,?\s+not\s+(?:a\s+)?(?:female|male|woman|man)\b", re.IGNORECASE)
_SEXES = {"female": "female", "woman": "female", "girl": "female", "lady": "female", "male": "male", "man": "male",
          "boy": "male"}


def apply_sex(profile: dict[str, Any], sentence: str, base: int, teller: str = "self") -> bool:
    """The sex read back put right in words; True if it changed the one told (or added it when none was). Only the
    person's: "I am a woman" in a carer's correction is the carer."""
    said = _SEX_SAID.search(sentence, fact_start(sentence))
    if said is None:
        return False
    whose = said.group(0).split()[0].lower()
    if whose in ("i", "i'm", "i’m", "my") and teller != "self" or whose in _THIRD and teller == "self":
        return False
    sex = _SEXES[(said.group("sex") or said.group("first")).lower()]
    about = profile["sections"]["about_me"]
    told = [i for i in about if i.get("kind") == "gender" and i["about"] == "subject"]
    if told and told[0].get("value") == sex:
        return False
    corrected = {"start": base + said.start(), "end": base + said.end()}
    if told:
        told[0].update(text=sex, value=sex, corrected_by=corrected)
        about[:] = [i for i in about if not any(i is t for t in told[1:])]
        return True
    about.append({**new_item(sex, "current", "subject", teller, 0, 0, kind="gender", value=sex), "corrected_by": corrected})
    return True


_THIRD = frozenset("she she's she’s he he's he’s they they're they’re her his their".split())


def apply_name(profile: dict[str, Any], sentence: str, base: int, teller: str) -> bool:
    """A name put right ("no, my name is Ronald Hughes, Ron for short", "Ron Ronald Hughes" said of the name read
    back): it replaces the name told before, and the name they go by is kept with it. Before, the read-back read
    both names back and a name could never be put right (a stranger, 2026-12-04)."""
    start = fact_start(sentence)
    rest = sentence[start:]
    said = names.my_name(rest) if teller == "self" else None
    later = re.search(r"\bmy\s+name", rest, re.IGNORECASE) if said is None and teller == "self" else None
    if later:
        # "I am a woman and my name is Joan Smith": the name said after something else put right
        if found := names.my_name(rest[later.start():]):
            said = found[0], found[1] + later.start(), found[2] + later.start()
    if said is None and (named := names.NAME_IS.search(rest)):
        group = 1 if named.group(1) else 2
        said = named.group(group), named.start(group), named.end(group)
    about = profile["sections"]["about_me"]
    told = [i for i in about if i.get("kind") == "name" and i["about"] == "subject"]
    if said is None:
        return False
    name, at, end = said
    if not told and not (teller == "self" and names.my_name(rest[later.start():] if later else rest)):
        return False  # "Sorry, his name is Jack, my son": someone else's name (a second reader, session 26)
    if not told:  # none read before: the name said is theirs ("I am a woman and my name is Joan Smith")
        about.append(new_item(name, "current", "subject", teller, base + start + at, base + start + end, kind="name"))
        return True
    short = names.short_then_full(name)
    goes_by = names.preferred_name(rest)
    if short:
        name = short[1]
        goes_by = (short[0], at, at + len(short[0]))
    if [i["text"] for i in told] == [name] and not goes_by:
        return False
    told[0].update(text=name, corrected_by={"start": base + start + at, "end": base + start + end})
    about[:] = [i for i in about if not any(i is t for t in told[1:])]
    if goes_by and goes_by[0] != name.split()[0]:
        about[:] = [i for i in about if i.get("kind") != "preferred_name"]
        about.append({**told[0], "text": goes_by[0], "kind": "preferred_name",
                      "source": {"start": base + start + goes_by[1], "end": base + start + goes_by[2]}})
    return True
