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
from datetime import datetime
from typing import Any, Callable

from bot.intake.carer_facts import (
    others_help,
    teller_coping,
    teller_health,
    teller_help_wanted,
    teller_own_health,
    teller_work_money,
    teller_works,
)
from bot.intake.home_facts import (
    floor,
    has_lift,
    home_changes,
    home_type,
    household_size,
    housing,
    housing_worry,
    housing_worry_text,
    lives_alone,
    lives_with,
    lives_with_anyone,
    lives_with_teller,
    needs_home_changes,
    postcode,
    stairs_difficult,
    tenure,
    town,
)
from bot.intake.money_facts import benefits, gets_benefits, money_worries, rent_arrears
from bot.intake.reading import NUMBERS as _NUMBERS
from bot.intake.reading import Choice, plain
from bot.intake.reading import choice as _choice
from bot.intake.reading import items as _items
from bot.intake.reading import lower as _lower
from bot.intake.reading import one as _one
from bot.intake.reading import said as _said
from bot.sections import LAUNDRY

EMPLOYMENT = {  # LOINC 67875-5 answers (PRAPARE)
    "unemployed": _choice("unemployed", r"^unemployed\b", "LA17956-6", display="Unemployed"),
    "part-time": _choice("part-time", r"part[- ]time", "LA30138-4", display="Part-time or temporary work"),  # zero hours too
    "full-time": _choice("full-time", r"full[- ]time", "LA30136-8", display="Full-time work"),
    "not seeking": _choice("not seeking", r"not seeking|retired", "LA30137-6",
                           display="Otherwise unemployed but not seeking work"),
}
SMOKING = {  # SNOMED CT, and LOINC 72166-2 answers
    "current": _choice("current", r"^(current )?smoker\b|^current(ly)? (every day )?smok|^smokes\b",
                       "77176002", "449868002", "LA18976-3", display="Smoker"),
    "past": _choice("past", r"^ex-? ?smoker|^former smoker", "8517006", "LA15920-4", display="Ex-smoker"),
    "not": _choice("not", r"^non-? ?smoker", "8392000", display="Non-smoker"),
    # "never smoked", where a form tells it apart from not smoking now (the twenty-first fresh forms set, session 27)
    "never": _choice("never", r"^never smok", "266919005", "LA18978-9", display="Never smoked", broader=r"^non-? ?smoker"),
}

# Someone caring for the person: said by the person ("my daughter looks after me"), by a carer of
# themselves ("I'm his main carer"), or by a carer of someone else ("his wife looks after him"). A
# person who says "I'm her carer" or "I look after my wife" is a carer, not cared for.
_CHORES = r"(?:shopp?in[g']?|cleanin[g']?|washin[g']?|cookin[g']?|meals|housework|tablets|meds|medication|medicines|ironing)"
_CARES_FOR_ME = re.compile(rf"\blook(?:s|ing)? after me\b|\bcares? for me\b|\bhelps? me\b|\bmy (?:main |unpaid )?carer\b|"
                           rf"\bdoes my {_CHORES}\b")
_THEM = r"(?:him|her|them)(?=\s*(?:$|[,.;]|and\b|every|most|at\b|in\b|when|because|since|all|full|day|night))"
_CARES_FOR_THEM = re.compile(rf"\blook(?:s|ing)? after {_THEM}|\bcares? for {_THEM}|\bhelps? {_THEM}|"
                             rf"\b(?:his|her|their) (?:main |unpaid |full[- ]time )?carer\b|\bdoes (?:his|her|their) {_CHORES}\b")
# (a carer's own "I get Carer's Allowance" is their money, not what they do: written as what they do, session 21)
_TELLER_CARES = re.compile(rf"{_CARES_FOR_THEM.pattern}|\bcarer\b(?!['’]s allowance)|\bcar(?:e|ing) for\b|"
                           r"\blook(?:s|ing)? after\b")
_HELP = re.compile(r"\b(can't|cannot|can not|unable|struggl\w*|help\w*|need\w*|does (my|his|her)|do (my|his|her))\b")
HELP_WORDS = {"washing": r"\bwash|\bbath|shower", "dressing": r"\bdress", "shopping": r"\bshop",
              "meals": r"\bmeals?\b|cook|food", "housework": r"housework|clean", "medicines": r"medic|tablets"}
# Each activity structuring names ("wash and dress", "cleaning", "hoovering"), as our help names.
_ACTIVITIES = {"washing": r"\bwash|\bbath|shower", "dressing": r"\bdress|buttons", "shopping": r"\bshop",
               "meals": r"\bmeals?\b|\bcook|cup of tea", "housework": r"housework|clean|hoover|vacuum|ironing|laundry",
               "medicines": r"medic|tablets|\bmeds\b"}
MOBILITY_AIDS = {"walking frame", "frame", "zimmer", "zimmer frame", "walking stick", "stick", "sticks",
                 "crutches", "crutch", "wheelchair", "rollator", "walker", "mobility scooter", "scooter",
                 "tripod", "quad stick", "electric wheelchair", "powered wheelchair", "prosthetic leg",
                 "prosthetic legs", "prosthesis", "prosthetic limb", "artificial leg"}


# Work the clause does not say the person does now: "I can't work full time", "I was working full
# time until my stroke", "I'm off work sick", "I want a part-time job".
_NOT_AT_WORK = re.compile(r"\b(?:can'?t|cannot|can not|unable|could ?n'?t|couldn'?t|not|never|no longer|used to|until|"
                          r"till|before|was|were|stopped|gave up|give up|off work|off sick|signed off|sick note|"
                          r"fit note|looking for|want\w*|hope|hoping|would like|like to|trying|try to|find)\b")
# A clause that begins with someone else tells their doing, whatever structuring filed: "my husband
# works full time", "my husband fell last week"; in a carer's story the carer's own "I work full time".
_RELATIONS = (r"(?:mum|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|neighbour|friend|nan|"
              r"gran|grandad|grandma|grandson|granddaughter|aunt|uncle|cousin|boyfriend|girlfriend|child|kids?|"
              r"children|sons|daughters)")
_SOMEONE_ELSES = {"self": re.compile(rf"^(?:he|she|they|(?:my|our) (?:\w+ )?{_RELATIONS}|his|her|their)\b"),
                  "carer": re.compile(rf"^(?:i|i'm|im|i am|we|my (?:\w+ )?{_RELATIONS})\b")}


def _someone_elses(item: dict[str, Any], text: str) -> bool:
    whose = _SOMEONE_ELSES.get(str(item.get("told_by", "self")), _SOMEONE_ELSES["self"])
    return bool(whose.search(text.strip()))


def _works(item: dict[str, Any], text: str) -> bool:
    """A clause that says the person works now (not someone else, not "can't work"): read up to where
    it goes on to something else ("im on zero hours at a cafe so money is tight, cant always pay …")."""
    told = re.split(r"\s+so\s+|[,;:]|\s+but\s+|\s+which\s+", text)[0]
    work = re.search(r"\b(?:work|job|working)\b|\bpart[- ]time|\bfull[- ]time|zero[- ]hours?", text)
    if work and work.start() >= len(told):
        told = text  # the work is told after a comma: the whole clause decides
    return not (_NOT_AT_WORK.search(told) or _someone_elses(item, text))


