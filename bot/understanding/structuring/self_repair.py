"""A word put right as it is typed: "I have diabetes type 1, sorry, is type 2", "ramipril once a day, sorry, twice a
day", "his left, no wait, right hip". What was taken back is blanked (spaces, so offsets still index the story) and only
what it was put right to is read: the twenty-first fresh structuring set (session 37) had "type 1 diabetes" sent as
the person's. Only a value put right to one of the same kind is taken back (a type for a type, a side for a side, how
often for how often, an amount for an amount): "I take metformin, sorry, I forgot the aspirin too" takes nothing back."""
from __future__ import annotations

import re

_KINDS = {
    "type": r"type\s*(?:1|2|one|two|i{1,2})\b",
    "side": r"(?:left|right)\b",
    "often": r"(?:once|twice|three\s+times|four\s+times|\d+\s+times|one\s+time|two\s+times)(?:\s+(?:a|per|in\s+the|every)\s+"
             r"(?:day|week|night|morning))?|(?:every\s+)?(?:morning|night|evening)\b",
    "amount": r"\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|milligrams?|g|grams?|ml|units?)\b",
}
_SORRY = r"\s*,?\s*(?:sorry|no\s+wait|oops|i\s+mean|i\s+meant|scratch\s+that|my\s+mistake)\s*,?\s*(?:(?:it['’]?s|its|it\s+is|is|no|i\s+mean|i\s+meant)\s*,?\s+)?"
_REPAIR = re.compile("|".join(rf"(?P<{kind}>\b(?:{words}){_SORRY})(?=(?:{words}))" for kind, words in _KINDS.items()),
                     re.IGNORECASE)


def repaired(story: str) -> str:
    """The story with each value taken back as it was typed blanked, as long as the story."""
    return _REPAIR.sub(lambda found: " " * len(found.group(0)), story)
