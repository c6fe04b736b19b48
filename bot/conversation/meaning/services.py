"""What a reply to "Which one would you like to share with?" means: the services it names, by number,
by order ("the second one") or by any words of their title or what they do; none of them; or a
question, help and the like."""
from __future__ import annotations

import re
from typing import Protocol, Sequence, TypeVar

from bot.conversation.meaning.corrections import self_corrected
from bot.conversation.meaning.kinds import Meaning
from bot.conversation.meaning.plain import bare, plain
from bot.conversation.meaning.words import NO_WHOLE, general, is_question, numbers_said, otherwise

# The words people use for each service, by its id (data/services/).
SERVICE_WORDS = {
    "gp-practice": r"gp|gps|g p|general practi\w*|doctor|doctors|docs?|surgery|family doctor|practice|medical centre|health centre|riverside|"
                   r"dr|drs|doc|own doctor|medical practice|repeat prescriptions?",
    "community-nursing": r"nurses?|nursing|district|community nurs\w*|(?<!and )dressings?|wound|injections?|catheter|"
                         r"bandag\w*|leg ulcers?|ulcers?|insulin|pressure sores?|stoma|blood tests? at home|jabs?",
    "housing-adaptations": r"adaptations?|adapt|adapt[a-z]*sh[a-z]*ns?|adapt[a-z]*ions?|rails?|grab rails?|ramps?|stair ?lifts?|walk in shower|bathroom|toilet|"
                           r"bath|shower|stairs|steps|"
                           r"wet room|occupational|ot|equipment|changes to (my|the|his|her|their) (home|house)|housing|"
                           r"house one|home one|house adaptations?|adapting (my|the|his|her|their) (home|house)|"
                           r"handrails?|hand rails?|bannisters?|hoist|bath lift|raised toilet|toilet seat|shower (seat|chair)|"
                           r"level access|doorways?|key safe|commode|perching stool|changes to the (house|home|flat)|"
                           r"(house|home|flat) (changes|alterations)|alterations|make (the|my|his|her|their) (home|house|flat) safer",
    "adult-social-care": r"social care|social services|social worker|the social|care at home|home care|carers coming|"
                         r"care package|council care|care act|needs assessment|help at home|personal care|"
                         r"carers (to )?(come|coming|visit)|someone to (come|help) (in|at home)|wash(ing)? and dress(ing)?|"
                         r"care assessment|care needs|assessment of (my|his|her|their) needs|get (washed|dressed)|"
                         r"help (me |him |her |them |mum |dad )?(to )?(wash|get washed|get dressed|get up|get to bed|with meals)|"
                         r"carers? (to |who )?(help|come|visit|call)|home help|meals on wheels|day centre|care workers?|"
                         r"(someone|somebody) to (help|come|check|pop) (in|round|on)|the council( for)?( some)? help|"
                         r"(washing|dressing|bathing) (and|or) (dressing|washing|bathing)|"
                         # "someone to help get him up in the morning", "someone to help mum with washing"
                         r"get (him|her|them|me|mum|dad|my \w+) (up|dressed|washed|to bed|out of bed|in and out of bed)|"
                         r"help (\w+ )?with (washing|dressing|bathing|meals|personal care|getting (up|dressed|washed))",
    "carers-assessment": r"carers?s? assessment|carers?s? support|support for (me|carers?)|help for me|"
                         r"for me as (a|the|his|her|their) carer|as a carer|break for me|respite|"
                         r"(for|about) me.*\b(i am|im) (his|her|their) carer|i am (his|her|their) carer|carers?s? one|"
                         r"for carers|unpaid carers?|(something|support|help|a break) for (me|myself|us)|"
                         r"(worn out|exhausted|burnt out|burned out|knackered|shattered|struggling|at the end of my tether)"
                         r"( from| with| by)? (caring|looking after)|i am the (one|carer) (doing|who does) the caring|"
                         r"caring for (him|her|them|my \w+)|me as (a|the) carer|my own (needs|support|wellbeing|health as a carer)|"
                         r"as (his|her|their|a|the|mums|dads) carer|(help|support)( for)? (me|us) (to )?cope|me cope",
    "welfare-benefits": r"benefits?|welfare|money|pip|attendance allowance|universal credit|uc|pension credit|"
                        r"money advice|debts?|citizens advice|financial|income|grants?|bills?|rent arrears|arrears|"
                        r"claims?|claiming|forms? for (money|benefits)|allowances?|carers allowance|pension|council tax|"
                        r"cost of living|gas and electric|heating|afford|skint|broke|cash|entitled|entitlements?",
    "employment-support": r"jobs?|work|employment|job ?centre|back to work|career|employer|working|volunteer\w*|"
                          r"training|cv|apprenticeships?|retrain\w*|into work|return to work",
}