def employment(sections: dict[str, Any]) -> Choice | None:
    found = set()
    # Losing a job is told in the past tense ("I lost my job in the summer") and holds now.
    # So is retiring ("Retired years ago").
    lost = [(i, t) for i, t in _said(sections, "work_money", statuses=("past",))
            if re.search(r"\blost (my|his|her) job|\bmade redundant\b|^retired\b", t)]
    for item, text in _said(sections, "work_money") + lost:
        if re.search(r"\bretired\b|\bstudent\b", text):
            found.add("not seeking")
        elif re.search(r"\blost (my|his|her) job|\bunemployed\b|out of work|\bmade redundant|looking for (work|a job)|"
                       r"job ?seeker", _without_anothers_lost_job(item, text)):
            found.add("unemployed")
        elif re.search(r"\b(work|job|working)\b.*\bpart[- ]time\b|\bpart[- ]time\b.*\b(work|job)|"
                       r"\b(?:on|doing) (?:a )?zero[- ]hours?\b", text) \
                and _works(item, text):
            found.add("part-time")
        elif re.search(r"\b(work|job|working)\b.*\bfull[- ]time\b|\bfull[- ]time\b.*\b(work|job)", text) \
                and _works(item, text):
            found.add("full-time")
        elif _DAYS_A_WEEK.search(text) and _works(item, text):
            found.add("part-time")  # "I still work three days a week as a pharmacist"
        elif (hours := _HOURS_A_WEEK.search(text)) and _works(item, text):
            # "i do 16hrs a week at a cafe" (the twentieth fresh forms set, session 26: read as out of work)
            found.add("part-time" if _said_number(hours.group(1)) < 30 else "full-time")
    if not found and any(_NOT_SEEKING.search(t) for t in _not_working(sections)):
        found.add("not seeking")  # "Him cyaan work no more", "me I not working, I look after the children"
    only = _one(found)
    return EMPLOYMENT[only] if only else None


# Hours worked a week: "i do 16hrs a week at a cafe", "I work 37.5 hours a week"
_HOURS_A_WEEK = re.compile(r"\b(?:i|i'm|im|i am|he|she|they)?\s*(?:do|does|work|works|working|doing)\s+"
                           r"(?:about\s+|around\s+|only\s+|just\s+)?(\d{1,2}(?:\.\d)?|ten|twelve|fifteen|sixteen|twenty|thirty|forty)"
                           r"\s*(?:hrs?|hours)\s+(?:a|per|each)\s+week\b(?!\s+(?:of|from|with)\b)")
_NUMBER_WORDS = {"ten": 10, "twelve": 12, "fifteen": 15, "sixteen": 16, "twenty": 20, "thirty": 30, "forty": 40}


def _said_number(said: str) -> float:
    return float(said) if said[0].isdigit() else float(_NUMBER_WORDS[said])


def _without_anothers_lost_job(item: dict[str, Any], text: str) -> str:
    """The text without a job lost by someone else: "since jordan lost his job at the car wash", in her own story (what
    else it says of the person stays: "since my husband lost his job I've been made redundant too")."""
    def theirs(lost: re.Match[str]) -> bool:
        if item.get("told_by", "self") == "self":
            return lost.group(2) != "my"
        return lost.group(2) == "my" or lost.group(1) in ("i", "we")  # a carer's own job
    return re.sub(r"\b(\w+) lost (my|his|her|their) job\b", lambda m: " " if theirs(m) else m.group(0), text)


# Work on a few days a week: part-time ("I work three days a week", "works 2 days a week")
_DAYS_A_WEEK = re.compile(r"\bwork(?:s|ing)?\b(?:\s+\w+){0,2}\s+(?:one|two|three|four|[1-4]) days? (?:a|per|each) week\b")
# Not working, and why, when the why is no search for work: unable, caring, since an illness or operation
_NOT_SEEKING = re.compile(r"\b(?:can'?t|cannot|can not|cyaan|caan|unable to|no more|any ?more|no longer)\b|\bsince\b|"
                          r"\blook(?:s|ing)? after\b|\bcar(?:e|es|ing) for\b")


# The person saying they do not work now: "I'm not working", "cant work at the mo"; not "I can't
# work full time" (part time, perhaps).
_NOT_WORKING = re.compile(r"\b(?:can'?t|cannot|can not|unable to|not|don'?t|do not|no longer|off)\s+(?:\w+\s+)?"
                          r"work(?:ing)?\b(?!\s+(?:full|part|more|as much|the same|long))")


def working(sections: dict[str, Any]) -> bool | None:
    """Working now: yes from part- or full-time work told plainly; no when retired, unemployed, out
    of work or not working now ("I not working now", "cant work at the mo"); a student may work or
    not, so that is not said; a story that says both says nothing."""
    found = employment(sections)
    said: set[bool] = set()
    if found is not None and (found.key != "not seeking" or any(
            re.search(r"\bretired\b", t) for t in _lower(_items(sections, "work_money", statuses=("current", "past"))))):
        said.add(found.key in ("part-time", "full-time"))
    if _not_working(sections):
        said.add(False)
    return _one(said)


# Not working now, however long ago it was told: "he hasnt worked since the op", "Him cyaan work no more"
_NOT_WORKED_SINCE = re.compile(r"\b(?:has|have|had)n'?t worked\b|\b(?:has|have) not worked\b|\bnot worked since\b")
_NOW_TOO = re.compile(r"\b(?:no more|any ?more|no longer|since|now)\b")
# The person's own part of a clause about someone else: "My husband work nights, me I not working"
_MY_OWN_PART = re.compile(r"[,;]\s*((?:me,? )?(?:i|i'm|im|i am)\b[^,;]*)")


def _not_working(sections: dict[str, Any]) -> list[str]:
    """The clauses (or the person's part of one) that say they do not work now."""
    found = []
    for item, text in _said(sections, "work_money", statuses=("current", "negated", "past")):
        text = re.sub(r"\bcyaan\b|\bcaan\b", "can't", text)
        now = item["status"] != "past" or _NOW_TOO.search(text)
        if now and (_NOT_WORKING.search(text) or _NOT_WORKED_SINCE.search(text)) and not _someone_elses(item, text):
            found.append(text)
    for item in _items(sections, "work_money", statuses=("current", "negated"), about=("husband", "wife", "partner",
                                                                                         "son", "daughter")):
        if item.get("told_by", "self") == "self":
            found += [m.group(1) for m in _MY_OWN_PART.finditer(plain(item["text"])) if _NOT_WORKING.search(m.group(1))]
    return found


# A habit is "now" only when the words say so. A bare "-ing" ("smoking", "drinking") is what follows
# "stop", "quit" or "gave up", and structuring may not have seen those ("he stop smoking now"); a past
# tense or "used to" in the words is not now however it is filed. Such an item is "unclear": it says
# the person has smoked, never that they smoke now, or that they do not.
_NOT_CLEARLY_NOW = re.compile(r"^(?:smoking|drinking)$|\bused to\b|\b(?:smoked|drank|stopped|quit|gave up|given up|"
                              r"ex|former|no more|any ?more|before)\b")


def _habit(sections: dict[str, Any], words: str, not_words: str | None = None) -> set[str | None]:
    """The statuses the story gives a habit: "current" only when clearly now, else "unclear"."""
    found: set[str | None] = set()
    for item in _items(sections, "health", statuses=("current", "past", "negated")):
        said = " ".join([item["text"], str(item.get("term", ""))]).lower()
        if not re.search(words, said) or (not_words and re.search(not_words, item["text"].lower())):
            continue
        term = " ".join(str(item.get("term") or item["text"]).lower().replace("’", "'").split())
        unclear = item.get("status") == "current" and _NOT_CLEARLY_NOW.search(term)
        found.add("unclear" if unclear else item.get("status"))
    return found


_SMOKE = r"\bsmok|cigar|tobacco|roll[- ]?ups?\b"
_DRINK = r"\bdr[iau]nk|alcohol|\bpints?\b|\bwine\b|\bbeer\b"


def smoking(sections: dict[str, Any]) -> Choice | None:
    """Smoker, ex-smoker or non-smoker, when the story says which; a habit told unclearly, or told
    both as now and as given up, is for the person to say."""
    said = _habit(sections, _SMOKE)
    if "unclear" in said or {"current", "past"} <= said:
        return None
    for status, key in (("current", "current"), ("past", "past"), ("negated", "not")):
        if status in said:
            return SMOKING["never"] if key == "not" and smoked_ever(sections) is False else SMOKING[key]
    return None


def smokes(sections: dict[str, Any]) -> bool | None:
    found = smoking(sections)
    return None if found is None else found.key == "current"


def smoked_ever(sections: dict[str, Any]) -> bool | None:
    """Yes when they smoke or smoked; no only for "never smoked" ("I don't smoke" tells only now)."""
    said = _habit(sections, _SMOKE)
    if said & {"current", "past", "unclear"}:
        return True
    never = [i for i in _items(sections, "health", statuses=("negated",))
             if i.get("never") and re.search(_SMOKE, " ".join([i["text"], str(i.get("term", ""))]).lower())]
    return False if never else None


