"""The carer telling the story, of themselves: their own health, work, how they are coping, what
would help them, and whether anyone else helps with the caring (a carer's assessment asks each).

Read only from the carer's own clauses (`about: narrator`, filed under support network; how they
are coping from any clause they say it in), precision first as every fact (`bot.intake.facts`):
None unless the story says it plainly, and a "no" only when it says no.
"""
from __future__ import annotations

import re
from typing import Any

from bot.intake.reading import Choice, plain
from bot.intake.reading import choice as _choice
from bot.intake.reading import items as _items


def _own(sections: dict[str, Any]) -> list[str]:
    """The carer's own clauses, as plain lower-case text."""
    return [plain(i["text"]) for i in _items(sections, "support_network", about=("narrator",))
            if i.get("told_by") == "carer" and i.get("kind") is None]


# The carer's own health: "ive got my own back problems", "my asthma has been bad wiv the stress",
# "I have my own sugar diabetes and bad knees", "I have depression myself".
_CONDITIONS = (r"asthma|diabetes|sugar diabetes|arthritis|depression|anxiety|copd|angina|cancer|epilepsy|fibromyalgia|"
               r"blood pressure|heart (?:condition|problems?|failure)|(?:back|knee|hip|neck|shoulder|health|mental health) "
               r"(?:problems?|issues?|pain)|bad (?:back|knees?|hips?|legs?|heart|nerves|health)|long covid|"
               r"hernia|sciatica|migraines?|disability|disabilities|illness|health problems?|health issues?")
_OWN_HEALTH = re.compile(rf"\bmy own (?:\w+ )?(?:{_CONDITIONS})\b|\bmy (?:{_CONDITIONS})\b|"
                         rf"\bi(?: have|'ve got|ve got| got|'ve|ve) (?:my own )?(?:\w+ )?(?:{_CONDITIONS})\b.*\bmyself\b")
_NOT_SO = re.compile(r"\b(?:no|not|never|fine|ok|okay|healthy)\b")


# A part of the carer's body, or their health, said to be bad: "my back is bad", "my knees are shot", "my heart isnt
# good", "me back's killing me"; never "my back is better now" nor "my health is good".
_PART = (r"(?:my|me) (?:own )?(?:back|knees?|hips?|heart|legs?|shoulders?|arms?|hands?|wrists?|neck|chest|breathing|"
         r"eyes|eyesight|nerves|health|mental health|blood pressure)")
_BAD_PART = re.compile(
    rf"\b{_PART}(?:'s|s)?\s+(?:(?:is|are|r|has been|have been|keeps|is getting|are getting|getting|was|were|been)\s+)?"
    r"(?:(?:really|very|so|proper|that|pretty|getting|too)\s+)?(?:bad|shot|gone|playing up|killing me|poor|worse|"
    r"agony|sore|painful|weak|knackered|wrecked|terrible|awful|giving out|giving up|failing|not (?:good|great|right|well))\b|"
    rf"\b{_PART}\s+(?:isnt|isn't|aint|ain't|arent|aren't|is not|are not)\s+(?:(?:very|that|too|so)\s+)?"
    r"(?:good|great|right|well|what (?:it|they) (?:was|were|used to be))\b")
# "I have a bad back", "ive got arthritis", "I got angina": in the carer's own clause, their own
_I_HAVE = re.compile(rf"\bi(?: have| have got|'ve got|ve got| got|'ve|ve) (?:a |an |my own |bad |terrible |awful )*"
                     rf"(?:\w+ )?(?:{_CONDITIONS}|back|knees|hips)\b")
# What the carer cannot do for the person any more, of their own body: "i cant lift him anymore", "I can no longer
# lift him", "I struggle to lift her", "im not able to get him up", "i cant move her on my own no more".
_CANNOT_CARE = re.compile(r"\b(?:i|i'm|im|i am)\s+(?:\w+\s+)?(?:can'?t|carnt|cannot|can not|can no longer|(?:am |'m |m )?"
                          r"(?:not|no longer|un)\s?able to|struggle to|struggling to|find it (?:too |very |really )?hard to)"
                          r"\s+(?:\w+\s+)?(?:lift|move|turn|carry|push|hoist|bath|bathe|shower|get (?:him|her|them) "
                          r"(?:up|in|out|off|on|into|onto))\b")


def teller_health(sections: dict[str, Any]) -> bool | None:
    """Yes when the carer says they have a health problem of their own; never no."""
    return True if any(_OWN_HEALTH.search(t) and not _NOT_SO.search(t) or _BAD_PART.search(t)
                       for t in _own(sections)) else None


