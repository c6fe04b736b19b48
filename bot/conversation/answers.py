"""Answers checked before any service sees them: phone numbers (`phonenumbers`, UK first, numbers in
words too), dates of birth (`dateparser`: none in the future, none over 120 years ago) and
addresses with a UK postcode when the question asks for one.

Pure functions; a refusal says plainly why and gives an example, so the person can answer again
or say "skip". `today` is a parameter so the checks are testable without a clock.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from bot.conversation.errors import AnswerRefused as AnswerRefused  # raised here

if TYPE_CHECKING:
    from bot.intake.gaps import Gap

DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "two": "2",
               "three": "3", "four": "4", "for": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
               "nine": "9", "ten": "10"}
_TIMES = {"double": 2, "triple": 3, "treble": 3}
MAX_AGE_YEARS = 120

PHONE_EXAMPLE = "for example 07700 900123 or 0161 496 0000"
DOB_EXAMPLE = "for example 3 March 1950, or 03/03/1950"
# Ofcom keeps these UK ranges for drama and demonstrations: `phonenumbers` rightly calls them not
# in service, but they are the numbers our examples and test people use.
# Ofcom's numbers kept for drama (never anyone's): 07700 900xxx, 01632 960xxx, 020 7946 0xxx, and the
# 0113 to 0161 "496 0xxx" ranges, 0191 498 0xxx, 029 2018 0xxx; phonenumbers calls some of them unassigned.
OFCOM_DRAMA = ("447700900", "441632960", "442079460", "441914980", "442920180",
                *(f"44{area}4960" for area in ("113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161")))
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE)


def digits_of(text: str) -> str:
    """The digits of a number said in figures or words: "oh seven seven double oh nine hundred" ->
    "07700900"; "0161 496 0000" -> "01614960000". Words that are not numbers are left out."""
    out: list[str] = []
    times = 1
    # a letter o for a zero, or l for a one, inside a run of digits ("07700 9OO461")
    typed = re.sub(r"\b(?=\w*\d)[\dOoIl]+\b", lambda m: m.group(0).translate(str.maketrans("OoIl", "0011")),
                   text or "")
    words = re.findall(r"\+|\d+|[a-z]+", typed.lower())
    for word in words:
        if word in _TIMES:
            times = _TIMES[word]
            continue
        if word.isdigit() or word in DIGIT_WORDS:
            digits = word if word.isdigit() else DIGIT_WORDS[word]
            if times > 1 and len(digits) == 1:
                digits = digits * times
            out.append(digits)
        elif word == "hundred" and out:
            out.append("00")
        elif word == "thousand" and out:
            out.append("000")
        elif word == "+" and not out:
            out.append("+")
        times = 1
    return "".join(out)


TWO_NUMBERS = ("I can see two numbers there. Please send the one the service should ring, on its own. Or say \"skip\" "
               "to leave it for the service.")


def phone(text: str) -> str:
    """A phone number someone can ring, as the service would write it ("07700 900123",
    "+33 1 23 45 67 89"); refused with why: "ring the landline" and "my mobile" are not numbers."""
    import phonenumbers

    number_text = digits_of(text)
    if len(number_text.lstrip("+")) > 13 and len(list(phonenumbers.PhoneNumberMatcher(
            text, "GB", leniency=phonenumbers.Leniency.POSSIBLE))) > 1:
        # two numbers: which is asked, never guessed ("01228 401122, but he doesn't always hear it so call me on 07700
        # 900123" got "That doesn't look like a phone number I can use": a stranger, session 32)
        raise AnswerRefused(TWO_NUMBERS)
    if len(number_text.lstrip("+")) < 3:
        raise AnswerRefused("I need the number itself, so the service can ring it: "
                            f"{PHONE_EXAMPLE}. Or say \"skip\" to leave it for the service.")
    try:
        number = phonenumbers.parse(number_text, "GB")
    except phonenumbers.NumberParseException:
        number = None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164).lstrip("+") if number else ""
    if number is None or not (phonenumbers.is_valid_number(number)
                              or (e164.startswith(OFCOM_DRAMA) and len(e164) == 12)):
        short = len(number_text.lstrip("+")) < 10
        why = "That number looks too short" if short else "That doesn't look like a phone number I can use"
        raise AnswerRefused(f"{why}. Please send the whole number, {PHONE_EXAMPLE}. "
                            "Or say \"skip\" to leave it for the service.")
    style = (phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 44
             else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, style)


_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_SHAPES = (r"\d{4}-\d{1,2}-\d{1,2}", r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}",
                rf"\d{{1,2}}(st|nd|rd|th)?\s+(of\s+)?{_MONTH},?\s+\d{{2,4}}",
                rf"{_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{2,4}}", r"\d{1,2}\s+\d{1,2}\s+\d{4}")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def numbers_in_words(text: str) -> str:
    """"the twentieth of october two thousand and ten" -> "the 20 of october 2010";
    "nineteen forty seven" -> "1947"."""
    def two(words: list[str], i: int) -> tuple[int | None, int]:
        if i < len(words) and words[i] in _TENS:
            if i + 1 < len(words) and words[i + 1] in _UNITS:
                return _TENS[words[i]] + _UNITS[words[i + 1]], i + 2
            return _TENS[words[i]], i + 1
        if i < len(words) and words[i] in _TEENS:
            return _TEENS[words[i]], i + 1
        if i + 1 < len(words) and words[i] in ("oh", "o") and words[i + 1] in _UNITS:
            return _UNITS[words[i + 1]], i + 2
        return None, i

    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # "nineteen thirty-eight", "twenty-first"
    words, out, i = re.findall(r"[a-z]+|\d+|[^\sa-z\d]", text), [], 0
    while i < len(words):
        word = words[i]
        if word in ("two",) and i + 1 < len(words) and words[i + 1] == "thousand":  # two thousand (and) ten
            j = i + 2 + (i + 2 < len(words) and words[i + 2] == "and")
            rest, k = two(words, j)
            if rest is None and j < len(words) and words[j] in _UNITS:
                rest, k = _UNITS[words[j]], j + 1
            out.append(str(2000 + (rest or 0)))
            i = k if rest is not None else i + 2
            continue
        if word in ("nineteen", "eighteen") and i + 1 < len(words) and (words[i + 1] in _TENS or words[i + 1] in _TEENS
                                                                        or words[i + 1] in ("oh", "o")):
            rest, k = two(words, i + 1)
            if rest is not None:
                out.append(str(_TEENS[word] * 100 + rest))
                i = k
                continue
        if word in _TENS and i + 1 < len(words) and words[i + 1] in _ORDINALS and _ORDINALS[words[i + 1]] < 10:
            out.append(str(_TENS[word] + _ORDINALS[words[i + 1]]))
            i += 2
            continue
        if word in _ORDINALS:
            out.append(str(_ORDINALS[word]))
        else:
            out.append(word)
        i += 1
    return " ".join(out)


def cardinal_in_words(text: str) -> int | None:
    """The first number said in words in a reply ("about twenty", "twenty odd", "twentyish", "thirty-five",
    "a hundred", "one hundred and twenty", "a dozen"), or None when it says none."""
    words = re.findall(r"[a-z]+", re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text.lower()))
    words = [re.sub(r"(?<=.)ish$", "", word) for word in words]  # "twentyish", "twenty-ish"
    for i, word in enumerate(words):
        if i > 0 and words[i - 1] in ("no", "not") or words[i + 1:i + 3] == ["and", "a"]:
            return None  # "no one", "not one" say no number; "one and a half" is not one
        if word == "dozen" and (i == 0 or words[i - 1] in ("a", "about", "around", "roughly")):
            return 12
        if word in ("a", "one") and i + 1 < len(words) and words[i + 1] == "hundred":
            rest = words[i + 3:] if words[i + 2:i + 3] == ["and"] else words[i + 2:]
            more = cardinal_in_words(" ".join(rest[:2])) if rest and rest[0] in {**_UNITS, **_TEENS, **_TENS} else None
            return 100 + (more or 0)
        if word in _TENS:
            return _TENS[word] + (_UNITS[words[i + 1]] if i + 1 < len(words) and words[i + 1] in _UNITS else 0)
        if word in _TEENS:
            return _TEENS[word]
        if word in _UNITS and not (word == "one" and i + 1 < len(words) and words[i + 1] in ("of", "day", "thing")):
            return _UNITS[word]
    return None


def _date_part(text: str) -> str:
    """The part of a reply shaped like a date ("19 aug 2001 (she is 25)" -> "19 aug 2001")."""
    for shape in _DATE_SHAPES:
        found = re.search(shape, text)
        if found:
            return found.group(0)
    return text


_LONGEST_DATE = 60  # characters: "the twenty first of september nineteen forty seven" and more


def date_of_birth(text: str, today: date) -> date:
    """A date of birth: a real day, not in the future, not more than 120 years ago."""
    import dateparser

    lowered = (text or "").lower()
    if re.search(rf"\b({'|'.join([*_ORDINALS, *_UNITS, *_TEENS, *_TENS])})\b", lowered):
        lowered = numbers_in_words(lowered)
    cleaned = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", lowered)
    squeezed = re.fullmatch(r"\s*(\d{2})(\d{2})(\d{4})\s*", cleaned)  # "19082001"
    if squeezed:
        cleaned = "/".join(squeezed.groups())
    cleaned = _date_part(cleaned)
    cleaned = re.sub(r"\b(the|of|born|on|in|dob|d\.o\.b\.?|it is|its|it's|he was|she was|i was|they were)\b",
                     " ", cleaned)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" ,.")
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", cleaned)
    when: date | None = None
    if iso:
        try:
            when = date(*map(int, iso.groups()))
        except ValueError:
            when = None
    elif len(cleaned) <= _LONGEST_DATE:  # dateparser recurses once a word on a long text: 100,000 characters crashed it
        parsed = dateparser.parse(cleaned, languages=["en"], settings={
            "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RELATIVE_BASE": datetime(today.year, today.month, today.day)})
        when = parsed.date() if parsed else None
    if when is None:
        raise AnswerRefused(f"Please give the date of birth with the day, month and year, {DOB_EXAMPLE}.")
    if when > today:
        raise AnswerRefused(f"A date of birth can't be in the future, and {when:%-d %B %Y} is. "
                            f"Please check it and send it again, {DOB_EXAMPLE}.")
    if (today.year - when.year) - ((today.month, today.day) < (when.month, when.day)) > MAX_AGE_YEARS:
        raise AnswerRefused(f"{when:%-d %B %Y} would make them over {MAX_AGE_YEARS} years old. "
                            f"Please check the year and send it again, {DOB_EXAMPLE}.")
    return when


def postcode_of(text: str) -> str | None:
    found = _POSTCODE.search(text or "")
    return f"{found.group(1).upper()} {found.group(2).upper()}" if found else None


def address(text: str, needs_postcode: bool = True) -> str:
    """An address; when the question asks for the postcode, one with a UK postcode (written as the
    Royal Mail writes it)."""
    words = (text or "").strip()
    if len(re.findall(r"[^\W\d_]+", words)) < 1 and not postcode_of(words):
        raise AnswerRefused("Please send the address, with the postcode, for example \"12 High Street, "
                            "Leeds LS1 4AB\". Or say \"skip\" to leave it for the service.")
    found = _POSTCODE.search(words)
    if found is None:
        if needs_postcode:
            raise AnswerRefused("I need the postcode too, so the service can find the address, for example "
                                "\"12 High Street, Leeds LS1 4AB\". Please send the address with its postcode, "
                                "or say \"skip\".")
        return words
    return words[:found.start()] + (postcode_of(words) or found.group(0)) + words[found.end():]


# A date put right in the same breath: "3rd March 1940, no sorry, 1941" (a stranger on the stack, session 24: 1940 went
# to the community nurses); the date said after, or only its year
_DATE_PUT_RIGHT = re.compile(r"[\s,.;:-]*(?:\bno\s*[,!.-]+|\bno\s+(?=sorry|wait|i\s+mean)|\bsorry\b|\bwait\b|\bi\s+mean\b)"
                             r"(?:[\s,.!-]*(?:no|sorry|wait)\b)*[\s,.!-]*(?:it['’]?s\s+|its\s+)?(?=\S)", re.IGNORECASE)


_A_DATE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s/.-]+(?:\d{1,2}|[a-z]{3,9})[\s/.,-]+(?:19|20)?\d\d", re.IGNORECASE)


def _year_put_right(text: str) -> str:
    said = list(_DATE_PUT_RIGHT.finditer(text or ""))
    if not said or not said[-1].start():
        return text
    first, rest = text[:said[-1].start()], text[said[-1].end():].strip(" .!")
    if re.fullmatch(r"(?:19|20)\d\d", rest):  # only the year put right, if the date said first had one
        if re.search(r"\b(?:19|20)\d\d\b", first):
            return re.sub(r"\b(?:19|20)\d\d\b(?!.*\b(?:19|20)\d\d\b)", rest, first)
        return re.sub(r"(?<=[/.-])\d\d\s*$", rest, first.rstrip(" ,")) if re.search(r"[/.-]\d\d\s*$", first.rstrip(" ,")) \
            else text
    # a whole date said in its place; anything else after "sorry" is no date ("3 March 1940 sorry I'm 86", "sorry for the
    # wait, been at hospital 2 days": a second reader)
    return rest if _A_DATE.fullmatch(rest) else text


def check(kind: str, text: str, today: date | None = None) -> str:
    """The checked value of an answer of `kind` ("phone", "dob", "address", "yesno", "text")."""
    today = today or date.today()
    if kind == "phone":
        return phone(text)
    if kind == "dob":
        return date_of_birth(_year_put_right(text), today).isoformat()
    if kind == "address":
        from bot.understanding.structuring.identifiers import (
            put_right,  # (loaded only where an address is answered)
        )

        return address(put_right(text))
    if kind == "nhs":  # ten digits whose check digit is right (python-stdnum), written 3 3 4
        from stdnum.gb import nhs

        digits = digits_of(text)
        if not nhs.is_valid(digits):
            raise AnswerRefused("That does not look like an NHS number: it has 10 numbers, like 943 476 5919. Please "
                                "type it again, or say \"skip\".")
        return nhs.format(digits)
    if kind == "yesno":
        from bot.conversation.meaning import understand  # (meaning checks answers with this module)

        meant = understand("confirm", text)
        if meant.kind not in ("yes", "no"):
            raise AnswerRefused("Please answer yes or no.")
        return meant.kind
    if not (text or "").strip():
        raise AnswerRefused("I didn't get an answer there.")
    return text.strip()


# "This one I am texting from", "this number", "the one im texting on", "same number": the number the
# message comes from, which only the SMS channel knows.
_THIS_NUMBER = re.compile(
    r"^\W*(?:(?:please|just|yes|yeah|ok|okay)\W+)*(?:(?:use|take|it'?s|its|it is)\s+)?(?:the\s+)?(?:same|this|that)\s+"
    r"(?:one|number|no|mobile(?: number)?|phone(?: number)?)(?:\s+please)?\W*$|"
    r"^\W*(?:(?:use|take|it'?s|its|it is)\s+)?(?:the|this|that|my)\s+(?:one|number|no|mobile(?: number)?|phone(?: number)?)"
    r"\s+(?:that\s+|which\s+)?(?:i'?m|i’m|im|i am|i)\s+(?:am\s+)?(?:texting|txting|texing|messaging|using|sending|writing|on)\b"
    r"[a-z ]{0,30}\W*$",
    re.IGNORECASE)


def means_this_number(text: str) -> bool:
    """Whether a reply to a phone question means the number the message comes from ("this one I am
    texting from", "this number")."""
    return bool(_THIS_NUMBER.match((text or "").strip())) and not re.search(r"\d", text or "")


def uk_number(text: str) -> str | None:
    """A valid UK phone number as a service writes it ("07700 900123"), or None."""
    import phonenumbers

    try:
        number = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException:
        return None
    if number.country_code != 44:
        return None
    try:
        return phone(text)
    except AnswerRefused:
        return None


def kind_of(key: str, label: str, question: str, type_: str) -> str | None:
    """Which check a form's question needs, from its key and words; None for no extra check."""
    words = f"{key} {label}".lower()
    if "phone" in words or "telephone" in words or "mobile" in words:
        return "phone"
    if type_ == "date" and ("birth" in words or "dob" in words):
        return "dob"
    if "address" in words and "postcode" in question.lower():
        return "address"
    if "nhs" in words and "number" in words:
        return "nhs"
    return None


# A question back about the asking ("what will they do with it?", "why do they need this?"): no answer.
_ASKING_BACK = re.compile(r"^(?:(?:what|why|who|how)\b.*\b(?:they|them|this|that|it|mean|means|need|needed|sees?|see it|for)"
                          r"\W*\?\W*$|(?:do|does|must)\s+(?:i|we|you|he|she|they)\s+(?:have|need)\s+to\b.*\?\W*$)",
                          re.IGNORECASE)
# Yes, to a question whose answer is words ("Do you have any allergies? Say "none" if you have none").
_BARE_YES = re.compile(r"(yes|y|yeah|yea|yep|yup|ye|yh|aye|ok|okay|i do|yes i do|yes please|i have|yes i have|"
                       r"i suppose|suppose so|i suppose so|i guess|guess so|i guess so)\W*",
                       re.IGNORECASE)
_NAME_WORDS = re.compile(r"\bname\b", re.IGNORECASE)
ASKING_BACK = ("Your answer goes only to the services you agree to share with, for their own form. Answer in your "
               "own words, or say \"skip\" to leave it for them to ask.")
SAY_WHAT = "Please tell me what, in a few words. Or say \"skip\" to leave it for the service to ask."
_A_WISH_ABOUT_THE_STORY = re.compile(r"\b(my|the|her|his|their) (story|referrals?|pathway)\b|\bstop sharing\b|\bsharing with\b",
                                     re.IGNORECASE)
WISH_LATER = ("I can do that once these questions are done: say it again then. For now, please answer the question, "
              "or say \"skip\".")
NO_WORDS = "Please answer in words or numbers, or say \"skip\" to leave it for the service to ask."
# Something to leave out of what is shared, said at a service's question ("yes but leave out the money stuff, social work
# dont need to know about her attendance allowance", typed at "Communication needs": a stranger, session 41, had it sent
# to two services as the answer, naming the benefit held back): never an answer; said again at the consent question
_LEAVE_OUT = re.compile(r"\b(?:leave\s+(?:out|off)|leave(?:\s+\w+){1,3}\s+(?:out|off)|(?:dont|don['’]t|do\s+not)\s+(?:tell|share|send|"
                        r"put|mention|need\s+to\s+know)|(?:doesnt|doesn['’]t|does\s+not)\s+need\s+to\s+know|keep\s+\w+(?:\s+\w+)?\s+"
                        r"(?:out|back|private)|hold\s+back)\b", re.IGNORECASE)
LEAVE_OUT_LATER = ("I have not put that on the form. When these questions are done, I will ask if you agree to share, "
                   "and you can say then what to leave out. For now, please answer the question, or say \"skip\".")
NOT_A_NAME = "That does not look like a name. Please type the name, or say \"skip\"."
# A reply that told of harm or danger (the urgent help was given first: bot/rasa/server.py) is never written on a
# service's form as the answer ("i have been saving up my tablets" went to a GP as the person's name, "he controls
# everything" to a benefits service as who lives with them: a stranger on the stack, 2026-12-04).
ABOUT_SAFETY = ("I have not put that on the form, as it is about your safety. You do not have to answer this one: say "
                "\"skip\" and I will leave it for the service.")
MAYBE_ABOUT_SAFETY = ("I have not put that on the form, in case it is about your safety. If it is not, please say it "
                      "another way. Or say \"skip\" and I will leave it for the service.")


# A wish not to be phoned, or another way to be reached, said at a phone question (a stranger whose partner checks
# her phone was told "That number looks too short" for her email address, again and again)
_NOT_BY_PHONE = re.compile(r"\b(do ?n[o']?t|do not|pls do ?n[o']?t|please do ?n[o']?t|never|no|not|not to)\s+(ring|call|calls|"
                           r"phone|text|texts)\b|\b(number|phone|mobile)\s+(is|=)\s+(his|hers|her|theirs|not mine)\b|"
                           r"[\w.+-]+@[\w-]+\.[\w.]+|\b(e-?mail|letter|write to me|post)\b", re.IGNORECASE)
# A wish not to be phoned or texted, said at a phone question, is what the service is told, without the reason: "pls
# dont ring or txt me my bf reads my phone" was kept nowhere, and the GP's form said "Still to ask: Best telephone
# number" (a stranger, session 18)
_DO_NOT_RING = re.compile(r"\b(do ?n[o']?t|do not|pls do ?n[o']?t|please do ?n[o']?t|never|not|not to)\s+(ring|call|phone)\b"
                          r"(?!\s+(me\s+)?(before|after|until|till|between|at|on|in the|during|early|late))", re.IGNORECASE)
# a way to be rung asked for ("ring me, dont text", "call me on the landline"): no wish not to be phoned
_RING_ME = re.compile(r"(?<!not )(?<!dont )(?<!don't )(?<!never )\b(ring|call|phone)\s+me\b(?!\s+(before|after))", re.IGNORECASE)
# the carer's own number given where the person's is asked: "ring me, Graham, on 07700 900654 - her voice is too quiet",
# "my mobile is best", "call me instead" (a stranger, session 37: three carers' numbers went to services as the person's)
RINGS_THE_CARER = re.compile(r"(?<!not )(?<!dont )(?<!don't )(?<!don’t )(?<!never )\b(?:ring|call|phone|text|contact)\s+me\b"
                             r"|(?<!not )\b(?:my|me)\s+(?:own\s+)?(?:number|mobile|phone|landline|no)\b"
                             r"|(?<!not )\b(?:it['’]?s|its|that['’]?s|thats|that\s+is)\s+mine\b", re.IGNORECASE)
# The number said to be the person's, whatever else the words say of ringing the carer: "her landline is 0141 554 2871
# but she doesnt always answer so ring me first" (a stranger, session 41: it went to two services as the carer's
# number, "ring the carer instead", and the services would have rung the woman of 82 thinking it was her son)
THE_PERSONS_NUMBER = re.compile(r"\b(?:her|his|their|mums|mams|moms|dads|das|nans|grans|grandads|husbands|wifes|sons|"
                                r"daughters|sisters|brothers)\s+(?:own\s+)?(?:home\s+|house\s+)?(?:number|landline|mobile|"
                                r"phone|phone number|no|tel)\b|\b(?:it['’]?s|its|thats|that['’]?s|that\s+is)\s+(?:hers|his|theirs)\b",
                                re.IGNORECASE)
DO_NOT_PHONE = "Please do not phone or text"
NOT_BY_PHONE = ("I have not put that on the form, as it is not a phone number. You do not have to give one: say \"skip\" "
                "and I will leave it for the service.")


def words_answer(gap_type: str, label: str, text: str) -> None:
    """AnswerRefused for a reply that cannot be the words a question asks for: a question back about
    the asking, a bare "yes" ("aye" was kept as someone's allergies), numbers as a name ("17/08/1981"
    was kept as a full name). Found by a stranger trying the stack; each was delivered to a service."""
    if gap_type not in ("string", "text", "open-choice"):
        return
    from bot.conversation.meaning.words import is_markup  # (meaning checks answers with this module)

    if is_markup(text) or not any(c.isalnum() for c in text):  # "</textarea><script>", "👍" were kept as answers
        raise AnswerRefused(NO_WORDS)
    if _ASKING_BACK.match(text.strip()):
        raise AnswerRefused(ASKING_BACK)
    if _A_WISH_ABOUT_THE_STORY.search(text):
        from bot.conversation.meaning import understand  # (meaning checks answers with this module)

        if understand("menu", text).kind == "value":  # "who has my story" was kept as a full name
            raise AnswerRefused(WISH_LATER)
    if gap_type != "open-choice" and _BARE_YES.fullmatch(text.strip()):
        raise AnswerRefused(SAY_WHAT)
    if _NAME_WORDS.search(label) and any(c.isdigit() for c in text):
        raise AnswerRefused(NOT_A_NAME)
    if _LEAVE_OUT.search(text):
        from bot.conversation.meaning import SECTION_WORDS, held_back_only, things_held_back

        if held_back_only(text, list(SECTION_WORDS)) or things_held_back(text):
            raise AnswerRefused(LEAVE_OUT_LATER)
    if why := tells_of_harm(text):
        raise AnswerRefused(why)


def tells_of_harm(text: str) -> str | None:
    """Why the words are kept off a form, when they may tell of harm or danger: ABOUT_SAFETY where a rule heard
    it or the classifier alone surely; MAYBE_ABOUT_SAFETY where the classifier alone was unsure (the person was
    given the help with "I may have misread": "child benefit but it go to his account, i dont see it" and "I am
    not allow to go out without him" went to a benefits service as her answers, a stranger on the stack, session
    17). None when they do not, or tell only that nobody helps or comes (an answer to who helps)."""
    from bot.understanding.safeguarding import detector  # loads only where it is needed
    from bot.understanding.safeguarding.categories import HARM_BY_OTHERS
    from bot.understanding.safeguarding.policy import POLICY

    if not text.strip():
        return None
    found = detector().check(text)
    if not found.concern or (set(found.categories) == {"neglect"} and all(h.by in _NOBODY for h in found.harms)):
        return None
    if found.surest > 0.0 and set(found.categories) == {"carer_breaking_point"} and not _HARM_FEARED.search(text):
        # a carer's strain that only the classifier heard is what a carer's form asks about, not a harm to keep off it:
        # "everything really, washing him, his tablets, meals, stopping him going out at night, I dont sleep" at "What
        # care do you give?" got the help and was never written (a stranger, session 31); a rule's ("im scared ill hurt
        # him") is still kept off
        return None
    if found.surest > 0.0 and _CARE_NEEDED.search(text) and not _HARM_FEARED.search(text) and not _DONE_TO.search(text):
        # the care the person cannot do without, which only the classifier heard as a harm: what a needs question asks
        # ("he can't feed himself, I have to do it all, he's lost weight", at a Care Act outcome, got the Domestic Abuse
        # Helpline and "I have not put that on the form": a stranger, session 32, and the weight lost was lost)
        return None
    if 0.0 < found.surest < POLICY.answer_sure_from:
        # unsure: kept off the form only where it may be a harm someone else does, and someone else is in the words
        # ("nobody, i do it all myself" is an answer to who helps, whatever the classifier makes of it)
        # (not a child or neglect the classifier alone guessed: "my mum looks after the kids when I am at work")
        maybe = (HARM_BY_OTHERS - {"child_at_risk", "neglect"}) & set(found.categories)
        return MAYBE_ABOUT_SAFETY if maybe and _SOMEONE.search(text) else None
    return ABOUT_SAFETY


# A question back before the answer: "why would I need domestic abuse? he needs …", "what do you mean?? she cant …"
_ASKED_BACK_FIRST = re.compile(r"^\s*(?:why|what|how|eh|huh|who)\b[^?]{0,80}\?+[\s?!]*(?=\w)", re.IGNORECASE)
# What the person cannot do for themselves ("he can't feed himself", "needs feeding", "cant hold a spoon"), and what
# someone does to them beside it, which keeps an answer off a form whatever else it says
_CARE_NEEDED = re.compile(r"\b(?:can ?not|cant|can['’]t|unable to|not able to|struggles? to)\s+(?:\w+\s+)?(?:feed|wash|dress|bath|"
                          r"bathe|shower|shave|toilet|turn|move|eat|drink|hold\s+(?:a\s+)?(?:spoon|cup|fork|knife))\b"
                          r"|\bneeds?\s+(?:\w+\s+)?(?:feeding|washing|dressing|toileting|turning|hoisting)\b", re.IGNORECASE)
_DONE_TO = re.compile(r"\b(?:wont let|won['’]t let|will not let|doesnt let|doesn['’]t let|stops?\s+(?:him|her|me)|takes?\s+(?:the|his|"
                      r"her|my)\s+(?:spoon|food|plate)|leaves?\s+(?:him|her|me)|left\s+(?:him|her|me)|nobody|no one|noone)\b",
                      re.IGNORECASE)
# A carer's fear of what they may do, in any words the classifier alone heard ("some nights im scared ill hurt him")
_HARM_FEARED = re.compile(r"\b(hurt|harm|hit|slap|shake|shook|snap|snapped|lose it|lost it|kill|push|pushed|smother|scared|"
                          r"afraid|frightened|terrified|end it|cant go on|can ?not go on|breaking point)\b", re.IGNORECASE)
_SOMEONE = re.compile(r"\b(?:he|she|him|his|her|hes|shes|they|them|their|husband|wife|partner|boyfriend|girlfriend|"
                      r"son|daughter|brother|sister|mum|dad|carers?|staff|neighbour|grandson|granddaughter|family|"
                      r"friend|landlord|lodger|ex)\b", re.IGNORECASE)


_NOBODY = frozenset({"nobody", "noone", "no one", "none", "no-one"})


# A date of birth or NHS number said to be a relative's, at a question about the person's own.
_SOMEONE_ELSES = re.compile(r"\b(?:mum|mom|mam|mother|dad|father|wife|husband|partner|son|daughter|sister|brother|nan|nana|"
                            r"gran|granny|grandad|grandma|grandpa|auntie|aunty|uncle|neighbour|friend)(?:'s|’s|s)\b|"
                            r"\b(?:his|hers)\b", re.IGNORECASE)
_YOUR = re.compile(r"\byour\b", re.IGNORECASE)
SOMEONE_ELSES = ("This question is about you, not someone else. Please give your own, or say \"skip\" to leave it for "
                 "the service to ask.")


def checked_answer(gap: Gap, text: str, today: date) -> str | None:
    """The checked value of a reply to a form's gap question (bot/intake/gaps.py), or None when the
    question needs no check of ours; AnswerRefused says why it cannot be used."""
    kind = kind_of(gap.key, gap.label, gap.question, gap.type)
    if kind == "phone" and _DO_NOT_RING.search(text) and not _RING_ME.search(text) and len(digits_of(text)) < 10:
        return DO_NOT_PHONE  # the wish, never the reason (the help for what the reason tells comes from the server)
    if kind is not None and not any(c.isdigit() for c in text) and (why := tells_of_harm(text)):
        # "he checks my phone" at the phone question got "That doesn't look like a phone number", again and again
        raise AnswerRefused(why)
    if kind == "phone" and _NOT_BY_PHONE.search(text) and len(digits_of(text)) < 10:
        raise AnswerRefused(NOT_BY_PHONE)  # "pls dont ring me he might answer. email is better …": "too short"
    if kind in ("dob", "nhs") and _YOUR.search(gap.question) and _SOMEONE_ELSES.search(text):
        raise AnswerRefused(SOMEONE_ELSES)  # "mine or mums? mums is 2nd april 1948" was kept as the person's birthday
    if kind is None:
        words_answer(gap.type, f"{gap.key} {gap.label}", text)
        if gap.type in ("string", "text") and _NAME_WORDS.search(f"{gap.key} {gap.label}"):
            return name_said(text)
        asked = _ASKED_BACK_FIRST.match(text) if gap.type in ("string", "text") else None
        # the answer without a question about the assistant's reply before it: "why would I need domestic abuse? he needs
        # feeding by me, he cant hold a spoon" went to the council's form whole (a stranger, session 32)
        return text[asked.end():].strip() if asked else None
    return check(kind, text, today)


# Words before a name that are not the name: "i already said karen" was delivered as the carer's name.
_BEFORE_A_NAME = re.compile(r"^\W*(?:(?:i(?:'ve| have)? already (?:said|told you|gave (?:it|you it))|i (?:said|told you)|"
                            r"as i (?:said|say)|like i said)\W*(?:(?:it'?s|its|it is)\s+)?|(?:it'?s|its|it is)\s+|"
                            r"(?:my name(?:'s| is)?|my names|i'?m|im|i am|call me)\s+)", re.IGNORECASE)


# Words after a name that are not the name: "Gary Hughes, i told you that already" went to a service as the carer's name
_AFTER_A_NAME = re.compile(r"[\s,.;:!-]+(?:(?:i(?:'ve| have)?|ive)\s+(?:already\s+)?(?:told you|said|gave (?:you )?(?:it|that))"
                           r"(?:\s+(?:that|it|this))?(?:\s+(?:already|before|twice|earlier))?|as i said|like i said|"
                           r"(?:that'?s|thats) (?:me|it|my name)|thanks?(?: you)?|cheers|please|already"
                           # "Amélie Durand, I wrote it at the start" went to the GP as her name (a stranger, session 32)
                           r"|(?:i(?:'ve| have)?|ive)\s+(?:already\s+|just\s+)?(?:wrote|written|typed|put|entered|mentioned|gave|"
                           r"said|told)\b[\w\s'’]*)\W*$", re.IGNORECASE)


def name_said(text: str) -> str | None:
    """The name in a reply that says more than the name ("i already said karen", "its Karen Jones"), or
    None when the reply is only the name (kept as typed)."""
    rest = _AFTER_A_NAME.sub("", _BEFORE_A_NAME.sub("", text.strip(), count=1)).strip(" .!,")
    if rest == text.strip() or not re.fullmatch(r"[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}", rest):
        return None
    return " ".join(w if not w.islower() else w[:1].upper() + w[1:] for w in rest.split())
