"""Replies strangers tried on the running assistant (2026-12-04), through the steps with a real structurer."""
from __future__ import annotations

import pytest

from bot.conversation.journey import story
from bot.conversation.readback import read_back as read_back_lines
from bot.conversation.steps import read_back
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings


@pytest.fixture
def rt(tmp_path, structurer):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}), structurer)
    yield runtime
    runtime.engine.dispose()


def at_read_back(text: str, confirmed: list[str]) -> Turn:
    return Turn("alice", {"teller": "self", "stage": "readback", "readback_done": confirmed, "pin_step": "new"},
                text=text, form="readback_form")


def _lines(rt, section: str) -> list[str]:
    profile = story.draft_profile(rt, "alice", "self")
    return next((g["lines"] for g in read_back_lines(profile) if g["section"] == section), [])


@pytest.mark.parametrize("said, detail", [
    ("add that I have arthritis in both knees", "both knees"),
    ("add that i have arthritis in both of my knees", "both knees"),
    ("you missed that I have pain in both hips", "both hips"),
    ("add that I take metformin 500mg twice a day", "500mg"),
])
def test_an_added_fact_keeps_its_detail(rt, said, detail):
    """ "add that I have arthritis in both knees" at the read-back said "I have added that." and read back
    "You have arthritis.": where it is was dropped."""
    story.add_to_story(rt, "alice", "I have diabetes and my daughter helps me.")
    step = read_back.reply(rt, at_read_back(said, []), said)
    assert step.replies
    assert any(detail in line for section in ("health", "medications") for line in _lines(rt, section)), \
        _lines(rt, "health") + _lines(rt, "medications")


def test_an_added_site_replaces_the_condition_said_without_it(rt):
    """ "I have arthritis", then "add that I have arthritis in both knees": one line, with where it is."""
    story.add_to_story(rt, "alice", "I have arthritis and my daughter helps me.")
    said = "add that I have arthritis in both knees"
    read_back.reply(rt, at_read_back(said, []), said)
    assert [line for line in _lines(rt, "health") if "arthritis" in line] == ["You have arthritis in both knees."]
