"""Facts a form asks for that no one clause of a story holds: "Do you live alone?", "How many people
live in your home?", "Smoking status", "What is your work situation?".

Each fact is read from the consented sections only, precision first: it is None (not told) unless
the story says it plainly, and a "no" is only ever given when the story says no ("I gave up
smoking" answers "Do you smoke?" with no; saying nothing answers nothing). A fact that is one of a
few kinds (a flat, renting privately, retired) is a `Choice`: the codes that mean it on published
forms (LOINC answer codes, SNOMED CT) and the words an option's label has when it means it.
Forms reach facts through their wording (`bot.intake.wording`) or their codes (`bot.intake.codes`),
as `fact:<name>`; the story's FHIR bundle holds the social-history ones as coded Observations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Collection, TypeVar


@dataclass(frozen=True)
class Choice:
    key: str
    words: str  # a regular expression an option's label matches when it means this
    codes: frozenset[str] = frozenset()  # option codes that mean this (LOINC answers, SNOMED CT, ours)
    display: str = ""

    def __str__(self) -> str:
        return self.display or self.key


def _choice(key: str, words: str, *codes: str, display: str = "") -> Choice:
    return Choice(key, words, frozenset(codes), display or key)


HOME_TYPES = {
    "bungalow": _choice("bungalow", r"\bbungalow", display="Bungalow"),
    "flat": _choice("flat", r"\bflat\b|apartment|maisonette", display="Flat"),
    "care home": _choice("care home", r"care home|nursing home|residential home", display="Care home"),
    "house": _choice("house", r"\bhouse\b", display="House"),
}
TENURES = {
    "owner": _choice("owner", r"\bowns?\b|owner|mortgage", display="Owns their home"),
    "social": _choice("social", r"council|housing association|social (housing|landlord)",
                      display="Rents from the council or a housing association"),
    "private": _choice("private", r"privat", display="Rents privately"),
    "family": _choice("family", r"family|friends|relatives", display="Lives with family"),
}
HOUSING = {  # LOINC 71802-3 answers (PRAPARE), and AHC HRSN's living situation
    "housed": _choice("housed", r"^i have (housing|a steady place)|^(has|have) housing", "LA30189-7", "LA31993-1",
                      display="I have housing"),
    "homeless": _choice("homeless", r"do not have (housing|a steady place)|don't have housing|homeless",
                        "LA30190-5", "LA31995-6", display="I do not have housing"),
}
EMPLOYMENT = {  # LOINC 67875-5 answers (PRAPARE)
    "unemployed": _choice("unemployed", r"^unemployed\b", "LA17956-6", display="Unemployed"),
    "part-time": _choice("part-time", r"part[- ]time", "LA30138-4", display="Part-time or temporary work"),
    "full-time": _choice("full-time", r"full[- ]time", "LA30136-8", display="Full-time work"),
    "not seeking": _choice("not seeking", r"not seeking|retired", "LA30137-6",
                           display="Otherwise unemployed but not seeking work"),
}
SMOKING = {  # SNOMED CT, and LOINC 72166-2 answers
    "current": _choice("current", r"^(current )?smoker\b|^current(ly)? (every day )?smok|^smokes\b",
                       "77176002", "449868002", "LA18976-3", display="Smoker"),
    "past": _choice("past", r"^ex-? ?smoker|^former smoker", "8517006", "LA15920-4", display="Ex-smoker"),
    "not": _choice("not", r"^non-? ?smoker", "8392000", display="Non-smoker"),
}

_NOW = ("current",)
_LIVES_ALONE = re.compile(r"\b(live|lives|living)\s+(alone|on (my|his|her|their) own|by (my|him|her|them)sel(f|ves))")
_LIVES_WITH = re.compile(r"\b(?:live|lives|living)\s+with\s+(?P<who>.+?)(?=\s+(?:in|at|on|near|since|and we|who)\b|[,.;]|$)")
_WE_LIVE = re.compile(r"^(?:we|we've|we have) (?:live|lived|got)\b|\bwe live\b")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "twice": 2, "once": 1}
_PLURAL_PEOPLE = re.compile(r"\b(children|kids|sons|daughters|parents|grandchildren|brothers|sisters|friends|"
                            r"family|people|flatmates|housemates|lodgers)\b")
# Someone caring for the person: said by the person ("my daughter looks after me"), by a carer of
# themselves ("I'm his main carer"), or by a carer of someone else ("his wife looks after him"). A
# person who says "I'm her carer" or "I look after my wife" is a carer, not cared for.
_CHORES = r"(?:shopping|cleaning|washing|cooking|meals|housework)"
_CARES_FOR_ME = re.compile(rf"\blook(?:s|ing)? after me\b|\bcares? for me\b|\bhelps? me\b|\bmy (?:main |unpaid )?carer\b|"
                           rf"\bdoes my {_CHORES}\b")
_THEM = r"(?:him|her|them)(?=\s*(?:$|[,.;]|and\b|every|most|at\b|in\b|when|because|since|all|full|day|night))"
_CARES_FOR_THEM = re.compile(rf"\blook(?:s|ing)? after {_THEM}|\bcares? for {_THEM}|\bhelps? {_THEM}|"
                             rf"\b(?:his|her|their) (?:main |unpaid |full[- ]time )?carer\b|\bdoes (?:his|her|their) {_CHORES}\b")
_TELLER_CARES = re.compile(rf"{_CARES_FOR_THEM.pattern}|\bcarer\b|\bcar(?:e|ing) for\b|\blook(?:s|ing)? after\b")
_HELP = re.compile(r"\b(can't|cannot|can not|unable|struggl\w*|help\w*|need\w*|does (my|his|her)|do (my|his|her))\b")
HELP_WORDS = {"washing": r"\bwash|\bbath|shower", "dressing": r"\bdress", "shopping": r"\bshop",
              "meals": r"\bmeals?\b|cook|food", "housework": r"housework|clean", "medicines": r"medic|tablets"}
_ACTIVITIES = {"wash": "washing", "bath": "washing", "shower": "washing", "dress": "dressing",
               "shopping": "shopping", "cook": "meals", "meals": "meals", "clean": "housework",
               "housework": "housework", "medication": "medicines", "tablets": "medicines"}
MOBILITY_AIDS = {"walking frame", "frame", "zimmer", "zimmer frame", "walking stick", "stick", "sticks",
                 "crutches", "crutch", "wheelchair", "rollator", "walker", "mobility scooter", "scooter",
                 "tripod", "quad stick", "electric wheelchair", "powered wheelchair"}
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b", re.I)


def _items(sections: dict[str, Any], *keys: str, statuses: Collection[str] = _NOW,
           about: Collection[str] = ("subject",)) -> list[dict[str, Any]]:
    return [i for key in keys for i in sections.get(key, [])
            if isinstance(i, dict) and isinstance(i.get("text"), str) and i.get("status", "current") in statuses
            and i.get("about", "subject") in about and not i.get("question_key")]


def _lower(items: list[dict[str, Any]]) -> list[str]:
    return [" ".join([i["text"], *map(str, i.get("features", []))]).lower().replace("’", "'") for i in items]


_T = TypeVar("_T")


def _one(found: set[_T]) -> _T | None:
    return next(iter(found)) if len(found) == 1 else None


def _said(sections: dict[str, Any], *keys: str, statuses: Collection[str] = _NOW) -> list[tuple[dict[str, Any], str]]:
    items = _items(sections, *keys, statuses=statuses)
    return list(zip(items, _lower(items), strict=True))


def lives_alone(sections: dict[str, Any]) -> bool | None:
    said = _said(sections, "home", "support_network", statuses=("current", "negated"))
    if any(i["status"] == "current" and _LIVES_ALONE.search(t) for i, t in said):
        return True
    if any(i["status"] == "negated" and _LIVES_ALONE.search(t) for i, t in said):
        return False
    if any(i["status"] == "current" and (_LIVES_WITH.search(t) or _WE_LIVE.search(t)) for i, t in said):
        return False
    return None


def lives_with_anyone(sections: dict[str, Any]) -> bool | None:
    alone = lives_alone(sections)
    return None if alone is None else not alone


_PARTNER = {"wife", "husband", "partner", "spouse", "civil partner", "boyfriend", "girlfriend", "fiance", "fiancee"}


def _we_are_a_couple(sections: dict[str, Any]) -> list[str]:
    """"We live in a bungalow" with one partner named and no one else said to live there: the
    clauses that say so; otherwise []."""
    said = _said(sections, "home", "support_network")
    if not any(_WE_LIVE.search(t) for _, t in said) or any(_LIVES_WITH.search(t) for _, t in said):
        return []
    partners = [i for i, _ in said if str(i.get("relationship", "")).lower() in _PARTNER]
    others = [i for i, _ in said if i.get("relationship") and str(i["relationship"]).lower() not in _PARTNER]
    if len({str(i["relationship"]).lower() for i in partners}) != 1 or others:
        return []
    return [i["text"] for i, t in said if _WE_LIVE.search(t)] + [partners[0]["text"]]


def lives_with(sections: dict[str, Any]) -> str | None:
    """Who the person lives with, in the story's words ("Lives alone" when they do)."""
    if lives_alone(sections):
        return "Lives alone"
    said = [i["text"] for i, t in _said(sections, "home", "support_network") if _LIVES_WITH.search(t)]
    return "; ".join(dict.fromkeys(said or _we_are_a_couple(sections))) or None


