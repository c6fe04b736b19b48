"""Read-back replies strangers tried on the running assistant (2026-12-03, a second group), through the
read-back step with a real structurer."""
from __future__ import annotations

import pytest

from bot.conversation.journey import story
from bot.conversation.steps import read_back
from tests.bot.conversation.conftest import at_read_back, structured


@pytest.fixture
def rt(tmp_path, structurer):
    with structured(tmp_path, structurer) as runtime:
        yield runtime


def _to_section(rt, section: str) -> list[str]:
    """'yes' to every part read back before `section`; what is confirmed then."""
    confirmed: list[str] = []
    for _ in range(12):
        group = read_back.reading(rt, at_read_back("", confirmed)).next_section(confirmed)
        assert group is not None, section
        if group["section"] == section:
            return confirmed
        confirmed = read_back.reply(rt, at_read_back("yes", confirmed), "yes").slots["readback_done"]
    raise AssertionError(section)


def _profile(rt) -> dict:
    """The story as it stands: the draft, or the saved version once nothing is left to read back."""
    return story.draft_profile(rt, "alice", "self") or story.current_profile(rt, "alice").profile


@pytest.mark.parametrize("told, said, kept", [
    ("I fell in March. I had another fall in the kitchen.", "remove the fall in march", "kitchen"),
    ("I had a fall in march. I fell again in the garden in June.", "take out the fall in march", "June"),
    ("I fell in the bathroom. I had a fall in March too.", "remove the bathroom fall", "March"),
])
def test_only_the_fall_named_is_taken_out(rt, told, said, kept):
    """"remove the fall in march" took out both falls told: 'fell' did not name 'fall', and 'in' did."""
    story.add_to_story(rt, "alice", told)
    confirmed = _to_section(rt, "risks")
    read_back.reply(rt, at_read_back(said, confirmed), said)
    risks = [i["text"] for i in _profile(rt)["sections"].get("risks", [])]
    assert len(risks) == 1 and kept in risks[0], risks


@pytest.mark.parametrize("said", ["nah it was my left side not right", "no its my left side not my right side",
                                  "its the left side"])
def test_the_side_a_stroke_left_weak_is_put_right(rt, said):
    """"nah it was his left side not right" at the read-back (a stranger): 'Sorry, I could not work out how to
    change that', the weakness kept on the right. (The safety notice that came with it was the detector's.)"""
    story.add_to_story(rt, "alice", "I had a stroke, my right side is weak now.")
    confirmed = _to_section(rt, "health")
    step = read_back.reply(rt, at_read_back(said, confirmed), said)
    assert "could not work out" not in " ".join(reply.text for reply in step.replies)
    health = [i["text"] for i in _profile(rt)["sections"]["health"]]
    assert any("left" in text for text in health) and not any("right" in text for text in health), health
