"""What a reply means at the points where the dialogue asks something of its own: the carer's
questions, the section-by-section read-back, the PIN, and the returning person's choices.

Pure functions of text; the custom actions call them and bot/journey does what they decide.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from consent_store import representatives as reps

# --- a carer speaking for someone ------------------------------------------------------------

# Asked one at a time, in this order; the parental age question only for a parent's basis.
CARER_QUESTIONS = ("name", "relationship", "carer_name", "basis", "age", "knows")

RELATIONSHIPS = ["Husband, wife or partner", "Son or daughter", "Parent", "Other family", "Friend or neighbour",
                 "Paid carer or support worker"]

BASIS_CHOICES = [
    (reps.OWN_AGREEMENT, "They agreed I can"),
    (reps.LPA_HEALTH_WELFARE, "Power of attorney: health and welfare"),
    (reps.LPA_PROPERTY_FINANCE, "Power of attorney: money and property"),
    (reps.DEPUTY_PERSONAL_WELFARE, "Deputy: personal welfare"),
    (reps.DEPUTY_PROPERTY_AFFAIRS, "Deputy: property and affairs"),
    (reps.PARENTAL_RESPONSIBILITY, "I am the parent of a child under 16"),
]
_BASIS_WORDS = [
    (reps.PARENTAL_RESPONSIBILITY, r"\b(parent|my (child|son|daughter|kid)|under 16|mum|dad|mother|father)\b"),
    (reps.LPA_PROPERTY_FINANCE, r"\b(attorney|lpa|poa)\b.*\b(money|property|financ\w*)\b|"
                                r"\b(money|property|financ\w*)\b.*\b(attorney|lpa|poa)\b"),
    (reps.LPA_HEALTH_WELFARE, r"\b(attorney|lpa|poa)\b"),
    (reps.DEPUTY_PROPERTY_AFFAIRS, r"\bdeputy\b.*\b(money|property|affairs|financ\w*)\b|"
                                   r"\b(money|property|affairs|financ\w*)\b.*\bdeputy\b"),
    (reps.DEPUTY_PERSONAL_WELFARE, r"\b(deputy|court of protection)\b"),
    (reps.OWN_AGREEMENT, r"\b(agree\w*|said (i|yes)|asked me|consent\w*|permission|they want me|ok with)\b"),
]
KNOWS_CHOICES = [("yes", "Yes"), ("no", "No"), ("unable", "They are not able to understand")]


class NotUnderstood(ValueError):
    """The reply does not answer the question; the message says what would."""


def parse_name(text: str) -> str:
    name = re.sub(r"^\W*(their name is|her name is|his name is|it'?s|it is|they are|she is|he is|called)\s+",
                  "", text.strip(), flags=re.IGNORECASE).strip(" .!")
    if not re.search(r"[^\W\d_]", name) or len(name) > 80 or len(name.split()) > 5:
        raise NotUnderstood("Please tell me just their name, for example \"Mary\" or \"Mary Jones\".")
    return name


def parse_relationship(text: str) -> str:
    relation = re.sub(r"^\W*(i am|i'm|im)\s+(their|her|his)\s+", "", text.strip(), flags=re.IGNORECASE)
    relation = relation.strip(" .!")
    if not re.search(r"[^\W\d_]", relation) or len(relation) > 60:
        raise NotUnderstood("Please tell me how you know them, for example \"daughter\" or \"neighbour\".")
    return relation[:32]


def parse_basis(text: str) -> str:
    lowered = text.strip().lower()
    for number, (basis, label) in enumerate(BASIS_CHOICES, start=1):
        if lowered in (str(number), label.lower()):
            return basis
    for basis, pattern in _BASIS_WORDS:
        if re.search(pattern, lowered):
            return basis
    raise NotUnderstood("Please choose one of the options, so services know on what basis you speak for them.")


def parse_age(text: str) -> int:
    match = re.search(r"\b(\d{1,2})\b", text)
    if not match:
        raise NotUnderstood("Please give their age in years, for example 9.")
    return int(match.group(1))


def parse_knows(text: str) -> str:
    lowered = text.strip().lower().strip(" .!")
    if re.search(r"\b(not able|unable|can'?t understand|cannot understand|doesn'?t understand|"
                 r"lacks? capacity|no capacity|too young)\b", lowered):
        return "unable"
    if re.match(r"^(yes|yeah|yep|y|they do|she does|he does|they know|of course)\b", lowered):
        return "yes"
    if re.match(r"^(no|nope|n|not yet|they don'?t|she doesn'?t|he doesn'?t)\b", lowered):
        return "no"
    raise NotUnderstood("Please answer yes, no, or that they are not able to understand.")


# --- the read-back, one section at a time ----------------------------------------------------

@dataclass(frozen=True)
class ReadBackReply:
    kind: str          # "right", "remove", "add", "correct", "wrong"
    text: str = ""     # what to add, what the correction says, or which words to remove


_RIGHT = re.compile(r"^\W*(yes|yeah|yep|y|ok|okay|correct|right|that'?s right|that is right|that'?s correct|"
                    r"looks (right|good|fine)|fine|all good|good|spot on)\W*$", re.IGNORECASE)
_REMOVE = re.compile(r"^\W*(please\s+)?(remove|delete|take out|take off|get rid of|drop|cross out|leave out)"
                     r"\s*(that|it|this|that one|all that|the lot)?\W*$", re.IGNORECASE)
_REMOVE_WORDS = re.compile(r"^\W*(please\s+)?(remove|delete|take out|take off|get rid of|drop|leave out)\s+"
                           r"(the\s+|my\s+|their\s+|about\s+)?(?P<what>.+?)\W*$", re.IGNORECASE)
_ADD = re.compile(r"^\W*(please\s+)?(add|also|and also|put)\s+(that\s+|in that\s+|in\s+)?(?P<what>.+)$",
                  re.IGNORECASE | re.DOTALL)
_WRONG = re.compile(r"^\W*(no|nope|not right|that'?s (wrong|not right)|that is (wrong|not right)|wrong|"
                    r"incorrect|change (it|that|something)|i want to change (it|that|something))\W*$",
                    re.IGNORECASE)


def read_back_reply(text: str) -> ReadBackReply:
    """What a reply to "Is this right about …?" asks for."""
    if _RIGHT.match(text):
        return ReadBackReply("right")
    if _REMOVE.match(text):
        return ReadBackReply("remove")
    removing = _REMOVE_WORDS.match(text)
    if removing:
        return ReadBackReply("remove", removing.group("what"))
    adding = _ADD.match(text)
    if adding and len(adding.group("what").split()) >= 2:
        return ReadBackReply("add", adding.group("what").strip())
    if _WRONG.match(text):
        return ReadBackReply("wrong")
    return ReadBackReply("correct", text.strip())


# --- a returning person ----------------------------------------------------------------------

MENU = [("who", "Who has my story?"), ("update", "Update my story"), ("stop", "Stop sharing"),
        ("download", "Download my story"), ("delete", "Delete everything"), ("finished", "Nothing else")]
_MENU_WORDS = [
    ("delete", r"\b(delete|erase|remove|forget)\b.*\b(everything|all|story|data|me|details|record)\b|"
               r"\bdelete\b|\berase\b"),
    ("stop", r"\b(stop|withdraw|no longer|don'?t want)\b.*\b(shar\w*|sending|consent|agreement)\b|\bwithdraw\b"),
    ("download", r"\b(download|copy|export|save a copy|see (all|everything)|see my (story|data))\b"),
    ("who", r"\bwho\b.*\b(has|have|got|seen|sees|shared)\b|\bshared with\b"),
    ("update", r"\b(update|change|changed|add|new|different|moved|correct)\b"),
    ("finished", r"^\W*(nothing( else)?|no|no thanks?|that'?s (all|it)|done|finished|bye|goodbye)\W*$"),
]


def menu_choice(text: str) -> str | None:
    """Which of the returning person's choices a reply means, or None."""
    lowered = text.strip().lower()
    for number, (key, label) in enumerate(MENU, start=1):
        if lowered in (str(number), key, label.lower(), label.lower().rstrip("?")):
            return key
    for key, pattern in _MENU_WORDS:
        if re.search(pattern, lowered):
            return key
    return None


