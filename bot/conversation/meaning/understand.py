"""`understand(context, text)`: what a typed reply means as an answer to the question named by
`context` (one of CONTEXTS). The one entry point the actions and the benchmark (benchmarks/replies.py)
call; each question's own reader lives in its own module."""
from __future__ import annotations

import re
from datetime import date

from bot.conversation.meaning.carer import (
    _I_DO_NOT_FOLLOW,
    age_of,
    basis_of,
    carer_own_name,
    knows_of,
    name_of,
    relationship_of,
)
from bot.conversation.meaning.consent import consent_meaning
from bot.conversation.meaning.corrections import first_clause, self_corrected
from bot.conversation.meaning.kinds import Meaning
from bot.conversation.meaning.language import asks_for_another_language, in_another_language
from bot.conversation.meaning.lexicon import YES
from bot.conversation.meaning.plain import bare, plain
from bot.conversation.meaning.read_back import read_back_meaning
from bot.conversation.meaning.returning import menu_meaning, pin_digits
from bot.conversation.meaning.services import SERVICE_WORDS, service_meaning
from bot.conversation.meaning.telling import teller_meaning, telling_meaning
from bot.conversation.meaning.words import (
    NO_WHOLE,
    general,
    is_nothing_wrong,
    is_question,
    is_skip,
    is_thumbs_up,
    is_yes,
    plain_yes,
)

_VAGUE_DATE = re.compile(r"\b(ago|about|around|roughly|approx\w*|in the \d0s|(19|20)?\d0s|yesterday|today|tomorrow|"
                         r"last (week|month|year)|this (week|month|year))\b")
_MISSPELT_MONTHS = {"febuary": "february", "feburary": "february", "febuery": "february", "janurary": "january",
                    "janary": "january", "agust": "august", "augest": "august", "septmber": "september",
                    "setember": "september", "ocotber": "october", "novmber": "november", "decmber": "december"}


# A short answer to a yes/no question, said with its verb: "he does", "yes she is", "she does yeah",
# "we do not", "he has not", "i never have".
_SHORT_ANSWER = re.compile(
    r"^((yes|no|ok|well|oh|um)\s+)*(i|he|she|they|we|it|you|mum|dad|my (mum|dad|husband|wife|son|daughter|partner))\s+"
    r"(?P<neg>never\s+|do not\s+|does not\s+|did not\s+)?"
    r"(do|does|did|is|are|am|was|were|has|have|had|can|could|will|would|uses?|smokes?|drinks?|lives?|"
    r"(?P<neg3>cannot|can not|never does|never has|never did))"
    r"(?P<neg2>\s+not|\s+never)?(?P<tail>(\s+(yes|no|nope|never|really|though|thanks|please|ok|indeed|sadly|"
    r"unfortunately|i am afraid|every day|always|daily|at the moment|now|still|yes (he|she|they|i|we) (does|do|is|are|has|have)))*)$")


def _dob_words(text: str) -> str:
    """A date of birth said in a sentence, as a date: "my birthday is 14 of February year 1947" is
    "14 February 1947"; months spelt as said are spelt right."""
    said = re.sub(r"(?i)^\W*((my|his|her|their) (birthday|date of birth|dob|d\.o\.b\.?) (is|was)|"
                  r"(i was|he was|she was|they were) born( on)?|born( on)?)\s*", "", text or "")
    said = re.sub(r"(?i)\b(\d{1,2})(st|nd|rd|th)? of\b", r"\1", said)
    said = re.sub(r"(?i)\b(year|in the year)\s+(?=\d{4}\b)", "", said)
    said = re.sub(r"(?i)\b(christmas|xmas) day\b", "25 December", said)  # "Christmas Day 1944"
    said = re.sub(r"(?i)\b(christmas|xmas) eve\b", "24 December", said)
    said = re.sub(r"(?i)\bboxing day\b", "26 December", said)
    said = re.sub(r"(?i)\bnew year'?s day\b", "1 January", said)
    said = re.sub(r"(?i)\bnew year'?s eve\b", "31 December", said)
    return re.sub(r"(?i)\b[a-z]+\b", lambda m: _MISSPELT_MONTHS.get(m.group(0).lower(), m.group(0)), said)


