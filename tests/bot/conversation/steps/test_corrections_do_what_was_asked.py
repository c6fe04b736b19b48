"""Issue 18, "Corrections applied to the fact they correct": a stranger on the stack (session 19) found that "remove
all of it" emptied a whole part at once, that a fact taken out could not be put back with the same words, that a
year added to a condition was refused and never read back, and that "oops add that …" was kept as story words
("oops add that i need help with cooking" went to a service as the need). Driven through the read-back step with a
real structurer, in many voices."""
from __future__ import annotations

import re

import pytest

from bot.conversation import wording
from bot.conversation.journey import story
from bot.conversation.readback import read_back as read_back_lines
from bot.conversation.steps import read_back
from tests.bot.conversation.conftest import at_read_back, structured

HEALTH = "I have diabetes and asthma and gout. I take metformin and ramipril. I live alone in a flat."


@pytest.fixture
def rt(tmp_path, structurer):
    with structured(tmp_path, structurer) as runtime:
        yield runtime


def _groups(rt) -> dict[str, list[str]]:
    return {g["section"]: g["lines"] for g in read_back_lines(story.draft_profile(rt, "alice", "self"))}


def _before(rt, section: str) -> list[str]:
    confirmed = []
    for group in read_back_lines(story.draft_profile(rt, "alice", "self")):
        if group["section"] == section:
            break
        confirmed.append(read_back.section_key(group))
    return confirmed


def _reply_at(rt, section: str, said: str, done: list[str] | None = None):
    """`said`, replied to the read-back of `section` (the sections before it confirmed, or `done`)."""
    done = _before(rt, section) if done is None else done
    return read_back.reply(rt, at_read_back(said, done), said)


def _said(step) -> str:
    return " ".join(reply.text for reply in step.replies)


# --- 1. "remove all of it": asked first, never a whole part lost at once ------------------------------------------

WHOLE = ["remove all of it", "take the lot out", "remove everything", "get rid of the whole section",
         "remove it all pls", "take all of that out", "remove them all", "delete all 3", "remove all three",
         "take all of them out", "remove the lines", "remove every thing", "remove both"]


@pytest.mark.parametrize("said", WHOLE)
def test_removing_a_whole_part_is_asked_first(rt, said):
    story.add_to_story(rt, "alice", HEALTH)
    health = _groups(rt)["health"]
    step = _reply_at(rt, "health", said)
    assert _groups(rt)["health"] == health  # nothing taken out yet
    assert _said(step) != wording.REMOVED.text and "?" in _said(step)
    assert step.slots["readback_reply"] is None
    # the part is not read back again under the question: its "Is this right …?" would make a "yes" mean two things
    assert not read_back.ask(rt, at_read_back("", step.slots["readback_done"])).replies


@pytest.mark.parametrize("said", WHOLE[:3])
@pytest.mark.parametrize("yes", ["yes", "yes take it all out", "yep", "/affirm"])
def test_a_clear_yes_then_takes_the_whole_part_out(rt, said, yes):
    story.add_to_story(rt, "alice", HEALTH)
    asked = _reply_at(rt, "health", said)
    step = _reply_at(rt, "health", yes, asked.slots["readback_done"])
    assert _said(step) == wording.REMOVED.text
    assert "health" not in _groups(rt)
    assert _groups(rt)["medications"] == ["You take metformin.", "You take ramipril."]  # only that part


@pytest.mark.parametrize("no", ["no", "no keep it", "nope", "/deny"])
def test_a_no_keeps_every_line_and_reads_the_part_again(rt, no):
    story.add_to_story(rt, "alice", HEALTH)
    health = _groups(rt)["health"]
    asked = _reply_at(rt, "health", "remove all of it")
    step = _reply_at(rt, "health", no, asked.slots["readback_done"])
    assert _groups(rt)["health"] == health
    assert not any(key.startswith("health:") for key in step.slots["readback_done"])  # not taken as right either
    assert read_back.ask(rt, at_read_back("", step.slots["readback_done"])).replies[0].text.startswith("Your health")


@pytest.mark.parametrize("said", ["remove the one", "remove the", "delete the bit", "take out the line"])
def test_words_that_name_no_line_take_nothing_out(rt, said):
    """ "remove the one" named no line, and the whole part went (words that name nothing matched every line)."""
    story.add_to_story(rt, "alice", HEALTH)
    health = _groups(rt)["health"]
    step = _reply_at(rt, "health", said)
    assert _said(step) != wording.REMOVED.text
    assert _groups(rt)["health"] == health