def _people(words: str) -> int | None:
    count = 0
    for part in re.split(r",|\band\b|&", words):
        part = part.strip()
        if not part:
            continue
        number = next((_NUMBERS.get(w) or (int(w) if w.isdigit() else None)
                       for w in part.split() if w in _NUMBERS or w.isdigit()), None)
        if number is not None and _PLURAL_PEOPLE.search(part):
            count += number
        elif _PLURAL_PEOPLE.search(part) or re.search(r"\b(us|them|others)\b", part):
            return None  # "my children": how many is not said
        else:
            count += 1
    return count or None


def household_size(sections: dict[str, Any]) -> int | None:
    """People in the home including the person: 1 when they live alone; otherwise counted from the
    one clause that says who they live with ("with me and my husband" is 3), when it says it."""
    alone = lives_alone(sections)
    if alone:
        return 1
    if _we_are_a_couple(sections):
        return 2
    found = set()
    for text in _lower(_items(sections, "home", "support_network")):
        match = _LIVES_WITH.search(text)
        if match:
            before = text[:match.start()]
            several = _PLURAL_PEOPLE.search(before) or re.search(r"\b(we|they|both)\b", before)
            people = None if several else _people(match["who"])
            found.add(people + 1 if people else None)
    return _one(found) if None not in found else None