# Yes/no questions: doubt that leaves the answer to the service, a yes so plain it is asked back, and a
# short answer whose yes or no comes last.
_UNSURE = re.compile(r"^((um|erm|well|sorry|honestly)\s+)*(i am |im |i am really |really )?(not (really |quite |entirely )?sure|"
                     r"unsure|not certain|no idea|(i )?(do not|dont) know|dunno|i could not (say|tell you)|cannot say)\b")
_TO_CHECK = re.compile(r"^(i |we )?(would|will|might|d) (have|need) to (check|ask|find out)( with (him|her|them|my \w+|the \w+))?( first)?$")
_OBVIOUSLY_YES = re.compile(r"^((well|um)\s+)?((does not|doesnt|do not|dont) (everyone|everybody)|who (does not|doesnt|has not|hasnt|"
                            r"do not|dont)|(of course|obviously|naturally)( (i|we|he|she|they) (do|does|have|has))?)\b")
_ENDS_YES_NO = re.compile(r"(?P<lead>[a-z0-9]+( [a-z0-9]+){0,2}) (so |then |and |therefore )?(?P<yn>yes|yeah|yep|aye|no|nope|nah|naw)|"
                          r"(?P<lead2>[a-z0-9]+( [a-z0-9]+){3,12}) (so|therefore) (?P<yn2>yes|no)")
# The answer given after a "but" that says how it is on the whole: "he stays some nights but mostly yes".
_ON_THE_WHOLE = re.compile(r"\bbut (mostly|mainly|basically|generally|usually|on the whole|in the main|otherwise|most of the time|"
                           r"in general)( it is| its)?,? (?P<yn>yes|yeah|yep|aye|no|nope|not really)\b(?!.*\bbut\b)")
# A gap's answer declined, in words: "no thanks", "not giving that out", "he is not got a mobile", "i cannot
# remember her number", "the gp already has it", "let the service ask": left for the service (skip).
_DECLINED = re.compile(
    r"^((no|nope|nah|sorry|um|well|oh|thanks|thank you|but)\s+)*("
    r"(it is |that is |its )?not (needed|necessary|required)|"
    r"no (landline|mobile|phone|telephone)( (or|and|nor) (a )?(landline|mobile|phone|telephone))+|"
    r"(no|nope|nah|no way)( (thanks|thank you|ta|sorry))*|"
    r"(i )?(will not|would not|would rather not|would prefer not|prefer not|am not|do not want to|rather not)"
    r"( to)?( (give|giving|say|saying|tell|telling|share|sharing))?( (it|that|you|that out|it out|out|"
    r"(my|his|her|their|the|a|our) (phone |mobile |telephone |home )?(number|mobile|phone|landline)))*|"
    r"not (giving|telling|saying|sharing)( (it|that|you|that out|it out|out))*|"
    r"(i|he|she|they|we) (is|are|am|has|have|does|do)? ?(not|never|nt|havnt|hasnt|havent|hasnt|havent) ?(got|have|had|has)?"
    r" (a|an|any|one)?( ?(phone|mobile|landline|telephone|number|phone number|email|address|mobile phone|house phone))+|"
    r"(i )?(cannot|can not|do not|does not|could not) (remember|recall|recollect|find)( (it|that|his|her|their|my|the))*"
    r"( (number|phone number|mobile number|date of birth|birthday|address|postcode))?|"
    r"(i )?(forget|forgot|have forgotten|have forgot)( (it|that|his|her|their|my|the))*( (number|date|address|postcode))?|"
    r"(miss|leave|skip|pass)( (this|that|it))?( (one|bit|question|out))*|"
    r"(i )?(do not|never) give (it|that|my number|the number|my phone number|numbers) out|"
    r"(i would|i) rather you (did not|do not|did not have|do not have) (have )?(it|that|my number)|"
    r"(i )?(do not|does not) (have|know) (it|that|the number|his number|her number)( (to hand|on me|here|with me|off by heart|by heart|"
    r"offhand|off hand|right now))+|"
    r"(i am )?not sure (what|of) (it|his number|her number|the number)( is)?|"
    r"(i am )?not (comfortable|happy) (giving|sharing|with)( (it|that|that out|it out|giving it|sharing it))?|"
    r"(i am |he is |she is |they are |we are )?(not|never) on the (phone|telephone)|"
    r"(i |we |he |she )?(do not|does not) want (to be )?(phoned|called|rung|ringing|calls?|a call|phone calls?)|"
    r"(please )?(do not|never) (ring|call|phone)( (me|him|her|us|them))?|no (calls|phone calls|ringing|phone|phoning)( please)?"
    # "no phone please, write to me instead"
    r"( (write|send letters|post|email|e mail) (to )?(me|him|her|us)( (instead|only|please))*)?|"
    r"(i )?(cannot|can not) (give|say|share)( (it|that|you|it out|that out))?|"
    r"(i )?(do not|dont|does not) feel (comfortable|happy)( (giving|sharing) (it|that|it out|that out))?|"
    r"(i|we|he|she|wed|id) (would )?(prefer|rather)( you)?( to)? (write|wrote|writing|letters?|post|email|emailed|e mail)( (to )?(me|him|her|us))?( instead)?|"
    r"((contact|write to) (me|him|her|us) )?(by|in) (letter|post|email|writing)( only)?|"
    r"(let|leave it to) (the|them|the \w+|the service)( \w+)? (ask|do it|sort it|find out)( (it|them|him|her))?|"
    r"((they|the \w+|the service|the gp|the doctor|the surgery|the council|the nurse|he|she|you) "
    r"(already )?(have|has|has got|have got|know|knows) (it|that|them|his|her|my|the number)( already)?)"
    r")( (thanks|thank you|sorry|ta|please|i am afraid))*$")