def drinks(sections: dict[str, Any]) -> bool | None:
    """Yes when they drink now; no when they say they do not, or that they used to ("I used to drink
    but not now"), unless how much is what they stopped ("I drank a lot when I was younger")."""
    said = _habit(sections, _DRINK, r"\b(water|tea|coffee|fluids?|squash|juice|milk)\b")
    if "unclear" in said or {"current", "past"} <= said:
        return None
    if "current" in said:
        return True
    stopped = [i for i in _items(sections, "health", statuses=("past",))
               if re.search(_DRINK, " ".join([i["text"], str(i.get("term", ""))]).lower())]
    if "negated" in said or (stopped and not any(
            re.search(r"\b(a lot|heav\w*|too much|lots|loads|more|binge)\b", str(i.get("term", "")).lower())
            for i in stopped)):
        return False
    return None


_FALL = r"\bfall(s|en)?\b|\bfell\b|\bslipped (?:on|over|in|down|and|outside|at)\b"  # "I slipped on the steps"
_FALL_IDIOM = (r"\b(fall|falls|fell|fallen|falling) (asleep|out(?! of (bed|the bed|(his|her|the|my|a) (chair|wheelchair|bath|bed)))|"
               r"behind|through|apart|pregnant|ill|in love|for)\b")  # ("fell out of bed" is a fall: session 32)
# A fall that did not happen: "I nearly fell", "I'm scared I'll fall", "at risk of falls".
_NO_FALL = r"\b(nearly|almost|near miss|scared|afraid|worried|frightened|fear|risk|might|could|in case)\b"
# The fall told before, said again as the only one: "that's the only time he's ever fallen" (no second fall; with the one
# told before the twelve months a form asks about, none in them: the twenty-seventh fresh forms set, session 33)
_ONLY_EVER = r"\b(?:the|that s the|thats the|that is the|that was the|this is the|this was the|its the|it s the|it was the) " \
             r"only (?:time|fall|one)\b[^.;]*\bever\b"


def _falls(sections: dict[str, Any], statuses: tuple[str, ...] = ("current", "past")) -> list[str]:
    return [t for i, t in _said(sections, "risks", "health", statuses=statuses)
            if re.search(_FALL, t) and not re.search(_FALL_IDIOM, t) and not re.search(_NO_FALL, t)
            and not re.match(r"\W*" + _ONLY_EVER, _plain_apostrophes(t)) and not _someone_elses(i, t)]


def falls(sections: dict[str, Any], now: datetime | None = None) -> bool | None:
    """Yes when the story tells a fall of theirs; no when it says they have had none ("no falls
    this year", "I haven't fallen"); otherwise not told. With `now`, a fall told with a year before last is over
    ("I fall from ladder at work in 2023", told in 2026)."""
    told = _falls(sections)
    if [t for t in told if (not _YEARS_AGO.search(t) or _fell_since(t)) and not _long_before(t, now)]:
        return True
    if told and now is not None and all(_long_before(t, now) for t in told):
        # the months a form asks about are not told of, unless the one told is said to be the only one
        only = [t for _, t in _said(sections, "risks", "health") if re.search(_ONLY_EVER, _plain_apostrophes(t))]
        return False if only else None
    # "I haven't fallen since my operation" may not cover the twelve months a form asks about
    plain = [t for t in _falls(sections, ("negated",)) if not re.search(r"\b(since|until|till|before|after|for)\b", t)
             or _THIS_YEAR.search(t)]
    # "I fall one time three years ago on ice … this year no falls" (the twenty-first fresh forms set, session 27): a
    # fall years ago is none in the months a form asks about, when the story says there has been none since
    return False if plain else None


def _plain_apostrophes(text: str) -> str:
    return re.sub(r"['’]", " ", text.lower())


def _long_before(text: str, now: datetime | None) -> bool:
    """Whether a fall is told with a year only, and that year ended more than twelve months before `now`."""
    years = [int(y) for y in re.findall(r"\b(?:in|of|back in|during)\s+(?:(?:january|february|march|april|may|june|july|"
                                        r"august|september|october|november|december)\s+)?((?:19|20)\d\d)\b", text)]
    if now is not None and not years and not _SINCE_THEN.search(text) and (
            month := re.search(r"\b(?:in|of|back in|during)\s+(january|february|march|april|may|june|july|august|september|"
                               r"october|november|december)\s+last\s+year\b", text)):
        # "a fall getting off the bus in November last year", told in December: before the twelve months a form asks
        # about (the twenty-seventh fresh forms set, session 33)
        return _MONTHS.index(month.group(1)) + 1 < now.month
    return now is not None and bool(years) and max(years) < now.year - 1 and not _SINCE_THEN.search(text)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december")


# A fall since, said with the year of an old one: "I fell in 2021 and again last month"
_SINCE_THEN = re.compile(r"\b(?:again|since|last (?:week|month|night)|this (?:year|month|week)|recently|yesterday|"
                         r"(?:days?|weeks?|months?) ago)\b")


def _fell_since(text: str) -> bool:
    """Whether a fall told beside one long before is told since ("… the summer before last and again last week"), not
    none since ("… and has had no falls since")."""
    return bool(_SINCE_THEN.search(text)) and not re.search(r"\b(?:no|not|never|none|nt|n't)\b[^.;]*\bsince\b", text)


_YEARS_AGO = re.compile(r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|a few|few|several|many) years? ago|years back|"
                        r"when i was|(?:the )?(?:summer|winter|spring|autumn|year|christmas) before last)\b")
_THIS_YEAR = re.compile(r"\b(?:this year|in the (?:last|past) (?:year|12 months|twelve months))\b")


def falls_count(sections: dict[str, Any], now: datetime | None = None) -> int | None:
    """How many falls the story tells in one breath ("fell out of bed twice in October"), leaving out those told as long
    before (`now`, the form's clock: "a fall in the garden the summer before last" is none of the months a form asks
    about, the twenty-sixth fresh forms set, session 32)."""
    counts: set[int | None] = set()
    for text in [t for t in _falls(sections) if (not _YEARS_AGO.search(t) or _fell_since(t)) and not _long_before(t, now)]:
        if _YEARS_AGO.search(text) or len(_COUNT_WORDS.findall(text)) > 1:
            counts.add(None)  # "twice in October and once in November", "… the summer before last and again": not one count
            continue
        match = re.search(r"\b(a|one|two|three|four|five|six|\d+) (?:bad |nasty |small )?falls?\b|"
                          r"\bfall(?:en|s)?(?: (?!and\b|but\b|then\b|so\b)[\w']+){0,4}? (once|twice|three times|four times)\b"
                          r"|\bfell(?: (?!and\b|but\b|then\b|so\b)[\w']+){0,4}? (once|twice|three times|four times)\b", text)
        if match:
            word = next(g for g in match.groups() if g)
            # "I've had a fall, well, two actually" (the twenty-third fresh forms set, session 29: one was sent)
            again = _COUNT_AGAIN.match(text, match.end())
            word = again.group(1) if again else word
            counts.add(_NUMBERS.get(word.split()[0], int(word) if word.isdigit() else None))
    return _one(counts)


_COUNT_WORDS = re.compile(r"\b(?:once|twice|(?:one|two|three|four|five|six|\d+) times)\b")
_COUNT_AGAIN = re.compile(r"\s*[,;–-]*\s*(?:(?:well|no|sorry|actually|oh)[\s,;–-]+)+(?:(?:it['’]?s|its|it\s+was|make\s+that)\s+)?"
                          r"(one|two|three|four|five|six|\d+)\b(?!\s*(?:years?|months?|weeks?|days?)\b)")


# How many a day, in the clause that tells the smoking now: "about 5 roll ups a day", "20 cigarettes a day".
_A_DAY = re.compile(r"\b(\d{1,3}|" + "|".join(w for w in _NUMBERS if len(w) > 2) +
                    r")\s+(?:cigarettes?|cigs|fags|roll[- ]?ups?|rollies|smokes)\s+(?:a|per|each|every)\s+day\b")