_WHERE_THEY_LIVE = re.compile(r"\b(?:i|we|he|she|they)\b(?:\s+\w+)?\s+(?:live|lives|living|rent|rents|own|owns|stay|stays)\b|"
                              r"\b(?:my|our|his|her|their) (?:own )?(?:\w+ )?(?:house|flat|bungalow|home|maisonette|"
                              r"apartment)\b|\b(?:council|rented|shared|housing association) (?:house|flat|bungalow)")


def home_type(sections: dict[str, Any]) -> Choice | None:
    found = set()
    for text in _lower(_items(sections, "home")):
        if not _WHERE_THEY_LIVE.search(text):
            continue  # "we go to my daughter's house on Sundays" is not where they live
        text = re.sub(r"\b(go|going|move|moving) into a (care |nursing )?home\b", "", text)
        for key, choice in HOME_TYPES.items():
            if re.search(choice.words, text) and not (key == "house" and "council house" not in text
                                                      and re.search(r"\bhouse ?(bound|work|keeping)\b", text)):
                found.add(key)
                break
    only = _one(found)
    return HOME_TYPES[only] if only else None


def tenure(sections: dict[str, Any]) -> Choice | None:
    found = set()
    for item, text in _said(sections, "home"):
        if re.search(r"\b(i|we|they|he|she) owns?\b|\bwe own\b|\bown (my|our|his|her) (own )?(home|house|flat|bungalow)|"
                     r"\bmortgage|\bowner[- ]occupie", text):
            found.add("owner")
        if re.search(r"\bcouncil (flat|house|property|tenan\w*|home|bungalow)|housing association|social housing", text):
            found.add("social")
        elif re.search(r"\blandlord|\brent(s|ing)? (a|my|the|our) (room|flat|house|place|bedsit)|"
                       r"\bprivate(ly)? rent|\brented (flat|house|room)", text):
            found.add("private")
        if item.get("told_by") == "carer" and re.search(r"\blives? with (me|us)\b", text):
            found.add("family")
    only = _one(found)
    return TENURES[only] if only else None


