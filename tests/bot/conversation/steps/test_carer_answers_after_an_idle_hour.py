"""A second reader (session 16), hazard H5: a carer's answers (the person's name, how they are related, the
carer's own name, their basis) were carried into a new session after an idle hour when no story had been told
after them, with no "Was that you?": the next person at the same computer was asked "What gives you the right to
speak for Jean?", or their words became Jean's story. Those answers are now asked afresh."""
from __future__ import annotations

from bot.conversation.journey import story
from bot.conversation.stages import Stage
from bot.conversation.steps import carer_questions, session_start
from bot.conversation.steps.turn import Turn

A_CARER = {"name": "Jean Harper", "relationship": "daughter", "carer_name": "Alice Harper"}


def test_a_carer_left_mid_questions_is_not_carried_over_to_whoever_comes_next(rt):
    slots = {"teller": "carer", "stage": Stage.TELLING.value, "carer": A_CARER, "carer_reply": None}
    step = session_start.new_session(rt, Turn("idle-carer", slots, text="hello"))
    kept = {**slots, **step.slots}
    asked = carer_questions.ask(Turn("idle-carer", kept, text="hello"))
    assert kept["carer"] is None and asked.replies and not any("Jean" in r.text for r in asked.replies)


def test_a_carer_who_answered_all_and_told_nothing_is_not_carried_over(rt):
    slots = {"teller": "carer", "stage": Stage.TELLING.value, "carer_reply": "done",
             "carer": {**A_CARER, "basis": "agreement", "knows": "yes"}}
    step = session_start.new_session(rt, Turn("idle-carer-2", slots, text="I have asthma"))
    assert step.slots["carer"] is None and step.slots["carer_reply"] is None and step.form == "story_form"


def test_a_carer_who_told_some_of_the_story_is_asked_whether_it_was_them(rt):
    story.add_to_story(rt, "idle-carer-3", "Mum has dementia and falls a lot.")
    slots = {"teller": "carer", "stage": Stage.TELLING.value, "carer_reply": "done",
             "carer": {**A_CARER, "basis": "agreement", "knows": "yes"}}
    step = session_start.new_session(rt, Turn("idle-carer-3", slots, text="hello"))
    assert step.slots["carer"] == slots["carer"] and step.slots["resume_asked"] == {"earlier": 1, "asked": False}


def test_a_carer_updating_keeps_the_saved_storys_answers(rt):
    """A second reader: mid-update, with nothing told yet, the carer was asked "What is the name of the person you
    care for?" about the saved story they were updating."""
    slots = {"teller": "carer", "stage": Stage.TELLING.value, "carer_reply": "done", "updating": True,
             "carer": {**A_CARER, "basis": "agreement", "knows": "yes"}}
    step = session_start.new_session(rt, Turn("idle-carer-4", slots, text="hello"))
    assert step.slots["carer"] == slots["carer"] and step.slots["updating"] is True