_AMOUNT_A_DAY = re.compile(r"(?:about |around |like |roughly )?(\d{1,3}|" + "|".join(w for w in _NUMBERS if len(w) > 2) +
                           r") (?:a|per|each|every) day")


def cigarettes_a_day(sections: dict[str, Any]) -> int | None:
    """How many cigarettes a day they smoke now, when the one clause that tells it says a number."""
    if not smokes(sections):
        return None
    # the amount structuring read with the smoking is of it: "he still smokes like 10 a day"
    found = {int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
             for item in _items(sections, "health") if re.search(_SMOKE, str(item.get("term") or item["text"]).lower())
             for m in [_A_DAY.search(plain(" ".join([item["text"], str(item.get("amount") or "")]))) or
                       _AMOUNT_A_DAY.fullmatch(plain(str(item.get("amount") or "")))] if m}
    return _one(found)


def mobility_aids(sections: dict[str, Any]) -> list[str]:
    found = []
    for item in _items(sections, "daily_living"):
        if re.search(r"\b(need|needs|needed|want|wants|waiting for)\b", item["text"].lower()):
            continue  # "we need a stairlift": not what they use
        found += [a for a in item.get("aids", []) if str(a).lower() in MOBILITY_AIDS and a not in found]
    return found


def uses_mobility_aid(sections: dict[str, Any]) -> bool | None:
    return True if mobility_aids(sections) else None


# The carer telling the story, of the care they give: the person's chores or personal care ("I do
# all the cooking", "I wash and dress her"), or calling on them every day or most days ("i go round
# every mornin n nite", "I pop in most days to check on him").
_TELLER_DOES = re.compile(
    rf"^i (?:do|help (?:him |her |them )?with|sort) (?:all |most of )?(?:the|his|her|their) {_CHORES}|"
    r"\bi (?:wash|dress|bath|bathe|shower|feed|toilet|lift|hoist)(?: and (?:wash|dress|bath|bathe|shower|feed))? "
    r"(?:him|her|them)\b|"
    r"^i (?:go|pop|call|come|nip) (?:round|over|in|by)\b.*\b(?:every|each|most|daily|twice)\b")


# A paid carer is a service, not someone who cares: "a carer from Helping Hands comes … i pay for that
# myself", "agency carers twice a day"
_PAID_CARER = re.compile(r"\bcarers?\s+(?:from|through|via)\s+(?:an?\s+|the\s+)?(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\b)[A-Z]|agency|council|care company)|"
                         r"\b(?:agency|paid|private|council|care company)\s+carers?\b|\bi\s+pay\s+(?:for\s+)?(?:that|them|her|him|it)\b")


def _cares(item: dict[str, Any]) -> bool:
    if _PAID_CARER.search(item["text"]) and item.get("about") != "narrator":
        return False
    text = plain(item["text"])
    if item.get("about") == "narrator":  # the carer telling the story, of themselves
        return item.get("role") == "carer" or bool(_TELLER_CARES.search(text) or _TELLER_DOES.search(text))
    if item.get("told_by") == "carer":
        return bool(_CARES_FOR_THEM.search(text))
    return bool(_CARES_FOR_ME.search(text))


# The carer telling the story doing the person's chores: "I do her shopping and cleaning".
_I_DO_THEIR_CHORES = re.compile(rf"^i (?:do|help (?:him |her |them )?with|sort) (?:all )?(?:his|her|their) {_CHORES}")


# The person's own "Sam helps me shower", "my daughter helps me get dressed": someone they name, or call by
# their relation, helping with their daily living.
_NAMED_HELPS_ME = re.compile(rf"^(?:(?:my|me) (?:\w+ )?(?P<relation>{_RELATIONS})|(?-i:(?P<name>[A-Z][a-z]+)))"
                             r"(?: \w+)? (?:helps|looks after|washes|dresses|showers|baths) me\b", re.IGNORECASE)


def _helped_by(sections: dict[str, Any]) -> list[dict[str, Any]]:
    """The person's daily-living clauses that say who helps them, each with that person's name and
    relation as the support network gives them ("I live with my partner Sam": Sam, partner)."""
    people = _items(sections, "support_network")
    found = []
    for item in _items(sections, "daily_living"):
        said = _NAMED_HELPS_ME.match(item["text"].replace("’", "'").strip())
        if item.get("told_by") == "carer" or not said or _PAID_CARER.search(item["text"]):
            continue
        name, relation = said["name"], (said["relation"] or "").lower()
        known = [p for p in people if name and p.get("name") == name
                 or relation and str(p.get("relationship", "")).lower() == relation]
        if name and not known:
            continue  # a name the story gives no one else: who it is is not said
        who = known[0] if len(known) == 1 else {}
        found.append({**item, **{k: who[k] for k in ("name", "relationship") if who.get(k)},
                      **({"relationship": relation} if relation else {})})
    return found


def _carers(sections: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in _items(sections, "support_network", about=("subject", "narrator")) if _cares(i)] + [
        i for i in _items(sections, "daily_living") if i.get("told_by") == "carer"
        and _I_DO_THEIR_CHORES.search(i["text"].lower().replace("’", "'"))] + _helped_by(sections)


# The carer telling the story helping with personal care: "I help him wash and dress" (it says care is
# given, not who the carer is to the person, so it answers "Does someone look after you?" only).
_I_HELP_THEM = re.compile(r"^i help (?:him|her|them) (?:to )?(?:get )?(?:wash|washed|dress|dressed|bath|bathe|shower|"
                          r"eat|move|up|in and out)\b")


def _by_their_work(item: dict[str, Any], words: re.Pattern[str]) -> bool:
    """Someone the support network names by their work (`words`), not by a relation: "a support worker
    … who helps me with forms", "Carers from Bluebell come in"."""
    return item.get("about") != "narrator" and bool(words.fullmatch(str(item.get("relationship") or "").lower()))


def has_carer(sections: dict[str, Any]) -> bool | None:
    """Someone looks after the person: a support worker or a PA who helps with forms does not (carers who
    wash and dress them do)."""
    return True if [i for i in _carers(sections) if not _by_their_work(i, _PAID_HELPER)] or any(
        i.get("told_by") == "carer" and _I_HELP_THEM.search(plain(i["text"])) for i in _items(sections, "daily_living")
    ) else None


# The carer telling the story, in their own words: "I look after him", "i do her shopping", "I am
# her daughter Sue". On a form about the person, "I" would read as the person: who they are is
# written ("Sue, daughter"), and their words only after it, where the question asks what they do.
_FIRST_PERSON = re.compile(r"^(?:i|i'm|im|i am|i've|ive|we|we're|my)\b")
# "I'm her daughter", "Im Louise her daughter", "as his son"
_TELLER_RELATION = re.compile(rf"\b(?:i'?m|i am|im|as) (?:(?-i:[A-Z][a-z]+),? )?(?:his|her|their) (?:eldest |youngest |only )?"
                              rf"({_RELATIONS})\b(?![-\s]+in[-\s]+law)", re.IGNORECASE)


# "I live next door to Mrs Pritchard and keep an eye on her": a neighbour
_NEXT_DOOR = re.compile(r"\b(?:i|we)\s+live\s+next\s+door\b|\bi'?m\s+(?:her|his|their)\s+next\s+door\b", re.IGNORECASE)


def _the_teller_speaks(item: dict[str, Any]) -> bool:
    return item.get("told_by") == "carer" and (
        item.get("about") == "narrator" or bool(_FIRST_PERSON.search(item["text"].lower().replace("’", "'"))))


# A relation the chat keeps that says less than the story may ("other family member"): the story's word is written
_GENERAL_RELATIONS = frozenset({"other family member", "family member", "family", "relative", "other"})
# The carer's relation from whom they call the person: "I look after my mum" is said by a son or daughter.
_CALLED_BY = {"son or daughter": r"mum|mam|mom|mother|dad|da|father", "partner": r"husband|wife|partner|hubby",
              "grandchild": r"nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather",
              "parent": r"son|daughter|child|boy|girl", "brother or sister": r"brother|sister",
              "friend": r"friend|mate|best mate", "neighbour": r"neighbour"}
