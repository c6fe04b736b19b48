"""The items a clause is filed as, and what is decided about one fact at a time: whose it is when the
clause was about someone else, what a medicine named by its form treats, a medicine the person cannot
take, a body part said as a problem."""
from __future__ import annotations

import re
from typing import Any

from bot.understanding.structuring import context, cues
from bot.understanding.structuring.people import OTHER
from bot.understanding.structuring.terms import Term

Sections = dict[str, list[dict[str, Any]]]  # a profile's sections: key -> items


def item(text: str, status: str, about: str, teller: str, start: int, end: int, **detail: Any) -> dict[str, Any]:
    found = {"text": text, "status": status, "about": about,
             "told_by": "self" if teller == "self" else "carer",
             "source": {"start": start, "end": end}}
    found.update({key: value for key, value in detail.items() if value is not None})
    return found


GENERIC_MEDICINES = "medicines"


def about_someone_else(sections: Sections, before: dict[str, Any], referent: str) -> None:
    """What a clause said about someone else ("she has dementia", after "my wife is 80") is theirs:
    a condition or an allergy is theirs (status family: "nut @family son"); their medicines and their age are not the person's to keep;
    a need or a risk says whose it is. Someone unnamed's condition is kept by nobody."""
    for key in ("health", "allergies", "medications", "about_me", "daily_living", "risks", "communication",
                "work_money", "home"):
        new = sections[key][before[key]:]
        if not new:
            continue
        kept = sections[key]
        del kept[before[key]:]  # in place: a long story stays linear
        for fact in new:
            if fact["about"] != "subject" or (key == "about_me" and fact.get("kind") != "age"):
                kept.append(fact)
            elif key == "allergies" and referent == OTHER:
                kept.append(fact)  # "He has a nut allergy", said of no one named: as it was said
            elif key in ("health", "allergies") and referent != OTHER and fact["status"] in (context.CURRENT, context.PAST):
                fact.update(about=referent, status=context.FAMILY,
                            when="past" if fact["status"] == context.PAST else fact.get("when"))
                kept.append({k: v for k, v in fact.items() if v is not None})
            elif key in ("daily_living", "risks", "communication", "work_money", "home"):
                fact["about"] = referent
                kept.append(fact)


# "…our son Paul lives in Aberdeen, he rings every Sunday": help a relative named before gives
_THEIR_HELP = re.compile(r"^(?:and\s+|but\s+|so\s+)?(?:he|she)\s+(?:still\s+|also\s+|usually\s+|always\s+)?"
                         r"(?:rings|phones|calls|visits|pops in|pops round|comes (?:round|over|up|in)|helps|checks on)\b",
                         re.IGNORECASE)


def their_help(sections: Sections, clause: str, base: int, teller: str, referent: str, relatives: frozenset[str]) -> None:
    """A clause saying a relative named before ("he", "she") helps: their help, in the person's network."""
    if referent in relatives and _THEIR_HELP.match(clause) and not any(
            i["source"]["start"] == base for i in sections["support_network"]):
        sections["support_network"].append(item(clause, context.CURRENT, "subject", teller, base, base + len(clause),
                                                relationship=referent))


