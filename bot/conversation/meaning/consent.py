"""What a reply to the consent question means ("Do you agree to share this?"): yes, no, only some
parts ("not my medicines", "only my health"), or a question about the sharing."""
from __future__ import annotations

import re

from bot.conversation.meaning.kinds import Meaning
from bot.conversation.meaning.plain import bare, plain
from bot.conversation.meaning.words import DOUBT, NO_WHOLE, general, is_question, is_yes, numbers_said

# The words people use for each part of a story (bot/sections.py).
SECTION_WORDS = {
    # (not "… thats about me not mum": whose a thing is, a carer's, session 38's stranger: the whole "about Jean" was dropped)
    "about_me": r"(?<!thats )(?<!that s )(?<!its )(?<!it s )about me(?! not\b| and not\b)|about (him|her|them)|my name|(his|her|their) name|who i am|personal details|details",
    "what_matters": r"what matters",
    "goals": r"goals?|what i want|what (he|she|they) wants?",
    "health": r"health|conditions?|illness\w*|medical|diagnos\w*|diseases?",
    "medications": r"medicines?|medications?|meds|medecines?|medicins?|tablets|pills|drugs|prescriptions?|inhalers?",
    "allergies": r"allerg\w*",
    "daily_living": r"day[- ]to[- ]day|daily living|daily life|everyday",
    # (not a care home, nor safe at home: "i dont want them thinking shes not safe at home and putting her in a home"
    # left out the home part, and the nurses got no address for a housebound woman: a stranger, session 41)
    "home": r"(?<!\bin a )(?<!\binto a )(?<!\bat )(?<!\bcare )(?<!\bnursing )(?<!\bresidential )(?<!\bin to a )home"
            r"|house|hoose|flat|housing|address|where (i|he|she|they) lives?|living situation",
    # "the people ones", "not what matters or the people"; never "people" alone ("yes im happy for people to see it",
    # "only the people who need to know" were consent to the supports only: a second reader, session 18)
    # ("who supports me", "who helps her": a stranger, session 27, had the medicines left out and the supports sent)
    "support_network": r"people who support|support(ers)?|family|friends|carers?|people (ones?|bits?|parts?|section|stuff)"
                       r"|who (supports?|helps?|looks? after|cares? for) (me|him|her|them|us)|helpers"
                       r"|the people(?= (and|or|but)\b)|(or|and|not) the people$",
    "services_involved": r"services involved|other services",
    "communication": r"communicat\w*|contact",
    "risks": r"risks?|safety|falls?|falling|fell",  # "not the fall stuff": falls are the risks and safety part
    "work_money": r"work|money|benefits|job|finances?|income",
}


# A part's word said of who is sent it, not what: "the benefits people dont need that", "dinnae tell the job folk" (a
# stranger, session 40: each left out the work and money part, or sent it alone)
_THE_SERVICE = re.compile(r"\s+(?:people|peeps|folk|folks|lot|team|office|centre|center|service|services|staff|adviser|"
                          r"advisers|advisor|advisors|officer|officers|bods|man|woman|lady|bloke|crowd)\b")
# "about her" is the part about the person only said as such: not "nothing abt her depression" (a stranger, session 40:
# only "about Kerry" was then offered)
_ABOUT_A_THING = re.compile(r"\s+(?!(?:and|or|but|part|parts|bit|bits|stuff|section|either|too|please|thanks|then|is|are|"
                            r"the)\b)[a-z]{3,}")


def sections_named(text: str, offered: list[str] | None = None) -> list[str]:
    p = plain(text)
    keys = offered if offered is not None else list(SECTION_WORDS)

    def named(section: str) -> bool:
        for found in re.finditer(rf"\b({SECTION_WORDS[section]})\b", p):
            if _THE_SERVICE.match(p, found.end()):
                continue
            if section == "about_me" and re.fullmatch(r"about (?:him|her|them)", found.group(0)) \
                    and _ABOUT_A_THING.match(p, found.end()):
                continue
            return True
        return False
    return [s for s in keys if named(s)]