# The words for one relation within each of those: a grandchild is a "grandson" or a "granddaughter"
_SAID_AS = {"son or daughter": r"son|daughter", "partner": r"husband|wife|partner|civil partner|boyfriend|girlfriend",
            "grandchild": r"grandson|granddaughter|grandchild", "parent": r"mum|mother|dad|father|parent",
            "brother or sister": r"brother|sister", "friend": r"friend", "neighbour": r"neighbour"}
# (never a relation "-in-law": "I'm asking about my mother-in-law" is no son or daughter, the thirtieth fresh forms set)
_IN_LAW = r"(?![-\s]+in[-\s]+law)"
_I_CARE_FOR_MY = re.compile(r"\b(?:look(?:s|ing)? after|car(?:e|es|ing) for|carer for|help(?:s|ing)?) (?:my|me) "
                            r"(?:little |big |elderly |old |best )?(\w+)\b" + _IN_LAW)


# ... or whom they say they write for: "I'm Jess, writing for my best mate Tom", "on behalf of my wife".
_WRITING_FOR_MY = re.compile(r"\b(?:writing|write|doing this|doin this|filling (?:this|it) in|calling|ringing|messaging|"
                             r"texting|contacting you|asking) (?:for|4|about|on behalf of) (?:my|me) "
                             r"(?:little |big |elderly |old |best )?(\w+)\b" + _IN_LAW + r"|\bon behalf of (?:my|me) "
                             r"(?:little |big |elderly |old |best )?(\w+)\b" + _IN_LAW)


def story_teller_relation(sections: dict[str, Any]) -> str | None:
    """Who the carer telling the story is to the person, as the story says it ("I'm his daughter",
    "I look after my mum": a son or daughter, "writing for my best mate": a friend), or None."""
    said = [i["text"] for i in _carers(sections) if _the_teller_speaks(i)]
    return _the_teller(sections, said)


def _the_teller(sections: dict[str, Any], said: list[str], told: str | None = None) -> str | None:
    """Who the carer telling the story is to the person ("daughter"): from their own words ("I'm his
    daughter", "I look after my mum"), else from who told the story (`told`, the chat's "their
    daughter"); None when neither says."""
    relations = {m.group(1).lower() for i in _items(sections, "support_network", about=("narrator",))
                 if (m := _TELLER_RELATION.search(i["text"].replace("’", "'")))} | \
        {"neighbour" for i in _items(sections, "support_network", about=("narrator",)) if _NEXT_DOOR.search(i["text"])}
    introduced = [plain(i["text"]) for key in ("support_network", "about_me") for i in sections.get(key, [])
                  if isinstance(i, dict) and i.get("told_by") == "carer" and isinstance(i.get("text"), str)]
    called = {relation for text in said if (m := _I_CARE_FOR_MY.search(text.lower()))
              for relation, words in _CALLED_BY.items() if re.fullmatch(words, m.group(1))} | \
        {relation for text in introduced if (m := _WRITING_FOR_MY.search(text))
         for relation, words in _CALLED_BY.items() if re.fullmatch(words, m.group(1) or m.group(2))}
    if relations:
        return _one(relations) or told  # "I'm his daughter" says more
    # "I look after my nan" says a grandchild; told "grandson", the word said is written ("Connor, grandson")
    kind = _one(called)
    return told if told and kind and re.fullmatch(_SAID_AS.get(kind, "(?!)"), told) else kind or told


def _named(name: str | None, relation: str | None) -> str | None:
    """The carer as a careful person writes them: "Roy, husband", "Husband", "Roy"."""
    if name and relation:
        return f"{name} ({relation})" if "," in relation or " or " in relation else f"{name}, {relation}"
    return name or (relation[:1].upper() + relation[1:] if relation else None)


def carer_text(sections: dict[str, Any], told: str | None = None, doing: bool = False) -> str | None:
    """Who looks after the person. The carer telling the story by their name and relation ("Sue,
    daughter"), as they introduce themselves and as their words or who told the story (`told`, the
    chat's "husband") say; never by their own sentence ("I do everything for her" says what is done,
    not who does it), and not at all when neither their name nor their relation is known: the item
    is then asked. `doing`: the question asks what they do too ("Who helps you, and what do they
    do?"), and their own words follow who they are ("Sue, daughter: I do her shopping"). Anyone
    else who cares, in the story's words ("My daughter Kerry comes every day")."""
    carers = _carers(sections)
    teller = [i for i in carers if _the_teller_speaks(i)]
    others = list(dict.fromkeys(i["text"] for i in carers if not _the_teller_speaks(i)))
    texts = list(dict.fromkeys(i["text"] for i in teller))
    who = _named(teller_name(sections), _the_teller(sections, texts, told)) if teller else None
    said = ([f"{who}: {'; '.join(texts)}" if doing else who] if who else []) + others
    return "; ".join(said) or None


def _only_the_teller_cares(sections: dict[str, Any]) -> bool:
    carers = _carers(sections)
    return bool(carers) and all(_the_teller_speaks(i) for i in carers)


def _the_teller_cares(sections: dict[str, Any]) -> bool:
    """Whether the carer telling the story says what care they give ("I pop in every night … I do her shopping"): then
    they are the carer a form asks of, whoever else helps (a fresh forms set, session 40: a son's "my wife Shelley does
    her washing" made the daughter-in-law the carer, named and related, on the social care profile)."""
    return any(_the_teller_speaks(i) and i.get("about") == "narrator" for i in _carers(sections)) \
        and teller_name(sections) is not None


def carer_name(sections: dict[str, Any]) -> str | None:
    """The carer's name: the carer telling the story's own, when they give it and say the care they give; else one the
    story gives them, or the name the carer telling the story gave ("I am his wife Marta, I look after him") when they
    are the only one who cares."""
    if _the_teller_cares(sections):
        return teller_name(sections)
    named = _one({i["name"] for i in _carers(sections) if i.get("name")})
    return named or (teller_name(sections) if _only_the_teller_cares(sections) else None)


def carer_relationship(sections: dict[str, Any], told: str | None = None) -> str | None:
    """The carer's relation to the person, as the story gives it; for the carer telling the story (when they are the
    carer: `_the_teller_cares`, or the only one who cares), their own "I am his wife" (one relation, never "son or
    daughter" guessed from "my mum"), or whom they say they care or write for ("I look after my nan": a grandchild,
    where the chat was told "other family member"), else who told the story (`told`, the chat's "son")."""
    carers = _carers(sections)
    related = _one({i["relationship"] for i in carers if i.get("relationship")
                   and not _by_their_work(i, _NO_RELATION)})  # "carers" is no relation
    if related and told and re.fullmatch(_SAID_AS.get(related, "(?!)"), told) and any(
            _the_teller_speaks(i) and i.get("relationship") == related for i in carers):
        return told  # "I'm writing for my husband" says a partner; told "wife", the carer's own word is written
    if not _the_teller_cares(sections) and (related or not _only_the_teller_cares(sections)):
        return related
    own = _one({str(i["relationship"]) for i in carers if i.get("relationship") and i.get("about") == "narrator"
                and _the_teller_speaks(i)})
    if own and not (told and own in _CALLED_BY and re.fullmatch(_SAID_AS.get(own, "(?!)"), told)):
        return own  # "Im Chloe, writing for my grandad": the structurer's "granddaughter"
    said = {m.group(1).lower() for i in _items(sections, "support_network", about=("narrator",))
            if (m := _TELLER_RELATION.search(i["text"].replace("’", "'")))}
    if said:
        return _one(said)
    kind = _the_teller(sections, [i["text"] for i in carers if _the_teller_speaks(i)]) or _in_law(sections)
    if kind and told and re.fullmatch(_SAID_AS.get(kind, "(?!)"), told):
        return told  # told "granddaughter", "I look after my nan": the word told is written
    if kind and " or " not in kind and (not told or told in _GENERAL_RELATIONS):
        return kind  # told "other family member", "I look after my nan": a grandchild
    return told or kind


