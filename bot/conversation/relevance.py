"""Which services fit the story best, and why: the services that could use a confirmed story,
ranked by what it says (age, goals, who cares for whom, money, work, home, health) with the reason
for each, instead of by how many parts each would receive.

Two services are offered only when the story points to them: employment support when work is
mentioned (an 81-year-old is not offered it for having a bad hip) and the carer's assessment to
someone who looks after someone (a carer telling the story of the person they care for does); and adult
social care is not offered in the story of someone under 18. Such a service is "held back": not listed, but
still given when the person names it.

A question about work ("Are you working?") is not asked of someone whose working life the story
says is over (`past_working_life`): retired, on a pension, or 75 or over; the service asks it if it
must. Unless employment support is one of the services asking.

Pure functions of the profile (no I/O); `today` is a parameter. A reason is a key of
bot.conversation.wording's REASONS, which says it in words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from bot.intake import Gap

STATE_PENSION_AGE = 66
OLDER = 75

_WORK = re.compile(r"\b(jobs?|work|works|working|worked|employ\w*|employer|career|redundan\w*|sick note|fit note|"
                   r"signed off|off sick|boss|shifts?|apprentice\w*|retrain\w*|unemployed|back to work|"
                   r"self employed|part time|full time)\b")
_NOT_WORK = re.compile(r"\b(retired|retirement|housework|homework|paperwork|does not work|doesn'?t work|not working "
                       r"(properly|right))\b")
_MONEY = re.compile(r"\b(money|benefits?|universal credit|uc|pip|attendance allowance|pension credit|"
                    r"carer'?s allowance|esa|jsa|housing benefit|debts?|bills?|arrears|afford|skint|broke|"
                    r"income|council tax|loans?|overdraft|food ?banks?|grants?|tight|behind (on|with)|"
                    r"pay (for|the|my|his|her|their)|cost of|heating costs?|poor|struggling financially|financ\w*)\b")
_CARING = re.compile(r"\b(i|i'm|im|i am|i've|we)\b[^.]*?\b(look(s|ing)? after|care for|caring for|"
                     r"carer (for|to)|(his|her|their|my \w+'?s?) carer|full[- ]time carer|unpaid carer)\b")
_NURSING = re.compile(r"\b(nurses?|nursing|ulcers?|wounds?|dressings?|catheters?|stoma|pressure (sore|ulcer)s?|"
                      r"bed ?sores?|injections?|insulin|housebound|can'?t get out|cannot get out|cannot leave|"
                      r"can'?t leave the house)\b")
_FALLS = re.compile(r"\b(falls?|falling|fell|fallen|trip(s|ped|ping)?|unsteady|lost my balance)\b")
_HOME_ACCESS = re.compile(r"\b(stairs?|steps?|bath|baths|bathing|shower|showers|toilet|loo|get(ting)? (in|out|up)|"
                          r"kitchen|front door|rails?|grab ?rails?|stair ?lift|ramp|wheelchair|walking frame|"
                          r"zimmer|walker|commode|hoist|bannister|banister|wet room)\b")
_DAILY_HELP = re.compile(r"\b(wash(ing)?|dress(ing)?|cook(ing)?|meals?|eat(ing)?|shopping|clean(ing)?|"
                         r"personal care|get(ting)? (up|washed|dressed)|help (with|to)|struggl\w*|can'?t manage|"
                         r"cannot manage|on (my|his|her|their) own|lonely|isolated)\b")
_HOME_GOAL = re.compile(r"\b(stay(ing)? (in|at) (my|his|her|their|our|the) (own )?(home|house|flat|bungalow)|"
                        r"stay(ing)? at home|independen\w*|manage at home|remain at home)\b")
_HOSPITAL = re.compile(r"\b(hospital|discharged|a and e|a&e|ward|operation|surgery on)\b")


class _Offered(Protocol):
    @property
    def id(self) -> str: ...


S = TypeVar("S", bound=_Offered)

# For each service (by its id in data/services/), the signals that make it fit, with their weight: a
# stated goal counts most. A service with none of its signals keeps its place after those with some.
SIGNALS: dict[str, tuple[tuple[str, int], ...]] = {
    "welfare-benefits": (("money_goal", 5), ("money", 3)),
    "employment-support": (("work_goal", 5), ("work", 3)),
    # Someone who says they look after someone; a carer telling the story of the person they care for
    # (whose own needs come first: the carer's assessment is for the carer).
    "carers-assessment": (("caring", 3), ("telling_as_carer", 1)),
    "community-nursing": (("nursing", 3),),
    "housing-adaptations": (("home_access", 3), ("falls", 2), ("home_goal", 1)),
    "adult-social-care": (("daily_help", 3), ("older_alone", 2), ("falls", 1), ("home_goal", 1)),
    "gp-practice": (("hospital", 2), ("health", 1)),
}
# Offered only when the story gives one of these signals (otherwise held back, named only).
ONLY_WITH: dict[str, frozenset[str]] = {
    "employment-support": frozenset({"work", "work_goal"}),
    "carers-assessment": frozenset({"caring", "telling_as_carer"}),
}
# Services for adults only: held back (given only when named) when the story says the person is under 18 (a stranger,
# session 22: a foster carer telling a 15-year-old's story was offered adult social care first)
FOR_ADULTS = frozenset({"adult-social-care"})
ADULT = 18


@dataclass(frozen=True)
class Ranked(Generic[S]):
    offers: list[tuple[S, list[str]]]                  # listed, the best fit first
    reasons: dict[str, str] = field(default_factory=dict)  # service id -> why it fits (a REASONS key)
    held_back: list[tuple[S, list[str]]] = field(default_factory=list)  # not listed; given if named


def _items(profile: dict[str, Any], *sections: str) -> list[dict[str, Any]]:
    """The person's own items (told in the story, not answers to a form's questions) in `sections`:
    not negated, not a relative's."""
    found = []
    for key in sections or tuple(profile.get("sections", {})):
        for item in profile.get("sections", {}).get(key, []):
            if item.get("question_key") or item.get("status") in ("negated", "family"):
                continue
            if item.get("about", "subject") not in ("subject", "narrator"):
                continue
            found.append(item)
    return found