# The words of an answer about parts besides the parts' own names: "not my meds and not risks and safety",
# "leave the rest for them", "and not my meds like i said".
_ABOUT_PARTS = frozenset(
    "yes yeah yep ok okay fine no not nope and or but the a my his her their them him me i you your it its that thats"
    " this all of bit bits part parts stuff about to with for out leave rest only just except send share dont do keep"
    " back like said please thanks thank too also either nor any other others"
    # "yes but without medicines and without my family", "i said not the people ones", "the rest is ok" (strangers)
    " without except excluding apart from minus ones one people those these is are everything else rest can go"
    " sections section sorry actually meant mean say"
    # the assistant's own "how to communicate with you" (a stranger, session 29: "Only about me, my goals, my health and
    # how to communicate")
    " how"
    # as people type them: "ye but not my meds n not the home stuff" (a stranger, session 26, got the help for it)
    " n an nd plz pls ta".split()) - {"keep"}


def only_about_parts(text: str) -> bool:
    """Whether a reply at the consent question is made only of the parts' names (ours, as the question
    lists them) and the words of choosing among them: the assistant's own words are no disclosure."""
    p = plain(text)
    for pattern in SECTION_WORDS.values():
        p = re.sub(rf"\b({pattern})\b", " ", p)
    left = [w for w in re.findall(r"[a-z]+", p) if w not in _ABOUT_PARTS]
    return not left and bool(re.search(r"[a-z]", plain(text)))


# Words that hold a part back: "not my home", "everything except the tablets", "take out the health bit",
# "keep the home part back", "id rather they didnt see my medications", "anything but my health".
# ("yes but nothing about my health" shared only the health: the stranger of session 40 found its like)
_HELD_BACK = re.compile(r"\b(not|no|nothing(?! else| but| apart| except)|none of|without|except|excluding|leave out|leave off|leave|remove|take out|take off|"
                        r"apart from|minus|skip|keep|(everything|anything|all|all of it) but|rather (they|you|it) did not|"
                        r"do not|did not|never|private|exclude|hold back|withhold)\b")
# Where a new part of a reply starts: "health yes, the rest no", "you can send health but not where i live".
_CLAUSE = re.compile(r"[,;.!?]+|\s+-\s+|\b(?<!everything )(?<!anything )(?<!all )(?<!all of it )but\b(?! not\b)|\bthen\b",
                     re.IGNORECASE)
# A part said and then refused: "medication no", "home - not that".
_REFUSED_AFTER = r"\s+(no|not|nope|not that|no thanks|no thank you|not (him|her|them|that one)|private|kept back)\b"


_OWN_ANSWER = r"\s*(yes|yeah|yep|ok|okay|fine|no|not|nope)\b"  # a part's own yes or no, said right after it


def _held_back(clause: str, pattern: str, others: str = "") -> bool | None:
    """Whether a clause names the part (by `pattern`) as held back, kept, or (None) not at all. A "not"
    after it that goes with another part named next (`others`: "health and meds not home") holds that
    one back, not this one."""
    found = re.search(rf"\b({pattern})\b", clause)
    if not found:
        return None
    after = clause[found.end():]
    refused = re.match(_REFUSED_AFTER, after)
    rest = after[refused.end():] if refused else ""
    following = re.match(rf"\s*((my|the|his|her|their|our|your|about|any|of|bit|part|stuff)\s+)*({others})\b",
                         rest) if refused and others else None
    if following and not re.match(_OWN_ANSWER, rest[following.end():]):
        refused = None  # the "not" is the next part's, unless that part has its own yes or no ("home no health yes")
    # a part with its own yes or no: a refusal said right after a part named before it is that part's ("home no,
    # my health yes": the "no" is the home's)
    before = clause[:found.start()]
    if others and re.match(_OWN_ANSWER, after):
        before = re.sub(rf"\b({others})\b{_REFUSED_AFTER}", " ", before)
    return bool(_HELD_BACK.search(before) or refused)


