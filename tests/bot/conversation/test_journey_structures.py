"""The structured draft is remembered between the action server's calls (bot/conversation/journey/story.py:
RecentStructures): structured once per change, never shared between different stories, bounded,
and forgotten on erasure."""
from __future__ import annotations

import pytest

from bot.conversation.journey import story, your_record
from bot.ops.runtime import build_runtime
from bot.settings import load_settings


@pytest.fixture
def rt(tmp_path, structurer):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}), structurer)
    yield runtime
    runtime.engine.dispose()


@pytest.fixture
def calls(rt, monkeypatch):
    """Counts the real structurer's runs (it still does the work)."""
    counted = []
    real = rt.structurer.structure

    def counting(*args, **kwargs):
        counted.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(rt.structurer, "structure", counting)
    monkeypatch.setattr(story, "RECENT", story.RecentStructures(size=3, seconds=600))
    return counted


def test_the_same_draft_is_structured_once_and_a_change_structures_it_again(rt, calls):
    story.add_to_story(rt, "alice", "I have asthma and I use an inhaler.")
    first = story.draft_profile(rt, "alice", "self")
    first["sections"]["health"].clear()  # a caller changing its copy changes nothing remembered
    again = story.draft_profile(rt, "alice", "self")
    assert len(calls) == 1 and "asthma" in str(again["sections"]["health"])
    story.add_to_story(rt, "alice", "I also have arthritis.")
    assert "arthritis" in str(story.draft_profile(rt, "alice", "self")["sections"]["health"])
    assert len(calls) == 2
    story.draft_profile(rt, "alice", "carer", {"name": "Alice"})  # told by someone else: not the same
    assert len(calls) == 3


def test_two_people_with_different_stories_never_get_each_others(rt, calls):
    story.add_to_story(rt, "alice", "I have asthma.")
    story.add_to_story(rt, "bob", "I have diabetes.")
    assert "asthma" in str(story.draft_profile(rt, "alice", "self"))
    bob = story.draft_profile(rt, "bob", "self")
    assert "diabetes" in str(bob) and "asthma" not in str(bob)


def test_it_keeps_only_the_most_recent_and_forgets_on_erasure(rt, calls):
    for number, condition in enumerate(["asthma", "arthritis", "diabetes", "angina"]):
        story.add_to_story(rt, f"person-{number}", f"I have {condition}.")
        story.draft_profile(rt, f"person-{number}", "self")
    assert len(story.RECENT._entries) == 3  # the oldest went
    story.draft_profile(rt, "person-0", "self")
    assert len(calls) == 5
    your_record.erase_everything(rt, "person-3")
    assert len(story.RECENT._entries) == 0
