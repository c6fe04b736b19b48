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


@pytest.mark.parametrize("told, said, lines", [
    ("I have a bad knee and I live alone.", "youve got that wrong, its my hip not my knee",
     ["You have a problem with your hip."]),
    ("I have arthritis in my knee and I live alone.", "not the knee, the hip", ["You have arthritis in your hip."]),
    ("I have a bad hip and I live alone.", "youve got that wrong, its my left hip not my right",
     ["You have bad left hip."]),
    ("I have asthma and I take ramipril 5mg daily.", "its diabetes not asthma", ["You have diabetes."]),
])
def test_one_thing_said_for_another_changes_the_fact(rt, told, said, lines):
    """ "youve got that wrong, its my hip not my knee" changed nothing; "its my left hip not my right", of a hip told
    with no side, kept "bad hip" and added "left hip" as a second fact."""
    story.add_to_story(rt, "alice", told)
    step = _reply_at(rt, "health", said)
    assert _said(step) == wording.CHANGED.text
    assert _groups(rt)["health"] == lines


@pytest.mark.parametrize("said", ["youve got that wrong, its my hip not my knee", "no, its my left hip not my right"])
def test_a_correction_of_what_was_never_told_adds_nothing_and_says_so(rt, said):
    """A correction naming something the story never told ("not my knee", no knee told) added its words as a new
    fact ("You have a problem with your hip.") and said "I have changed that."."""
    story.add_to_story(rt, "alice", "I have asthma and I live alone.")
    step = _reply_at(rt, "health", said)
    assert _said(step) == wording.NOT_CHANGED.text
    assert _groups(rt)["health"] == ["You have asthma."]


def test_a_correction_not_understood_never_advises_taking_the_whole_part_out():
    """A stranger (session 19) did as "Sorry, I could not work out how to change that. You can say "remove all of it"…"
    advised: his stroke, heart rhythm and weak arm were taken out and the read-back moved on. The advice is now to say
    it another way, or to take one line out."""
    assert "remove all of it" not in wording.NOT_CHANGED.text and "remove that" in wording.NOT_CHANGED.text