def chosen_sections(text: str, offered: list[str]) -> list[str] | None:
    """The sections a reply to the consent question keeps: "only my health and medicines", "not my
    home", "leave out the money part", "health and meds but not where i live", "yes to health, no to
    medication". None if it names none of the offered sections. Read clause by clause: a part named
    after a word that holds it back is held back; one named otherwise is kept."""
    p = plain(text)
    named = sections_named(text, offered)
    if not named:
        return None
    if re.search(r"\b(only|just)\b", p) and not _HELD_BACK.search(p) \
            or re.search(r"\bnothing (else )?(apart from|except|but|other than|besides)\b", p):
        return named  # "send nothing apart from my health": only the health
    kept, held = _kept_and_held(text, named)
    if kept:
        return [s for s in offered if s in kept]
    return [s for s in offered if s not in held]


def _kept_and_held(text: str, named: list[str]) -> tuple[list[str], list[str]]:
    """The named parts a reply keeps and those it holds back, clause by clause."""
    kept: list[str] = []
    held: list[str] = []
    for clause in _CLAUSE.split((text or "").replace("\u2019", "'")):
        clause = plain(clause or "")
        for section in named:
            others = "|".join(SECTION_WORDS[other] for other in named if other != section)
            back = _held_back(clause, SECTION_WORDS[section], others)
            if back is True and section not in held:
                held.append(section)
            elif back is False and section not in kept:
                kept.append(section)
    return [s for s in kept if s not in held], held


# A part said as the teller's own: "not my own health", "leave out me own health", "nothing about my health" (of a
# carer: what she said of herself; conversation/steps/service_choice.py)
_MY_OWN = r"\b(?:my|me|mi|ma)\s+(?:own\s+|own\s+personal\s+|personal\s+)?(?:{})\b"


def own_parts_held(text: str, offered: list[str]) -> list[str]:
    """Of the parts a reply holds back, those it says as the teller's own ("yes but not my own health, just mums")."""
    named = sections_named(text, offered)
    if not named:
        return []
    _, held = _kept_and_held(text, named)
    own = {section for clause in _CLAUSE.split((text or "").replace("\u2019", "'")) for section in held
           if _HELD_BACK.search(plain(clause or "")) and re.search(_MY_OWN.format(SECTION_WORDS[section]), plain(clause or ""))}
    return [s for s in offered if s in own]


# Parts named to be added to what is shared: "add work and money to that", "put my home in as well", "include the money
# part too" (a stranger, session 37: "add work and money to that" was read as "only work and money")
_ADDING = re.compile(r"\b(add|adding|include|including|put in|put .{1,40} in|as well|too|also|plus)\b")
_NARROWING = re.compile(r"\b(only|just|not|no|without|except|leave|remove|take out|take off|instead)\b")


def added_sections(text: str, before: list[str], offered: list[str]) -> list[str] | None:
    """The parts shared after a reply that adds the parts it names to those chosen `before` (all that is offered when
    none were chosen): None when the reply adds nothing, or also narrows ("only", "not")."""
    p = plain(text)
    named = sections_named(text, offered)
    if not named or not _ADDING.search(p) or _NARROWING.search(p):
        return None
    kept = set(before or offered) | set(named)
    return [s for s in offered if s in kept]


def held_back_only(text: str, offered: list[str]) -> list[str] | None:
    """The parts a reply only holds back ("not risks and safety", "and not my meds like i said"), to
    take from those already left: None when it keeps some part, names some only, or names none."""
    named = sections_named(text, offered)
    if not named or re.search(r"\b(only|just)\b", plain(text)):
        return None
    kept, held = _kept_and_held(text, named)
    return held if held and not kept else None


# A part held back in words that name none of the parts: "not the wotsit stuff", "except my pension".
_HELD_WORDS = re.compile(r"\b(not|without|except|excluding|leave out|apart from|minus|skip|take out|keep back|"
                         r"hold back)\s+(?P<what>((the|my|his|her|their|our|any|that|those|about)\s+)+\S.*)$")
_PIECE = re.compile(r"[,;.!?]+|\s+-\s+|\b(and|or|but)\b(?!\s+(not|without|except)\b)|\b(and|or)\b(?=\s+not\b)")
_TRAILING = re.compile(r"\s+(please|thanks|thank you|though|either|too|as well|like i said|i said)$")


