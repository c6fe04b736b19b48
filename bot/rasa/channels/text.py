"""What every channel does to a message before anything else sees it, and SMS segment arithmetic.

`normalise`: Unicode NFC; invisible bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E,
U+200F, U+061C) removed, so a message cannot display in an order other than the one it was typed in;
a NUL byte refused (no store or log should ever receive one); and a length cap per channel: an SMS
body at most 1,600 characters (what a carrier joins into one message), a web message at most
MAX_MESSAGE_CHARS (100,000: about 15,000 words).
"""
from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from bot.rasa.errors import MessageRefused

SMS_MAX_CHARS = 1600
SMS_MAX_SEGMENTS = 3
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# GSM 03.38: a character from the extension table costs two septets.
_GSM_BASIC = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
_GSM_EXTENDED = set("^{}\\[~]|€\f")


_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise(text: str, max_chars: int) -> str:
    if "\x00" in text or _SURROGATE.search(text):  # a NUL, or half of a character (no text can hold it)
        raise MessageRefused("That message had a character I can't read. Please send it again as plain text.")
    cleaned = _BIDI.sub("", unicodedata.normalize("NFC", text))
    if len(cleaned) > max_chars:
        raise MessageRefused(f"That message is longer than I can take at once ({max_chars:,} characters). "
                             "Please send it in smaller parts: I will keep each part.")
    return cleaned


def segments(text: str) -> int:
    """How many SMS segments `text` takes (GSM-7 if it can, otherwise UCS-2)."""
    if all(c in _GSM_BASIC or c in _GSM_EXTENDED for c in text):
        septets = len(text) + sum(1 for c in text if c in _GSM_EXTENDED)
        return 1 if septets <= 160 else math.ceil(septets / 153)
    units = len(text.encode("utf-16-le")) // 2
    return 1 if units <= 70 else math.ceil(units / 67)


_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")


def _pieces(text: str) -> list[str]:
    """Lines, then sentences, then words: the places a long reply may be broken. A list's number
    ("3.") stays with its item: it is never a sentence of its own."""
    found: list[str] = []
    for line in text.split("\n"):
        sentences = re.split(r"(?<=[.!?])\s+", line)
        for number, sentence in enumerate(sentences):
            if number and _LIST_NUMBER.fullmatch(sentences[number - 1]):
                found[-1] = f"{found[-1]} {sentence}"
            else:
                found.append(sentence)
        found.append("\n")
    return found[:-1]


def _said_once(text: str) -> str:
    """An options line ("Reply 1 for That's all.") repeated in one reply, kept only at its last place:
    the numbers answer the last message's buttons."""
    lines = text.split("\n")
    options = [line for line in lines if line.startswith("Reply ") and " for " in line]
    kept = [line for number, line in enumerate(lines)
            if not (line in options and line in lines[number + 1:])]
    return "\n".join(kept)


def split_for_sms(text: str, max_segments: int = SMS_MAX_SEGMENTS) -> list[str]:
    """`text` as messages of at most `max_segments` segments each, broken between lines or
    sentences where it can, between words where it must, never after a list's number; nothing is
    dropped but an options line said twice."""
    text = _said_once(text.strip())
    if segments(text) <= max_segments:
        return [text] if text else []
    messages: list[str] = []
    current = ""
    for piece in _pieces(text):
        joiner = "" if piece == "\n" or current.endswith("\n") or not current else " "
        candidate = current + joiner + piece
        if segments(candidate.strip()) <= max_segments:
            current = candidate
            continue
        if current.strip():
            messages.append(current.strip())
        current = piece if piece != "\n" else ""
        while segments(current.strip()) > max_segments:  # one sentence longer than a message
            words, head = current.split(" "), ""
            while words and segments((head + " " + words[0]).strip()) <= max_segments:
                head = (head + " " + words.pop(0)).strip()
            if words and " " in head and _LIST_NUMBER.fullmatch(head.rsplit(" ", 1)[1]):
                head, number = head.rsplit(" ", 1)  # "3." goes with its item
                words.insert(0, number)
            if not head:  # a single word longer than a message: cut it
                cut = words.pop(0)
                head, words = cut[: 67 * max_segments], [cut[67 * max_segments:]] + words
            messages.append(head)
            current = " ".join(words)
    if current.strip():
        messages.append(current.strip())
    return messages


def with_numbered_options(text: str, buttons: list[dict[str, Any]]) -> str:
    """Buttons as an SMS can carry them: "Reply 1 for Yes, 2 for No". A text that already numbers
    them in its own list ("1. Welfare benefits advice") is not given them again."""
    if not buttons:
        return text
    titles = [str(b.get("title", "")) for b in buttons]
    if all(re.search(rf"(?m)^{n}\. {re.escape(title)}(?=[:.,]?(\s|$))", text) for n, title in enumerate(titles, start=1)):
        return text
    options = ", ".join(f"{n} for {title}" for n, title in enumerate(titles, start=1))
    return f"{text}\nReply {options}."
