"""Corrections strangers typed at the read-back (2026-12-04), through the read-back step with a real structurer:
each changes the fact it corrects and adds none of its words as a new fact; one not understood is said so."""
from __future__ import annotations

import pytest

from bot.conversation import wording
from bot.conversation.journey import story
from bot.conversation.readback import read_back as read_back_lines
from bot.conversation.steps import read_back
from tests.bot.conversation.conftest import at_read_back, structured


@pytest.fixture
def rt(tmp_path, structurer):
    with structured(tmp_path, structurer) as runtime:
        yield runtime


def _groups(rt) -> dict[str, list[str]]:
    return {g["section"]: g["lines"] for g in read_back_lines(story.draft_profile(rt, "alice", "self"))}


def _reply_at(rt, section: str, said: str):
    """`said`, replied to the read-back of `section` (the sections before it confirmed)."""
    confirmed = []
    for group in read_back_lines(story.draft_profile(rt, "alice", "self")):
        if group["section"] == section:
            break
        confirmed.append(read_back.section_key(group))
    return read_back.reply(rt, at_read_back(said, confirmed), said)


def _said(step) -> str:
    return " ".join(reply.text for reply in step.replies)


@pytest.mark.parametrize("told, section, said, lines", [
    ("My name is Ron Hughes. I have asthma.", "about_me", "my name is Ronald Hughes, Ron for short",
     ["Your name is Ronald Hughes.", "You like to be called Ron."]),
    ("My name is Ron Hughes. I have asthma.", "about_me", "Ron Ronald Hughes",
     ["Your name is Ronald Hughes.", "You like to be called Ron."]),
    ("I live in a flat and I have asthma.", "home", "i dont live in the flat anymore, im in a bungalow now",
     ["You're in a bungalow now."]),
    ("I take aspirin and ramipril. I have asthma.", "medications", "no thats wrong, I dont take aspirin anymore",
     ["You used to take aspirin.", "You take ramipril."]),
])
def test_a_correction_at_the_read_back_changes_what_it_corrects(rt, told, section, said, lines):
    """ "Ron Ronald Hughes" could not put a name right; "i dont live in the flat anymore, im in a bungalow now" kept
    the flat beside the bungalow."""
    story.add_to_story(rt, "alice", told)
    step = _reply_at(rt, section, said)
    assert _said(step) == wording.CHANGED.text
    assert _groups(rt)[section] == lines