def unnamed_parts(text: str) -> list[str]:
    """Words a reply to the consent question holds back that name no part ("the wotsit stuff"), as said,
    so they are never silently ignored."""
    found: list[str] = []
    for piece in _PIECE.split((text or "").replace("\u2019", "'")):
        piece = plain(piece or "")
        held = _HELD_WORDS.search(piece)
        if not held or sections_named(piece):
            continue
        what = held.group("what").strip()
        while _TRAILING.search(what):
            what = _TRAILING.sub("", what)
        if what and len(what.split()) <= 5 and what not in found:
            found.append(what)
    return found


# A thing (not a part) the person does not want a service told of: "dont tell them about the depression", "dont put
# anything about Gary in it", "i dont want the job people knowing about my drinking", "leave Gary out" (a stranger,
# session 29: "yes but not my medicines, and dont tell them about the depression" sent the depression to an employment
# service; "ok yes but dont put anything about Gary in it" sent Gary to a benefits service)
# words up to the next "and", "but", "do not" ...: "not my medicines and do not tell them about the depression" is two
_UPTO = r"(?:\s+(?!(?:and|but|or|do|dont|not|because|cos|please)\b)[a-z]+)*"
# A relative's, said as people type it: "mums bipolar", "dads drinking" (the thing is the rest)
_WHOSE = r"(?:mums|mams|moms|mas|dads|das|nans|nanas|grans|grannys|grandads|husbands|wifes|partners|sons|daughters|sisters|brothers)"
_NOT_TOLD = re.compile(
    r"\b(?:dont|do not|please dont|never|didnt|did not)\s+(?:want\s+(?:to\s+)?)?(?:tell|say|put|mention|write|include|send|share|"
    r"give|let)\s+(?:them|him|her|anyone|anybody|any\s*one|the\s+\w+(?:\s+(?:people|folk|folks|lot|team|staff|office))?|it)?"
    r"\s*(?:anything|nothing|owt|stuff|"
    r"something|any\s+of\s+it)?\s*(?:about|of|on|regarding|to\s+do\s+with)\s+(?P<what>[a-z][a-z ]*)"
    r"|\b(?:dont|do not|didnt|did not)\s+want\s+(?:them|him|her|anyone|anybody|an?\s+\w+|the\s+\w+(?:\s+people)?|my\s+\w+)\s+"
    r"(?:to\s+know|knowing|to\s+see|seeing|to\s+hear|hearing|told|reading|finding\s+out|to\s+find\s+out)\s+(?:about\s+)?"
    r"(?P<what2>[a-z][a-z ]*)"
    # "ye but nothing abt her depression" (a stranger, session 40: only the part about the person was then offered)
    r"|\b(?:but|and|just)\s+nothing\s+(?:about|of|on|regarding)\s+(?P<what10>[a-z][a-z ]*)"
    r"|\b(?:leave|keep)\s+(?P<what3>[a-z]+(?:\s+[a-z]+)?)\s+out\b"
    r"|\b(?:leave|keep)\s+out\s+(?P<what4>[a-z][a-z ]*)"
    # what the service has no need of: "yes but you don't need the allotment stuff" (a stranger, session 32),
    # before "but the …" below: "but the gp doesnt need to know about gary" holds back gary, not "gp does"
    r"|\b(?:(?:but|and)\s+)?(?:you|they|he|she|them|the\s+\w+(?:\s+people)?)\s+(?:do|does|will|would)\s+not\s+need\s+"
    r"(?:to\s+(?:know|see|hear|have|read|be\s+told)\s+)?(?:about\s+|of\s+)?"
    r"(?!(?:to|anything|nothing|any|much|more|me|us|it|that|this|them|him|her|a\s+copy|copies|where|what|how)\b)"
    r"(?P<what9>[a-z][a-z ]*)"
    # what was said, by its words: "don't send what mum said about being better off dead", "dont share the part where he
    # said he wants to die"; a thing after "but not" ("yes but not the drinking", "yes but not what I said about my
    # drinking"): a stranger, session 30, was asked again whole after the help, and the GP got it
    r"|\b(?:dont|do not|please dont|never)\s+(?:send|share|put|include|mention|give|pass\s+on)\s+(?:them\s+|on\s+)?"
    r"(?P<what5>(?:what|the\s+(?:bit|part|stuff|thing|things|bits|parts)\s+(?:where|about|when|that))\b" + _UPTO + r")"
    r"|\b(?:but|except|apart\s+from|bar|without)\s+(?:not\s+)?(?P<what6>(?:the|my|his|her|their|what|anything)\b" + _UPTO + r")"
    r"|\b(?:dont|do not|please dont|never)\s+mention\s+(?P<what7>(?:the|my|his|her|their|any)\b" + _UPTO + r")"
    # a person or a thing by its bare name: "don't mention Gary at all, he might see the letters" (a stranger, session 32)
    r"|\b(?:dont|do not|please dont|never)\s+mention\s+"
    r"(?!(?:where|what|how|when|who|why|which|that|this|it|to|anything|any|him|her|them|me|us)\b)(?P<what8>[a-z][a-z ]*)"
    # a thing put in: "dont put mums bipolar in, she doesnt know" (a young carer, a stranger, session 41: her mother's
    # diagnosis went to the carer's assessment)
    r"|\b(?:dont|do not|please dont|never)\s+(?:put|include|add|write|send|share)\s+"
    r"(?P<what11>(?:my|his|her|their|the|our|" + _WHOSE + r")\s+[a-z][a-z ]*?)\s+(?:in|on|down|in\s+it|in\s+there|on\s+it|"
    r"on\s+there|on\s+the\s+form)\b")