# No phone they can use: "she cannot use a phone", "he is deaf he cannot use the phone".
_NO_PHONE = re.compile(r"^(no|not got an?|i have not got an?|i do not have an?|do not have an?|never had an?|there is no) "
                       r"(phone|telephone|mobile|landline)( number)?\b(?!.*\b(ring|call|phone|contact|text|try|landline|"
                       r"mobile|house phone|home phone)\b)|"  # "no phone,
                       # just email me"; not "i dont have a phone number, ring my son" (his number is the answer)
                       r"\b(cannot|can not|does not|do not|unable to|not able to|never) (use|hear|manage|answer|work)( on)? "
                       r"(a |the |any |his |her |their )?(phone|telephone|mobile|landline)s?\b|"
                       r"^(i am|he is|she is|they are|we are) (profoundly |totally |very )?(deaf|hard of hearing)$|"
                       r"\b(will not|wont|would not|does not|do not|never) (answers?|picks? up)( the)? (phone|telephone|mobile)\b")
# Gone to find it: "let me find it", "need to look it up", "i will get his number".
_FETCHING = re.compile(r"^((let me|i will|i need to|need to|i have to|i must|i am going to|hang on|hold on|one minute|"
                       r"one sec|wait)\s+)+(go and |just )?(find|get|look up|look for|check|dig out|fetch)( it| that| them| the number|"
                       r"( his| her| their| my) (number|mobile|phone))?( up)?( for you)?( first)?( and (get|come) back( to you)?)?$")
# Tens in words, for numbers said as they are grouped: "one twenty three" is "1 2 3".
_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}
_TENS_SAID = re.compile(rf"(?i)\b({'|'.join(_TENS)})(?:[\s-]+({'|'.join(_UNITS)}))?\b|\b({'|'.join(_TEENS)})\b")
_NUMBER_RUN = re.compile(r"\+?\(?\d[\d\s()\-]{7,}\d")


