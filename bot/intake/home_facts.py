"""Facts about the person's home and household, read from several clauses: "Do you live alone?",
"How many people live in your home?", "Type of home", "Tenure", "Housing status", the postcode.
Precision first, as every fact (`bot.intake.facts`): None unless the story says it plainly."""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from bot.intake.address import POSTCODE as _POSTCODE
from bot.intake.address import read_address
from bot.intake.reading import NUMBERS as _NUMBERS
from bot.intake.reading import Choice, plain
from bot.intake.reading import choice as _choice
from bot.intake.reading import items as _items
from bot.intake.reading import lower as _lower
from bot.intake.reading import one as _one
from bot.intake.reading import said as _said
from bot.sections import NOT_A_BUILDING_NAME

_SHARED = r"\bshared\b|\broom in\b|house ?share|flat ?share|\bbedsit"
HOME_TYPES = {  # the first whose words a clause has is the one: "a room in a shared house" is no house
    # On a form with no option for sharing, a shared house is a house and a shared flat a flat.
    "shared house": _choice("shared house", _SHARED, display="Room in a shared house", broader=r"\bhouse\b"),
    "shared flat": _choice("shared flat", _SHARED, display="Room in a shared flat", broader=r"\bflat\b|maisonette"),
    # "It is a supported living house" (the twenty-ninth fresh forms set, session 35: filled "House", where the form had
    # "Hostel or supported housing")
    "supported": _choice("supported", r"\bsupported (?:living|housing|accommodation|lodgings)|\bhostel\b|\brefuge\b|"
                         r"\bextra care (?:housing|flat|scheme)", display="Hostel or supported housing"),
    "bungalow": _choice("bungalow", r"\bbungalow", display="Bungalow"),
    "flat": _choice("flat", r"\bflat\b|apartment|maisonette", display="Flat"),
    "care home": _choice("care home", r"care home|nursing home|residential home", display="Care home"),
    "house": _choice("house", r"\bhouse\b", display="House"),
}
TENURES = {
    "owner": _choice("owner", r"\bowns?\b|owner|mortgage", display="Owns their home"),
    "social": _choice("social", r"council|housing association|social (housing|landlord)",
                      display="Rents from the council or a housing association"),
    # Which social landlord, for a form that asks which: the option that names it, else one for both.
    "council": _choice("council", r"council|local authority", display="Rents from the council",
                       broader=r"council|housing association|social (housing|landlord)"),
    "housing association": _choice("housing association", r"housing association|housing trust",
                                   display="Rents from a housing association",
                                   broader=r"council|housing association|social (housing|landlord)"),
    "private": _choice("private", r"privat", display="Rents privately"),
    "family": _choice("family", r"family|friends|relatives", display="Lives with family"),
}
HOUSING = {  # LOINC 71802-3 answers (PRAPARE), and AHC HRSN's living situation
    "housed": _choice("housed", r"^i have (housing|a steady place)|^(has|have) housing", "LA30189-7", "LA31993-1",
                      display="I have housing"),
    "homeless": _choice("homeless", r"do not have (housing|a steady place)|don't have housing|homeless",
                        "LA30190-5", "LA31995-6", display="I do not have housing"),
}
# Alone with a pet is alone; "I live alone with my son" (a stranger, session 34) is living with him.
_PERSON_WORDS = (r"(?:husband|hubby|wife|missus|partner|sons?|daughters?|boys?|girls?|lads?|kids|children|child|family|"
                 r"mum|mam|mom|mother|dad|father|parents|brother|sister|nan|gran|granny|grandson|granddaughter|"
                 r"grandchildren|grandkids|nephew|niece|uncle|aunt|auntie|cousin|friend|boyfriend|girlfriend|"
                 r"fianc[eé]e?|lodger|carer)\b")
# (only whom, said last: not "alone with my son visiting", "with my daughter's help", "with my husband gone": alone)
_PERSON_WITH = (r"\s+with\s+(?:my|me|our|his|her|their|ma)\s+(?:\w+\s+)?" + _PERSON_WORDS
                + r"(?!['’])(?:\s+(?!(?:\w+ing|nearby|gone|around|away|next|over|here|there|close|abroad|grown|dead|passed|in|at|on)\b)"
                r"[A-Za-z]+)?(?=\s*(?:[,.;!?)]|$|\s+(?:and|who|in\s+(?:a|an|the|our|my)\s+(?:house|"
                r"flat|bungalow|home|place)|now\s+(?:the|that|my|our)|since)\b))")
_LIVES_ALONE = re.compile(r"\b(live|lives|living)\s+(alone|on (my|his|her|their) own|by (my|him|her|them)sel(f|ves))"
                          rf"(?!{_PERSON_WITH})")
_LIVES_WITH = re.compile(r"\b(?:live|lives|living|(?:live|lives|living) alone(?=" + _PERSON_WITH + r")|"
                         r"(?:has|have|'s|'ve) lived|(?:share|shares|sharing) (?:a|the|my|our|his|her|their) "
                         r"(?:house|flat|home|place))\s+with\s+(?P<who>.+?)(?=\s+(?:in|at|on|near|since|now|and we|who)\b|[,.;]|$)")
# ... or after where ("I live in my son's house at 48 Lady Margaret Road, with Manpreet", "i live at forty two
# heol y nant … with my wife carol"): then only someone's ("with my wife", "with our grandson") or a name, as
# "I live in a flat with no lift" is no one.
_LIVES_AT_WITH = re.compile(r"\b(?:live|lives|living)\s+(?:in|at)\b[^,.;]{0,80}?,?\s+with\s+"
                            r"(?P<who>(?:my|our|his|her|their|me)\b.+?|(?P<name>[a-z]+)\b.*?)"
                            r"(?=\s+(?:in|at|on|near|since|and we|who|its|it's|it is|but|so|cos|because)\b|[,.;()]|$)")