def test_a_yes_without_the_question_confirms_and_takes_nothing_out(rt):
    story.add_to_story(rt, "alice", HEALTH)
    health = _groups(rt)["health"]
    step = _reply_at(rt, "health", "yes")
    assert _groups(rt)["health"] == health
    assert any(key.startswith("health:") for key in step.slots["readback_done"])


def test_another_answer_to_the_question_is_read_as_itself(rt):
    story.add_to_story(rt, "alice", HEALTH)
    asked = _reply_at(rt, "health", "remove all of it")
    step = _reply_at(rt, "health", "remove the gout", asked.slots["readback_done"])
    assert _said(step) == wording.REMOVED.text
    assert _groups(rt)["health"] == ["You have diabetes.", "You have asthma."]


# --- 5. instruction words are never kept as story -------------------------------------------------------------

INSTRUCTION = re.compile(r"(?i)\b(correction|oops|whoops|ooh|wait|actually|btw|add that|add|please|plz|thx|can u|forgot|"
                         r"missed|should say|remove|delete|take out|second one|2nd)\b")


@pytest.mark.parametrize("section, said, fact", [
    ("health", "oops add that i need help with cooking", "cooking"),
    ("daily_living", "oops add that i need help with cooking", "cooking"),
    ("health", "oops forgot to say i have copd", "copd"),
    ("health", "oops forgot to say i need help with washing", "washing"),
    ("health", "whoops can u add that my son helps me", "son"),
    ("health", "sorry add that i need help with my shopping", "shopping"),
    ("home", "oh i forgot to mention i need help getting dressed", "dress"),
    ("health", "ooops add i have arthritis", "arthritis"),
    ("health", "no wait add that i need help with cooking", "cooking"),
    ("health", "actually add that i need help with cooking", "cooking"),
    ("health", "ooh add that my son helps me too", "son"),
    ("health", "plz put that i need help with cooking thx", "cooking"),
    ("health", "you missed out that i need help with cooking", "cooking"),
    ("health", "it should say i need help with cooking", "cooking"),
    ("health", "btw i need help with cooking", "cooking"),
    ("health", "Oops! Add that I need help with cooking.", "cooking"),
])
def test_the_instruction_is_never_kept_as_story(rt, section, said, fact):
    story.add_to_story(rt, "alice", HEALTH + " I need help with my shopping.")
    _reply_at(rt, section, said)
    profile = story.draft_profile(rt, "alice", "self") or {}
    texts = [str(i.get("text")) for items in profile["sections"].values() for i in items]
    assert any(fact in text.lower() for text in texts), texts  # the fact kept
    assert not [t for t in texts if INSTRUCTION.search(t)], texts  # and none of the instruction


@pytest.mark.parametrize("said", ["thats wrong, delete the second one", "no the second one is wrong take it out",
                                  "pls remove the second one thx", "take out the 2nd one", "remove the 2nd 1"])
def test_removing_the_second_line_takes_out_that_line_only(rt, said):
    story.add_to_story(rt, "alice", HEALTH)
    step = _reply_at(rt, "health", said)
    assert _said(step) == wording.REMOVED.text
    assert _groups(rt)["health"] == ["You have diabetes.", "You have gout."]
    assert len(story.story_parts(rt, "alice")) == 1  # nothing of the instruction kept


@pytest.mark.parametrize("said", ["thats wrong, delete the frogs one", "no that bit about the bins is wrong"])
def test_a_change_not_understood_keeps_none_of_its_words(rt, said):
    """ "Sorry, I could not work out how to change that": nothing changed, so nothing of its words stays to be sent."""
    story.add_to_story(rt, "alice", HEALTH)
    before = _groups(rt)
    step = _reply_at(rt, "health", said)
    if _said(step) == wording.NOT_CHANGED.text:
        assert len(story.story_parts(rt, "alice")) == 1
    assert _groups(rt)["health"] == before["health"]


# --- 2. a fact taken out can be put back with the same words ------------------------------------------------------

@pytest.mark.parametrize("back", ["add metformin", "add that i take metformin", "can u add metformin back",
                                  "oops add that i do take metformin", "i take metformin"])
