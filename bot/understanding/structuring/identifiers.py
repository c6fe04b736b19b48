"""Identifiers told in the story: date of birth, address and postcode, UK phone numbers, NHS number.

Each is read by a maintained parser and checked before it is kept, so a form never gets a number
that is not one: a date of birth only after words that say it is one, never in the future and never
more than 120 years ago (the common written forms, "3 March 1946", "3rd of March 1946", "March 3 1946",
"03/03/1946", "3.3.46", "1946-03-03", read by the standard library exactly as `dateparser` reads them;
`dateparser`, two seconds to load, only for any other form the pattern lets through); a UK phone number (`phonenumbers`, valid for its kind);
an NHS number only when its check digit is right (`python-stdnum`'s `gb.nhs`); an email address that
`email_validator` finds well formed; a postcode in the
shape the Royal Mail gives them, with the street before it when the person said where they live.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import phonenumbers
from stdnum.gb import nhs

from bot.conversation.answers import OFCOM_DRAMA, numbers_in_words
from bot.understanding.structuring.guarded import Guarded

OLDEST = 120

_DOB_CUE = re.compile(
    r"\b(?:(?:my|his|her|their|your) )?(?:date of birth|d\.?o\.?b\.?|birthday)(?: is| was|:)?\s*(?:the\s+)?"
    r"|\bborn(?: on)?(?: the)?\s+",
    re.IGNORECASE)
_DATE = re.compile(
    r"(\d{4}-\d{2}-\d{2}\b"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    r"|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9},?\s+(?:\d{4}|['’]?\d{2}))"  # "2nd Feb '42"
    r"|(?:[A-Za-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}))")
# A date said in words, as people type what they would say: "nineteenth of june nineteen fifty eight",
# "the 3rd of march nineteen eighty one" (read by `numbers_in_words` into figures first)
_NUMBER_WORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|one|two|three|"
                r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|thousand|oh)")
_MONTH_WORD = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
               r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)")
_DATE_IN_WORDS = re.compile(
    rf"((?:{_NUMBER_WORD}|\d{{1,2}}(?:st|nd|rd|th)?)(?:[\s-]+{_NUMBER_WORD})?\s+(?:of\s+)?{_MONTH_WORD}\s+"
    rf"(?:\d{{4}}\b|(?:nineteen|eighteen|two thousand)(?:[\s-]+(?:and\s+)?{_NUMBER_WORD}\b){{1,3}}))", re.IGNORECASE)
_POSTCODE = Guarded(re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE), digits=True)
_ADDRESS_CUE = Guarded(re.compile(r"\b(?:live at|living at|lives at|address is|address:|address'?s|stay at|"
                                  r"staying at)\s+", re.IGNORECASE), "liv|address|stay")
# ("flat 7 kingsway court 40 anlaby road": the flat and its building with the street, the twenty-third fresh forms set,
# session 29, whose flat and building were dropped)
_HOUSE = re.compile(r"\b(?:flat \d+[a-z]?,?\s+(?:[a-z]+\s+(?:court|house|mews|lodge|heights|point|tower|gardens|mansions|"
                    r"buildings|hall|view|place|walk|row|yard),?\s+)?)?\d{1,4}[a-z]?\s+[A-Z][a-z]+", re.IGNORECASE)
_NHS = Guarded(re.compile(r"(?<![\d+])(\d{3}[ -]?\d{3}[ -]?\d{4})(?![\d])"), digits=True)
_NHS_CUE = re.compile(r"\bnhs\b", re.IGNORECASE)
# "my number is 943 476 5919, ring after 10": said as a phone number, whatever its check digit
_PHONE_CUE = re.compile(r"\b(?:phone|mobile|mob|tel|telephone|landline|ring|call|text|contact|whatsapp|"
                        r"(?:my|his|her|their|our|your) number)\b", re.IGNORECASE)


# No UK number has fewer digits than 0800 1111's eight; seven leaves room
_FEWEST_DIGITS = 7


@dataclass(frozen=True)
class Identifier:
    kind: str          # date_of_birth, address, phone, nhs_number, email
    value: str         # as a form wants it: 1945-03-03, "12 Rose Lane, Leeds LS6 2AB", 07700 900123
    start: int         # character offsets in the sentence
    end: int


def find(sentence: str, today: date) -> list[Identifier]:
    """The identifiers a sentence gives, checked."""
    found: list[Identifier] = []
    found += _nhs_numbers(sentence)
    taken = [(i.start, i.end) for i in found]
    found += [p for p in _phones(sentence) + _phones_in_words(sentence) if not _overlaps(p, taken)]
    found += _dates_of_birth(sentence, today)
    found += _addresses(sentence)
    found += _emails(sentence)
    return found


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?<!\.)")


def _emails(sentence: str) -> list[Identifier]:
    """An email address, kept only when `email_validator` finds it well formed (no look-up is made)."""
    if "@" not in sentence:
        return []
    from email_validator import EmailNotValidError, validate_email

    found = []
    for match in _EMAIL.finditer(sentence):
        try:
            checked = validate_email(match.group(), check_deliverability=False)
        except EmailNotValidError:
            continue
        found.append(Identifier("email", checked.normalized, match.start(), match.end()))
    return found


def _overlaps(item: Identifier, spans: list[tuple[int, int]]) -> bool:
    return any(item.start < end and start < item.end for start, end in spans)


def _nhs_numbers(sentence: str) -> list[Identifier]:
    found = []
    for match in _NHS.finditer(sentence):
        digits = re.sub(r"\D", "", match.group(1))
        cued = _NHS_CUE.search(sentence[max(0, match.start() - 40):match.start()])
        said_as_phone = _PHONE_CUE.search(sentence[max(0, match.start() - 40):match.start()])
        if nhs.is_valid(digits) and (cued or not (digits.startswith("0") or said_as_phone)):
            found.append(Identifier("nhs_number", nhs.format(digits), match.start(1), match.end(1)))
    return found


# A number said as an NHS number ("my NHS number is 943 476 5918") whose check digit is wrong, or with a digit missing
# or one too many: never kept as one, and the person is told so (session 28: it was dropped without a word, an answer
# silently lost, hazard H9 in docs/clinical-safety.md)
_SAID_AS_NHS = re.compile(r"\bnhs\s*(?:number|no\b\.?|num\b|#)?\s*(?:is\b|was\b|:|=|-)?\s*(\d[\d -]{6,16}\d)(?![\d])",
                          re.IGNORECASE)


def unchecked_nhs_numbers(text: str) -> list[str]:
    """The numbers a message says are an NHS number that cannot be one: 8 to 12 digits, and not ten whose check digit
    is right (python-stdnum), as typed."""
    found = []
    for match in _SAID_AS_NHS.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if 8 <= len(digits) <= 12 and not nhs.is_valid(digits):
            found.append(match.group(1).strip(" -"))
    return found


def _phones(sentence: str) -> list[Identifier]:
    found: list[Identifier] = []
    if sum(map(str.isdigit, sentence)) < _FEWEST_DIGITS:
        return found  # most sentences of a story hold no number: the matcher is slow to say so
    # POSSIBLE, then checked: a valid number, or one of Ofcom's drama ranges (07700 900xxx, 0113 496 0xxx…),
    # which phonenumbers calls unassigned but our examples and test people use (bot/conversation/answers.py)
    for match in phonenumbers.PhoneNumberMatcher(sentence, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        number = match.number
        if number.country_code != 44 or not re.match(r"\s*(?:\+|\(?0|00)", match.raw_string):
            # a UK number is written with its 0 (or +44): "my UC claim number is 7352 918 460" is none (it was
            # written as the phone 07352 918460, a 0 put before it: fresh13)
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164).lstrip("+")
        if not phonenumbers.is_valid_number(number) and not (e164.startswith(OFCOM_DRAMA) and len(e164) == 12):
            continue
        value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        found.append(Identifier("phone", value, match.start, match.end))
    return found


# A number said digit by digit in words: "zero seven seven zero zero nine double zero three three four"
_DIGIT_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_REPEATS = {"double": 2, "treble": 3, "triple": 3}
_SAID_DIGIT = rf"(?:(?:double|treble|triple)[\s-]+)?(?:{'|'.join(_DIGIT_WORDS)})"
_DIGITS_IN_WORDS = re.compile(rf"\b{_SAID_DIGIT}(?:[\s,-]+{_SAID_DIGIT}){{7,}}\b", re.IGNORECASE)


def _phones_in_words(sentence: str) -> list[Identifier]:
    """A UK phone number said in words, digit by digit, kept only as `_phones` keeps one in figures."""
    found: list[Identifier] = []
    for match in _DIGITS_IN_WORDS.finditer(sentence):
        words, digits = re.findall(r"[a-z]+", match.group().lower()), ""
        for i, word in enumerate(words):
            if word in _DIGIT_WORDS:
                digits += _DIGIT_WORDS[word] * (_REPEATS.get(words[i - 1], 1) if i else 1)
        if digits.startswith("0") and len(digits) in (10, 11):
            found += [Identifier("phone", p.value, match.start(), match.end()) for p in _phones(digits)]
    return found


def _dates_of_birth(sentence: str, today: date) -> list[Identifier]:
    found = []
    for cue in _DOB_CUE.finditer(sentence):
        match = _DATE.match(sentence, cue.end()) or _DATE_IN_WORDS.match(sentence, cue.end())
        if not match:
            continue
        born = _date_said(match.group(1), today)
        if born is None:
            continue
        if born > today and re.fullmatch(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}", match.group(1)):
            born = born.replace(year=born.year - 100)  # "3/3/45" is 1945
        if born > today or today.year - born.year > OLDEST:
            continue
        start, end = match.start(1), match.end(1)
        if (put_right := _PUT_RIGHT_AFTER.match(sentence, end)) and (again := _put_right(sentence, put_right.end(), born,
                                                                                        today)):
            # "born the fourteenth of February 1940 - no, what am I saying, 1941, the fourteenth of February 1941" (a
            # fresh forms set, session 28: 1940 was sent)
            born, start, end = again
        found.append(Identifier("date_of_birth", born.isoformat(), start, end))
    return found


_PUT_RIGHT_AFTER = re.compile(r"\s*[-–,]?\s*(?:no|sorry|i\s+mean|what\s+am\s+i\s+saying|i\s+tell\s+a\s+lie|actually|wait)\b",
                              re.IGNORECASE)


_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
                  "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_ORDINALS = {**{w: n for n, w in enumerate(_ORDINAL_WORDS, start=1)},
             **{f"twenty-{w}": 20 + n for n, w in enumerate(_ORDINAL_WORDS[:9], start=1)},
             "thirtieth": 30, "thirty-first": 31}
# the day alone, put right after a whole date: "…, no, what am I saying, the fifteenth" (the twenty-third fresh forms set,
# session 29: the fourteenth was sent); not a day with its month (a whole date, read above)
_DAY_PUT_RIGHT = re.compile(r"(?:[\s,.!-]*(?:no|sorry|i\s+mean|what\s+am\s+i\s+saying|i\s+tell\s+a\s+lie|it\s+was|was|"
                            r"it['’]?s|its|wait|actually|oh|silly\s+me)\b)+[\s,.!-]*(?:the\s+)?"
                            r"(\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|"
                            r"eighth|ninth)|" + "|".join(sorted(_ORDINAL_WORDS + ["thirtieth"], key=len, reverse=True)) + r")\b"
                            r"(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.IGNORECASE)


def _put_right(sentence: str, at: int, born: date, today: date) -> tuple[date, int, int] | None:
    """The date of birth said again, put right, just after `at` (a whole date, or the year alone), with where it is."""
    rest = sentence[at:at + 80]
    for again in (_DATE.search(rest), _DATE_IN_WORDS.search(rest)):
        if again is None:
            continue
        if (when := _date_said(again.group(1), today)) is not None and when <= today and today.year - when.year <= OLDEST:
            return when, at + again.start(1), at + again.end(1)
    day = _DAY_PUT_RIGHT.match(rest)
    if day:  # "the fourteenth of February 1941, no, what am I saying, the fifteenth": the day alone put right
        said = day.group(1).lower().replace(" ", "-")
        number = int(said[:-2]) if said[:-2].isdigit() else _ORDINALS.get(said)
        try:
            return (born.replace(day=number), at + day.start(1), at + day.end(1)) if number else None
        except ValueError:  # the 31st of a month of 30 days
            return None
    year = re.match(r"(?:[\s,]*(?:sorry|i\s+mean|it\s+was|was|it['’]?s|its|no)\b)*[\s,]*((?:19|20)\d{2})\b", rest,
                    re.IGNORECASE)
    if year and int(year.group(1)) <= today.year and today.year - int(year.group(1)) <= OLDEST:
        try:
            return born.replace(year=int(year.group(1))), at + year.start(1), at + year.end(1)
        except ValueError:  # the 29th of February in a year without one
            return None
    return None


def _date_said(written: str, today: date) -> date | None:
    """A date as said, in figures or in words ("nineteenth of june nineteen fifty eight": in figures first)."""
    if not _DATE.fullmatch(written):
        written = numbers_in_words(re.sub(r"(\d+)(?:st|nd|rd|th)\b", r"\1", written.lower()))
    return read_date(written, today)


def read_date(written: str, today: date) -> date | None:
    """A date as written, day before month: by the standard library for the common forms, else by
    `dateparser` (imported only then: loading it compiles its timezone patterns, about two seconds)."""
    written = re.sub(r"\s['’](\d{2})$", r" \1", written)  # "2nd Feb '42": the year's apostrophe
    try:
        plain = _plain_date(written, today)
    except ValueError:  # "31/02/1946", "29/2/00" moved a century back: dateparser decides
        plain = None
        if _ISO.fullmatch(written):
            return None  # dateparser, told days come first, reads "1946-13-03" as the 13th of March
    if plain is not None:
        return plain
    import dateparser

    parsed = dateparser.parse(written, languages=["en"], settings={
        "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "RELATIVE_BASE": _midnight(today),
        "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed is not None else None


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")  # English whatever the locale (calendar's names follow it)
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)} | {
    name[:3]: number for number, name in enumerate(_MONTH_NAMES, 1)} | {"sept": 9}
_NUMERIC = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9}),?\s+(\d{4}|\d{2})")
_MONTH_DAY = re.compile(r"([A-Za-z]{3,9})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _plain_date(written: str, today: date) -> date | None:
    """The forms `dateparser` reads as below, read the same way without it; None for any other.
    Raises ValueError for a day the calendar has not got."""
    if match := _ISO.fullmatch(written):
        return date(int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC.fullmatch(written):
        day, month, year = match[1], match[3], match[4]
    elif (match := _DAY_MONTH.fullmatch(written)) and match[2].lower() in _MONTHS:
        day, month, year = match[1], str(_MONTHS[match[2].lower()]), match[3]
    elif (match := _MONTH_DAY.fullmatch(written)) and match[1].lower() in _MONTHS:
        day, month, year = match[2], str(_MONTHS[match[1].lower()]), match[3]
    else:
        return None
    if len(year) == 4:
        return date(int(year), int(month), int(day))
    # Two figures: as strptime's %y (00-68 this century, 69-99 the last), then a century back when that
    # is after today, as dateparser does when it prefers dates from the past.
    short = int(year)
    read = date(2000 + short if short <= 68 else 1900 + short, int(month), int(day))
    return read.replace(year=read.year - 100) if read > today else read


def _midnight(today: date) -> datetime:
    return datetime(today.year, today.month, today.day)


# Where the words of an address end: "12 Rose Lane and my postcode is LS6 2AB" is the street, then the
# postcode, never one address of all those words.
_ADDRESS_STOP = re.compile(r"[.;!?]|\s(?:and|but|with|which|where|since|for|near|who|because|cos|so|n|&)\s"
                           r"|,?\s*(?:(?:my|his|her|their|our|the|your)\s+)?post\s?code\b"
                           r"|,\s*(?:i|i'm|im|he|she|they|we|my|his|her|their|our|it|its|it's)\b"
                           r"|,\s*(?:oh\s+)?(?:no|sorry|wait|oops|hang\s+on)\b(?![\s,.!-]*(?:(?:no|sorry|wait|i\s+mean|"
                           r"hang\s+on)\b[\s,.!-]*)*(?:it['’]?s\s+|its\s+)?(?:flat\s+|"
                           r"apartment\s+|unit\s+|number\s+)?\d)", re.IGNORECASE)
# A house and street: "12 Rose Lane", "flat 3, 22 Kings Road", "flat 4 maple court"; not "5919", "number 7",
# "5 and a half miles"
_STREET = re.compile(r"(?:(?:flat|apartment|apt|unit)\s+\d{1,4}[a-z]?,?\s+(?:\d{1,4}[a-z]?,?\s+)?|\d{1,4}[a-z]?,?\s+)"
                     r"(?!(?:and|or|a|with|but|for|in|on|at|to|of|my|is|miles?|mins?|minutes?|years?|days?|"
                     r"weeks?|months?|times?|bed|beds|bedroom|bedrooms|bedroomed|storey|floors?)\b)"
                     r"[a-z][a-z'’-]+\b.*", re.IGNORECASE | re.DOTALL)  # "a 1 bed flat in Croydon CR0 2PL": no house number


def _addresses(sentence: str) -> list[Identifier]:
    """Each address told: the first as `_address`; then each further postcode with the street before it ("Before I am
    living in 22 Victoria Road Hull HU3 1AA but now I move to Flat 5, 9 Station Street, Hull HU1 2BB": the new one was
    dropped, and the old one sent as the person's address, a stranger, session 25)."""
    found = _address(sentence)
    while found and (more := _POSTCODE.search(sentence, found[-1].end)):
        if not _MOVED_ON.search(sentence, found[-1].end, more.start()):
            break  # "…, post goes to my son's at 22 Mill Lane BD1 1AA", "my work is …": no home of theirs (a second reader)
        found.append(_address_by_postcode(sentence, more, found[-1].end))
    return found


# What says the next address is where they live now: "but now I move to", "now shes at", "moved to", "new address"
_MOVED_ON = re.compile(r"\b(?:now|moved?|moving|new\s+(?:address|home|place|flat|house))\b", re.IGNORECASE)


def _address(sentence: str) -> list[Identifier]:
    """The address told: the words after "I live at" up to where they stop, with the postcode said in
    the same sentence; a house number alone ("my address is 5919") is no address, so then the postcode
    alone is kept. Never the words between ("5919 and my postcode is LS6 2AB")."""
    postcode = _POSTCODE.search(sentence)
    cue = _ADDRESS_CUE.search(sentence)
    if cue:
        stop = _address_end(sentence, cue.end())
        if postcode and cue.end() <= postcode.start() < stop:
            return [Identifier("address", _tidy(sentence[cue.end():postcode.end()]), cue.end(), postcode.end())]
        street = sentence[cue.end():stop].rstrip(" ,")
        if not postcode and (said := _address_in_words(street)):  # "forty two heol y nant … cf forty seven eight dw"
            return [Identifier("address", said, cue.end(), cue.end() + len(street))]
        if _STREET.fullmatch(street):
            if not postcode:
                return [Identifier("address", _tidy(street), cue.end(), cue.end() + len(street))]
            start, end = min(cue.end(), postcode.start()), max(cue.end() + len(street), postcode.end())
            return [Identifier("address", _tidy(f"{street}, {postcode.group(1)}"), start, end)]
    return [_address_by_postcode(sentence, postcode, 0)] if postcode else []


def _address_by_postcode(sentence: str, postcode: re.Match[str], after: int) -> Identifier:
    """The postcode, with the street nearest before it (from `after`) where one is said."""
    houses = [h for h in _HOUSE.finditer(sentence, after, postcode.start())]
    house = houses[-1] if houses else None  # the street nearest the postcode
    start = postcode.start()
    if house and postcode.start() - house.start() < 80 and _STREET.fullmatch(sentence[house.start():postcode.start()]) \
            and not _ADDRESS_STOP.search(sentence[house.start():postcode.start()]):
        start = house.start()
    return Identifier("address", _tidy(sentence[start:postcode.end()]), start, postcode.end())


_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUMBER_SAID = re.compile(rf"\b(?:{_TENS_WORD}(?:[\s-]+{_UNIT_WORD})?|{_UNIT_WORD}|ten|eleven|twelve|thirteen|fourteen|"
                          rf"fifteen|sixteen|seventeen|eighteen|nineteen)\b", re.IGNORECASE)
# A postcode said with its numbers in words and spaces between: "cf forty seven eight dw" (cf 47 8 dw)
_POSTCODE_SAID = re.compile(r"\b([a-z]{1,2})\s?(\d{1,2}[a-z]?)\s+(\d)\s?([abd-hjlnp-uw-z]{2})$", re.IGNORECASE)


def _address_in_words(told: str) -> str | None:
    """An address typed as said, numbers in words and no commas: "forty two heol y nant merthyr tydfil cf forty
    seven eight dw" is "42 heol y nant, Merthyr Tydfil CF47 8DW"; only with a postcode said at its end and a town
    of the gazetteer (data/lexicons/places.txt) just before it, so where the street ends is known."""
    from bot.understanding.structuring.places import town_named

    if not _NUMBER_SAID.search(told):
        return None
    figures = _NUMBER_SAID.sub(lambda m: str(_said_number(m.group())), " ".join(told.split()))
    said = _POSTCODE_SAID.search(figures)
    code = f"{said[1]}{said[2]} {said[3]}{said[4]}".upper() if said else ""
    if not said or not _POSTCODE.fullmatch(code):
        return None
    words = figures[:said.start()].split()
    for n in range(min(4, len(words) - 1), 0, -1):  # the longest town: "Merthyr Tydfil", not "Tydfil"
        town = town_named(" ".join(words[-n:]))
        street = " ".join(words[:-n])
        if town and re.fullmatch(r"\d{1,4}[a-z]?\s+[a-z][\w'’ -]*", street, re.IGNORECASE):
            return f"{street}, {town} {code}"
    return None


def _said_number(words: str) -> int:
    from bot.understanding.structuring.cues import number

    return number(words)


def _address_end(sentence: str, start: int) -> int:
    stop = _ADDRESS_STOP.search(sentence, start)
    return stop.start() if stop else len(sentence)


# A house number put right as it is said: "44 Cedar Street, no sorry, 41 Cedar Street" (a fresh forms set, session 24:
# the whole was kept, and the house put right was sent as 44); what follows the last "no", "sorry" or "I mean" is it
_PUT_RIGHT = re.compile(r"(?:(?:\bno\s*[,!.-]+|\bno\s+(?=sorry|wait|i\s+mean)|\bnope\b|\bsorry\b|\bwait\b|\bi\s+mean\b)"
                        r"[\s,.!-]*)+(?:it['’]?s\s+|its\s+)?(?=(?:flat\s+|apartment\s+|unit\s+|number\s+)?\d)", re.IGNORECASE)


def _tidy(address: str) -> str:
    """Postcodes in capitals with their space: 'ls6 2ab' -> 'LS6 2AB'; a house put right as it is said, the one it
    was put right to."""
    def postcode(match: re.Match[str]) -> str:
        code = match.group(1).replace(" ", "").upper()
        return f"{code[:-3]} {code[-3:]}"
    return _POSTCODE.sub(postcode, " ".join(put_right(address).split()))


def put_right(address: str) -> str:
    """An address as put right in the same breath: "44 Cedar Street, no sorry, 41 Cedar Street, Leeds" is 41 Cedar
    Street, Leeds; "44 Cedar Street, sorry, 41" is 41 Cedar Street (also a reply to a service's address question)."""
    for put_right in reversed(list(_PUT_RIGHT.finditer(address))):
        rest, first = address[put_right.end():], address[:put_right.start()]
        if not put_right.start() or not rest.strip():
            continue
        kind = r"\b(?:street|st|road|rd|lane|ln|avenue|ave|close|court|drive|way|crescent|terrace|place|grove|gardens|mews)\b"
        if re.match(r"(?:(?:flat|apartment|unit|number)\s+)?\d{1,4}[a-z]?,?\s+(?!(?:floor|st|nd|rd|th)\b)[a-z]{3,}", rest, re.I) \
                and (re.search(kind, rest, re.I) or not re.search(kind, first, re.I)):
            # "44 Cedar Street, no sorry, 41 Cedar Street, …": the one said in its place, with the flat or building said
            # before the house ("Flat 2, 10 Oak Road, no sorry, 12 Oak Road": a second reader)
            houses = list(re.finditer(r"\b\d{1,4}[a-z]?,?\s+[a-z]", first, re.I))
            kept = first[:houses[-1].start()] if houses and re.match(r"\d", rest) else ""
            address = kept + rest
        elif (number := re.fullmatch(r"(\d{1,4}[a-z]?)\s*(,.*)?", rest.strip(), re.I | re.S)) \
                and (house := re.match(r"\s*\d{1,4}[a-z]?\b", first)):
            # "44 Cedar Street, no sorry, 41": the house number put right, the street kept (a second reader)
            address = number.group(1) + first[house.end():].rstrip(" ,") + (number.group(2) or "")
        break
    return address
