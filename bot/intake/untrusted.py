"""Story text is untrusted: what reaches a service must carry no markup, formula or extra line.

`safe_text` makes one value safe to place in a form answer, a plain-text summary line or a
spreadsheet cell: control and invisible formatting characters (line breaks, tabs, NUL, bidi
overrides) become spaces, so a value cannot start a new line or a forged header; a value that a
spreadsheet would run as a formula gets a leading apostrophe (OWASP's CSV-injection advice); and
a value longer than MAX_VALUE_CHARS is cut with a visible mark. HTML escaping happens when HTML
is written (`bot.intake.summary`), because it depends on where the text goes.
"""
from __future__ import annotations

import re
import unicodedata

MAX_VALUE_CHARS = 4000
_FORMULA_START = ("=", "+", "-", "@", "|", "%")
_INVISIBLE = re.compile(r"[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def safe_text(value: str) -> str:
    text = unicodedata.normalize("NFC", str(value))
    text = " ".join(_INVISIBLE.sub(" ", text).split())
    if len(text) > MAX_VALUE_CHARS:
        text = text[:MAX_VALUE_CHARS] + " […]"
    if text.startswith(_FORMULA_START):
        text = "'" + text
    return text
