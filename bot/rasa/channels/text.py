"""What every channel does to a message before anything else sees it; SMS segment arithmetic, and
a reply laid out in texts (`lay_out`: a message whole where it fits, a question with its options, a
heading with its list).

`normalise`: Unicode NFC; invisible bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E,
U+200F, U+061C) removed, so a message cannot display in an order other than the one it was typed in;
a NUL byte refused (no store or log should ever receive one); and a length cap per channel: an SMS
body at most 1,600 characters (what a carrier joins into one message), a web message at most
MAX_MESSAGE_CHARS (20,000: about 3,000 words).
"""
from __future__ import annotations

import math
import re
import unicodedata
from typing import Any, Callable

from bot.rasa.errors import MessageRefused

SMS_MAX_CHARS = 1600
SMS_MAX_SEGMENTS = 3
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# GSM 03.38: a character from the extension table costs two septets.
_GSM_BASIC = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
_GSM_EXTENDED = set("^{}\\[~]|€\f")


_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalise(text: str, max_chars: int) -> str:
    if "\x00" in text or _SURROGATE.search(text):  # a NUL, or half of a character (no text can hold it)
        raise MessageRefused("That message had a character I can't read. Please send it again as plain text.")
    # control characters (a pasted ETX, a stray escape) said as spaces: kept, one became part of a goal read back over
    # SMS, and no reply to that number could be written as XML again (the SMS fuzz test, session 38)
    cleaned = _CONTROL.sub(" ", _BIDI.sub("", unicodedata.normalize("NFC", text)))
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


_OPTIONS = re.compile(r"Reply (\d+|[A-Z]+) for ")  # "Reply 1 for Yes, 2 for No.", "Reply MORE for the rest."


def _is_options(line: str) -> bool:
    return bool(_OPTIONS.match(line))


def said_once(blocks: list[str]) -> list[str]:
    """An options line ("Reply 1 for That's all.") said more than once in a reply's messages, kept
    only at its last place: the numbers answer the last message's buttons."""
    lines = [line for block in blocks for line in block.split("\n")]
    seen = {line: number for number, line in enumerate(lines) if _is_options(line)}  # each one's last place
    kept: list[str] = []
    number = 0
    for block in blocks:
        own = []
        for line in block.split("\n"):
            if seen.get(line, number) == number:
                own.append(line)
            number += 1
        kept.append("\n".join(own))
    return kept


_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")
_ITEM = re.compile(r"(- |\s+\S|\d{1,2}[.)] )")  # a list's line: "- …", "3. …", or indented under the one before


def _sentences(line: str) -> list[str]:
    """A line's sentences; a list's number ("3.") stays with what follows it."""
    found: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", line):
        if found and _LIST_NUMBER.fullmatch(found[-1]):
            found[-1] = f"{found[-1]} {sentence}"
        else:
            found.append(sentence)
    return found


def _groups(block: str) -> list[str]:
    """A message's lines in the groups that should be read in one text: a heading ("Your health:")
    with its list, and a question with the options that answer it."""
    groups: list[str] = []
    for line in block.split("\n"):
        if groups and (_ITEM.match(line) or _is_options(line)):
            groups[-1] += "\n" + line
        else:
            groups.append(line)
    return groups


def _items(group: str) -> list[str]:
    """A group's lines: a list's item with the lines indented under it, a heading with the first
    item, a question with its options."""
    items: list[str] = []
    glue_next = False
    for line in group.split("\n"):
        if items and (glue_next or line[:1].isspace() or _is_options(line)):
            items[-1] += "\n" + line
        else:
            items.append(line)
        glue_next = line.rstrip().endswith(":")
    return items


def _atoms(group: str) -> list[tuple[str, str]]:
    """A group's sentences, each with what joins it to the one before (" " or a new line), glued
    where a text must not break: a heading to its first item, a question to its options."""
    atoms: list[tuple[str, str]] = []
    glue_next = False
    for line in group.split("\n"):
        for number, sentence in enumerate(_sentences(line)):
            joiner = " " if number else "\n"
            if atoms and (glue_next or (number == 0 and _is_options(line))):
                atoms[-1] = (atoms[-1][0], atoms[-1][1] + joiner + sentence)
            else:
                atoms.append((joiner, sentence))
            glue_next = False
        glue_next = line.rstrip().endswith(":")
    return atoms


def _words(atom: str, fits: Callable[[str], bool]) -> list[str]:
    """One sentence longer than a text, between words (a single word longer than a text is cut)."""
    texts: list[str] = []
    words = atom.split(" ")
    while words:
        head = ""
        while words and fits((head + " " + words[0]).strip()):
            head = (head + " " + words.pop(0)).strip()
        if words and " " in head and _LIST_NUMBER.fullmatch(head.rsplit(" ", 1)[1]):
            head, number = head.rsplit(" ", 1)  # "3." goes with its item
            words.insert(0, number)
        if not head:  # one word longer than a text: as much of it as fits
            word = words.pop(0)
            cut = next(n for n in range(len(word) - 1, 0, -1) if fits(word[:n]))
            head = word[:cut]
            words.insert(0, word[cut:])
        if head:
            texts.append(head)
    return texts


def lay_out(blocks: list[str], max_segments: int = SMS_MAX_SEGMENTS, reserve: str = "") -> list[str]:
    """`blocks` (a reply's messages, in order) as texts of at most `max_segments` segments each, each
    with room for `reserve` after it. A message goes whole into one text where it can; else the
    groups of its lines (a heading with its list, a question with its options), then a list's
    items, then sentences; a text never ends with a heading, a list's number or a question whose
    options follow. Nothing is dropped."""
    texts: list[str] = []
    current = ""

    def fits(text: str) -> bool:
        return segments(text + reserve) <= max_segments

    def start(text: str) -> None:
        nonlocal current
        if current:
            texts.append(current)
        current = text.strip()

    def place(unit: str, joiner: str, level: int) -> None:
        nonlocal current
        if fits(current + joiner + unit if current else unit):
            current = current + joiner + unit if current else unit
        elif fits(unit):
            start(unit)
        elif level == 0:
            for group in _groups(unit):
                place(group, "\n", 1)
        elif level == 1:
            for item in _items(unit):
                place(item, "\n", 2)
        elif level == 2:
            for inner, atom in _atoms(unit):
                place(atom, inner, 3)
        else:
            for head in _words(unit, fits):
                if current and fits(current + joiner + head):
                    current += joiner + head
                else:
                    start(head)
                joiner = " "

    for block in blocks:
        if block.strip():
            place(block.strip(), "\n", 0)
    if current:
        texts.append(current)
    return texts


def split_for_sms(text: str, max_segments: int = SMS_MAX_SEGMENTS) -> list[str]:
    """`text` as texts of at most `max_segments` segments each (see `lay_out`), an options line said
    twice kept only at its last place."""
    return lay_out(said_once([text.strip()]), max_segments)


# Typographic punctuation as GSM-7 has it: one curly quote or "…" makes a whole text UCS-2, 70
# characters a segment instead of 160.
_TYPOGRAPHIC = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'",
                              "\u201a": "'", "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u2026": "..."})


def plain_punctuation(text: str) -> str:
    return text.translate(_TYPOGRAPHIC)


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
