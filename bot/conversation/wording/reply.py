"""A reply as the assistant sends it (words and buttons), the common buttons, and how a title
spoken to the person is said to their carer about them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.sections import SECTIONS


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: list[dict[str, Any]] = field(default_factory=list)


YES_NO = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
FINISHED = [{"title": "That's all", "payload": "/finish_story"}]


def about_them(title: str, person: str | None) -> str:
    """A title spoken to the person ("your health", "about you") as spoken to their carer about them:
    "Dave's health", "about Dave"; "their health", "about them" when no name was given."""
    if person is None:
        return title
    whose = f"{person}'s" if person != "them" else "their"
    title = re.sub(r"\b[Yy]our\b", whose, title)
    return re.sub(r"\byou\b", person, title)


def section_list(sections: list[str], person: str | None = None) -> str:
    """The parts a service gets, after a colon and before what follows: a few in a sentence (" your
    health and your home. "), more as a list, one a line (easier to read than a long sentence)."""
    if len(sections) <= 3:
        return f" {section_titles(sections, person)}. "
    return "".join(f"\n- {about_them(SECTIONS[key][0].lower() + SECTIONS[key][1:], person)}" for key in sections) + "\n"


def listed(things: list[str]) -> str:
    """ "washing, dressing and shopping" """
    return things[0] if len(things) == 1 else ", ".join(things[:-1]) + " and " + things[-1]


def section_titles(sections: list[str], person: str | None = None) -> str:
    return listed([about_them(SECTIONS[key][0].lower() + SECTIONS[key][1:], person) for key in sections])