def _tens_said(text: str) -> str:
    """ "one twenty three" as "one 23", "forty" as "40", "fifteen" as "15": a phone number read in pairs."""
    def digits(m: re.Match[str]) -> str:
        if m.group(3):
            return str(_TEENS[m.group(3).lower()])
        return f"{_TENS[m.group(1).lower()]}{_UNITS[m.group(2).lower()] if m.group(2) else 0}"
    return _TENS_SAID.sub(digits, text)


def _phone_in(text: str, today: date | None) -> str | None:
    """The one phone number in a reply that says more around it ("07700 900123 after 5pm"), or None."""
    from bot.conversation import answers

    found = []
    for run in _NUMBER_RUN.findall(text):
        try:
            found.append(answers.check("phone", run, today=today))
        except answers.AnswerRefused:
            continue
    return found[0] if len(set(found)) == 1 else None


# The questions whose answer a reply may correct as it is typed ("3 no sorry 4"), and the kinds of
# meaning that are an answer there: the words after the correction are read only if they are one.
_CORRECTABLE = {"choose_service": ("value",), "gap_phone": ("value",), "gap_dob": ("value",),
                "carer_name": ("value",), "carer_basis": ("value",), "consent": ("value", "yes", "no"), "menu": ("value",)}


def _corrected(context: str, text: str, offered: list[str] | None, today: date | None) -> Meaning | None:
    """The answer a reply gives after correcting itself ("eileen sorry i mean irene", "4th july 1949
    no sorry 1948"), or None when it does not, or the words after the correction are no answer."""
    said = self_corrected(text) if context in _CORRECTABLE else None
    if not said:
        return None
    first, then = said
    if context == "carer_name":  # "irene, typing too fast": the name, not the excuse
        then = first_clause(then)
    if context == "gap_dob" and re.fullmatch(r"(19|20)\d\d", first_clause(then)) and re.search(r"\b(19|20)\d\d\b", first):
        then = re.sub(r"\b(19|20)\d\d\b(?!.*\b(19|20)\d\d\b)", first_clause(then), first)  # only the year mended
    meant = understand(context, then, offered=offered, today=today)
    return meant if meant.kind in _CORRECTABLE[context] else None


# A question about the words of a question or which answer to give: "what does basis mean", "which one do i
# pick if he cant decide", "what happens if they dont know": the question explained, with its choices.
_WHICH_OR_WHAT_IS = re.compile(r"^(what is|whats|what are|what does|what do (you|they|these|those)|what happens (if|when)|"
                               r"which (one )?(do|should|shall|would|can) (i|we)|how do (i|we) know which)\b")


# Why the question is asked: "why are you asking", "why does it matter if she knows?".
_WHY_ASKED = re.compile(r"^(but |and |sorry )?why (are you asking|do you ask|do you (need|want) (to know( that| this| it)?|that|this|it)|"
                        r"does (it|that|this) matter|is (that|this|it) (needed|important|relevant))( (if|whether) [a-z ]+)?$")


# Asked whether they must know: "does she have to know?", "do they need to know about this": why it matters, with the choices.
_MUST_THEY_KNOW = re.compile(r"^(but |and |sorry )?(does|do|must|should) (he|she|they|mum|dad|my \w+) (have to|need to|really need to|"
                             r"really have to|got to)? ?know\b.{0,30}$")


# Whether one of the choices is needed: "do i need one of these?", "do we have to have any of them".
_NEED_ONE = re.compile(r"^(so |but |sorry )?(do|must|should|would) (i|we) (need|have to have|have to get|need to have|need to get|"
                       r"have to) (one|any|all|either)( of (these|them|those|the above))?( (then|first|to do this))?$")


_DOUBTED = re.compile(r"\b(not|no|never|but|maybe|perhaps|sure|know|if|unless|sometimes|think|probably|or)\b")


