"""Readers of the read-back (session 18, issue 18): "remove that" took a whole part out, and "add that my name is …"
gave a second name beside the first. Through the read-back step with a real structurer."""
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


def _reply_at(rt, section: str, said: str) -> str:
    confirmed = []
    for group in read_back_lines(story.draft_profile(rt, "alice", "self")):
        if group["section"] == section:
            break
        confirmed.append(read_back.section_key(group))
    return " ".join(reply.text for reply in read_back.reply(rt, at_read_back(said, confirmed), said).replies)


@pytest.mark.parametrize("said", ["remove that", "remove this", "delete that"])
def test_remove_that_of_several_lines_asks_which(rt, said):
    story.add_to_story(rt, "alice", "I have asthma and diabetes. I live alone.")
    reply = _reply_at(rt, "health", said)
    assert reply.startswith("Which line should I take out?") and "1. You have asthma." in reply, reply
    assert _groups(rt)["health"] == ["You have asthma.", "You have diabetes."]


def test_the_line_then_named_is_the_only_one_taken_out(rt):
    story.add_to_story(rt, "alice", "I have asthma and diabetes. I live alone.")
    _reply_at(rt, "health", "remove that")
    assert _reply_at(rt, "health", "remove the second one") == wording.REMOVED.text
    assert _groups(rt)["health"] == ["You have asthma."]


@pytest.mark.parametrize("said", ["remove that", "remove all of it"])
def test_remove_that_of_one_line_or_all_of_it_takes_the_part_out(rt, said):
    """(Issue 18: "remove all of it" of a part of several lines now asks first: only a yes then takes it all out.)"""
    story.add_to_story(rt, "alice", "I have asthma and diabetes. I live alone. My daughter Sue visits me.")
    part, told = ("home", "You live alone.") if said == "remove that" else ("health", "You have asthma.")
    assert told in _groups(rt)[part]
    if said == "remove all of it":
        confirmed = [read_back.section_key(g) for g in read_back_lines(story.draft_profile(rt, "alice", "self"))
                     if g["section"] == "about_me"]
        asked = read_back.reply(rt, at_read_back(said, confirmed), said)
        assert told in _groups(rt)[part]  # nothing taken out before the yes
        said = "yes"
        step = read_back.reply(rt, at_read_back(said, asked.slots["readback_done"]), said)
        assert " ".join(reply.text for reply in step.replies) == wording.REMOVED.text
    else:
        assert _reply_at(rt, part, said) == wording.REMOVED.text
    assert part not in _groups(rt)


@pytest.mark.parametrize("told", ["My name is Ron Hughes. I have asthma.", "I am 80. I have asthma."])
def test_add_that_my_name_is_sets_the_name(rt, told):
    story.add_to_story(rt, "alice", told)
    _reply_at(rt, "about_me", "add that my name is Ronald Hughes")
    names = [line for line in _groups(rt)["about_me"] if "name" in line]
    assert names == ["Your name is Ronald Hughes."]


def test_a_name_added_at_another_part_is_said_to_be_about_you_once(rt):
    story.add_to_story(rt, "alice", "I have asthma and I live alone.")
    reply = _reply_at(rt, "health", "add that my name is Ronald Hughes")
    assert "about about" not in reply and _groups(rt)["about_me"] == ["Your name is Ronald Hughes."], reply
