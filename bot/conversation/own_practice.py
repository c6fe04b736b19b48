"""The GP practice the story names, when it is not the practice a GP service's form goes to: "my GP is
dr patel at the elms surgery" and the form goes to Riverside Surgery. The person is told before they
agree, so that their story does not go to a practice they are not registered with."""
from __future__ import annotations

import re
from typing import Any

from bot.intake.services import Service

_PRACTICE = re.compile(r"(?i)\b((?:[a-z'’-]+\s+){1,3}?(?:surgery|medical practice|medical centre|health centre|"
                       r"group practice|practice))\b")
_NOT_A_NAME = frozenset({"the", "my", "our", "his", "her", "their", "a", "at", "with", "is", "gp", "local", "doctors",
                         "doctor's", "doctors'", "registered", "same", "that", "this"})


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z'’]+", name.lower()) if w not in _NOT_A_NAME} - {
        "surgery", "practice", "medical", "centre", "health", "group"}


def another_practice(profile: dict[str, Any], service: Service) -> str | None:
    """The practice the story says the person's GP is at, when the service is a GP practice that is
    not it (by the words of their names); None when the story names none, or names this one."""
    ours = _words(service.name.split("(")[0])
    if "gp practice" not in service.name.lower() or not ours:
        return None
    for item in profile.get("sections", {}).get("services_involved", []):
        if item.get("about", "subject") != "subject" or item.get("role") != "gp":
            continue
        for match in _PRACTICE.finditer(str(item.get("text", ""))):
            named = _words(match.group(1))
            if named and not named & ours:
                return " ".join(w.capitalize() for w in match.group(1).split() if w.lower() not in ("at", "with", "is"))
    return None