def services_named(text: str, offered: list[str], listed: bool = True) -> list[str]:
    """The offered services a reply names, by number or by any words of their title or meaning
    (only by their words when they were not `listed`: no number or "all of them" means them). A reply that
    corrects itself ("gp. no wait, number 2 instead") names only what it names after the correction."""
    corrected = self_corrected(text)
    both = _BOTH_AFTER.search(text or "") if corrected is not None else None
    if both is not None:  # "employment support. no wait, the GP. actually both": both of those named, never one
        every = _named_as_said(text[:both.start()], offered, listed)
        if len(every) >= 2:
            return every
    if corrected is not None:
        instead = services_named(corrected[1], offered, listed)
        if instead or numbers_said(bare(plain(corrected[1])), 99) or services_named(corrected[1], list(SERVICE_WORDS), False):
            return instead  # the later choice, from this list or another: never both
    return _named_as_said(text, offered, listed)


# "both" said last, after a change of mind: "the nurses. no sorry, the GP. both actually", "... actually both of them"
_BOTH_AFTER = re.compile(r"(?i)[\s,.;:!-]+(?:(?:actually|no|oh|ok|okay|or|well|erm|um|wait|sorry|make (?:it|that)|i mean)[\s,.!]+)*"
                         r"both(?: of (?:them|those|these|em))?(?:[\s,.!]+(?:actually|please|thanks|thank you|then|really))*"
                         r"[\s.!]*$")


def _named_as_said(text: str, offered: list[str], listed: bool) -> list[str]:
    """The offered services a reply names, every one it names (a correction in it not looked for)."""
    p = bare(plain(text))
    if listed and _ALL_OF_THEM.match(p):
        return list(offered)
    all_but = _ALL_BUT.match(p) if listed else None
    if all_but:  # "all except 7", "all of them but the gp": the rest of them
        left_out = services_named(all_but.group("but"), offered)
        if left_out:
            return [service for service in offered if service not in left_out]
    chosen = [offered[number - 1] for number in numbers_said(p, len(offered))] if listed else []
    by_number = set(chosen)
    for service in offered:
        words = rf"\b({SERVICE_WORDS.get(service, re.escape(service))})\b"
        if re.search(words, p) and service not in chosen:
            chosen.append(service)
    chosen = [s for s in chosen if not _turned_down(s, p)]  # "not the gp, they never listen, but the nurses would be good"
    if "carers-assessment" in chosen and "adult-social-care" in chosen and "adult-social-care" not in by_number and not re.search(
            rf"\b({SERVICE_WORDS['adult-social-care']})\b", p.replace("carers assessment", "")):
        chosen.remove("adult-social-care")  # "the carers assessment" names no social care; "3 and 6" does
    return list(dict.fromkeys(chosen))


# A service named to be turned down: "not the gp", "anything but social services", "rather than the doctor".
# (a word of the service's title may come between: "not the home adaptations", "not the district nurses")
_NOT_BEFORE = re.compile(r"\b(not|no|never|except|apart from|anything but|rather than|instead of|without)"
                         r"( (to|with|for))?( (the|my|a|an|our|his|her|their|any))?"
                         r"( (home|house|housing|district|community|adult|welfare|employment|local|council))?\s*$")


# A service the story is not to be sent to: "dont send it to the gp", "never share my story with the nurses" (a stranger,
# session 32: at the GP's consent question it was asked again; at the nurses' own question, "Please answer yes or no")
_NOT_SENT_TO = re.compile(r"\b(not|never)\s+(send|share|give|pass|forward)(\s+(it|this|that|them|anything|any of it|(my|the|his|her|"
                          r"their|our) (story|details|info|information)))?(\s+on)?\s+(to|with)"
                          r"(\s+(the|my|a|an|our|his|her|their|any))?\s*$")


def _turned_down(service: str, p: str) -> bool:
    """Whether every mention of a service in a reply is turned down ("not the gp"), none chosen."""
    mentions = list(re.finditer(rf"\b({SERVICE_WORDS.get(service, re.escape(service))})\b", p))
    return bool(mentions) and all(_NOT_BEFORE.search(p[:m.start()]) or _NEVER_ASKED.search(p[:m.start()])
                                  or _NOT_SENT_TO.search(p[:m.start()]) for m in mentions)


# A service the person says they never wanted: "I never said I wanted help with money? just the nurses" (a stranger, session
# 29: the benefits service's questions began); the words before its mention, in the same breath
_NEVER_ASKED = re.compile(r"\b(i (never|did not|didnt) (say|said|ask|asked|want|wanted|mention|mentioned)|i do not (want|need)|"
                          r"who said (i|we))\b(?! (it|them|to (share|send)))[a-z ]{0,30}$")


