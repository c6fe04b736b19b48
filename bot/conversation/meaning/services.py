"""What a reply to "Which one would you like to share with?" means: the services it names, by number,
by order ("the second one") or by any words of their title or what they do; none of them; or a
question, help and the like."""
from __future__ import annotations

import re

from bot.conversation.meaning.kinds import Meaning
from bot.conversation.meaning.plain import bare, plain
from bot.conversation.meaning.words import NO_WHOLE, otherwise

# The words people use for each service, by its id (data/services/).
SERVICE_WORDS = {
    "gp-practice": r"gp|gps|g p|doctor|doctors|docs?|surgery|family doctor|practice|medical centre|health centre|riverside",
    "community-nursing": r"nurses?|nursing|district|community nurs\w*|dressings?|wound|injections?|catheter",
    "housing-adaptations": r"adaptations?|adapt|rails?|grab rails?|ramps?|stair ?lifts?|walk in shower|bathroom|toilet|"
                           r"bath|shower|stairs|steps|"
                           r"wet room|occupational|ot|equipment|changes to (my|the|his|her|their) (home|house)|housing",
    "adult-social-care": r"social care|social services|social worker|care at home|home care|carers coming|"
                         r"care package|council care|care act|needs assessment|help at home|personal care|"
                         r"carers (to )?(come|coming|visit)|someone to (come|help) (in|at home)|washing and dressing",
    "carers-assessment": r"carers?s? assessment|carers?s? support|support for (me|carers?)|help for me|"
                         r"for me as (a|the|his|her|their) carer|as a carer|break for me|respite|"
                         r"(for|about) me.*\b(i am|im) (his|her|their) carer|i am (his|her|their) carer",
    "welfare-benefits": r"benefits?|welfare|money|pip|attendance allowance|universal credit|uc|pension credit|"
                        r"money advice|debts?|citizens advice|financial|income|grants?|bills?|rent arrears|arrears",
    "employment-support": r"jobs?|work|employment|job ?centre|back to work|career|employer|working",
}


def services_named(text: str, offered: list[str]) -> list[str]:
    """The offered services a reply names, by number or by any words of their title or meaning."""
    p = bare(plain(text))
    numbers = re.findall(r"\b(\d{1,2})\b", p)
    chosen = [offered[int(n) - 1] for n in numbers if 1 <= int(n) <= len(offered) and len(p.split()) <= 6]
    ordinal = {"first": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3, "fourth": 4, "four": 4,
               "fifth": 5, "five": 5, "sixth": 6, "six": 6, "seventh": 7, "seven": 7, "last": len(offered)}
    for word, number in ordinal.items():
        said = (re.search(rf"\b(the )?{word}( one)?\b", p) if not word.isalpha() or word.endswith(("st", "nd", "rd", "th"))
                or word == "last" else re.fullmatch(rf"(number |option )?{word}( please)?", p))
        if said and len(p.split()) <= 5 and 1 <= number <= len(offered):
            chosen.append(offered[number - 1])
    for service in offered:
        if re.search(rf"\b({SERVICE_WORDS.get(service, re.escape(service))})\b", p) and service not in chosen:
            chosen.append(service)
    if "carers-assessment" in chosen and "adult-social-care" in chosen and not re.search(
            rf"\b({SERVICE_WORDS['adult-social-care']})\b", p.replace("carers assessment", "")):
        chosen.remove("adult-social-care")
    return list(dict.fromkeys(chosen))


_NONE_OF_THEM = re.compile(r"^(none|none of (them|those|these)|no|no one|nobody|neither|not (now|yet|today|any|at the moment)|"
                           r"i do not want to share( it)?( with anyone)?|"
                           r"no (thanks|thank you|none)|i do not want (any|to share)|not interested|nothing)\b")


def service_meaning(text: str, offered: list[str]) -> Meaning:
    """A reply to "Which one would you like to share with?": the services named (value), or no."""
    p = bare(plain(text))
    named = services_named(text, offered)
    if named and not re.match(r"^(what|who|why|how)\b.*\?", (text or "").lower().strip()):
        return Meaning("value", named)
    if _NONE_OF_THEM.match(p) or NO_WHOLE.match(p):
        return Meaning("no")
    return otherwise(text)


def match_service(text: str, offered: list):
    """Which offered service (an object with an `id`) a typed answer means: its number in the list, or
    any words of its name or what it does ("the district nurses", "a full benefits check"); or None."""
    named = services_named(text, [service.id for service in offered])
    return next((service for service in offered if named and service.id == named[0]), None)
