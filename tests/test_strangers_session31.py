"""What a stranger found on the running stack in session 30, each through the stack as it was typed (REST): a boy of 14
caring for his mum was never told of the help that is a young carer's own."""
from __future__ import annotations

from tests.journey_steps import rest_speaker

YOUNG_CARERS_HELP = "young carer's needs assessment"


def _carer_asked_for_basis(say) -> str:
    assert "care for" in say("someone i care for")
    assert "related" in say("Leanne")
    assert "your name" in say("son")
    return say("Tyler")


def test_a_young_carer_is_told_of_their_own_help_once(embedded_stack):
    """ "im her son and im 14" at the basis question got only "Please choose one of the options" (a stranger, session
    30). Now the help that is a young carer's comes first, once: the question is still asked, and the story goes on."""
    say = rest_speaker(embedded_stack, "young-carer-at-basis")
    assert "right to speak" in _carer_asked_for_basis(say)
    reply = say("im her son and im 14")
    assert "You said you are 14, so you are a young carer" in reply and YOUNG_CARERS_HELP in reply, reply
    assert "0800 1111" in reply and "right to speak" in reply, reply  # Childline, and the question again
    assert "know you are telling" in say("they agreed i can")
    assert "in your own words" in say("yes")
    reply = say("mum has fibromyalgia. i do the cooking and her tablets. im 14 btw")
    assert YOUNG_CARERS_HELP not in reply and "kept" in reply, reply  # once


def test_a_young_carer_who_says_their_age_in_the_story_is_told_there(embedded_stack):
    say = rest_speaker(embedded_stack, "young-carer-in-story")
    assert "right to speak" in _carer_asked_for_basis(say)
    assert "know you are telling" in say("they agreed i can")
    assert "in your own words" in say("yes")
    reply = say("im fifteen and i look after my mum, she has MS. i do her tablets before school")
    assert "You said you are 15" in reply and YOUNG_CARERS_HELP in reply and "kept" in reply, reply


def test_an_adult_carer_is_not_told_of_young_carers_help(embedded_stack):
    say = rest_speaker(embedded_stack, "adult-carer-not-young")
    assert "right to speak" in _carer_asked_for_basis(say)
    assert "know you are telling" in say("they agreed i can")
    assert "in your own words" in say("yes")
    reply = say("im 45 and i look after my mum, she has MS. our son is 14 and helps too")
    assert YOUNG_CARERS_HELP not in reply, reply
