"""Old home of what a reply means at the dialogue's own questions: kept only until the actions use
bot.conversation.meaning (what a reply means), bot.conversation.wording (what is said back) and
bot.conversation.questions (the choices) directly; add nothing here.

`parse_*` are `meaning.carer_answer(key, text)`, raising NotUnderstood with the re-ask
`wording.CARER_REASK[key]` when the reply does not answer the question."""
from __future__ import annotations

from typing import Any

from bot.conversation.meaning import (
    ReadBackReply,
    carer_answer,
    chosen_sections,
    looks_like_pin,
    menu_choice,
    pin_of,
    read_back_reply,
)
from bot.conversation.meaning.consent import SECTION_WORDS
from bot.conversation.questions import BASIS_CHOICES, CARER_QUESTIONS, KNOWS_CHOICES, MENU, RELATIONSHIPS
from bot.conversation.wording import CARER_REASK

__all__ = ["BASIS_CHOICES", "CARER_QUESTIONS", "KNOWS_CHOICES", "MENU", "RELATIONSHIPS", "SECTION_WORDS",
           "NotUnderstood", "ReadBackReply", "chosen_sections", "looks_like_pin", "menu_choice", "parse_age",
           "parse_basis", "parse_knows", "parse_name", "parse_relationship", "pin_of", "read_back_reply"]


class NotUnderstood(ValueError):
    """The reply does not answer the question; the message says what would."""


def _answer(key: str, text: str) -> Any:
    value = carer_answer(key, text)
    if value is None:
        raise NotUnderstood(CARER_REASK[key].text)
    return value


def parse_name(text: str) -> str:
    return str(_answer("name", text))


def parse_relationship(text: str) -> str:
    return str(_answer("relationship", text))


def parse_basis(text: str) -> str:
    return str(_answer("basis", text))


def parse_age(text: str) -> int:
    return int(_answer("age", text))


def parse_knows(text: str) -> str:
    return str(_answer("knows", text))