def housing(sections: dict[str, Any]) -> Choice | None:
    texts = _lower(_items(sections, "home", "risks", "about_me"))
    if any(re.search(r"homeless|sofa[- ]?surf|no fixed (abode|address)|sleep(ing)? rough|on the streets?\b|"
                     r"nowhere to (live|stay)|\bhostel\b|night shelter|\bsleep(ing)? in (my|the) car\b", t) for t in texts):
        return HOUSING["homeless"]
    if home_type(sections) or tenure(sections) or any(
            i.get("kind") == "address" for i in _items(sections, "home")) or any(
            re.search(r"\b(live|lives|living) (in|at)\b", t) for t in texts):
        return HOUSING["housed"]
    return None


def housing_worry(sections: dict[str, Any]) -> bool | None:
    texts = _lower(_items(sections, "home", "work_money", "risks"))
    worried = r"\bevict|behind (on|with) (the|my|our) (rent|mortgage)|(rent|mortgage) arrears|arrears (on|with) " \
              r"(the|my|our) (rent|mortgage)|los(e|ing) (my|our|the) " \
              r"(home|flat|house|place|tenancy)|notice to (quit|leave)|section 21|repossess"
    return True if any(re.search(worried, t) for t in texts) else None


def employment(sections: dict[str, Any]) -> Choice | None:
    found = set()
    # Losing a job is told in the past tense ("I lost my job in the summer") and holds now.
    lost = [t for i, t in _said(sections, "work_money", statuses=("past",))
            if re.search(r"\blost (my|his|her) job|\bmade redundant\b", t)]
    for text in _lower(_items(sections, "work_money")) + lost:
        if re.search(r"\bretired\b|\bstudent\b", text):
            found.add("not seeking")
        elif re.search(r"\blost (my|his|her) job|\bunemployed\b|out of work|\bmade redundant|looking for (work|a job)|"
                       r"job ?seeker", text):
            found.add("unemployed")
        elif re.search(r"\b(work|job|working)\b.*\bpart[- ]time\b|\bpart[- ]time\b.*\b(work|job)", text):
            found.add("part-time")
        elif re.search(r"\b(work|job|working)\b.*\bfull[- ]time\b|\bfull[- ]time\b.*\b(work|job)", text):
            found.add("full-time")
    only = _one(found)
    return EMPLOYMENT[only] if only else None


def working(sections: dict[str, Any]) -> bool | None:
    found = employment(sections)
    return None if found is None else found.key in ("part-time", "full-time")


def _habit(sections: dict[str, Any], words: str) -> set[str | None]:
    return {i.get("status") for i in _items(sections, "health", statuses=("current", "past", "negated"))
            if re.search(words, " ".join([i["text"], str(i.get("term", ""))]).lower())}


_SMOKE = r"\bsmok|cigar|tobacco|roll[- ]?ups?\b"


def smoking(sections: dict[str, Any]) -> Choice | None:
    said = _habit(sections, _SMOKE)
    for status, key in (("current", "current"), ("past", "past"), ("negated", "not")):
        if status in said:
            return SMOKING[key]
    return None


def smokes(sections: dict[str, Any]) -> bool | None:
    found = smoking(sections)
    return None if found is None else found.key == "current"


def smoked_ever(sections: dict[str, Any]) -> bool | None:
    found = smoking(sections)
    return True if found is not None and found.key in ("current", "past") else None


def drinks(sections: dict[str, Any]) -> bool | None:
    said = {i.get("status") for i in _items(sections, "health", statuses=("current", "past", "negated"))
            if re.search(r"\bdrink|alcohol|\bpints?\b|\bwine\b|\bbeer\b", " ".join([i["text"], str(i.get("term", ""))]).lower())
            and not re.search(r"\b(water|tea|coffee|fluids?|squash|juice|milk)\b", i["text"].lower())}
    return True if "current" in said else False if "negated" in said else None


def _falls(sections: dict[str, Any]) -> list[str]:
    idiom = r"\b(fall|falls|fell|fallen) (asleep|out|behind|through|apart|pregnant|ill|in love|for)\b"
    return [t for t in _lower(_items(sections, "risks", "health", statuses=("current", "past")))
            if re.search(r"\bfall(s|en)?\b|\bfell\b", t) and not re.search(idiom, t)]


def falls(sections: dict[str, Any]) -> bool | None:
    return True if _falls(sections) else None


def falls_count(sections: dict[str, Any]) -> int | None:
    counts = set()
    for text in _falls(sections):
        match = re.search(r"\b(a|one|two|three|four|five|six|\d+) (?:bad |nasty |small )?falls?\b|"
                          r"\bfall(?:en)? (once|twice|three times|four times)\b|\bfell (once|twice|three times)\b", text)
        if match:
            word = next(g for g in match.groups() if g)
            counts.add(_NUMBERS.get(word.split()[0], int(word) if word.isdigit() else None))
    return _one(counts)