def _text(item: dict[str, Any]) -> str:
    words = [str(item.get("text") or "")] + [str(w) for key in ("terms", "activities", "aids", "features", "role")
                                             for w in (item.get(key) or [] if key != "role" else [item.get(key) or ""])]
    return " ".join(words).lower().replace("\u2019", "'")


def age_of(profile: dict[str, Any], today: date) -> int | None:
    """The person's age: as told, or from their date of birth."""
    for item in _items(profile, "about_me"):
        if item.get("about", "subject") != "subject":
            continue
        if item.get("kind") == "age" and isinstance(item.get("value"), (int, float)):
            return int(item["value"])
        if item.get("kind") == "date_of_birth" and isinstance(item.get("value"), str):
            try:
                born = date.fromisoformat(item["value"])
            except ValueError:
                continue
            return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return None


def signals(profile: dict[str, Any], teller: str, today: date) -> set[str]:
    """What the story says that makes a service fit (the keys of SIGNALS' entries)."""
    found: set[str] = set()
    age = age_of(profile, today)
    goals = [_text(i) for i in _items(profile, "goals")]
    work_money = [(i, _text(i)) for i in _items(profile, "work_money") if i.get("about", "subject") == "subject"]
    if any(_WORK.search(g) and not _NOT_WORK.search(g) for g in goals):
        found.add("work_goal")
    if any(_MONEY.search(g) for g in goals):
        found.add("money_goal")
    for item, text in work_money:
        working = _WORK.search(text) and not _NOT_WORK.search(text)
        if working and (item.get("status") != "past" or age is None or age < STATE_PENSION_AGE):
            found.add("work")
        if _MONEY.search(text) or not working:
            found.add("money")
    if teller == "carer":
        found.add("telling_as_carer")
    elif any(_CARING.search(_text(i)) for i in _items(profile)):
        found.add("caring")
    by_section = {key: [_text(i) for i in _items(profile, key) if i.get("about", "subject") == "subject"]
                  for key in ("health", "services_involved", "daily_living", "home", "risks", "goals")}
    if any(_NURSING.search(t) for key in ("health", "services_involved", "daily_living") for t in by_section[key]):
        found.add("nursing")
    if any(_FALLS.search(t) for key in ("risks", "health", "daily_living") for t in by_section[key]):
        found.add("falls")
    if any(_HOME_ACCESS.search(t) for key in ("daily_living", "home", "risks", "goals") for t in by_section[key]):
        found.add("home_access")
    if any(_DAILY_HELP.search(t) for t in by_section["daily_living"]):
        found.add("daily_help")
    if any(_HOME_GOAL.search(g) for g in goals):
        found.add("home_goal")
    alone = any(re.search(r"\b(live|lives|living) (alone|on (my|his|her|their) own|by (my|him|her)sel)", t)
                for t in by_section["home"])
    if alone and age is not None and age >= OLDER:
        found.add("older_alone")
    if any(_HOSPITAL.search(t) for key in ("health", "services_involved") for t in by_section[key]):
        found.add("hospital")
    if _items(profile, "health", "medications"):
        found.add("health")
    return found