# ... which run to the end of the clause, said in full ("the part where he said he wants to die")
_SAID_IN_FULL = frozenset({"what5", "what6", "what7"})
_CLAUSE_ENDS = re.compile(r"\s+(?:because|cos|as|and|but|if|so|though|please|thanks|thank\s+you|either|too|anyway|"
                          # a new clause, its subject first: "not her depression she doesnt like people knowing" (a
                          # stranger, session 39: "depression does" was looked for, and the health part went with it)
                          r"(?:she|he|they|i|we)\s+(?:doesnt|does|dont|do|didnt|did|wont|would|wouldnt|is|isnt|s|gets|feels|"
                          r"hates|likes|wants|got|has|had|cant|can)\b)\b.*$")
_WHAT_ENDS = re.compile(r"\s+(?:in\s+it|in\s+there|on\s+it|on\s+there|on\s+the\s+form|in\s+the\s+form|of\s+it|please|"
                        r"thanks|though|and|but|because|cos|as|i|im|dont|do|they|he|she|it|its|if|so|or|at|to|from|for|"
                        r"with|whatever|anyway|either|too)\b.*$")
_NOT_A_THING = frozenset("""it that this them him her anything nothing stuff all everything any some bits bit part parts
    section sections things thing the rest one""".split())
_LEADING = re.compile(r"^(?:(?:the|my|his|her|their|our|that|those|these|any|all|about|anything|of|" + _WHOSE + r")\s+)+")
# who said it and how, before what was said: "what mum said about", "the part where he said", "the bit about"
_SAID_ABOUT = re.compile(r"^(?:(?:the\s+)?(?:bit|part|stuff|bits|parts|thing|things)\s+)?(?:(?:about|where|when|that|what)\s+)?"
                         r"(?:(?:i|he|she|they|we|mum|mam|dad|my\s+\w+|his\s+\w+|her\s+\w+|[a-z]+)\s+(?:said|says|told\s+you|"
                         r"wrote|mentioned|thinks|thought|feels|felt|was\s+saying)\s+)?(?:about\s+|that\s+)?")
_NO_WORD_OF_IT = frozenset("being be is was would she he they i id shed hed theyd to wants want".split())


# Whose a thing is, said after it: "dont tell them about my depression thats about me not mum" (a stranger's carer,
# session 38): no part of the thing
_WHOSE_IT_IS = re.compile(r"\s*\b(?:thats|that s|that is|its|it s|it is)\s+(?:about|for|to do with)\s+(?:me|him|her|them)\b"
                          r"(?:\s+(?:and\s+)?not\s+\w+)?")