# A carer writing for a parent-in-law: "I am writing for my father-in-law … my husband Imran (his son)" is a
# daughter-in-law (the thirtieth and thirty-fourth fresh forms sets: "other family member" was written)
_FOR_MY_IN_LAW = re.compile(r"\b(?:writing|write|calling|ringing|asking|look(?:s|ing)? after|car(?:e|es|ing) for|carer for|"
                            r"help(?:s|ing)?|on behalf of) (?:for |about |4 )?(?:my|me) (?:father|mother|dad|mum|mam)[-\s]+in[-\s]+law\b")
_MY_SPOUSE = re.compile(r"\bmy (husband|wife)\b")


def _in_law(sections: dict[str, Any]) -> str | None:
    """"daughter-in-law" or "son-in-law", when the carer telling the story says they write for or look after their
    parent-in-law and names their own husband or wife; else None (never guessed)."""
    said = [plain(i["text"]).lower() for key in ("support_network", "about_me", "home") for i in sections.get(key, [])
            if isinstance(i, dict) and i.get("told_by") == "carer" and isinstance(i.get("text"), str)]
    if not any(_FOR_MY_IN_LAW.search(text) for text in said):
        return None
    spouses = {m.group(1) for text in said for m in _MY_SPOUSE.finditer(text)}
    return {"husband": "daughter-in-law", "wife": "son-in-law"}.get(_one(spouses) or "")


# Hours of care in a week, in the clause that tells the care: "prob 25 hrs a week", "about 30 hours a week".
# "twenty five hours a week" is 25, not 5
_HOURS = re.compile(r"\b(\d{1,3}|(?:(?:twenty|thirty|forty|fourty|fifty|sixty|seventy)(?:[\s-]+(?:one|two|three|four|five|"
                    r"six|seven|eight|nine)\b)?)|" + "|".join(w for w in _NUMBERS if len(w) > 2) +
                    r")(?:\s*(?:to|-)\s*\d{1,3})?\s*(?:hrs|hours)\s+(?:a|per|each|every)\s+week\b")


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70}


def _number(words: str) -> int:
    """ "25", "twenty five", "twenty-two" -> the number (spaCy-free: the prefill command never loads it)."""
    if words.isdigit():
        return int(words)
    tens, _, units = re.sub(r"[\s-]+", " ", words.lower()).partition(" ")
    return _TENS.get(tens, 0) + (_NUMBERS.get(units, 0) if units else 0)


def care_hours(sections: dict[str, Any], teller_only: bool = False) -> int | None:
    """How many hours a week of care, when the one clause that tells the care says ("i go round every
    mornin n nite, prob 25 hrs a week"); a range ("20-30 hours a week") or two different figures is no
    one number. `teller_only`: the carer telling the story's own hours (never a carer the person names)."""
    found = set()
    for item in _carers(sections):
        if teller_only and not _the_teller_speaks(item):
            continue
        for match in _HOURS.finditer(plain(item["text"])):
            if re.search(r"\d\s*(?:to|-)\s*\d", match.group(0)):
                return None
            word = match.group(1)
            found.add(_NUMBERS.get(word) or _number(word))
    return _one(found)


# A worker the person has now: "Referral from Hannah, support worker at …", "my social worker".
_WORKER = re.compile(r"\b(?:support|social|key|case|outreach|housing support|floating support) ?workers?\b|"
                     r"\bcare co-?ordinator\b")
# Whom a support network names by their work, not their relation: "carers", "a support worker", "PA"
_NO_RELATION = re.compile(rf"(?:paid |agency |home |care )?carers?|(?:{_WORKER.pattern})|personal assistants?|pa")
# A paid helper named by their work: a support worker, a personal assistant, a care leaver's PA (personal adviser)
_PAID_HELPER = re.compile(rf"(?:{_WORKER.pattern})|personal (?:assistants?|advis[eo]rs?)|pas?")


def has_support_worker(sections: dict[str, Any]) -> bool | None:
    """Yes when the story names a support or social worker the person has now; never no."""
    for item in _items(sections, "support_network", "services_involved"):
        said = " ".join(str(item.get(k) or "") for k in ("relationship", "role", "text")).lower()
        if _WORKER.search(said) and not re.search(r"\b(?:no|not|never|waiting for|need|needs|want|wants|asked for)\b",
                                                  item["text"].lower()):
            return True
    return None


def has_support(sections: dict[str, Any]) -> bool | None:
    """Someone who helps or supports them: a carer, or a support or social worker."""
    return True if has_carer(sections) or has_support_worker(sections) else None


# What a carer does, as they say it: "him tablets", "his injections", "all the paperwork and the money".
_TASK_WORDS = {**HELP_WORDS, "medicines": r"medic|tablets|\bmeds\b|\bpills\b|injections|insulin",
               "money": r"\bmoney\b|paperwork|\bbills\b|finances|\bbanking\b"}


def teller_tasks(sections: dict[str, Any]) -> list[str]:
    """What the carer telling the story does for the person, as our help names, from their own
    clauses of caring ("i do the cooking n cleaning n help mum in n out the bath": meals, housework,
    washing); never what the person's other carers do, nor the carer's own chores ("my own shopping")."""
    found: list[str] = []
    for item in _carers(sections):
        text = LAUNDRY.sub(" laundry ", plain(item["text"]))  # "does her washing and ironing": housework
        if not _the_teller_speaks(item) or re.search(r"\bmy own\b|\bmyself\b|\bfor me\b", text):
            continue
        found += [kind for kind, words in _TASK_WORDS.items() if kind not in found and re.search(words, text)]
    return found


# What the carer does no more, or cannot: "i cant lift him", "I dont do her meals now", "I used to do his shopping"
_NOT_DOING = re.compile(r"\b(?:can'?t|cannot|can not|carnt|can no longer|don'?t|do not|no longer|not able|unable|"
                        r"used to|stopped|won'?t|wont|struggle|struggling)\b")


def teller_care_given(sections: dict[str, Any]) -> list[str]:
    """What the carer telling the story does for the person, in their own words ("i do all his meals and get him
    washed"): the clauses of their caring that name a task; never what the person needs help with, what
    someone else does, the carer's own chores, nor what they cannot do any more."""
    found: list[str] = []
    for item in _carers(sections):
        text = plain(item["text"])
        if not _the_teller_speaks(item) or re.search(r"\bmy own\b|\bmyself\b|\bfor me\b", text) \
                or _NOT_DOING.search(text):
            continue
        if any(re.search(words, text) for words in _TASK_WORDS.values()) and item["text"] not in found:
            found.append(item["text"])
    return found


def teller_care_hours(sections: dict[str, Any]) -> int | None:
    return care_hours(sections, teller_only=True)


# The carer telling the story, introducing themselves: "I'm Jess, writing for my best mate Tom",
# "hi my names Kai im 15", "My name is Samuel Okafor", "I am his wife Marta" (a name as names are
# written, with a capital).
_INTRODUCED = re.compile(r"^(?:(?:hi|hello|hiya|hey|dear sir or madam)\W+)?(?:(?i:my name is|my name's|my names|i'm|i am|"
                         rf"im|it's|its|this is))\s+(?:(?:(?i:his|her|their)|[A-Z][a-z]+['’]s) (?i:{_RELATIONS}),?\s+)?"
                         # "I'm Ollie's dad, Gareth Hughes": Gareth Hughes; a name with "'s" is whose they are
                         r"([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\b(?!(?:[- ][A-Z][a-z]+)?['’]s\b)")
_NOT_NAMES = {"Writing", "Calling", "Ringing", "Sorry", "Not", "Just", "Here", "Worried", "Struggling", "Finding",
              "His", "Her", "Their", "The", "Your", "A", "An", "So", "Very", "Really"}


# Typed in lower case, a name only where nothing else fits: a greeting, "im", one word, then their age
# ("hiya im jayden im 15", "hi my names kai, 15").
_INTRODUCED_LOWER = re.compile(r"^(?:hi|hello|hiya|hey)\W+(?:i'm|im|i am|my name is|my names|my name's)\s+([a-z]{2,15})"
                               r"(?:\s*,\s*|\s+(?:and\s+)?(?:i'm|im|i am)\s+|\s+aged\s+)(?:aged\s+)?\d{1,2}\b")


