"""Plain-English read-back of a profile: short sentences grouped by section."""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.conversation.wording.reply import listed
from bot.sections import SECTIONS, STAFF_TITLES

MAX_WORDS = 19

_SWAPS = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "we": "you",
    "us": "you", "our": "your", "ours": "yours", "we're": "you're", "we've": "you've",
    "we'd": "you'd", "am": "are", "im": "you're", "ive": "you've",  # typed without the apostrophe
}
_I_FORMS = {"i", "i'm", "i've", "i'd", "i'll", "im", "ive"}
# A word, not letters joined to figures: "3am" is a time ("went out at 3are" was read back), "2nd" a place.
_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?:['’][A-Za-z]+)?(?![A-Za-z0-9])")


# Blame the person puts on themselves, said plainly: "its all my fault lol". Read back as it was ("its all your
# fault lol") it sounded like the assistant blaming them; it is what they feel ("you feel it is all your fault").
_BLAME = re.compile(r"(?i)\b(?:(?:it'?s|it’s|its|it is|it was|this is|that'?s|thats|that is)(?P<all> all| totally| completely)?"
                    r"|(?P<every>everything(?: is|'s)))\s+my fault\b(?:\s*(?:lol|lmao|haha+|tbh|xd)\b)*")
_SAID_OR_FELT = re.compile(r"(?i)\b(feel|feels|felt|think|thinks|thought|believe|believes|know|knows|say|says|said|"
                           r"tell|tells|told|blame|blames|blamed|reckon|reckons|like|because|cos|if)\b")


def _felt(text: str) -> str:
    """ "my dad left and its all my fault lol" -> "my dad left and I feel it is all my fault"; words already
    saying whose view it is ("I feel like …", "my mum says …") are left as they are."""
    def reword(match: re.Match[str]) -> str:
        clause = re.split(r"[.;!?]", text[:match.start()])[-1]
        if _SAID_OR_FELT.search(clause):
            return match.group(0)
        felt = "everything is" if match.group("every") else f"it is{match.group('all') or ''}"
        return f"I feel {felt} my fault"

    return _BLAME.sub(reword, text)


# "me" said for "my" before what is one's own ("me dad smoked for the both of us" was read back "You dad smoked …", a fresh
# forms set, session 40): "your"
_ME_FOR_MY = re.compile(r"(?i)(^\s*|[,.;:!?(]\s*|\b(?:and|but|cos|so|or|of|with|for|to|about|at|in|on|from|by|since|"
                        r"after|before|like|than|as|then|now|an|n|wi|wiv|fer)\s+)me\s+(?=(?:own|dad|da|mam|mum|ma|mom|nan|nana|gran|granny|grandad|grandma|husband|hubby|wife|"
                        r"missus|missis|fella|bloke|man|lad|lass|lads|boy|girl|son|daughter|sister|brother|kids|bairns|"
                        r"grandkids|grandson|granddaughter|auntie|aunt|uncle|cousin|mate|mates|pal|neighbour|partner|other half|"
                        r"family|knees?|legs?|back|hips?|feet|foot|arms?|hands?|chest|heart|head|eyes?|ears?|teeth|waterworks|"
                        r"tablets|meds|pills|inhaler|house|home|flat|bungalow|stairs|garden|dog|cat|car|phone|pension|money|"
                        r"benefits|carer|carers|doctor|gp|nurse|life|mind|nerves|sugar|pressure|breathing|balance|memory)\b)")

# Scots "ma" is "my" before what is one's own ("Ma sick pay ran oot in july"; a try on the stack, session 40); not "ma" the
# mother ("me and ma", "ma says", "ma's")
_MA_FOR_MY = re.compile(r"(?<!\band )(?<!\ban )(?<!\bn )(?<!& )\b[Mm]a\s+(?!(?:and|an|n|is|was|has|had|says|said|does|did|will|would|can|cant|who|that|too)\b)"
                        r"(?=[a-z])")


def second_person(text: str) -> str:
    """'I can't manage my stairs' -> 'You can't manage your stairs'."""
    text = _MA_FOR_MY.sub(lambda m: "My " if m.group(0)[0] == "M" else "my ", _ME_FOR_MY.sub(r"\1my ", _felt(text)))

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        replacement = _SWAPS.get(word.lower().replace("’", "'"))
        if replacement is None:
            return word
        always_capital = word.lower().replace("’", "'") in _I_FORMS  # "I" says nothing of position
        return replacement.capitalize() if word[0].isupper() and not always_capital else replacement

    swapped = _WORD.sub(swap, text.strip())
    return swapped[:1].upper() + swapped[1:]


def shorten(text: str, max_words: int = MAX_WORDS) -> str:
    words = text.split()
    if len(words) <= max_words:
        return text if text.endswith((".", "!", "?", "…", ".)", "!)", "?)")) else text + "."
    return " ".join(words[:max_words]).rstrip(",;:.") + "…"


def _item_sentence(section: str, item: dict[str, Any], carer: bool, theirs: frozenset[str] = frozenset()) -> str:
    """One item as a sentence; `theirs`: in a carer's story, the relatives told as the person's ("her son")."""
    they, their = ("They", "Their") if carer else ("You", "Your")
    if item.get("about") == "narrator":
        they, their = "You", "Your"
    text = item["text"]
    if item.get("kind") in _IDENTIFIERS:
        return _identifier_sentence(item, their)
    if section == "about_me":
        kind = item.get("kind")
        if kind == "age":
            return f"{they} are {item['value']} years old."
        if kind == "name":
            return f"{their} name is {text}."
        if kind == "pronouns":
            return f"{their} pronouns are {text}."
        if kind == "language":
            return f"{they} speak {text}."
        if kind == "gender":  # from "my mum", "my husband": said back, so a carer can put it right
            return f"{their} sex is {text}."
        if kind == "preferred_name":  # "everyone calls me Beth"
            return f"{they} like to be called {text}."
    if item.get("stopped_helping"):  # "susan cant help me now", said after "my daughter Susan helps me"
        if section == "daily_living":
            return f"{they} need help with {listed(item['activities'])}."
        helper = " ".join(filter(None, [their, item.get("relationship"), item.get("name")]))
        return f"{helper} can no longer help {'you' if they == 'You' else 'them'}."
    if section in ("health", "medications", "allergies") and item.get("term"):
        return _term_sentence(section, item, they, their) + _spelled(item)
    if (relative := item.get("about")) not in (None, "subject", "narrator", "family", "other") \
            and not re.search(rf"\b{re.escape(str(relative))}\b", text, re.IGNORECASE):
        # "my sister helps, she lives in Leeds": said back as "She lives in Leeds" under the person's home, it read
        # as theirs; whose it is is said
        text = second_person(_OPENING_PRONOUN.sub("", text, count=1))
        whose = "Their" if relative in theirs else "Your"  # a carer's "her son helps, he lives…" is the person's son
        return shorten(f"{whose} {relative} {text[:1].lower()}{text[1:]}")
    return shorten(second_person(text))


_OPENING_PRONOUN = re.compile(r"^(?:and\s+|but\s+)?(?:she|he|they)\b\s*", re.IGNORECASE)


_IDENTIFIERS = ("date_of_birth", "nhs_number", "address", "phone", "email")


def _identifier_sentence(item: dict[str, Any], their: str) -> str:
    """ "Your date of birth is 3 March 1945." Said back whole, so the person can check every digit."""
    kind, value = item["kind"], str(item.get("value", item["text"]))
    if kind == "date_of_birth":
        born = date.fromisoformat(value)
        return f"{their} date of birth is {born.day} {born:%B %Y}."
    if kind == "nhs_number":
        return f"{their} NHS number is {value}."
    if kind == "address":
        what = "postcode" if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", value) else "address"
        if item.get("status") == "past":  # "I moved out of our house at …": a home they had, not theirs now
            return f"{their} previous {what} was {value}."
        return f"{their} {what} is {value}."
    if kind == "email":
        return f"{their} email address is {value}."
    return f"{their} phone number is {value}."


# Kinds of item that need their own words ("You use an inhaler", "You used to smoke").
_DEVICES = re.compile(r"(inhaler|spacer|nebuliser|nebulizer|pen|patch|patches|cream|drops|spray|pump)$")
_HABITS = {"smoking": ("smoke", "smoked"), "drinking": ("drink", "drank")}
_COUNTABLE = re.compile(r"\b(stroke|attack|fracture|infection|replacement|amputation|transplant|operation|surgery|"
                        r"fall|broken hip|fractured hip|blood clot|seizure|embolism|bleed|breakdown|miscarriage|"
                        r"concussion|dvt|tia)$")
# A condition one has "a" of, now or in the past: "You have a hernia", "You had an ulcer in the past".
_ONE_OF = re.compile(r"\b(hernia|ulcer|tumour|tumor|cyst|abscess|aneurysm|prolapse|growth|lump|rash|cough|cold)$")
_PROCEDURE = re.compile(r"(replacement|amputation|transplant|operation|surgery)$")


def _a(text: str) -> str:
    return f"{'an' if text[:1].lower() in 'aeiou' else 'a'} {text}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _when(item: dict[str, Any]) -> str | None:
    """When a condition began or an event happened, as the story gave it and the forms are sent it: "2019", "July
    2024"; None when it gave none (or one that cannot be a year)."""
    year, month = item.get("year"), item.get("month")
    if isinstance(year, bool) or not isinstance(year, (int, str)) or not re.fullmatch(r"(?:19|20)\d\d", str(year)):
        return None
    if isinstance(month, int) and not isinstance(month, bool) and 1 <= month <= 12:
        return f"{_MONTHS[month - 1]} {year}"
    return str(year)


def _term_sentence(section: str, item: dict[str, Any], they: str, their: str) -> str:
    """A condition, medicine or allergy as a sentence; a condition's year said with it, as it goes to the forms
    ("You had a stroke in 2019.", "You have had diabetes since 2015."): a year never read back could not be checked,
    nor one added at the read-back be seen to be kept (issue 18)."""
    sentence = _term_words(section, item, they, their)
    when = _when(item) if section == "health" and item["status"] in ("current", "past") else None
    if when is None:
        return sentence
    if sentence.endswith(" in the past."):
        return f"{sentence[:-len(' in the past.')]} in {when}."
    if item["status"] == "past" or sentence.startswith(f"{they} have had "):
        return f"{sentence[:-1]} in {when}."
    if sentence.startswith(f"{they} have ") and sentence.endswith("."):
        return f"{they} have had {sentence[len(they) + 6:-1]} since {when}."
    return f"{sentence[:-1]} (since {when})."


def _whose(their: str, relative: str) -> str:
    """ "Your dad"; a relative of someone the story named, as they were said: "Steve's dad" (never "Your steve's dad")."""
    if (owner := re.match(r"([a-z]+)'s ", relative)) and owner.group(1) not in _KIN_OWNERS:
        return f"{relative[:1].upper()}{relative[1:]}"
    return f"{their} {relative}"


# Relatives whose relative structuring may say with "'s" (context._composed: "mum's partner", "brother's wife")
_KIN_OWNERS = frozenset("""mum mam mom ma maw mother mummy mammy mommy dad da father daddy pa brother sister son daughter
husband wife partner""".split())


def _term_words(section: str, item: dict[str, Any], they: str, their: str) -> str:
    status, text = item["status"], item["text"]
    if status == "family" and section == "allergies":  # "Your son has a nut allergy."
        if item.get("said") == "allergy":
            return f"{_whose(their, item['about'])} has {_a(text)} allergy."
        return f"{_whose(their, item['about'])} {'cannot take' if item.get('kind') == 'intolerance' else 'is allergic to'} {text}."
    if status == "family":
        verb = "had" if item.get("when") == "past" else "has"
        return f"{_whose(their, item['about'])} {verb} {_a(text) if _COUNTABLE.search(text) else text}." \
            if item["about"] != "family" else f"{text[:1].upper()}{text[1:]} runs in the family."
    if section == "allergies":
        if status == "negated":
            return f"{they} are not allergic to {text}." if text != "any known allergies" \
                else f"{they} have no known allergies."
        if status == "past":
            return f"{they} used to be allergic to {text}."
        if status == "hypothetical":
            return f"{they} mentioned {text} as a worry or a possibility."
        if item.get("kind") == "intolerance":  # "I react badly to codeine"
            return f"{they} cannot take {text}: it disagrees with {'you' if they == 'You' else 'them'}."
        if item.get("said") == "allergy":
            return f"{they} have {_a(text)} allergy."
        return f"{they} are allergic to {text}."
    have = "have"
    if item.get("site") and text.endswith(f" in the {item['site']}"):  # "pain in your knees", as it was said
        text = f"{text[:-len(item['site']) - 5]} {their.lower()} {item['site']}"
    thing = text
    if section == "medications":
        device = _DEVICES.search(item.get("name", text))
        have = "use" if device else "take"
        thing = _a(text) if device and not str(item.get("name", text)).endswith("s") else text
        past = f"{they} used to {have} {thing}."
    elif text in _HABITS:
        now, then = _HABITS[text]
        if status == "negated":
            return f"{they} do not {now}."
        if status == "past":
            return f"{they} used to {now}."
        if status == "hypothetical":
            return f"{they} mentioned {text} as a worry or a possibility."
        return f"{they} {now}."
    elif item.get("kind") == "body_part":
        thing = f"a problem with {their.lower()} {text}"
        past = f"{they} had {thing} in the past."
    elif item.get("kind") == "injury":
        thing = _a(text)
        past = f"{they} had {thing}."
    elif _PROCEDURE.search(text):
        thing = _a(text)
        past = f"{they} had {thing}."
    elif _COUNTABLE.search(text):
        thing = _a(text)
        past = f"{they} had {thing} in the past."
    elif _ONE_OF.search(text):
        thing = _a(text)
        past = f"{they} had {thing} in the past."
    else:
        past = f"{they} had {text} in the past."
    if status == "negated":
        return f"{they} do not {have} {thing}."
    if status == "past":
        return past
    if status == "hypothetical":
        return f"{they} mentioned {text} as a worry or a possibility."
    if section == "health" and (_COUNTABLE.search(text) and not item.get("kind") or item.get("kind") == "injury"):
        return f"{they} have had {thing}."  # a stroke that still affects them
    spoken = second_person(thing)
    return f"{they} {have} {spoken[:1].lower() + spoken[1:]}."


def _spelled(item: dict[str, Any]) -> str:
    """A misspelling we read as a term is said back, so the person can put it right."""
    return f" (You wrote \u201c{item['spelled']}\u201d.)" if item.get("spelled") else ""


def read_back(profile: dict[str, Any], teller: str = "self") -> list[dict[str, Any]]:
    """The profile as short plain-English sentences, grouped by section.

    [{"section": key, "handle": key, "title": plain title, "question": "Is this right about …?",
      "lines": [sentences], "items": [for each line, the indices of the items it says]}]
    for the non-empty sections. The dialogue uses `handle` to ask about, correct or remove one
    section at a time."""
    carer = teller == "carer"
    theirs = frozenset(str(i.get("relationship")) for i in profile.get("sections", {}).get("support_network", [])
                       if carer and re.search(rf"\b(?:his|her|their)\s+{re.escape(str(i.get('relationship')))}\b",
                                              str(i.get("text", "")), re.IGNORECASE))
    groups = []
    for key, title in (STAFF_TITLES if carer else SECTIONS).items():
        lines: list[str] = []
        indices: list[list[int]] = []
        for index, item in enumerate(profile.get("sections", {}).get(key, [])):
            sentence = _item_sentence(key, item, carer, theirs)
            line = sentence if item.get("kind") in _IDENTIFIERS else shorten(sentence)
            if line in lines:
                indices[lines.index(line)].append(index)
            else:
                lines.append(line)
                indices.append([index])
        if lines:
            groups.append({"section": key, "handle": key, "title": title,
                           "question": _question(title),
                           "lines": lines, "items": indices})
    return groups


def _question(title: str) -> str:
    """ "Is this right about your health?"; "About you" -> "Is this right about you?" """
    lowered = title[:1].lower() + title[1:]
    return f"Is this right {lowered}?" if lowered.startswith("about ") else f"Is this right about {lowered}?"

