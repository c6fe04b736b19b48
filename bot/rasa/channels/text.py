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

SMS_MAX_CHARS = 1600
SMS_MAX_SEGMENTS = 3
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# GSM 03.38: a character from the extension table costs two septets.
_GSM_BASIC = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
_GSM_EXTENDED = set("^{}\\[~]|€\f")


class MessageRefused(ValueError):
    """A message no part of the system should take; the message says so in plain words."""


def normalise(text: str, max_chars: int) -> str:
    if "\x00" in text:
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


def _pieces(text: str) -> list[str]:
    """Lines, then sentences, then words: the places a long reply may be broken."""
    found = []
    for line in text.split("\n"):
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            found.append(sentence)
        found.append("\n")
    return found[:-1]


def split_for_sms(text: str, max_segments: int = SMS_MAX_SEGMENTS) -> list[str]:
    """`text` as messages of at most `max_segments` segments each, broken between lines or
    sentences where it can, between words where it must; nothing is dropped."""
    text = text.strip()
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
            if not head:  # a single word longer than a message: cut it
                cut = words.pop(0)
                head, words = cut[: 67 * max_segments], [cut[67 * max_segments:]] + words
            messages.append(head)
            current = " ".join(words)
    if current.strip():
        messages.append(current.strip())
    return messages


def with_numbered_options(text: str, buttons: list[dict]) -> str:
    """Buttons as an SMS can carry them: "Reply 1 for Yes, 2 for No"."""
    if not buttons:
        return text
    options = ", ".join(f"{n} for {b.get('title', '')}" for n, b in enumerate(buttons, start=1))
    return f"{text}\nReply {options}."