_NOT_LOWER_NAMES = {"ok", "okay", "fine", "good", "new", "back", "tired", "worried", "here", "sorry", "just", "only",
                    "not", "so", "the", "writing", "typing", "looking", "struggling", "scared", "stressed", "his", "her"}


def teller_name(sections: dict[str, Any]) -> str | None:
    """The carer telling the story's own name, when they introduce themselves; never in the person's own story."""
    said = [i["text"].strip() for key in ("support_network", "about_me") for i in sections.get(key, [])
            if isinstance(i, dict) and i.get("told_by") == "carer" and isinstance(i.get("text"), str)]
    found = {m.group(1) for text in said
             if (m := _INTRODUCED.search(text)) and m.group(1).split()[0] not in _NOT_NAMES}
    found |= {m.group(1).capitalize() for text in said if (m := _INTRODUCED_LOWER.match(text.lower().replace("’", "'")))
              and m.group(1) not in _NOT_LOWER_NAMES}
    # "Alright, Gary Pascoe here": the name the structurer kept for the carer, where no introduction says it
    return _one(found) or _one({str(i["name"]) for i in _items(sections, "support_network", about=("narrator",))
                                if i.get("name") and i.get("told_by") == "carer"})


def teller_phone(sections: dict[str, Any]) -> str | None:
    """The carer telling the story's own phone number ("My phone 07700 900654", filed as theirs); of
    their numbers, their one mobile."""
    numbers = {str(i.get("value") or i["text"]) for i in _items(sections, "support_network", about=("narrator",))
               if i.get("kind") == "phone" and i.get("told_by") == "carer"}
    # their own mobile and the house phone ("House phone 0117 496 0772, my mobile 07700 900418"): the mobile reaches them
    return _one(numbers) or _one({n for n in numbers if re.sub(r"\D", "", n).startswith(("07", "447"))})


# The food they bought running out (the Hunger Vital Sign's second question, LOINC 88123-5), when a clause
# of theirs says so and how often: "sometimes theres no food left before payday", "we often run out of food".
FOOD_RAN_OUT = {"often": _choice("often", r"^often true", "LA28397-0", display="Often true"),
                "sometimes": _choice("sometimes", r"^sometimes true", "LA6729-3", display="Sometimes true")}
_NO_FOOD = re.compile(r"\bno food (?:left|in the house|in)\b|\b(?:run|runs|ran|running) out of food\b|"
                      r"\bfood (?:runs|ran|running) out\b|\bnot enough food\b|\bskip(?:s|ped|ping)? meals\b")
_HOW_OFTEN = {"often": r"\b(?:often|always|every (?:week|month)|most (?:weeks|months)|all the time)\b",
              "sometimes": r"\b(?:sometimes|some weeks|some months|now and then|now and again|at times)\b"}


def food_ran_out(sections: dict[str, Any]) -> Choice | None:
    """Often or sometimes true, when the clause that tells it says which; never "never true" (not
    having mentioned food is not having enough)."""
    found = {how for item, text in _said(sections, "work_money", "home", "daily_living", "risks")
             if not _someone_elses(item, plain(text))
             # how often, in the part of the clause that tells it ("cant always pay my bill and sometimes
             # theres no food left": sometimes)
             for part in re.split(r"[,;]|\b(?:and|but|so)\b", plain(text)) if _NO_FOOD.search(part)
             for how, words in _HOW_OFTEN.items() if re.search(words, part)}
    only = _one(found)
    return FOOD_RAN_OUT[only] if only else None


# Afraid of falling: "I am frightened of falling again", "she's scared she'll fall".
_FEAR = r"\b(?:afraid|scared|frightened|terrified|worried|worries|worry|fear|anxious|nervous)\b"


def fears_falling(sections: dict[str, Any]) -> bool | None:
    """Yes when a clause of the person's says they fear a fall; no only when one says plainly they
    do not ("I'm not afraid of falling"); otherwise not told."""
    said = _said(sections, "risks", "health", "daily_living", statuses=("current", "hypothetical", "negated"))
    fears = [(i, t) for i, t in said if re.search(_FEAR, t) and re.search(r"\bfall(?:s|ing|en)?\b|\bfell\b", t)
             and not _someone_elses(i, t)]
    if any(i.get("status") != "negated" and not re.search(r"\b(?:not|never|isn'?t|aren'?t|no longer)\b", t)
           for i, t in fears):
        return True
    if any(re.search(r"\b(?:not|never|isn'?t|aren'?t)\b (?:\w+ )?" + _FEAR, t) for _, t in fears):
        return False
    return None


# What help the person wants: a wish that asks for help ("somebody to help me in and out of the
# bath"), or a referral's "Needs: ground floor flat, help with shopping"; not "I want to stay at home".
_ASKS_HELP = re.compile(r"\b(?:help|support|someone|somebody|sum1|carers?|care|stair ?lift|adaptations?|equipment)\b")


def help_wanted(sections: dict[str, Any]) -> list[str]:
    wanted = [i["text"] for i in _items(sections, "goals") if _ASKS_HELP.search(plain(i["text"]))]
    wanted += [i["text"] for i in _items(sections, "home", "daily_living", "goals")
               if re.match(r"^needs?\s*:", plain(i["text"]))]
    return list(dict.fromkeys(wanted))


# The language the person needs, and an interpreter: "somebody speak Arabic with me in appointment",
# "I need an interpreter", "my English is not good".
_LANGUAGES = ("Arabic|Urdu|Punjabi|Bengali|Sylheti|Gujarati|Hindi|Polish|Romanian|Lithuanian|Portuguese|Spanish|"
              "Italian|French|German|Russian|Ukrainian|Turkish|Kurdish|Farsi|Persian|Dari|Pashto|Somali|Tigrinya|"
              "Amharic|Cantonese|Mandarin|Chinese|Vietnamese|Tamil|Malayalam|Czech|Slovak|Hungarian|Bulgarian|"
              "Albanian|Latvian|Welsh|Gaelic|Greek|Swahili|Yoruba|Igbo|Twi|Nepali|Thai|Tagalog|Hebrew|Sign Language|"
              "BSL|British Sign Language")
_NEEDS_LANGUAGE = re.compile(rf"\b(?:speak|speaks|speaking|in|only|talk|talks|prefer|prefers|preferred|want|need) "
                             rf"({_LANGUAGES})\b|\b({_LANGUAGES}) (?:speaker|interpreter|translator|please|for (?:the )?"
                             rf"(?:doctor|gp|nurse|appointments?))\b|\b(?:first|own|main|preferred) language is ({_LANGUAGES})\b")
_NEEDS_INTERPRETER = re.compile(r"\binterpret|\btranslat|\b(?:help|struggle|struggles|struggling) (?:for|with) english\b|"
                                r"\b(?:don'?t|do not|doesn'?t|does not|can'?t|cannot) (?:speak|understand|read) "
                                r"(?:much |good |any |very good )?english\b|\benglish is (?:not|n'?t) (?:good|very good)")


def _communication(sections: dict[str, Any]) -> list[str]:
    return [i["text"] for i in _items(sections, "communication") if not _someone_elses(i, plain(i["text"]))]


# The language they ask an interpreter for, or call theirs: before any other they also speak ("my language is
# Ukrainian, also I speak Russian … I need interpreter for Ukrainian" gave Russian, session 21)
_THEIR_LANGUAGE = re.compile(rf"\b(?:interpreters?|translators?)\s+(?:for|in|who speaks?|that speaks?)\s+({_LANGUAGES})\b|"
                             rf"\b(?:my|his|her|their)\s+(?:first\s+|own\s+|main\s+|home\s+|mother\s+)?(?:language|tongue)"
                             rf"\s+is\s+({_LANGUAGES})\b", re.I)


def language(sections: dict[str, Any]) -> str | None:
    """The language the person needs other than English, when one clause of theirs names it so (the one they
    ask an interpreter for or call theirs, before any other they speak)."""
    texts = _communication(sections)
    found = {next(g for g in m.groups() if g) for text in texts for m in _THEIR_LANGUAGE.finditer(text)}
    if not found:
        found = {next(g for g in m.groups() if g) for text in texts
                 for m in [re.search(_NEEDS_LANGUAGE.pattern, text, re.I)] if m}
    return _one({f.title() if f.upper() != "BSL" else "BSL" for f in found})