def things_held_back(text: str) -> list[str]:
    """What a reply to the consent question asks a service not to be told, when it names no part of the story ("the
    depression", "gary", "friday night"): the words, as said, to be found in the story. [] when none."""
    found: list[str] = []
    for said in re.split(r"[,;.!?]+", _WHOSE_IT_IS.sub("", plain(text or ""))):
        for match in _NOT_TOLD.finditer(said):
            group, what = next((name, g) for name, g in match.groupdict().items() if g)
            listed = [w for w in re.split(r"\s+(?:and|an|n|or)\s+(?:(?:my|the)\s+)?", what) if w]
            if group not in _SAID_IN_FULL and len(listed) > 1 and all(len(w.split()) <= 3 for w in listed[:-1]) \
                    and not re.match(r"(?:his|her|their)\b", listed[1]):  # "gary or his drinking": gary's, gary held back
                # "dinnae tell the job folk aboot ma anxiety an low mood": each thing listed (a stranger, session 40: the
                # low mood was sent), the last to its clause's end as ever
                for one in listed[:-1]:
                    one = _LEADING.sub("", one.strip())
                    if one and one not in found and not sections_named(one) and one.split()[0] not in _NOT_A_THING:
                        found.append(one)
                what = listed[-1]
            if group in _SAID_IN_FULL:
                what = _SAID_ABOUT.sub("", _LEADING.sub("", _CLAUSE_ENDS.sub("", " " + what).strip()))
            what = _LEADING.sub("", _SAID_ABOUT.sub("", _WHAT_ENDS.sub("", " " + what).strip()) if group not in _SAID_IN_FULL
                                else what)
            words = [w for w in what.split() if w not in _NO_WORD_OF_IT]
            what = " ".join(words)
            if re.fullmatch(_PLACE, what):  # "not the first one": a part by its place, not a thing
                continue
            if not words or len(words) > 4 or all(w in _NOT_A_THING for w in words) or sections_named(what) \
                    or what in found:
                continue
            found.append(what)
    return found


# Yes to sharing, in words that are no yes elsewhere: "share the lot", "course you can", "i dont mind",
# "whatever helps", "happy for the surgery to have all of that".
_SHARE_IT = re.compile(r"^((yes|ok|okay|alright|right)\s+)?(please\s+)?((yes|ok)\s+)?("
                       # "yes please, the more they know the better", "yes they need to know"
                       r"(yes|yeah|yep|ok|okay|sure)( please)? (the more (they|you|he|she) (know|have)( the better)?|"
                       r"(it|that) (will|would|might|should|can only) help( (them|him|her|me))?|(they|he|she) (need|needs|should) to know( it| that)?)|"
                       r"(share|send|give( them)?)( it| them)? (all|the lot|everything|all of it)( please)?|"
                       r"(yes|ok|okay|happy) (to|with|for) (all|the lot|everything|all of it|all of (them|that|those))|"  # "yes to everything"
                       r"(of )?course (you can|they can|you may)|i do not mind( at all)?|whatever helps|"
                       # "sure why not", "i suppose so yes": a yes said lightly or grudgingly, the yes said
                       r"(sure|yes|yeah|ok|okay|go on)( then)? why not|(i )?(suppose|guess) so,? (yes|yeah|yep|ok|okay)( then)?|"
                       r"(i am )?(happy|glad|pleased) for (the \w+|them|you|him|her|it) to (have|see|get|know)( (it( all)?|all( of)? (it|that|this)|that|this|everything))?"
                       r")( (thanks|thank you|please))?$")
# Parts named by their place in the question: "the first two", "just the last one", "first and third".
_PLACE = r"(the )?(first|second|third|last|top|1st|2nd|3rd)( (one|two|three|ones|bit|bits|part|parts))?"
_BY_PLACE = re.compile(rf"(just |only )?{_PLACE}(( and|,) {_PLACE})*( please| thanks| thank you)*")
# Some parts, none named: how to name them is the answer ("only some", "some of it but not all").
_SOME_PARTS = re.compile(r"^(only |just )?(some|a few|certain|parts|bits|(a )?part|(a )?bit)( of (it|them)| parts| bits)?( only)?( please)?"
                         r"( (but )?not (all|everything)( of (it|them))?)?$|^not (all|everything)( of (it|them))?( please| though)?$")