# Medicines named by what they are rather than what is in them: the condition they treat says which.
FOR_A_CONDITION = re.compile(r"^(?:eye drops|ear drops|drops|cream|inhaler|spray|nasal spray)$")
# An inhaler by its colour: beside its name it is that one ("the purple inhaler, Seretide" is the Seretide), and it names
# one where "inhalers (the purple one and the blue one)" says only the kind
BY_ITS_COLOUR = re.compile(r"^(?:purple|pink|red|orange|green) inhaler$")
# What each can be for, when the sentence does not say ("I have COPD and use an inhaler"): an inhaler is
# never for a hip replacement or arthritis (words of the condition's name, any of them).
_CAN_TREAT = {
    "inhaler": r"asthma|copd|emphysema|bronch|lung|breath|chest|pulmonary|wheez|cystic fibrosis",
    "eye drops": r"glaucoma|eye|cataract|macular|conjunctivitis|sight|vision|blephar",
    "ear drops": r"\bear|wax|otitis|tinnitus",
    "drops": r"glaucoma|eye|cataract|macular|conjunctivitis|\bear|wax",
    "cream": r"eczema|psoriasis|dermatitis|skin|rash|ulcer|itch",
    "spray": r"angina|hay ?fever|rhinitis|sinus|nose|nasal",
    "nasal spray": r"hay ?fever|rhinitis|sinus|nose|nasal|allerg",
}
# "an inhaler for my asthma", "eye drops twice a day for her glaucoma": what lies between the medicine
# and the condition it is said to be for (not "an inhaler and eye drops for my glaucoma")
_SAID_FOR = re.compile(r"^\s+(?:(?!(?:and|or|n|&|plus|also)\b)\S+\s+){0,4}?(?:for|fur|4)\s+"
                       r"(?:(?:my|his|her|their|the|your|a|an|ma|me|this|that)\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def for_condition(fact: dict[str, Any], health: list[dict[str, Any]], clause: str, base: int) -> None:
    """What a medicine named by its form is for: the condition the clause says it is for ("an inhaler
    for my asthma"), or else a current condition it can be for said just before, in the same sentence or
    the one before ("I have glaucoma and use eye drops"), never one it cannot be for."""
    said_at, said_end = (fact.get("source") or {}).get("start"), (fact.get("source") or {}).get("end")
    if said_at is None or said_end is None:
        return
    mine = [c for c in health[-6:] if c["about"] == "subject" and c.get("kind") != "body_part"
            and (c.get("source") or {}).get("start") is not None]
    for condition in mine:  # said for it, in this clause
        at = condition["source"]["start"] - base
        if at >= said_end - base and at <= len(clause) and _SAID_FOR.match(clause[said_end - base:at]):
            _link(fact, condition)
            return
    if _SAID_FOR.match(clause[said_end - base:] + " "):
        return  # "an inhaler for my chest": said for something that is no condition
    fits = re.compile(_CAN_TREAT.get(fact["name"].split()[-1] if fact["name"].endswith("inhaler") else fact["name"],
                                     r"(?!)"), re.IGNORECASE)
    for condition in reversed(mine):
        near = 0 <= said_at - condition["source"]["end"] < 120
        if near and condition["status"] == context.CURRENT and fits.search(condition["text"]):
            _link(fact, condition)
            return


def _link(fact: dict[str, Any], condition: dict[str, Any]) -> None:
    fact["treats"] = condition["text"]
    fact["text"] = " ".join(p for p in (fact["name"], "for", condition["text"], fact.get("dose"),
                                        fact.get("frequency")) if p)


_ALREADY_IN = re.compile(r"\W*(?:in(?:\s+it)?\W+)?(?:\w+\W+){0,2}?(?:because|cos|coz|as|since)\s+(?:i|he|she|they|we)"
                         r"(?:'?m|\s+am|'?s|\s+is|'?re|\s+are)?\s+(?:already\s+)?(?:on|tak\w*|ha(?:ve|s)\s+(?:it\s+)?in)\b"
                         r"|\W*(?:in(?:\s+it)?\W+)?(?:as|because|cos)\s+(?:it'?s|its|it\s+is)\s+(?:already\s+)?in\s+(?:my|his|her|their)\b",
                         re.IGNORECASE)


def avoided_as_already_in(clause: str, term: Term, story: str, base: int) -> bool:
    """ "I can't take anything with paracetamol in because I take co-codamol", "I can't have paracetamol as it's
    already in my co-codamol": kept from taking it twice, neither an intolerance nor a medicine of its own (a stranger
    on the stack, session 24: sent as an intolerance to paracetamol). `story` goes on past the clause, from `base`."""
    # only where the words say it is in the other ("anything with paracetamol in", "as it's already in my co-codamol"):
    # "I can't take ibuprofen because I'm on warfarin" is a medicine that must not be given, kept as one (a second reader)
    said_in = re.search(r"\b(?:anything|owt|nothing)\s+(?:with|that\s+has|containing)\s+(?:any\s+)?$", clause[:term.start],
                        re.IGNORECASE) is not None or re.match(r"[^.;!?]{0,30}\balready\s+in\b", story[base + term.end:],
                                                               re.IGNORECASE) is not None
    return said_in and bool(cues.CANT_TAKE.search(clause[:term.start])) and bool(_ALREADY_IN.match(story, base + term.end))


def intolerant(clause: str, term: Term) -> bool:
    """ "I react badly to codeine", "morphine makes me sick": a medicine the person cannot take."""
    before, after = clause[:term.start], clause[term.end:]
    if cues.INTOLERANT_BEFORE.search(before):
        return True
    if cues.CANT_TAKE.search(before) and term.canonical != GENERIC_MEDICINES:
        return True  # "I can't take aspirin", not "I can't take my tablets on my own"
    if cues.CANT_HAVE_IT_AFTER.match(after) and term.canonical != GENERIC_MEDICINES:
        return True  # "and ibuprofen, she cant have that either" (a stranger, session 38)
    # "makes me sick" right after the medicine, or after "I can't take it because"
    return bool(cues.INTOLERANT_AFTER.match(after)) and (
        cues.CANT_TAKE.search(before) is not None or not re.match(r"\W*(?:\w+\W+){1,3}", after)
        or re.match(r"\W*(?:because|as|cos|since|it|they)\b", after, re.IGNORECASE) is not None
        or re.match(r"\s+(?:really\s+|always\s+)?(?:makes?|made|gives?|gave|disagrees|upsets|brings?|brought)\b", after,
                    re.IGNORECASE) is not None)


def relieves(clause: str, term: Term) -> bool:
    """ "topiramate gives me less headaches", "since the amlodipine my blood pressure is better": a
    medicine said with what it relieves, one the person takes now."""
    return bool(cues.RELIEF_AFTER.match(clause[term.end:])
                or (cues.SINCE_STARTING.search(clause[:term.start]) and cues.BETTER.search(clause)))


def part_said(clause: str, term: Term) -> bool:
    """A body part said with a problem, a side or an operation ("my knees are shot", "bad hip", "my left
    hip", "I had my hip done"); "a bruise on her hip" is not a hip condition."""
    if term.canonical in cues.PARTS_WITH_A_PROBLEM:
        return bool(cues.PART_PROBLEM.match(clause[term.end:]) or cues.PROBLEM_BEFORE.search(clause[:term.start]))
    return bool(cues.PART_PROBLEM.match(clause[term.end:]) or cues.PROBLEM_BEFORE.search(clause[:term.start])
                or held_blood_pressure(clause, term)
                or (cues.FOR_PART.search(clause[:term.start])  # "she's on amlodipine for her blood pressure"
                    and (cues.TAKING.search(clause) or (term.canonical in ("blood pressure", "cholesterol")
                                                        and re.search(r"\bon\s+\w+", clause[:term.start], re.IGNORECASE))))
                or cues.SITE_BEFORE.search(clause[max(0, term.start - 16):term.start])
                or cues.PART_DONE.match(clause[term.end:]))


def held_blood_pressure(clause: str, term: Term) -> bool:
    """ "I've the sugar and the blood pressure": high blood pressure, said as a condition one has."""
    return term.canonical == "blood pressure" and bool(cues.HAS_THE_PART.search(clause[:term.start])) \
        and bool(cues.HAD_PART_ENDS.match(clause[term.end:]))


# Conditions a kind of which names the same one more exactly ("type 1 diabetes", "breast cancer"); not "stroke",
# which "mini stroke" does not narrow
_NARROWED = frozenset({"diabetes", "cancer", "arthritis", "dementia"})


# Parts of the body the lexicon names alone, dropped beside an illness of theirs said of the same person, the same way
_BODY_PARTS_ALONE = frozenset({"prostate", "kidney", "kidneys", "liver", "bowel", "bladder", "lung", "lungs", "heart",
                               "thyroid", "breast", "skin", "stomach", "pancreas", "brain", "spine", "eye", "eyes"})


def most_specific(health: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "his eyes are bad with the diabetes … type 1 diabetes since he was a bairn": one condition, the one
    said most exactly; "diabetes" said beside "type 1 diabetes" of the same person is not a second."""
    said = {(i["text"], i["about"], i["status"]) for i in health}
    # "arthritis" beside "arthritis in both knees" (an addition at the read-back) is the same condition, said
    # less exactly: where it is stays, as one line
    placed = {(i["text"], i["site"], i["about"], i["status"]) for i in health if i.get("site") and not i.get("kind")}
    # a part of the body said alone beside an illness of it ("the prostate injection" beside "prostate cancer": a fresh
    # forms set, session 28, was sent "prostate" as a second condition)
    health = [i for i in health if " " in i["text"] or not any(
        text.startswith(f"{i['text']} ") and about == i["about"] and status == i["status"] for text, about, status in said
        if i["text"] in _BODY_PARTS_ALONE)]
    return [i for i in health if (i["text"] not in _NARROWED or not any(
        text.endswith(f" {i['text']}") and about == i["about"] and status == i["status"] for text, about, status in said))
        and (i.get("site") or i.get("kind") or not any(
            text in (f"{i['text']} in {site}", f"{i['text']} in the {site}", f"{site} {i['text']}")
            and about == i["about"] and status == i["status"] for text, site, about, status in placed))]


def singular(part: str) -> str:
    return "foot" if part == "feet" else part[:-1] if part.endswith("s") and not part.endswith("ss") else part
