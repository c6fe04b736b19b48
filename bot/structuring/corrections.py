"""Corrections: a later message that changes what an earlier one said.

Two kinds are applied to the item they correct rather than added as new facts:
- a changed side: "No, it's my left hip" turns the "right hip replacement" into the left one;
- a changed status: "I stopped taking the warfarin" makes warfarin past. Any later mention of the same
  condition, medicine or allergy about the same person replaces the earlier one (`keep_latest`),
  keeping the dose and frequency said earlier if the correction does not repeat them.
"""
from __future__ import annotations

import re

_CUE = re.compile(
    r"^\W*(no\b\s*[,.!-]|no,?\s+(?:it's|it’s|it is|it was|i|i'm|that|not|she|he)\b|sorry\b|actually\b|"
    r"i meant\b|correction\b|not the\b|that's wrong|that’s wrong|that is wrong|it should be\b|"
    r"that should be\b)",
    re.IGNORECASE,
)
_SIDE = re.compile(r"\b(left|right)\s+([a-z]+)", re.IGNORECASE)
_OTHER = {"left": "right", "right": "left"}


def is_correction(sentence: str) -> bool:
    return bool(_CUE.match(sentence))


def apply(profile: dict, sentence: str, base: int) -> bool:
    """Change the items a correction is about. True if it changed any (then it is not a new fact)."""
    changed = False
    for match in _SIDE.finditer(sentence):
        side, part = match.group(1).lower(), match.group(2).lower()
        wrong = re.compile(rf"\b{_OTHER[side]}(\s+{re.escape(part)})\b", re.IGNORECASE)
        for items in profile["sections"].values():
            for item in items:
                if wrong.search(item["text"]):
                    item["text"] = wrong.sub(rf"{side}\1", item["text"])
                    if item.get("site") in _OTHER:
                        item["site"] = side
                    elif item.get("site"):
                        item["site"] = wrong.sub(rf"{side}\1", item["site"])
                    item["corrected_by"] = {"start": base + match.start(), "end": base + match.end()}
                    changed = True
    return changed


def keep_latest(profile: dict, sections: tuple[str, ...]) -> None:
    """Where a story mentions the same term about the same person twice, the later mention wins."""
    for section in sections:
        latest: dict[tuple, dict] = {}
        order: list[tuple] = []
        for item in profile["sections"][section]:
            key = (item.get("name") or item["text"], item["about"])
            if key in latest:
                earlier = latest[key]
                for detail in ("dose", "frequency"):
                    if detail in earlier and detail not in item:
                        item[detail] = earlier[detail]
                if item.get("name"):
                    item["text"] = " ".join(item[k] for k in ("name", "dose", "frequency") if item.get(k))
            else:
                order.append(key)
            latest[key] = item
        profile["sections"][section] = [latest[key] for key in order]