# What is said in brackets beside someone: "my daughter Sofiia (she is 17, she go to college)"
_ASIDE = re.compile(r"\s*\([^()]*\)")
# Where a list of whom ends, in words run on without stops: "with my wife carol its our own house paid off …"
_RUNS_ON = re.compile(r"\s+(?:its|it's|it is|but|so|cos|because|got)\b.*$")
# Where they live, said after whom: "…, in mum's council house, 27 Cromwell Street"
_WHERE_AFTER = re.compile(r"\s*,\s*(?:in|at)\s+.*$", re.IGNORECASE)
# An age said after whom: "my little brother Tyler who's 7", "my son aged 12"
_AGE_SAID = re.compile(r"\s+(?:who'?s|who’s|who is|aged|age)\s+\d{1,3}\b", re.IGNORECASE)
# A clause that only goes on naming them ("… with Manpreet, his wife Jaspreet and their two children")
_MORE_OF_THEM = re.compile(r"^(?:and\s+)?(?:my|his|her|their|our)\s+[\w' ]+$")
_A_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|does|do|did|helps?|works?|lives?|comes?|goes?|gets?|"
                     r"takes?|looks?|cares?|can|will|would|visits?|pops?|calls?|rings?|sees?|stays?)\b")
# Whom they hope to live with, not whom they live with: "What Owen wants most is to live … with his friend Dylan
# one day", "Hopefully she can live with her boyfriend Mark eventually"
_HOPED_FOR = re.compile(r"\b(?:wants?|wanting|would (?:like|love)|'d (?:like|love)|hopes?|hoping|hopefully|dreams?|wish|"
                        r"wishes|plans?|planning|one day|someday|some day|eventually|in the future|(?:can|could|will|"
                        r"might) (?:\w+ )?(?:live|move)|"
                        # "…, and in the long run to supported living with his friends" (session 21); not "my
                        # long-term partner Dave", whom they live with now
                        r"in the long run|long[- ]term(?![- ](?:partner|boyfriend|girlfriend|friend|companion|carer|"
                        r"lodger|fianc[eé]e?|husband|wife|housemate|flatmate|foster|other half)\b)|later on|in time|"
                        r"(?:in)?to supported living|would suit)\b")
_WE_LIVE = re.compile(r"^(?:we|we've|we have) (?:live|lived|got)\b|\bwe live\b")
# As people write them too: "my three childs", "our 2 boys", "the grandkids".
_PLURAL_PEOPLE = re.compile(r"\b(children|childs|childrens|kids|sons|daughters|boys|girls|lads|twins|parents|"
                            r"grandchildren|grandkids|brothers|sisters|friends|family|people|persons|adults|"
                            r"flatmates|housemates|lodgers|students)\b")


# A relative who helps, said to live in a home of their own: "my brother Dave lives with his wife in Leeds", "my
# sister lives in Leeds" (not "my son lives with me", "my brother lives with her", "my daughter lives nearby")
_THEIR_OWN_HOME = re.compile(r"^(?:and\s+|but\s+)?(?:my|our|his|her|their)\s+\w+(?:\s+\w+)?\s+(?:still\s+|now\s+)?"
                             r"(?:lives|is living|stays|is staying)\s+(?:with\s+(?:his|her|their)\s+\w+|in\s+\w+|in a\b|"
                             r"at\s+\d)")


def _said_of_home(sections: dict[str, Any], statuses: tuple[str, ...] = ("current",),
                  own_words: bool = False) -> list[tuple[dict[str, Any], str]]:
    """What the home and support clauses say, the person's address in them set aside: "I live at
    Flat 2, 41 Victoria Road, Leeds with my wife" reads as "I live with my wife"."""
    addresses = {str(i.get(k)).lower() for i in _items(sections, "home") if i.get("kind") == "address"
                 for k in ("said", "value", "text") if i.get(k)}
    found = []
    said = [(i, t) for i, t in _said(sections, "home", "support_network", statuses=statuses)
            if not (i.get("relationship") and _THEIR_OWN_HOME.search(t))]
    for item, text in [(i, plain(i["text"])) for i, _ in said] if own_words else said:
        for address in sorted(addresses, key=len, reverse=True):
            if item.get("kind") != "address" and address in text:
                text = re.sub(r"\b(live|lives|living)\s+(?:at\s+|in\s+)?$", r"\1 ", text[:text.index(address)]) + \
                    text[text.index(address) + len(address):].lstrip(" ,")
        found.append((item, " ".join(text.split())))
    return found


def lives_alone(sections: dict[str, Any]) -> bool | None:
    said = _said_of_home(sections, statuses=("current", "negated"))
    if any(i["status"] == "current" and _LIVES_ALONE.search(t) for i, t in said):
        return True
    if any(i["status"] == "negated" and _LIVES_ALONE.search(t) for i, t in said):
        return False
    if any(i["status"] == "current" and (_lives_with_now(t) or _WE_LIVE.search(t)) for i, t in said) \
            or _with_whom(sections):  # "I live in a privately rented maisonette … with my partner Sam"
        return False
    return None


def _lives_with_now(text: str) -> bool:
    match = _LIVES_WITH.search(text)
    return match is not None and not (_HOPED_FOR.search(text[:match.start()]) or _HOPED_FOR.search(match["who"]))


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