def understand(context: str, text: str, *, offered: list[str] | None = None, today: date | None = None) -> Meaning:
    """What `text` means as a reply to the question named by `context` (one of CONTEXTS)."""
    from bot.conversation import answers  # checked answers: phone numbers, dates of birth, postcodes

    if not any(c.isalnum() for c in text or "") and not (text or "").strip().startswith("?") and not (
            context == "readback" and is_thumbs_up(text)):  # "👍" at the read-back is a yes (read_back.py)
        return Meaning("invalid")
    if in_another_language(text, least=3 if context in ("carer_name", "carer_self") else 2) or \
            asks_for_another_language(text):  # a name may be Polish
        return Meaning("other_language")
    corrected = _corrected(context, text, offered, today)
    if corrected:
        return corrected
    if context == "telling":
        return telling_meaning(text)
    if context == "readback":
        return read_back_meaning(text)
    if context == "consent":
        return consent_meaning(text, offered)
    if context == "choose_service":
        return service_meaning(text, offered or list(SERVICE_WORDS))
    if context == "menu":
        return menu_meaning(text)
    if context == "teller":
        return teller_meaning(text)
    if context in ("confirm", "gap_yesno"):
        p = bare(plain(text))
        if context == "gap_yesno" and is_skip(text) and not plain_yes(p) and p not in ("none", "none at all"):
            return Meaning("skip")
        if context == "gap_yesno" and (_UNSURE.match(p) or _TO_CHECK.match(p)):  # "not sure, i'd have to check with him":
            return Meaning("skip")  # left for the service
        if context == "gap_yesno" and p in ("none", "none at all"):  # "any pets?" "none": no, not left
            return Meaning("no")
        if _OBVIOUSLY_YES.match(p):  # "doesn't everyone?", "who hasn't?"
            return Meaning("yes")
        sadly = re.fullmatch(r"((i am|i am sorry to say|sorry) )?(afraid|sadly|unfortunately) (so|yes|not|no)", p)
        if sadly:  # "afraid so", "sadly not": a yes or no said with regret
            return Meaning("no" if sadly.group(4) in ("not", "no") else "yes")
        ended = _ENDS_YES_NO.fullmatch(p)  # "stairs yes", "bungalow so no", "flat, no": the answer said last
        if ended and not _DOUBTED.search(ended.group("lead") or ended.group("lead2")):
            return Meaning("no" if (ended.group("yn") or ended.group("yn2")) in ("no", "nope", "nah", "naw") else "yes")
        if is_yes(text) or (context == "confirm" and is_nothing_wrong(text)):
            return Meaning("yes")
        on_the_whole = _ON_THE_WHOLE.search(p)
        if on_the_whole:  # "my son stays some nights but mostly yes its just me": the answer after the "but"
            return Meaning("yes" if on_the_whole.group("yn") in ("yes", "yeah", "yep", "aye") else "no")
        if re.search(r"(^|,)\s*no (real|proper|actual) \w+[^,]*$", (text or "").lower()) and not re.search(rf"\b({YES})\b", p):
            return Meaning("no")  # "only two steps at the front door, no proper stairs inside"
        said = _SHORT_ANSWER.match(p)  # "he does", "she is yes", "we dont", "he isnt": a short answer
        if said:
            negative = bool(said.group("neg") or said.group("neg2") or said.group("neg3"))
            doubted = bool(re.search(r"\b(no|nope|never)\b", said.group("tail") or ""))
            leads_no = bool(re.match(r"^(\w+\s+)*?no\b", p[:said.start(3)]))
            if negative or (doubted and not leads_no):
                return Meaning("no")
            if not doubted and not leads_no:
                return Meaning("yes")
        if NO_WHOLE.match(p) or re.match(r"^(no|not)\b", p):
            return Meaning("no")
        if re.match(rf"^({YES})\b", p) and not re.search(r"\b(but|not|no)\b", p):
            return Meaning("yes")
        return general(text) or (Meaning("question") if is_question(text) else Meaning("invalid"))
    if context == "pin":
        digits = pin_digits(text)
        if digits and 4 <= len(digits) <= 8:
            return Meaning("value", digits)
        if re.search(r"\b(forgot|forgotten|lost|cannot remember|do not remember|do not have|never (had|set)|"
                     r"new|first time|not been)\b", plain(text)):
            return Meaning("help")
        return general(text) or Meaning("invalid")
    if context.startswith("gap_"):
        found = general(text, skip=True)
        if found and found.kind == "human" and context == "gap_phone" and (re.search(
                r"\b(phone|call|ring|contact|text) me( back)? instead\b", plain(text)) or re.fullmatch(
                r"(please )?(phone|call|ring|text) me( please)?", bare(plain(text)))):
            return Meaning("invalid")  # "ring me instead shes deaf on the phone", "ring me": on which number, asked again
        if found and found.kind != "help":
            return found
        if context != "gap_yesno" and not re.search(r"\d", text) and _DECLINED.match(bare(plain(text))):
            return Meaning("skip")
        if context != "gap_yesno" and not re.search(r"\d", text) and _FETCHING.match(bare(plain(text))):
            return Meaning("later")
        if context == "gap_phone" and not re.search(r"\d", text) and _NO_PHONE.search(plain(text)):
            return Meaning("skip")
        if context == "gap_phone":
            text = _tens_said(text)
        if context == "gap_dob":
            # "16th of July 1933, a long time ago now dear": a remark after a whole date is no part of it
            text = re.sub(r"\b((?:19|20)\d\d)\s*[,;:!.-]+\s*\D*$", r"\1", text)
            if _VAGUE_DATE.search(plain(text)):  # "about 80 years ago", "in the 40s", "yesterday": no date of birth
                return Meaning("invalid")
            text = _dob_words(text)
            # "12/20/1950": month first, when no day-first reading can be (a 20th month): the one date it can be
            text = re.sub(r"^\s*(0?[1-9]|1[0-2])([/.-])(1[3-9]|2\d|3[01])\2((19|20)\d\d)\s*$", r"\3\2\1\2\4", text)
        try:
            value = answers.check(context[4:], text, today=today)
        except answers.AnswerRefused:
            in_words = _phone_in(text, today) if context == "gap_phone" else None
            if in_words:
                return Meaning("value", in_words)
            asked = is_question(text) or re.match(r"^(what|why|which|how|who)\b", plain(text))
            return found or Meaning("help" if asked else "invalid")  # "why do you need it?": explained, asked again
        return Meaning("value", value)
    found = general(text)
    if context == "carer_name":
        name = name_of(text)
        return Meaning("value", name) if name and not found else found or Meaning("invalid")
    if context == "carer_relationship":
        relation = relationship_of(text)
        return Meaning("value", relation) if relation else found or (
            Meaning("question") if is_question(text) else Meaning("invalid"))
    if context == "carer_self":  # the relationship question, read for the carer's own name too
        relation, own = relationship_of(text), carer_own_name(text)
        return Meaning("value", tuple(v for v in (relation, own) if v)) if relation else found or Meaning("invalid")
    if context == "carer_basis":
        if (is_question(text) and _WHICH_OR_WHAT_IS.match(plain(text))) or _I_DO_NOT_FOLLOW.match(bare(plain(text))) or \
                _NEED_ONE.match(bare(plain(text))):
            return Meaning("help")  # "whats a lasting power of attorney", "what is a deputy?", "i dont understand these",
            # "do i need one of these?": the choices explained
        basis = basis_of(text)
        return Meaning("value", basis) if basis else found or (
            Meaning("question") if is_question(text) else Meaning("invalid"))
    if context == "carer_age":
        age = age_of(text)
        return Meaning("value", age) if age is not None else found or Meaning("invalid")
    if context == "carer_knows":
        knows = knows_of(text)
        return Meaning("value", knows) if knows else found or (
            Meaning("help") if _WHICH_OR_WHAT_IS.match(plain(text)) or _WHY_ASKED.match(bare(plain(text)))
            or _MUST_THEY_KNOW.match(bare(plain(text)))
            else Meaning("invalid"))  # "why are you asking": why it matters, with the choices
    raise ValueError(f"unknown context: {context}")