def teller_own_health(sections: dict[str, Any]) -> list[str]:
    """The carer's own health and what their body no longer lets them do for the person (the Care Act's
    carer's own needs), each in their own words: "i cant lift him anymore", "my back is bad". Their own
    health is read from the health part only (the story files it there as theirs, `about: narrator`), so it
    goes only as the carer agreed: "yes but not my health" leaves it out, "not his health" keeps it in."""
    found = [i["text"] for i in sections.get("health", []) if isinstance(i, dict) and isinstance(i.get("text"), str)
             and i.get("about") == "narrator" and i.get("status", "current") == "current"]
    for item in _items(sections, "support_network", about=("narrator",)):
        text = plain(item["text"])
        if item.get("told_by") != "carer" or item.get("kind") is not None:
            continue
        health = _OWN_HEALTH.search(text) and not _NOT_SO.search(text) or _BAD_PART.search(text) \
            or _I_HAVE.search(text) and not _NOT_SO.search(text)
        if not health and _CANNOT_CARE.search(text):
            found.append(item["text"])
    return list(dict.fromkeys(found))


# The carer's own paid work: "i work full time at the hospital", "still working part time in the school
# kitchen"; no when they say they gave it up or cannot work.
_WORKS = re.compile(r"^(?:(?:and|but|so|me is \d+|i'?m \d+|im \d+)\W+)*(?:i|i'm|im|i am|still)\b.{0,20}?"
                    r"(?<!left )(?<!from )(?<!after )(?<!to )(?<!off )(?<!at )(?<!before )"  # "I left work early on Friday"
                    r"\b(?:work|works|working)\b(?! (?:on|hard|around|round|out|through|with (?:him|her|them))\b)|\bi have a (?:part[- ]time |full[- ]time )?job\b|"
                    r"\b(?:still )?working (?:full|part)[- ]time\b")
_NOT_WORKING = re.compile(r"\bi (?:don't|do not|dont|can't|cannot|cant) work\b|\b(?:gave|given) up (?:my )?(?:work|job)\b|"
                          r"\bi'?m (?:not working|retired|unemployed)\b|\bim (?:not working|retired|unemployed)\b|"
                          r"\bi am (?:not working|retired|unemployed)\b|\bi (?:had to )?(?:left|leave|quit) my job\b")


def teller_works(sections: dict[str, Any]) -> bool | None:
    """Yes when the carer says they work now; no when they say they do not; else not told."""
    own = _own(sections)
    if any(_NOT_WORKING.search(t) for t in own):
        return False if not any(_WORKS.search(t) and not _NOT_WORKING.search(t) for t in own) else None
    return True if any(_WORKS.search(t) and not re.search(r"\b(?:used to|had to stop|before)\b", t) for t in own) else None


# The carer's own work and money, in the part of a clause that says it of themselves: "I get carers allowance",
# "i work part time at tesco", "I had to give up my job to look after him", "im on universal credit"; never the
# person's ("he gets attendance allowance", "my dad gets dla an his pension") nor the person's money the carer
# sees to ("i sort out his pension", "i do all the money").
_MONEY_THINGS = (r"carer'?s'? (?:allowance|credit)|universal credit|uc|benefits?|esa|jsa|pip|dla|pension credit|"
                 r"(?:a |my )?pension|zero hours|sick pay|statutory sick pay")
_OWN_MONEY = re.compile(
    r"\bmy (?:own )?(?:job|work|wages?|pay|salary|pension|benefits?|money|bills|income|savings|hours|shifts?|"
    r"employer|boss|carer'?s'? allowance)\b|"
    r"\b(?:i|i'm|im|i am|i've|ive|i'd|id)(?: (?:just|still|only|also|now|had to|have to|used to|do|dont|don't|can't|"
    r"cant|cannot|am|was|have|got|get|had))* (?:(?:work|works|working)\b(?! (?:on|hard|around|round|out|through|"
    r"with (?:him|her|them))\b)|(?:employed|self[- ]employed|retired|unemployed)\b|"
    rf"on (?:{_MONEY_THINGS})\b|(?:get|getting|claim|claiming|receive|receiving) (?:{_MONEY_THINGS})\b|"
    r"(?:gave|give|given) up (?:my )?(?:job|work)\b|(?:left|quit|lost) my job\b|(?:can'?t|cannot) (?:work|afford)\b)")