def _another_sex(sections: dict[str, Any], before: str) -> bool:
    """Whether the clause's "he" or "she" cannot be the person, whose sex the story gave ("he lives in Hull", of Mum)."""
    said = re.match(r"\W*(?:and\s+|but\s+)?(he|she)\b", before, re.IGNORECASE)
    if said and not any(i.get("told_by") == "carer" for i in _items(sections, "home", "support_network")):
        return True  # in the person's own story, "he" and "she" are always someone else
    sex = {str(i.get("value")) for i in _items(sections, "about_me") if i.get("kind") == "gender"}
    return said is not None and sex == {"female" if said.group(1).lower() == "he" else "male"}


def _with_whom(sections: dict[str, Any]) -> list[tuple[dict[str, Any], str, str]]:
    """Each clause that says whom the person lives with, its own words (not its features: "living
    with family" is structuring's word, not whom): the clause, the words before, and whom, in the
    story's spelling ("my husband Abdirahman and our five children"), with a next clause that only
    goes on naming them ("…, with Manpreet" then "his wife Jaspreet and their two children")."""
    home = _said_of_home(sections, own_words=True)
    found = []
    for item, text in home:
        text = _ASIDE.sub("", text)  # "my daughter Sofiia (she is 17, she go to college) and my mother": both
        match = _LIVES_WITH.search(text) or _LIVES_AT_WITH.search(text)
        if match and match.re is _LIVES_AT_WITH and match["name"] and not re.search(
                rf"\bwith (?-i:[A-Z]){re.escape(match['name'][1:])}\b", item["text"], re.IGNORECASE):
            continue  # "with" a word that is no name ("with no lift")
        if not match or _HOPED_FOR.search(text[:match.start()]) or _HOPED_FOR.search(match["who"]):
            continue  # "wants to live with his friend Dylan one day": a hope, not the household
        who = _RUNS_ON.sub("", match["who"]).strip()
        if re.match(r"(?:his|her|their)\b", who, re.IGNORECASE) and (
                item.get("about") not in ("subject", "narrator", None) or _another_sex(sections, text[:match.start()])):
            continue  # "My dad doesn't live with us, he lives in Hull with his girlfriend": his household, in Mum's story (a
            # fresh forms set, session 28: "his girlfriend" was sent as whom she lives with)
        if us := _WITH_US.match(who):  # "Our grandson Jordan lives with us while he's at college": Jordan, not "us while he's"
            who = _SAID_FIRST.sub("", text[:match.start()]).strip(" ,")
            if not _THEIR_KIN.fullmatch(who) or _PLURAL_PEOPLE.search(who.lower()):
                continue  # "Owen lives with us" (the person), "me dad dont live with us": no one more said to live there;
                # "My two sons live with me": how many is for the person to say, as before
            found.append((item, "we" if us.group(0).lower() == "us" else "", who))  # "us": as "we" (household_size)
            continue
        end = item.get("source", {}).get("end") if isinstance(item.get("source"), dict) else None
        # "I live with my mum", then "my stepdad Craig and my little brother Tyler who's 7, in mum's council house":
        # the next clause names more of them, up to where it says the home is
        more = [(i, _AGE_SAID.sub("", _WHERE_AFTER.sub("", t)).strip()) for i, t in home
                if end is not None and match.end() == len(text.rstrip(" ,."))
                and isinstance(i.get("source"), dict) and 0 < i["source"].get("start", -1) - end <= 3]
        # "I live with my wife Maureen, 76, and our son Darren, 48": the sentence goes on, after ", and", naming them
        more += [(i, _AGE_AFTER.sub("", t).strip()) for i, t in _going_on(home, item) if 3 < _gap(item, i) <= 6]
        # (in the same sentence: "I live with my wife. Our son visits on Sundays" names no one more who lives there)
        more = [(i, t) for i, t in more if _MORE_OF_THEM.match(t) and not _A_VERB.search(t) and len(t.split()) <= 8
                and not str(i.get("text", ""))[:1].isupper()][:1]
        who += "".join(f", {t}" for _, t in more)
        # back to the story's own spelling ("my partner Dawn n her lad")
        spelt = r"\s*".join(r"(?:and|n|&|\+)" if w == "and" else re.escape(w) for w in re.findall(r"\w+|[^\w\s]", who))
        said = re.search(rf"\b{spelt}", "".join([_AGE_AFTER.sub("", _ASIDE.sub("", item["text"])), *(
            f", {_AGE_AFTER.sub('', _WHERE_AFTER.sub('', i['text']))}" for i, _ in more)]).replace("’", "'"),
                         re.IGNORECASE)
        found.append((item, text[:match.start()], said.group(0) if said else who))
    return found


# Someone who lives "with us" or "with me": the household is whoever the clause says lives there (the twenty-first fresh
# forms set, session 27: "us while he's" was sent as whom they live with)
_WITH_US = re.compile(r"(?:us|me)\b(?!\s*(?:and|n|&|\+|,)\s)(?!\s+(?:\w+\s+)?" + _PERSON_WORDS + r"(?!.*\band\s+(?:me|us)\b))",
                      re.IGNORECASE)  # not "with me and my husband", nor "with me husband" (mine; "me husband and me": us)
_SAID_FIRST = re.compile(r"^\W*(?:and|but|also|now|so)\s+", re.IGNORECASE)
_THEIR_KIN = re.compile(r"(?:my|our|his|her|their|me)\s+[a-z-]+(?:\s+(?!(?:dont|don't|doesnt|doesn't|does|do|did|didnt|"
                        r"didn't|never|no|not|wont|won't|cant|can't|used|also|still|now|only|just)\b)[a-z-]+)?", re.IGNORECASE)
