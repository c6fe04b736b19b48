"""A reply that corrects itself as it is typed: "3 no sorry 4", "eileen sorry i mean irene", "no wait,
yes", "07700 900111 no sorry 07700 900112", "i was going to delete it but actually i just want to stop".
What is said after the correction replaces what was said before it; each question's reader decides
whether the words after it are an answer (a "sorry" in a sentence is no correction)."""
from __future__ import annotations

import re

# "no sorry", "sorry i mean", "no wait", "oops", "i meant", "scratch that", "but actually", "on second thoughts",
# "actually no".
_CORRECTION = re.compile(
    r"(?i)(?:[\s,.;:!-]+(?:(?:no|nope|oh|oops|whoops|er|erm|um)[\s,.!]+)*"
    r"(?:sorry|wait|hang on|oops|whoops|i mean|i meant|my mistake|my bad|scratch that|correction)\b"
    r"|[\s,.;:!-]+but (?:actually|really|instead|on second thoughts?)\b|[\s,.;:!-]+actually[\s,.!]+no\b)"
    r"(?:[\s,.:;!-]+(?:i mean|i meant|it is|its|it's|it should be|should be|make that|make it)\b)*[\s,.:;!-]*")


def self_corrected(text: str) -> tuple[str, str] | None:
    """(what was said first, what replaced it) when a reply corrects itself, or None. The last
    correction counts ("3 no 4 sorry 5" is 5)."""
    last = None
    for found in _CORRECTION.finditer(text or ""):
        before, after = text[:found.start()].strip(" ,.;:!-"), text[found.end():].strip(" ,.;:!-")
        if before and after:
            last = (before, after)
    return last


def first_clause(text: str) -> str:
    """The words up to the first comma or full stop: "irene, typing too fast" is "irene"."""
    return re.split(r"[,.;!?]|\s+-\s+", text, maxsplit=1)[0].strip()