def rank(profile: dict[str, Any], offers: list[tuple[S, list[str]]], teller: str, today: date) -> Ranked[S]:
    """The services on offer (each with the parts it would receive), the best fit for this story
    first, with the reason for each; those the story gives no call for (ONLY_WITH), and those for adults only
    (FOR_ADULTS) in a child's story, held back."""
    said = signals(profile, teller, today)
    age = age_of(profile, today)
    scored = []
    reasons: dict[str, str] = {}
    held_back = []
    for place, (service, sections) in enumerate(offers):
        if service.id in ONLY_WITH and not ONLY_WITH[service.id] & said or (
                service.id in FOR_ADULTS and age is not None and age < ADULT):
            held_back.append((service, sections))
            continue
        present = [(weight, signal) for signal, weight in SIGNALS.get(service.id, ()) if signal in said]
        if present:
            reasons[service.id] = max(present, key=lambda p: p[0])[1]
        scored.append((-sum(weight for weight, _ in present), place, service, sections))
    scored.sort(key=lambda entry: (entry[0], entry[1]))
    return Ranked([(service, sections) for _, _, service, sections in scored], reasons, held_back)


# Said of the person: "he's on his pension", "I'm retired", "a pensioner"; not of a relative ("my husband
# is retired"), whose own it is.
_RETIRED = re.compile(r"\b(retired|retirement|pensioners?|pension|oap)\b")
_SOMEONE_ELSES = re.compile(r"\b(my|our|his|her|their) (husband|wife|partner|son|daughter|mum|mam|mother|dad|father|"
                            r"brother|sister|friend|neighbour)\b")
_WORK_QUESTIONS = frozenset({"fact:working", "fact:employment"})
EMPLOYMENT_SUPPORT = "employment-support"


def past_working_life(profile: dict[str, Any], today: date) -> bool:
    """Whether the story says the person's working life is over: they are retired or on a pension,
    or OLDER or more."""
    age = age_of(profile, today)
    if age is not None and age >= OLDER:
        return True
    return any(_RETIRED.search(text) and not _SOMEONE_ELSES.search(text)
               for text in (_text(i) for i in _items(profile, "work_money", "about_me")
                            if i.get("about", "subject") == "subject"))


def worth_asking(gaps: list[Gap], profile: dict[str, Any], today: date) -> list[Gap]:
    """The service questions worth putting to this person: not "Are you working?" to someone whose
    working life is over (an 88-year-old on his pension was asked "Is Albert working?"), unless
    employment support asks it."""
    from bot.intake.wording import match_wording  # loads only where it is needed

    if not past_working_life(profile, today):
        return gaps

    def about_work(gap: Gap) -> bool:
        matched = match_wording(gap.label)
        return matched is not None and matched[0] in _WORK_QUESTIONS and EMPLOYMENT_SUPPORT not in gap.services

    return [gap for gap in gaps if not about_work(gap)]