def mobility_aids(sections: dict[str, Any]) -> list[str]:
    found = []
    for item in _items(sections, "daily_living"):
        if re.search(r"\b(need|needs|needed|want|wants|waiting for)\b", item["text"].lower()):
            continue  # "we need a stairlift": not what they use
        found += [a for a in item.get("aids", []) if str(a).lower() in MOBILITY_AIDS and a not in found]
    return found


def uses_mobility_aid(sections: dict[str, Any]) -> bool | None:
    return True if mobility_aids(sections) else None


def _cares(item: dict[str, Any]) -> bool:
    text = item["text"].lower().replace("’", "'")
    if item.get("about") == "narrator":  # the carer telling the story, of themselves
        return item.get("role") == "carer" or bool(_TELLER_CARES.search(text))
    if item.get("told_by") == "carer":
        return bool(_CARES_FOR_THEM.search(text))
    return bool(_CARES_FOR_ME.search(text))


def _carers(sections: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in _items(sections, "support_network", about=("subject", "narrator")) if _cares(i)]


def has_carer(sections: dict[str, Any]) -> bool | None:
    return True if _carers(sections) else None


def carer_text(sections: dict[str, Any]) -> str | None:
    return "; ".join(dict.fromkeys(i["text"] for i in _carers(sections))) or None


def carer_name(sections: dict[str, Any]) -> str | None:
    return _one({i["name"] for i in _carers(sections) if i.get("name")})


def carer_relationship(sections: dict[str, Any]) -> str | None:
    return _one({i["relationship"] for i in _carers(sections) if i.get("relationship")})


def help_with(sections: dict[str, Any]) -> list[str]:
    """What the person needs help with, as our own activity names, when a clause says so."""
    found = []
    for item in _items(sections, "daily_living"):
        if _HELP.search(item["text"].lower()):
            found += [_ACTIVITIES[a] for a in item.get("activities", []) if a in _ACTIVITIES
                      and _ACTIVITIES[a] not in found]
    return found


def _address(sections: dict[str, Any]) -> str | None:
    return _one({str(i.get("value", i["text"])) for i in _items(sections, "home") if i.get("kind") == "address"})


def postcode(sections: dict[str, Any]) -> str | None:
    match = _POSTCODE.search(_address(sections) or "")
    return f"{match[1]} {match[2]}".upper() if match else None


def town(sections: dict[str, Any]) -> str | None:
    parts = [p.strip() for p in (_address(sections) or "").split(",")]
    if len(parts) < 2:
        return None
    last = _POSTCODE.sub("", parts[-1]).strip()
    return last if re.fullmatch(r"[A-Za-z][A-Za-z' -]+", last) else None


@dataclass(frozen=True)
class Fact:
    read: Callable[[dict[str, Any]], object]
    section: str  # where an answer to its question is kept, so that consent governs it


FACTS: dict[str, Fact] = {
    "lives_alone": Fact(lives_alone, "home"), "lives_with_anyone": Fact(lives_with_anyone, "home"),
    "lives_with": Fact(lives_with, "home"), "household_size": Fact(household_size, "home"),
    "home_type": Fact(home_type, "home"), "tenure": Fact(tenure, "home"), "housing": Fact(housing, "home"),
    "housing_worry": Fact(housing_worry, "home"), "postcode": Fact(postcode, "home"), "town": Fact(town, "home"),
    "employment": Fact(employment, "work_money"), "working": Fact(working, "work_money"),
    "smoking": Fact(smoking, "health"), "smokes": Fact(smokes, "health"), "smoked_ever": Fact(smoked_ever, "health"),
    "drinks": Fact(drinks, "health"), "falls": Fact(falls, "risks"), "falls_count": Fact(falls_count, "risks"),
    "mobility_aids": Fact(mobility_aids, "daily_living"), "uses_mobility_aid": Fact(uses_mobility_aid, "daily_living"),
    "help_with": Fact(help_with, "daily_living"), "has_carer": Fact(has_carer, "support_network"),
    "carer_text": Fact(carer_text, "support_network"), "carer_name": Fact(carer_name, "support_network"),
    "carer_relationship": Fact(carer_relationship, "support_network"),
}


def read_fact(name: str, sections: dict[str, Any]) -> object:
    return FACTS[name].read(sections)