# An age said after a name, in figures or words: "my grandson Lee, 19", "our son Darren, forty-eight"
_AGE_AFTER = re.compile(r"\s*,\s*(?:aged\s+)?(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                        r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|"
                        r"fifteen|sixteen|seventeen|eighteen|nineteen)\s*$", re.IGNORECASE)
# Someone named in the same sentence, after whom they live with: said in lower case, as the sentence goes on
_NAMED_ON = re.compile(r"^(?:and\s+)?(?:my|our|his|her|their)\s+\w+")


def _gap(one: dict[str, Any], other: dict[str, Any]) -> int:
    a, b = one.get("source"), other.get("source")
    if not (isinstance(a, dict) and isinstance(b, dict) and isinstance(a.get("end"), int)
            and isinstance(b.get("start"), int)):
        return -1
    return int(b["start"]) - int(a["end"])


def _going_on(said: list[tuple[dict[str, Any], str]], item: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """Clauses just after whom the person lives with that go on naming someone of theirs in the same sentence
    ("…with husband Tomasz, he have 61 years, and our son Piotr, 24"), not in a home of their own."""
    return [(i, t) for i, t in said if 0 < _gap(item, i) <= 30 and _NAMED_ON.match(str(i.get("text", "")))
            and not _THEIR_OWN_HOME.search(t)]


def _goes_on_naming(sections: dict[str, Any], item: dict[str, Any], who: str) -> bool:
    """Whether the sentence whom they live with is said in names someone after it that `who` leaves out: the
    household is then not known from the words counted."""
    said = [(i, plain(i["text"])) for i in _items(sections, "support_network", "home")]
    return any(_AGE_AFTER.sub("", _AGE_SAID.sub("", _WHERE_AFTER.sub("", t))).strip().lower() not in plain(who).lower()
               for _, t in _going_on(said, item))


_ONLY_A_PRONOUN = re.compile(r"\W*(?:us|me|them|him|her|you|we|us all|all of us)\W*", re.IGNORECASE)


def lives_with(sections: dict[str, Any]) -> str | None:
    """Who the person lives with, in the story's words ("Lives alone" when they do): whom, never the
    whole clause ("my husband Abdirahman and our five children"), and only when said in a few words."""
    if lives_alone(sections):
        return "Lives alone"
    # "She lives with us", "he lives with me" alone names nobody a service could write down
    said = [who for _, _, who in _with_whom(sections) if len(who.split()) <= 12 and not _ONLY_A_PRONOUN.fullmatch(who)]
    return "; ".join(dict.fromkeys(said or _we_are_a_couple(sections))) or None


_PETS = re.compile(r"\b(?:dogs?|cats?|budgies?|pets?|rabbits?|parrots?|puppy|kitten)\b")


_SAID_OF_THEM = re.compile(r"(?:has|have|had|is|was|who|which|needs|does|gets|got|goes|works|helps|can|cant|cannot|uses|"
                           r"takes|likes|loves|suffers|hes|shes|he|she)\b")


def _people(words: str) -> int | None:
    count = 0
    # "my 2 kids (8 n 11)", "my two boys aged 8 and 11": their ages, not more people
    words = re.sub(r"\([^)]*\)?|\b(?:aged|ages|age|who are|who're)\s+\d+(?:\s*(?:,|and|&|n)\s*\d+)*", " ", words)
    for part in re.split(r",|\band\b|&", words):
        part = part.strip()
        if not part or re.fullmatch(r"[\d\W]+", part) or _PETS.search(part):
            continue  # an age said on its own, or "the dog"
        if _SAID_OF_THEM.match(part):
            continue  # "my son Liam hes 24 and has autism": more said of him, no one else (the twenty-third fresh forms set)
        number = next((_NUMBERS.get(w) or (int(w) if w.isdigit() else None)
                       for w in part.split() if w in _NUMBERS or w.isdigit()), None)
        if number is not None and _PLURAL_PEOPLE.search(part):
            count += number
        elif _PLURAL_PEOPLE.search(part) or re.search(r"\b(us|them|others)\b", part):
            return None  # "my children": how many is not said
        else:
            count += 1
    return count or None


_PARTNER_TELLS = re.compile(r"\b(?:i'?m|i am|im)\s+(?:[a-z]+,?\s+)?(?:his|her|their)\s+(?:wife|husband|partner)\b")


def _told_by_their_partner(sections: dict[str, Any]) -> bool:
    """The carer telling the story says they are the person's partner ("I am his wife Marta")."""
    return any(_PARTNER_TELLS.search(plain(i["text"])) for i in _items(sections, "support_network", about=("narrator",))
               if i.get("told_by") == "carer")


def household_size(sections: dict[str, Any]) -> int | None:
    """People in the home including the person: 1 when they live alone; otherwise counted from the
    one clause that says who they live with ("with me and my husband" is 3), when it says it."""
    alone = lives_alone(sections)
    if alone:
        return 1
    if _we_are_a_couple(sections):
        return 2
    found = set()
    couple = _told_by_their_partner(sections)
    for item, before, who in _with_whom(sections):
        # a partner telling the story: their "we" is the two of them ("We live with our daughter" is 3)
        we = couple and item.get("told_by") == "carer" and re.fullmatch(r"\s*we\s*", before)
        several = not we and (_PLURAL_PEOPLE.search(before) or re.search(r"\b(we|they|both)\b", before))
        if item.get("told_by") == "carer" and re.fullmatch(r"\s*(?:her|him|them)\s*", who, re.IGNORECASE) \
                and re.search(r"\b(?:me|i)\b", before, re.IGNORECASE) and not several:
            # "me n my little sister mia (9) live wiv her": the carer and whom they name live with the person (a fresh
            # forms set, session 40: 2 were counted, the person and "her")
            found.add(count + 1 if (count := _people(plain(_SAID_FIRST.sub("", before)))) else None)
            continue
        people = None if several or _goes_on_naming(sections, item, who) else _people(plain(who))
        found.add(people + (2 if we else 1) if people else None)
    return _one(found) if None not in found else None


_WHERE_THEY_LIVE = re.compile(r"\b(?:i|we|he|she|they)\b(?:\s+\w+)?\s+(?:live|lives|living|rent|rents|own|owns|stay|stays|"
                              r"share|shares)\b|^(?:live|lives|living) (?:with|in|at)\b|"
                              r"^(?:it|it's|its|this|this is)\b(?: is)? an? supported (?:living|housing)\b|"
                              r"\b(?:my|our|his|her|their) (?:own )?(?:\w+ )?(?:house|flat|bungalow|home|maisonette|"
                              r"apartment)\b|\b(?:council|rented|shared|housing association) (?:house|flat|bungalow)|"
                              r"\b(?:private|privately)?\s*rent(?:ing|ed) (?:a |the )?(?:house|flat|bungalow|maisonette)\b")


# The long words home facts read by, as a misspelling of one still says it ("a bunglow", "the housing
# assocation"): a word of six letters or more, with the same first letter, nearly the same.
_HOME_WORDS = ("bungalow", "association", "maisonette", "apartment", "council", "landlord", "privately", "rented",
               "mortgage")


def _respelled(text: str) -> str:
    def word(found: re.Match[str]) -> str:
        said = found.group(0)
        near = [w for w in _HOME_WORDS if w[0] == said[0] and SequenceMatcher(None, said, w).ratio() >= 0.88]
        return near[0] if len(near) == 1 else said
    return re.sub(r"\b[a-z]{6,}\b", word, text)


# Sleeping on someone else's sofa or floor: no home of their own ("ive been sleepin on my mate kais sofa at his flat"
# was a "Flat or maisonette" and "I have housing", session 19); their own sofa ("sleeps on the sofa downstairs") is not
_SOFA_SURFING = re.compile(
    r"\bsofa[- ]?surf|\b(?:sleep|sleeps|sleeping|sleepin|slept|kip|kips|kipping|crash|crashes|crashing|crashed|stay|stays|"
    r"staying|stayin|stopping|dossing|doss|living|livin)\s+on\s+(?:(?:a|my|me|his|her|their|our|the)\s+)?"
    r"(?:(?:different|other|various)\s+)?(?:(?:mate|friend|pal|m8|bf|boyfriend|gf|girlfriend|cousin|brother|sister|"
    r"mum|mam|dad|nan|aunt|auntie|aunty|uncle)\s+)?"
    r"(?:(?!(?:down|up)stairs\b)[a-z]+(?:'s|’s|s'|s’|s)\s+){1,2}(?:sofa|couch|settee|floor)s?\b", re.IGNORECASE)


# Where they live is supported housing, a hostel or a refuge: "It is a supported living house", "I live in a hostel"
_LIVES_SUPPORTED = re.compile(r"(?:\b(?:i|we|he|she|they)\s+(?:now\s+)?(?:live|lives|am\s+living|is\s+living|are\s+living|"
                              r"['’]?m\s+living|stay|stays|am\s+staying|['’]?m\s+staying|am|['’]?m|im|is|are)\s+(?:now\s+)?"
                              r"(?:in|at)\s+(?:a|an|the)?\s*(?:\w+\s+){0,2}?|^(?:it|it's|its|this|this is)\b(?: is)? an?\s+|"
                              r"^(?:live|lives|living)\s+(?:in|at)\s+(?:a|an|the)?\s*(?:\w+\s+){0,2}?)"
                              r"(?:supported (?:living|housing|accommodation|lodgings)|hostel|refuge|extra care (?:housing|flat|scheme))")


# A building named "… House" is a name, not a house: "now the council's put me in Beacon House, it's a hostel" (the
# thirty-second fresh forms set: "House" was filled for a man in a hostel)
_NAMED_HOUSE = re.compile(r"\b" + NOT_A_BUILDING_NAME + r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+House\b")


def _unnamed(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items with any building named "… House" said as a building."""
    return [{**i, "text": _NAMED_HOUSE.sub("a building", i["text"])} for i in found]


def home_type(sections: dict[str, Any]) -> Choice | None:
    found = set()
    for text in map(_respelled, _lower(_unnamed(_items(sections, "home")))):
        if not _WHERE_THEY_LIVE.search(text) or _SOFA_SURFING.search(text):
            continue  # "we go to my daughter's house on Sundays" is not where they live, nor a mate's flat they sleep in
        text = re.sub(r"\b(go|going|move|moving) into a (care |nursing )?home\b", "", text)
        shared = re.search(r"\bshared (house|flat)|\bshare an? (house|flat)\b|\b(house|flat) ?share\b", text)
        if shared:
            found.add(f"shared {next(g for g in shared.groups() if g)}")
            continue
        for key, choice in HOME_TYPES.items():
            if key.startswith("shared"):
                continue
            if key == "supported" and not _LIVES_SUPPORTED.search(text):
                continue  # a hostel worked in, passed, left or someone else's is not where they live (a second reader)
            if re.search(choice.words, text) and not (key == "house" and "council house" not in text
                                                      and re.search(r"\bhouse ?(bound|work|keeping)\b", text)):
                found.add(key)
                break
    only = _one(found)
    return HOME_TYPES[only] if only else None


def tenure(sections: dict[str, Any]) -> Choice | None:
    found = set()
    for item, said in _said(sections, "home"):
        text = _respelled(said)
        if re.search(r"\b(i|we|they|he|she) owns?\b|\bwe own\b|\bown (my|our|his|her) (own )?(home|house|flat|bungalow)|"
                     r"\bmortgage|\bowner[- ]occupie", text):
            found.add("owner")
        if re.search(r"\bcouncil (flat|house|property|tenan\w*|home|bungalow)|\b(flat|house|property|home|bungalow) "
                     r"(of|from|owned by|belonging to) the council\b|\brent(s|ing)? (it )?from the council\b", text):
            found.add("council")
        elif re.search(r"housing association|housing trust", text):
            found.add("housing association")
        elif re.search(r"social housing", text):
            found.add("social")
        elif re.search(r"\brent(s|ing)? (a|my|the|our) (room|flat|house|place|bedsit)|"
                       r"\bprivate(ly)? rent|\brented (flat|house|room)", text) or (any(
                not (item.get("told_by") == "self" and _SOMEONE_ELSES.search(text[:landlord.start()]))
                for landlord in re.finditer(r"\blandlord", text)) and not any(
                _LANDLORD_GONE.match(text, landlord.end()) or _OLD_LANDLORD.search(text[:landlord.start()])
                for landlord in re.finditer(r"\blandlord", text))):
            found.add("private")
        if item.get("told_by") == "carer" and re.search(r"\b(?:lives?|(?:has|have|'s) lived) with (me|us)\b", text) \
                or _A_RELATIVES_HOME.search(text):
            found.add("family")
    # "We live in our own house", "its our own house paid off": owned, unless the story says otherwise
    # ("her own flat", with a council tenancy, is hers to live in, not to own)
    if not found and any(_OUR_OWN_HOUSE.search(said) for _, said in _said(sections, "home")):
        found.add("owner")
    only = _one(found)
    return TENURES[only] if only else None


# Whose landlord, in the person's own story: a friend's or a relative's ("his landlord says I can't stay", "Dean's
# landlord"), not theirs
_SOMEONE_ELSES = re.compile(r"(?:\b(?:his|her|their)|['’]s)\s+$")
# A tenancy over: "the landlord sold up", "my old landlord" (a fresh forms set, session 24: a man on a friend's sofa
# since his landlord sold was sent as renting privately)
_LANDLORD_GONE = re.compile(r"\s+(?:has\s+|had\s+)?(?:sold|evicted|took\s+(?:it|the\s+\w+)\s+back)\b")  # (not "threw a fit")
_OLD_LANDLORD = re.compile(r"\b(?:old|last|previous|former|ex)\s+$")
# Living in a relative's home: "I live in my son's house", "she stays at her daughter's flat"
_A_RELATIVES_HOME = re.compile(r"\b(?:live|lives|living|stay|stays|staying)\s+(?:in|at)\s+(?:my|his|her|their|our)\s+"
                               r"(?:\w+\s+)?(?:son|daughter|mum|mother|dad|father|brother|sister|parents|nan|gran|"
                               r"grandson|granddaughter|aunt|auntie|uncle|cousin|family)'s\s+(?:house|home|flat|place|"
                               r"bungalow)\b")
_OUR_OWN_HOUSE = re.compile(r"\b(?:in|it'?s|its|is)\s+(?:my|our|his|her|their)\s+own\s+(?:house|home|bungalow)\b")


# A home of their own said beside a sofa slept on ("I live in my own house in Leeds. Since my fall I have been sleeping on
# my daughters sofa until the stairlift is fitted"; a carer's "Mum lives in her own bungalow. I sleep on mums sofa"):
# no homelessness (a second reader, session 19)
_A_HOME_OF_THEIR_OWN = re.compile(r"\b(?:my|our|his|her|their) own (?:house|home|flat|bungalow|place)\b|\b(?:live|lives|"
                                  r"living) in (?:my|our|his|her|their) (?:house|flat|bungalow)\b")


# Put up in a hotel or a B&B, where PRAPARE's "I do not have housing" names a hotel: "we are in a hotel at the moment",
# "the council put us in a B&B", "we must leave the hotel" (not "I work in a hotel")
_IN_A_HOTEL = re.compile(r"\b(?:stay|stays|staying|am|are|is|we're|i'm|living|live|lives|put us|put me|placed)\s+"
                         r"(?:(?:now|still|currently|temporarily)\s+)?(?:in|at)\s+(?:(?:a|an|the|this|one)\s+)?"
                         r"(?:[\w'&-]+\s+){0,3}?(?:hotel|b\s?&\s?b|bed and breakfast)\b|"
                         r"\b(?:leave|out of|out from)\s+(?:the|this)\s+(?:hotel|b\s?&\s?b)\b")


# A hotel stayed in away from home: "at a hotel this weekend for my granddaughter's wedding", "in a hotel in Blackpool for
# our anniversary" (a second reader, session 22: each was "I do not have housing" beside a home they own)
_A_STAY_AWAY = re.compile(r"\b(?:weekend|holiday|hols|wedding|anniversary|birthday|break|trip|night away|nights away|"
                          r"few nights|visiting|conference|for work)\b")


# Homeless now; not a homeless application, team or officer, nor a fear of becoming so ("I make a homeless application for
# me and the children … we are waiting", in a rented flat, was sent as "I do not have housing": the thirtieth fresh forms
# set, session 36)
_HOMELESS_NOW = re.compile(r"(?<!becoming )(?<!become )(?<!made )(?<!be )\bhomeless\b(?! (?:application|applications|"
                           r"assessment|team|officer|prevention|department|unit|section|charity|services?|list|register|"
                           r"duty|form|forms|claim))")


def housing(sections: dict[str, Any]) -> Choice | None:
    found = _items(sections, "home", "risks", "about_me")
    texts = _lower(found)
    own_home = any(_A_HOME_OF_THEIR_OWN.search(t) for t in texts)
    # (the words as said: the lexicon's term "homeless", kept beside "a homeless application", is no homelessness)
    if any(_HOMELESS_NOW.search(plain(i["text"])) for i in found) or any(re.search(r"sofa[- ]?surf|no fixed (abode|address)|sleep(ing)? rough|on the streets?\b|"
                                                r"nowhere to (live|stay)|\bhostel\b|night shelter|\bsleep(ing)? in (my|the) car\b", t)
           or _IN_A_HOTEL.search(t) and not own_home and not _A_STAY_AWAY.search(t)
           or _SOFA_SURFING.search(t) and not own_home for t in texts) \
            or not own_home and not home_type(sections) and not tenure(sections) and any(
                (m := _SOFA_SURFING.search(t)) and not re.search(r"\b(?:he|she|they|his|her|him|them)\b", t[:m.start()])
                for t in _lower(_items(sections, "support_network"))):
        # "been kipping on me mate Dales settee since" is kept with the mate, who helps (the twentieth fresh set)
        return HOUSING["homeless"]
    if home_type(sections) or tenure(sections) or any(
            i.get("kind") == "address" for i in _items(sections, "home")) or any(
            re.search(r"\b(live|lives|living) (in|at)\b", t) for t in texts):
        return HOUSING["housed"]
    return None


_WORRIED = re.compile(r"\bevict|behind (on|with) (the|my|our) (rent|mortgage)|(rent|mortgage) arrears|arrears (on|with) "
                      r"(the|my|our) (rent|mortgage)|los(e|ing) (my|our|the) "
                      r"(home|flat|house|place|tenancy)|notice to (quit|leave)|section 21|repossess|"
                      # "the landlord tell us he sell the flat", "he is going to sell the house", "the landlord
                      # wants the house back"
                      r"\blandlord\b[^.;]*\b(sell|sells|selling|sold|wants? (the|our|my) (\w+ )?back)\b|"
                      r"\b(he|she|they|owner)( \w+){0,3}? (sell|sells|selling) (the|our|this) (flat|house|home|place|"
                      r"property|bungalow)\b")


def housing_worry(sections: dict[str, Any]) -> bool | None:
    texts = _lower(_items(sections, "home", "work_money", "risks") + _sold_from_under_them(sections))
    return True if any(_WORRIED.search(t) for t in texts) else None


def housing_worry_text(sections: dict[str, Any]) -> str | None:
    """Why the person may lose their home, in the story's words."""
    found = _sold_from_under_them(sections) + _items(sections, "home", "work_money", "risks")
    return "; ".join(dict.fromkeys(i["text"] for i, t in zip(found, _lower(found), strict=True)
                                   if _WORRIED.search(t))) or None


# The landlord selling the home, said of him ("he wants to sell the flat", "he is going to sell the house"): his doing
# and his plan, but the person's home that goes
_SOLD = re.compile(r"\b(?:he|she|they|landlord|owner)\b(?: \w+){0,3}? (?:sell|sells|selling) (?:the|our|this) "
                   r"(?:flat|house|home|place|property|bungalow)\b")


def _sold_from_under_them(sections: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in _items(sections, "home", statuses=("current", "hypothetical"), about=("other",))
            if _SOLD.search(plain(i["text"]))]


_ORDINALS = r"ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|\d+(?:st|nd|rd|th)"
# Where the home is, not a room in it: "It's on the second floor", "my flat is on the 3rd floor".
_FLOOR = re.compile(rf"^(?:it'?s|it is|i'?m|i am|we'?re|we are|(?:i|we|he|she|they) li?ves?|(?:my|our|his|her|their) "
                    rf"(?:flat|home|place|apartment|maisonette)(?: is)?) on the ({_ORDINALS}) floor\b")
# A lift in the building, not a ride ("my son gave me a lift", "I got a lift to the hospital").
_LIFT = re.compile(r"\bthere(?:'?s| is| are| isn'?t)(?: a| no| any)? lifts?\b|(?:^|[,;(]\s*)no lifts?\b|\b(?:building|block|flats?) "
                   r"(?:has|have|with|hasn'?t got)(?: a| no)? lifts?\b|\bthe lift (?:is|isn'?t|doesn'?t|never|works|broke)")


# ... or said of the home itself: "a second floor flat"; "in a council flat, 4th floor, 18 Kestrel House"
# (a part of the address, set off by commas, in the clause that says where they live).
_FLOOR_OF_HOME = re.compile(rf"\b({_ORDINALS})[- ]floor (?:flat|maisonette|apartment|bedsit|room)\b")
_FLOOR_IN_ADDRESS = re.compile(rf",\s*(?:on the )?({_ORDINALS}) floor\s*(?:,|$)")


_A_WISH = re.compile(r"\b(?:need|needs|needed|want|wants|would like|looking for|waiting for|move|moving|bid|bidding)\b")


def floor(sections: dict[str, Any]) -> str | None:
    found = set()
    for item, text in _said(sections, "home"):
        words = plain(item["text"])  # its own words: its features joined on ("ground floor", "flat") say nothing more
        where = _WHERE_THEY_LIVE.search(words) and not _A_WISH.search(words)  # "Needs: a ground floor flat" is no home
        match = _FLOOR.search(text) or (where and (_FLOOR_OF_HOME.search(words) or _FLOOR_IN_ADDRESS.search(words)))
        if match:
            found.add(match[1])
    only = _one(found)
    return f"{only.capitalize()} floor" if only else None


# Stairs the person finds hard: "The stairs are getting too much for me", "struggles with the stairs
# here", "I can't manage the steps"; not a stairlift or stairs in another's home.
_STAIRS = re.compile(r"\b(?:stairs|steps|staircase)\b")
_HARD = re.compile(r"\bkills? (?:my|me|his|her)\b|\btoo much\b|\bstruggl\w*|\bdifficult\w*|\bhard\b|\btrouble\b|\bcan'?t (?:manage|do|climb|get up|"
                   r"use)|\bcannot (?:manage|do|climb|get up|use)|\bunable to (?:manage|climb|use|get up)|\bbreathless")


def stairs_difficult(sections: dict[str, Any]) -> bool | None:
    """Yes when a clause of the person's says stairs or steps are hard for them; no when their home has
    none ("no stairs or steps"); otherwise not told (not having mentioned stairs is not managing them)."""
    for item, _ in _said(sections, "home", "daily_living", "risks"):
        words = plain(item["text"])
        if _STAIRS.search(words) and _HARD.search(words) and not re.search(r"stair ?lift", words) \
                and not re.search(r"\b(?:no|not|never|isn'?t|aren'?t|nae)\b (?:\w+ )?(?:too much|trouble|difficult|hard|"
                                  r"struggl\w*|bother)", words) \
                and not re.search(r"\b(?:at|in|to) (?:my |his |her |their |our )?\w+'s (?:house|flat|home|place)\b", words):
            return True
    # "no stairs or steps": none to find hard (a stairlift or a lift is no stair)
    if any(_STAIRS.search(plain(i["text"])) and re.search(r"^no (?:stairs|steps)\b", plain(i["text"]))
           for i, _ in _said(sections, "home", statuses=("negated",))):
        return False
    return None


def has_lift(sections: dict[str, Any]) -> bool | None:
    """Whether the person's building has a lift ("there's no lift"), when the story says."""
    said = set()
    for item, text in _said(sections, "home", statuses=("current", "negated")):
        lift = _LIFT.search(text)
        if lift and "stairlift" not in text and "stair lift" not in text:
            if _NEEDED.search(text[:lift.start()]):
                continue  # "what i need is a ground floor place or a flat with a lift": a wish, not this home
            said.add(not (item.get("status") == "negated" or re.search(r"\bno lifts?\b|isn'?t (?:a |any )?lift|hasn'?t got", text)))
    return _one(said)


_CHANGES = (r"ramps?|stair ?lifts?|grab ?rails?|hand ?rails?|walk-?in shower|wet room|level access shower|hoist|"
            r"through-?floor lift|downstairs (?:toilet|bathroom)|wider doors?|door widening|adaptations?")
_NEEDED = re.compile(r"\b(?:need|needs|needed|want|wants|waiting for|would like|could do with|asked for)\b")


def home_changes(sections: dict[str, Any]) -> list[str]:
    """Changes the home needs that the story names ("We need a ramp at the front door and a stairlift")."""
    found: list[str] = []
    for _, text in _said(sections, "daily_living", "home"):
        if _NEEDED.search(text) and not re.search(r"\b(?:don'?t|do not|doesn'?t|does not|no longer|not|never)\b", text):
            found += [m for m in re.findall(rf"\b(?:{_CHANGES})\b", text) if m not in found]
    return found


def needs_home_changes(sections: dict[str, Any]) -> bool | None:
    return True if home_changes(sections) else None


def lives_with_teller(sections: dict[str, Any]) -> bool | None:
    """In a carer's story, whether the person lives with the carer: yes for "he lives with me",
    "we live in our own house"; no when the person lives alone; otherwise not told."""
    said = _said(sections, "home", "support_network")
    if not any(i.get("told_by") == "carer" for i, _ in said):
        return None
    if lives_alone(sections):
        return False
    together = r"\blives? with (?:me|us)\b|\bwe (?:both )?live (?:together|in (?:our|a|the) (?:own )?(?:\w+ )?" \
               r"(?:house|flat|bungalow|home)|at\b)"
    apart = r"\b(?:near|nearby|close|corner|away|next door|same (?:street|road|village|town)|down the road|miles?)\b"
    return True if any(re.search(together, t) and not re.search(apart, t) for _, t in said) else None


def _address(sections: dict[str, Any]) -> str | None:
    return _one({str(i.get("value", i["text"])) for i in _items(sections, "home") if i.get("kind") == "address"})


def postcode(sections: dict[str, Any]) -> str | None:
    match = _POSTCODE.search(_address(sections) or "")
    return f"{match[1]} {match[2]}".upper() if match else None


def town(sections: dict[str, Any]) -> str | None:
    """The town after the street ("14 Elm Road, Leeds LS6 2AB", "5 Mill Road in Hull"); none
    without a street, as "my postcode is m14 5rt" has none (`bot.intake.address`), unless structuring
    read the town where they live (`town` on a home clause)."""
    told = _address(sections)
    found = read_address(told).town if told else None
    # or the town structuring read where they live ("he has lived with me … in my house in Croydon")
    return found or _one({str(i["town"]) for i in _items(sections, "home") if i.get("town")})