def needs_interpreter(sections: dict[str, Any]) -> bool | None:
    """Yes when a clause of theirs asks for an interpreter or for someone to speak their language;
    never no (not needing one is for the person to say)."""
    texts = _communication(sections)
    return True if any(_NEEDS_INTERPRETER.search(plain(t)) or re.search(
        rf"\b(?:someone|somebody|sum1|person) (?:to |who |that )?(?:can )?speaks? (?:{_LANGUAGES})\b", t, re.I)
        for t in texts) else None


# Someone doing a chore for the person, in the person's words: "My neighbour Tom does a bit of shopping for me".
_DOES_FOR_ME = re.compile(rf"\b(?:does|do|sorts|gets) (?:a bit of |some of |some |all |most of )?(?:the |my )?"
                          rf"(?:{_CHORES}|tablets|meds)\b(?: (?:\w+ ){{0,3}})?\bfor me\b|\bdoes my {_CHORES}\b")


# Carers coming in to do something for the person: "agency carers come at lunch to wash her", "carers
# twice a day to help him wash and dress" (what they come to do is what the person needs help with).
_CARERS_COME_TO = re.compile(r"\bcarers?\b(?: \w+){0,2} (?:come|comes|coming|call|calls|visit|visits|pop in|go in|"
                             r"goes in)\b(?: \w+){0,4}? to ((?:help (?:him|her|them|me) (?:to )?)?(?:\w+)(?: and \w+)?)\b")


_CARERS_OWN_CHORE = re.compile(rf"\bmy (?:own )?{_CHORES}\b|\bfor me\b")


# What the person says they do themselves: "I do my own shopping", "I manage to do my shopping", "my sister lets me have
# a bath and do my washing at hers" (a man sleeping in his car was written down as needing help with washing, fresh17);
# not "I get my son to do my shopping", someone else doing it
_DONE_THEMSELVES = re.compile(r"\b(?:i|me)\b[^,.;]*\bdo my$")
_SOMEONE_ELSE_TO = re.compile(r"\b(?:get|gets|getting|got|ask|asks|asked|asking|need|needs|want|wants|pay|pays|paid|have|"
                              r"has|had)\s+(?:(?!(?:to|2)\b)\w+\s+){1,3}(?:to|2)\s+do my$")


# ... unless they say they cannot or struggle to: "I cant really do my own washing any more", "I am not able to do my
# own shopping", "I try to do my washing but it takes me all day and I end up in pain" (session 23, a second reader)
_NOT_MANAGED = re.compile(r"\b(?:can['’]?t|cannot|can not|couldn['’]?t|not able|unable|no longer|struggl\w*|try|tries|"
                          r"trying|tried|any ?more|hard|harder|difficult|takes me all day|all day|in pain|pain|painful|"
                          r"hurts?|exhaust\w*|wipes? me out|too much)\b")


def _needs_help(text: str, carer_told: bool) -> bool:
    """Whether a clause says the person needs help: "can't", "struggles", "helps", "does my", "do my"; not "do my"
    said of what the person does themselves (a carer's "I do her shopping" is the carer's help)."""
    for cue in _HELP.finditer(text):
        if cue.group(0) == "do my" and not carer_told and not _NOT_MANAGED.search(text) and (
                (_DONE_THEMSELVES.search(text[:cue.end()]) and not _SOMEONE_ELSE_TO.search(text[:cue.end()]))
                or text[cue.end():].lstrip().startswith("own ")):
            continue
        return True
    return False


def help_with(sections: dict[str, Any]) -> list[str]:
    """What the person needs help with, as our own activity names, when a clause says so: a need of
    theirs, what someone does for them ("Tom does a bit of shopping for me"), or what the carer telling
    the story does for them ("i do her tablets, her meals and her shopping")."""
    found = []
    for item in _items(sections, "daily_living"):
        if item.get("told_by") == "carer" and _CARERS_OWN_CHORE.search(plain(item["text"])):
            continue  # a carer's "my husband does my shopping for me": the carer's own, no need of the person
        if _needs_help(item["text"].lower(), item.get("told_by") == "carer"):
            found += [kind for kind, words in _ACTIVITIES.items() if kind not in found
                      and any(re.search(words, str(a).lower()) for a in item.get("activities", []))]
    done_for = [LAUNDRY.sub(" laundry ", plain(i["text"])) for i in _items(sections, "support_network")
                if i.get("told_by") != "carer" and not _PAID_CARER.search(i["text"]) and _DOES_FOR_ME.search(plain(i["text"]))]
    found += [kind for kind, words in _ACTIVITIES.items() if kind not in found and any(re.search(words, t) for t in done_for)]
    found += [kind for kind in teller_tasks(sections) if kind in _ACTIVITIES and kind not in found]
    paid = [m.group(1) for i in _items(sections, "services_involved", "support_network", "daily_living")
            if (m := _CARERS_COME_TO.search(plain(i["text"])))]
    return found + [kind for kind, words in _ACTIVITIES.items() if kind not in found and any(re.search(words, t) for t in paid)]


@dataclass(frozen=True)
class Fact:
    read: Callable[[dict[str, Any]], object]
    section: str  # where an answer to its question is kept, so that consent governs it
    about: str = "subject"  # whose an answer to its question is: the carer's own health is the carer's ("narrator")


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
    "care_hours": Fact(care_hours, "support_network"), "fears_falling": Fact(fears_falling, "risks"),
    "teller_care_hours": Fact(teller_care_hours, "support_network"), "teller_name": Fact(teller_name, "support_network"),
    "teller_phone": Fact(teller_phone, "support_network"), "cigarettes_a_day": Fact(cigarettes_a_day, "health"),
    "food_ran_out": Fact(food_ran_out, "work_money"),
    "has_support_worker": Fact(has_support_worker, "support_network"), "has_support": Fact(has_support, "support_network"),
    "teller_tasks": Fact(teller_tasks, "support_network"), "teller_care_given": Fact(teller_care_given, "support_network"), "teller_health": Fact(teller_health, "support_network"),
    "teller_own_health": Fact(teller_own_health, "health", about="narrator"),
    "teller_works": Fact(teller_works, "support_network"), "teller_work_money": Fact(teller_work_money, "support_network"), "teller_coping": Fact(teller_coping, "support_network"),
    "teller_help_wanted": Fact(teller_help_wanted, "support_network"), "others_help": Fact(others_help, "support_network"), "help_wanted": Fact(help_wanted, "goals"), "language": Fact(language, "communication"),
    "needs_interpreter": Fact(needs_interpreter, "communication"),
    "floor": Fact(floor, "home"), "has_lift": Fact(has_lift, "home"), "stairs_difficult": Fact(stairs_difficult, "home"), "home_changes": Fact(home_changes, "home"),
    "needs_home_changes": Fact(needs_home_changes, "home"), "housing_worry_text": Fact(housing_worry_text, "home"),
    "lives_with_teller": Fact(lives_with_teller, "home"), "rent_arrears": Fact(rent_arrears, "home"),
    "benefits": Fact(benefits, "work_money"), "gets_benefits": Fact(gets_benefits, "work_money"),
    "money_worries": Fact(money_worries, "work_money"),
    # The carer's relation to the person: from who told the story (`bot.intake.fill`), else as the story says it.
    "teller_relationship": Fact(lambda sections: None, "support_network"),
}


def read_fact(name: str, sections: dict[str, Any], now: datetime | None = None) -> object:
    """A fact of the story; `now`, the form's clock, for those a date decides (a fall "in 2023" is none in the twelve
    months a form asks about, in 2026: the twenty-fifth fresh forms set, session 31)."""
    if name in _DATED and now is not None:
        return _DATED[name](sections, now)
    return FACTS[name].read(sections)


# The facts a date decides, read with the form's clock
_DATED: dict[str, Callable[[dict[str, Any], datetime], object]] = {"falls": falls, "falls_count": falls_count}
