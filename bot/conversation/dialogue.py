"""What a reply means at the points where the dialogue asks something of its own: the carer's
questions, the section-by-section read-back, the PIN, and the returning person's choices.

Pure functions of text; the custom actions call them and bot/conversation/journey does what they decide.
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.conversation import replies as understanding
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
KNOWS_CHOICES = [("yes", "Yes"), ("no", "No"), ("unable", "They are not able to understand")]


class NotUnderstood(ValueError):
    """The reply does not answer the question; the message says what would."""


def parse_name(text: str) -> str:
    """"his name is dave", "he's Dave", "dave, he's my husband" -> "Dave"; never "his" or "he's"."""
    name = understanding.name_of(text)
    if name is None or len(name) > 80:
        raise NotUnderstood("Please tell me just their name, for example \"Mary\" or \"Mary Jones\".")
    return name


def parse_relationship(text: str) -> str:
    """The carer's relationship to the person, as a relationship: "he's my husband" -> "partner"."""
    button = text.strip().lower()
    relation = button if button in [r.lower() for r in RELATIONSHIPS] else understanding.relationship_of(text)
    if relation is None:
        raise NotUnderstood("Please tell me how you know them, for example \"I am his daughter\", "
                            "\"she is my wife\" or \"neighbour\".")
    return relation


def parse_basis(text: str) -> str:
    basis = understanding.basis_of(text, BASIS_CHOICES)
    if basis is None:
        raise NotUnderstood("Please choose one of the options, so services know on what basis you speak for "
                            "them. For example, \"they agreed I can\" or \"power of attorney\".")
    return basis


def parse_age(text: str) -> int:
    age = understanding.age_of(text)
    if age is None:
        raise NotUnderstood("Please give their age in years, for example 9.")
    return age


def parse_knows(text: str) -> str:
    knows = understanding.knows_of(text)
    if knows is None:
        raise NotUnderstood("Please answer yes, no, or that they are not able to understand.")
    return knows


# --- the read-back, one section at a time ----------------------------------------------------

@dataclass(frozen=True)
class ReadBackReply:
    kind: str          # "right", "remove", "add", "correct", "wrong"
    text: str = ""     # what to add, what the correction says, or which words to remove


_KINDS = {"yes": "right", "remove": "remove", "add": "add", "correct": "correct"}


def read_back_reply(text: str) -> ReadBackReply:
    """What a reply to "Is this right about …?" asks for: "right", "remove", "add", "correct", "wrong",
    or one of the general meanings ("later", "restart", "human", "help", "stop", "question")."""
    meant = understanding.read_back_meaning(text)
    if meant.kind == "no":
        return ReadBackReply("correct", meant.value) if meant.value else ReadBackReply("wrong")
    return ReadBackReply(_KINDS.get(meant.kind, meant.kind), meant.value or "")


# --- a returning person ----------------------------------------------------------------------

MENU = understanding.MENU


def menu_choice(text: str) -> str | None:
    """Which of the returning person's choices a reply means, or None."""
    return understanding.menu_choice(text)


def looks_like_pin(text: str) -> bool:
    """Digits only, in figures or words ("2580", "two five eight oh")."""
    return understanding.pin_digits(text) is not None


def pin_of(text: str) -> str:
    return understanding.pin_digits(text) or ""


# --- consent, section by section -------------------------------------------------------------

SECTION_WORDS = understanding.SECTION_WORDS
chosen_sections = understanding.chosen_sections
