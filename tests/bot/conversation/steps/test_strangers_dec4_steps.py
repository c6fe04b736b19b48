"""Replies strangers tried on the running assistant (2026-12-04), through the steps with a real structurer."""
from __future__ import annotations

import pytest

from bot.conversation.journey import story
from bot.conversation.readback import read_back as read_back_lines
from bot.conversation.steps import read_back
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import at_read_back, structured


@pytest.fixture
def rt(tmp_path, structurer):
    with structured(tmp_path, structurer) as runtime:
        yield runtime


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


# --- an answer to a follow-up question lands in the part asked about, and the question is not asked again --------

def telling_turn(text: str, asked: list[str], teller: str = "self") -> Turn:
    return Turn("alice", {"teller": teller, "stage": "telling", "followups_asked": asked}, text=text, form="story_form")


def _said(step) -> str:
    return " ".join(reply.text for reply in step.replies)


@pytest.mark.parametrize("goal, matters", [
    ("to be able to get out in the garden again", "spending time with my grandkids and my dog"),
    ("get back to my church on a sunday", "my home and my independence, I dont want to go in a home"),
    ("walk to the shops on my own", "my wife, we have been married 50 years"),
])
def test_answers_to_the_follow_up_questions_land_where_asked(rt, goal, matters):
    """ "What matters most to you?" answered "spending time with my grandkids and my dog" was read back under
    the people who support them (and "my home …" under their home), and the question was asked again."""
    from bot.conversation.steps import telling

    story.add_to_story(rt, "alice", "I have COPD and I live alone in a flat.")
    asked: list[str] = []
    for answer in (goal, matters):
        step = telling.story_reply(rt, telling_turn("that's all", asked), "that's all")
        asked = step.slots["followups_asked"]
        section = asked[-1]
        assert step.slots.get("story_done") is None and section in ("goals", "what_matters")
        telling.story_reply(rt, telling_turn(answer, asked), answer)
        profile = story.draft_profile(rt, "alice", "self")
        said = goal if section == "goals" else matters
        assert [i["text"] for i in profile["sections"][section]] == [said.rstrip(".")]
        for other in ("home", "support_network", "health", "goals", "what_matters"):
            if other != section:
                assert not any(said[:12] in i["text"] for i in profile["sections"][other]), other
    step = telling.story_reply(rt, telling_turn("that's all", asked), "that's all")
    assert step.slots.get("story_done") is True, _said(step)


@pytest.mark.parametrize("answer", ["not sure", "dunno", "none"])
def test_an_answer_that_says_nothing_is_not_filed(rt, answer):
    from bot.conversation.steps import telling

    story.add_to_story(rt, "alice", "I have COPD and I live alone in a flat.")
    telling.story_reply(rt, telling_turn(answer, ["goals"]), answer)
    assert story.draft_profile(rt, "alice", "self")["sections"]["goals"] == []


def test_more_story_told_after_a_follow_up_question_is_still_read_as_story(rt):
    from bot.conversation.steps import telling

    story.add_to_story(rt, "alice", "I have COPD and I live alone in a flat.")
    said = "oh I forgot, I also have diabetes and take metformin 500mg twice a day"
    telling.story_reply(rt, telling_turn(said, ["goals"]), said)
    profile = story.draft_profile(rt, "alice", "self")
    assert "diabetes" in [i["text"] for i in profile["sections"]["health"]]
    assert profile["sections"]["goals"] == []


def test_only_the_message_after_the_question_is_its_answer(rt):
    from bot.conversation.steps import telling

    story.add_to_story(rt, "alice", "I have COPD.")
    for said in ("my grandkids", "I live alone in a flat"):
        telling.story_reply(rt, telling_turn(said, ["goals", "what_matters"]), said)
    profile = story.draft_profile(rt, "alice", "self")
    assert [i["text"] for i in profile["sections"]["what_matters"]] == ["my grandkids"]
    assert profile["sections"]["home"]


# --- what a carer said of whose story it is is not asked for again ---------------------------------------------

@pytest.mark.parametrize("said, known, asked_next", [
    ("I'm her son, her name is Doreen", {"name": "Doreen", "relationship": "son"}, "carer_name"),
    ("her name is Doreen and I'm her son John", {"name": "Doreen", "relationship": "son", "carer_name": "John"},
     "basis"),
    ("Doreen, she's my mum", {"name": "Doreen"}, "carer_name"),
])
def test_a_carers_name_and_relationship_said_at_once_are_not_asked_again(rt, said, known, asked_next):
    """ "I'm her son, her name is Doreen", said to "What is the name of the person you care for?", then got
    "How are you related to Doreen?": how they are related was said, and dropped."""
    from bot.conversation.steps import carer_questions

    turn = Turn("bob", {"teller": "carer", "stage": "telling", "carer": {}}, text=said, form="story_form")
    answers = carer_questions.reply(rt, turn, said).slots["carer"]
    assert {k: answers.get(k) for k in known} == known
    assert carer_questions.next_question(answers) == asked_next