def services_refused(text: str, among: Sequence[str]) -> list[str]:
    """The services of `among` a reply turns down, every time it names them: "actually not the housing people", "i dont
    want the home adaptations service at all", "leave social services out of it" (a stranger, session 31: said at another
    service's consent question, it held back that service's "your home", and the housing questions went on)."""
    p = bare(plain(text))
    refused = []
    for service in among:
        mentions = list(re.finditer(rf"\b({SERVICE_WORDS.get(service, re.escape(service))})\b", p))
        if mentions and all(_NOT_SENT_TO.search(p[:m.start()]) and _A_SERVICES_NAME.fullmatch(m.group(0))
                            or (_NOT_BEFORE.search(p[:m.start()]) or _NEVER_ASKED.search(p[:m.start()])
                                or (_LEAVE_BEFORE.search(p[:m.start()]) and _OUT_AFTER.match(p[m.end():])))
                            and not _KNOWING_AFTER.match(p[m.end():]) and not _OWN_THING.search(p[:m.start()])
                            and (_A_SERVICES_NAME.fullmatch(m.group(0)) or _A_SERVICE_AFTER.match(p[m.end():]))
                            for m in mentions):
            refused.append(service)
    return refused


# what a service is not to know, not the service refused: "i dont want the gp to know about my drinking"
_KNOWING_AFTER = re.compile(r"^( (people|service|team))? (to (know|see|hear|read|find out|be told|have)|knowing|seeing|finding out|"
                            r"hearing)\b")
# named as a service, not as help it gives ("i dont need help with washing" answers a question)
# (not words that also name a part of the story: "yes but not the benefits" holds back work and money, "not the benefits
# people" turns the service down)
_A_SERVICES_NAME = re.compile(r"gp|gps|g p|doctors?|docs?|surgery|practice|district|nurses?|nursing|community nurs\w*|social care|"
                              r"social services|the social|social worker|adaptations?|occupational|ot|housing|carers?s? assessment|"
                              r"citizens advice|money advice|job ?centre|employment support")
_A_SERVICE_AFTER = re.compile(r"^ (people|service|services|team|lot|ones?|folk|department|lady|man|woman|referral|form)\b")
_OWN_THING = re.compile(r"\b(my|his|her|their|our|your)\s*$")  # "my money", "her bath": a thing, not a service
_LEAVE_BEFORE = re.compile(r"\b(leave|keep)( the| my| any)?\s*$")
_OUT_AFTER = re.compile(r"^( (people|service|team|lot|ones?|folk|department))? out\b")


_ALL_OF_THEM = re.compile(r"^((yes |ok )?(all|all of (them|those|these|it)|every one|each one|the lot|everyone|everything|"
                          r"every service|all (the )?services|all of the (services|above)|all the above|all above|"
                          r"all (two|three|four|five|six|seven)( of them)?)( please| thanks| of them| obviously| of course| i suppose|"
                          r" i guess| then| really)*)$")
_ALL_BUT = re.compile(r"^(yes )?(all|all of (them|those|these)|every one|everything|the lot|all (the )?services)( of them)? "
                      r"(except|but|apart from|bar|other than|except for|but not|not)( for)? (?P<but>.+)$")
_NONE_OF_THEM = re.compile(r"^(none|nowhere|no where|not anywhere|that is (all|it|everything)|none of (them|those|these)|no|no one|nobody|neither|not (now|yet|today|any|at the moment)|"
                           r"i do not want (it|this|them|my story|anything|that) (sent|shared|passed on|going|given)\b|"
                           r"(i )?(would )?(rather|prefer) not (to )?(share|send)\b|"
                           r"(do not|please do not) (send|share|pass) (it|this|that|anything)\b|"
                           r"i do not want to share( it)?( with anyone)?|"
                           r"no (thanks|thank you|none)|i do not want (any|to share)|not interested|nothing)\b")


def service_meaning(text: str, offered: list[str], held_back: Sequence[str] = ()) -> Meaning:
    """A reply to "Which one would you like to share with?": the services named (value), or no.
    `held_back`: services not listed, which only their words name."""
    p = bare(plain(text))
    named = services_named(text, offered)
    named += [s for s in services_named(text, list(held_back), listed=False) if s not in named]
    asking = bool(re.match(r"^(what|who|why|how|which|is|are|does|do|tell me (about|more)|when|where|"
                           r"(can|could|would|will) you (please )?(explain|tell me|say|describe)|"
                           r"(will|would|can|could|should|do|does|did) (they|he|she|it|the|those|these|that|this|someone|"
                           r"somebody|anyone|a|an))\b", p)) and is_question(text)
    if named and not asking:
        return Meaning("value", named)
    found = general(text)
    if found and found.kind == "later" and re.search(r"\b(think|decide|choose|pick|later|another|come back|tomorrow|"
                                                     r"talk|ask|check)\b", p):
        return found  # "not yet, i want to think about it": later, not no
    if _NONE_OF_THEM.match(p) or NO_WHOLE.match(p):
        return Meaning("no")
    return otherwise(text)


class _Offered(Protocol):
    @property
    def id(self) -> str: ...


_S = TypeVar("_S", bound=_Offered)


def match_service(text: str, offered: Sequence[_S]) -> _S | None:
    """Which offered service (an object with an `id`) a typed answer means: its number in the list, or
    any words of its name or what it does ("the district nurses", "a full benefits check"); or None."""
    named = services_named(text, [service.id for service in offered])
    return next((service for service in offered if named and service.id == named[0]), None)
