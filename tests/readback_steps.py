"""Going through the read-back as a person does: "yes" to each section, then a PIN twice."""
from __future__ import annotations

from typing import Callable

PIN = "2580"  # what the test people choose: four digits, neither repeated nor running


def confirm_read_back(text: Callable[[str], str], first: str, pin: str | None = PIN,
                      answers: dict[str, str] | None = None) -> tuple[str, str]:
    """`first` is the reply to "that's all". Says "yes" (or an answer in `answers`, keyed by words of
    the section's question) to each section read back; chooses `pin` when asked. Returns everything
    read back, and the reply that came after the read-back (the services on offer)."""
    read, reply = first, first
    for _ in range(30):
        if "Is this right about" in reply:
            topic = next((words for words in (answers or {}) if words in reply.splitlines()[-1]), None)
            reply = text(answers.pop(topic) if topic else "yes")
            read += "\n" + reply
        elif "choose a PIN" in reply and pin:
            reply = text(pin)
            assert "type the same PIN again" in reply, reply
            reply = text(pin)
            assert "Your PIN is set" in reply, reply
            return read, reply
        else:
            return read, reply
    raise AssertionError("the read-back did not end")


def finish_story(text: Callable[[str], str]) -> str:
    """Says "that's all", and again after each follow-up question (goals, what matters)."""
    reply = text("that's all")
    for _ in range(3):
        if "Or say \"that's all\" to go on" not in reply:
            return reply
        reply = text("that's all")
    return reply