# A part held back that is none of the parts offered: "but i dont want the bit about my memory going in".
_A_PART_HELD_BACK = re.compile(r"\b(not|do not want|leave out|without|except|apart from|keep back|hold back|take out)"
                               r"( \w+){0,2} (the |that )?(bit|bits|part|parts|section|stuff|things?) (about|on|with|of)\b"
                               # "… I dont want him sectioned. leave that bit off", "i do not want the doctors knowing about
                               # friday night" (a stranger, session 28: read as no, and the chat said goodbye)
                               r"|\bleave (that|this|the|those|these) (bit|bits|part|parts|line|lines) (off|out)\b"
                               r"|\bdo not want (the|them|him|her|my|his|their) ?(\w+ )?(knowing|to know|seeing|to see|told|"
                               r"reading) about\b")
# A yes said first: "yes, but not my medicines" (never "no thanks, not my medication")
_YES_FIRST = re.compile(r"^(yes|yeah|yep|yup|aye|ok|okay|sure|fine|of course|go ahead|go on|that is fine)\b(?! not\b)")
# A part named by the way, after a yes: "... the GP knows all about my health anyway" (not "they have got the rest
# already, send my health": a choice)
_BY_THE_WAY = re.compile(r"\b(anyway|knows? all about)\b")
# A no said last, after a kind word about the service: "the nurse is nice but no, not this time".
_BUT_NO = re.compile(r"\bbut (?P<last>(no|nope|nah|i would rather not|i do not think so|i will not)\b.*)$")


def consent_meaning(text: str, offered: list[str] | None = None) -> Meaning:
    """A reply to "Do you agree to share this?": yes, no, some parts (value: the sections), or a question."""
    p = bare(plain(text))
    if is_yes(text) or _SHARE_IT.match(p):
        return Meaning("yes")
    first, _, rest = (text or "").partition(",")
    if rest and (is_yes(first) or _SHARE_IT.match(bare(plain(first)))) and not DOUBT.search(plain(rest)):
        return Meaning("yes")  # "yes dear, whatever helps", "of course, they already know most of it anyway"
    if _YES_FIRST.match(p) and _BY_THE_WAY.search(p) and not re.search(r"\b(only|just|send|the rest|rest of)\b", p) \
            and not _HELD_BACK.search(p) and not _A_PART_HELD_BACK.search(p):
        # "yes that's fine, the GP knows all about my health anyway": a yes, not "only my health" (a stranger, session 24:
        # the GP got the health section and no name)
        return Meaning("yes")
    said_last = _BUT_NO.search(p)
    if said_last and consent_meaning(said_last.group("last"), offered).kind == "no":
        return Meaning("no")
    if _SOME_PARTS.match(p):
        return Meaning("help")
    sections = chosen_sections(text, offered if offered is not None else list(SECTION_WORDS))
    if sections is not None and not (is_question(text) and not re.search(r"\b(only|just|not|without|except|"
                                                                              r"leave|put|add|include)\b", p)):
        return Meaning("value", sections)
    if offered and sections is None and _YES_FIRST.match(p) \
            and (anywhere := chosen_sections(text, list(SECTION_WORDS))) is not None and set(offered) <= set(anywhere):
        # "yes, but not my medicines" to a service that is not offered the medicines: what it is offered, all
        # of it (it was "Please answer yes or no", a stranger on the stack)
        return Meaning("value", list(offered))
    if _A_PART_HELD_BACK.search(p):  # "yes i suppose, but i dont want the bit about my memory going in": which parts, asked
        return Meaning("help")
    if offered and _BY_PLACE.fullmatch(p):
        picked = numbers_said(p, len(offered))  # "the first two", "the last one": the parts in the order asked
        if picked:
            return Meaning("value", [offered[n - 1] for n in sorted(picked)])
    if NO_WHOLE.match(p):
        return Meaning("no")
    found = general(text)
    if found:
        return found
    if is_question(text) or re.search(r"\b(who|what|why|how|where|when)\b.*\b(see|do|use|read|get|happen|"
                                      r"keep|store|share|safe|secure)\w*", p):
        return Meaning("question")
    if re.match(r"^(no|i do not|do not|not)\b", p):
        return Meaning("no")
    return Meaning("invalid")