def test_a_fact_taken_out_can_be_added_back(rt, back):
    story.add_to_story(rt, "alice", HEALTH)
    assert _said(_reply_at(rt, "medications", "remove the metformin")) == wording.REMOVED.text
    assert _groups(rt)["medications"] == ["You take ramipril."]
    step = _reply_at(rt, "medications", back)
    assert _said(step) in (wording.ADDED.text, wording.CHANGED.text)
    assert sorted(_groups(rt)["medications"]) == ["You take metformin.", "You take ramipril."]


def test_what_was_taken_out_stays_out_when_something_else_is_added(rt):
    story.add_to_story(rt, "alice", HEALTH)
    _reply_at(rt, "health", "remove the gout")
    _reply_at(rt, "health", "can u add my eczema")
    assert _groups(rt)["health"] == ["You have diabetes.", "You have asthma.", "You have eczema."]


def test_a_condition_taken_out_can_be_added_back(rt):
    story.add_to_story(rt, "alice", HEALTH)
    _reply_at(rt, "health", "take out the asthma")
    assert "You have asthma." not in _groups(rt)["health"]
    step = _reply_at(rt, "health", "can u add my asthma")
    assert _said(step) in (wording.ADDED.text, wording.CHANGED.text)
    assert "You have asthma." in _groups(rt)["health"]


@pytest.mark.parametrize("back, line", [("add metformin", "You take metformin."),
                                        ("add that i take metformin 1000mg", "You take metformin 1000mg."),
                                        ("add metformin twice a day", "You take metformin twice a day.")])
def test_a_fact_added_back_says_only_what_was_said_again(rt, back, line):
    """The dose and how often of the line taken out came back with it, unsaid: "remove the metformin" (500mg twice a
    day, wrong), then "add metformin", read back "You take metformin 500mg twice a day." again."""
    story.add_to_story(rt, "alice", "I have diabetes. I take metformin 500mg twice a day and ramipril.")
    _reply_at(rt, "medications", "remove the metformin")
    _reply_at(rt, "medications", back)
    assert sorted(_groups(rt)["medications"]) == [line, "You take ramipril."]



def test_taking_out_one_line_of_a_medicine_keeps_the_others_dose():
    """A second reader (session 20): with two lines of one medicine (a saved version's and a new one), taking out one
    left the other as bare "insulin", its dose and time lost: only a line told again after a removal says only what
    was said again."""
    from bot.conversation.journey.story import Draft

    parts = ["I take insulin 10 units in the morning.", "I take insulin 20 units at night."]
    morning = {"text": "insulin 10 units in the morning", "name": "insulin", "dose": "10 units",
               "frequency": "in the morning", "source": {"start": 7, "end": 38}}
    night = {"text": "insulin 20 units at night", "name": "insulin", "dose": "20 units", "frequency": "at night",
             "source": {"start": 47, "end": 72}}
    draft = Draft(parts, [], {"sections": {"medications": [morning, night]}})
    after = draft.without([{"section": "medications", "text": night["text"], "names": ["insulin"], "parts": 2,
                            "sources": [night["source"]]}])
    assert after.profile["sections"]["medications"] == [morning]


@pytest.mark.parametrize("said", ["no dont remove it", "no, don't remove it", "please dont delete my diabetes",
                                  "dont take anything out", "actually dont take it out"])
def test_a_removal_called_off_changes_nothing(rt, said):
    """ "no dont remove it" was read as "remove": the only line of the part went (a second reader, session 20). A
    removal called off changes nothing, and the person is asked what is wrong."""
    story.add_to_story(rt, "alice", "I have diabetes. I take metformin.")
    before = _groups(rt)
    _reply_at(rt, "health", said)
    assert _groups(rt).get("health") == before["health"]


@pytest.mark.parametrize("said, left", [
    ("remove the 1st and 2nd", ["You have gout."]),
    ("remove the second one for gods sake", ["You have diabetes.", "You have gout."]),
    ("remove the first and third lines please", ["You have asthma."]),
])
def test_lines_named_by_place_in_other_words_are_taken_out(rt, said, left):
    """ "remove the 1st and 2nd", "remove the second one for gods sake" got "I could not find …" (a stranger, session 29)."""
    story.add_to_story(rt, "alice", HEALTH)
    step = _reply_at(rt, "health", said)
    assert _said(step) == wording.REMOVED.text, _said(step)
    assert _groups(rt)["health"] == left