# Whom a part speaks of before the money, when it is not the carer: "my dad gets dla", "shes on pip"
_SOMEONE_ELSE = re.compile(r"\b(?:he|him|his|she|her|hers|they|them|their|he's|hes|she's|shes|theyre|they're|"
                           r"mum|mam|mom|mother|dad|father|husband|wife|partner|son|daughter|nan|gran|grandad|"
                           r"brother|sister|friend|neighbour)\b")
_PARTS = re.compile(r"\s*(?:[,;]|\band\b|\bbut\b|\bso\b|(?<=\w)\s+n\s+(?=\w)|&|\+)\s*", re.IGNORECASE)


def teller_work_money(sections: dict[str, Any]) -> list[str]:
    """The carer's own words about their own work and money, each part as they said it."""
    found: list[str] = []
    for item in _items(sections, "support_network", "work_money", about=("narrator", "subject"),
                       statuses=("current", "past", "negated")):
        if item.get("told_by") != "carer" or item.get("kind") is not None:
            continue
        for part in _PARTS.split(item["text"]):
            said = plain(part)
            mine = _OWN_MONEY.search(said)
            if mine and not _SOMEONE_ELSE.search(said[:mine.start()]) and part.strip() not in found:
                found.append(part.strip())
    return found


# How the carer is managing (a carer's assessment's "I am managing well" … "I cannot carry on as things are").
COPING = {"not-coping": _choice("not-coping", r"cannot carry on|can'?t carry on|not coping", "not-coping"),
          "struggling": _choice("struggling", r"^i am struggling|struggling", "struggling")}
_NOT_COPING = re.compile(r"\b(?:i'm|im|i am|i've been|ive been) (?:really |just |honestly |barely )?not coping\b|"
                         r"\bi (?:can't|cant|cannot|can not) (?:cope|carry on|go on)\b|"
                         r"\b(?:at|reached) (?:breaking point|the end of my tether)\b")
_STRUGGLING = re.compile(r"\b(?:i'm|im|i am|i've been|ive been) (?:really |just |honestly )?(?:struggling|burnt out|"
                         r"burned out|exhausted|worn out)\b(?! (?:with|to) (?:my own|me)\b)")


def teller_coping(sections: dict[str, Any]) -> Choice | None:
    """How the carer says they are managing with caring, when they say so in their own words."""
    said = [plain(i["text"]) for i in _items(sections, "support_network", "risks", "health", "daily_living",
                                             statuses=("current", "negated"), about=("subject", "narrator"))
            if i.get("told_by") == "carer"]
    if any(_NOT_COPING.search(t) for t in said):
        return COPING["not-coping"]
    return COPING["struggling"] if any(_STRUGGLING.search(t) for t in said) else None


# What would help the carer: "i need respite or more care hours for her", "What would help me is a break",
# "i want a bit of time for school".
_WOULD_HELP = re.compile(r"\bwhat would help (?:me|us)\b|\b(?:i|we)(?:'d| would)? (?:\w+ ){0,2}?(?:need|want|like|love|"
                         r"could do with)\b.*\b(?:break|respite|rest|time|help|support|care|carers|sitter|day centre|"
                         r"care home|hours)\b")


def teller_help_wanted(sections: dict[str, Any]) -> list[str]:
    """The carer's own words for what would help them, as they said it."""
    return list(dict.fromkeys(i["text"] for i in _items(sections, "support_network", "goals", about=("narrator",),
                                                        statuses=("current", "hypothetical"))
                              if i.get("told_by") == "carer" and _WOULD_HELP.search(plain(i["text"]))))


# Nobody else helps: "nobody else helps", "no one else helps out", "its just me", "I'm on my own with it".
# (not "its just me mum n my little sister": who lives there, "me" for "my", the thirty-third fresh forms set, session 39)
_NO_ONE_ELSE = re.compile(r"\b(?:nobody|no one|no-one|noone|no1) else (?:helps?|does (?:anything|owt)|to help)\b|"
                          r"\bno(?:body| one|-one) (?:helps|to help) (?:me|us)\b|\b(?:it'?s|its) (?:just|only) me\b(?! and| at home| in the house| n\b| &| (?:mum|mam|ma|dad|da|nan|nana|gran|"
                          r"grandad|and|wi|with)\b)|"
                          r"\bi(?:'m| am|m) on my own with (?:it|him|her|them|the caring)\b|\bi get no (?:other )?help\b")


def others_help(sections: dict[str, Any]) -> bool | None:
    """No when the carer says no one else helps; never yes from a silence."""
    said = [plain(i["text"]) for i in _items(sections, "support_network", "risks", "daily_living",
                                             about=("subject", "narrator")) if i.get("told_by") == "carer"]
    return False if any(_NO_ONE_ELSE.search(t) for t in said) else None