def looks_like_pin(text: str) -> bool:
    return bool(re.fullmatch(r"\s*\d[\d ]{2,14}\d\s*", text))


def pin_of(text: str) -> str:
    return re.sub(r"\s", "", text)


# --- consent, section by section -------------------------------------------------------------

SECTION_WORDS = {
    "about_me": r"about me|about them|my name|their name|who i am",
    "what_matters": r"what matters",
    "goals": r"goals?",
    "health": r"health|conditions?",
    "medications": r"medicines?|medications?|tablets|pills|drugs",
    "allergies": r"allerg\w*",
    "daily_living": r"day[- ]to[- ]day|daily living|daily life",
    "home": r"home|house|flat|housing",
    "support_network": r"people who support|support(ers)?|family|friends",
    "services_involved": r"services involved|other services",
    "communication": r"communicat\w*",
    "risks": r"risks?|safety",
    "work_money": r"work|money|benefits|job|finances?",
}


def chosen_sections(text: str, offered: list[str]) -> list[str] | None:
    """The sections a reply to the consent question keeps: "only my health and medicines", "not my
    home", "leave out the money part". None if it names none of the offered sections."""
    lowered = text.lower()
    named = [s for s in offered if re.search(rf"\b({SECTION_WORDS[s]})\b", lowered)]
    if not named:
        return None
    if re.search(r"\b(only|just)\b", lowered):
        return named
    if re.search(r"\b(not|without|except|leave out|leave off|no|don'?t|remove|but)\b", lowered):
        return [s for s in offered if s not in named]
    return named
