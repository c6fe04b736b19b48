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


def test_another_service_turned_down_at_a_consent_question_is_not_asked_about(embedded_stack):
    """ "yes to this one. actually not the housing people, i dont want them contacted", at the employment service's
    consent question, held back that service's "your home", and the home adaptations' questions came next (a stranger,
    session 31). The other service is taken out of those waiting, said so, and this one's question asked again."""
    from tests.journey_steps import told_story
    from tests.test_end_to_end import intakes

    say, _ = told_story(embedded_stack, "not-the-other", "I am 44. I have depression and a bad back. I cannot get in "
                                                         "the bath any more. I take sertraline. I rent my flat.")
    before = {s: {i["delivery_id"] for i in intakes(embedded_stack, s)} for s in ("housing-adaptations", "gp-practice")}
    asked = say("the gp and the home adaptations")
    for _ in range(15):  # the first one's own questions, each left or not known
        if "Do you agree" in asked:
            break
        asked = say("don't know" if "I can't leave this one" in asked or "have to ask" in asked else "skip")
    first, other, other_words = ("housing-adaptations", "gp-practice", "the gp") if asked.startswith("Home adaptations") \
        else ("gp-practice", "housing-adaptations", "the housing people")
    reply = say(f"yes to this one. actually not {other_words}, i dont want them contacted")
    assert "nothing will be shared with" in reply and "Do you agree" in reply, reply
    assert "your home" in reply, reply  # nothing of this service's parts held back
    after = say("yes")
    assert "has your details" in after and "?" not in after.split("has your details")[1], after  # no questions next
    assert [i for i in intakes(embedded_stack, first) if i["delivery_id"] not in before[first]]
    assert not [i for i in intakes(embedded_stack, other) if i["delivery_id"] not in before[other]]


def test_a_service_turned_down_at_its_own_question_is_left(embedded_stack):
    from tests.journey_steps import told_story

    say, _ = told_story(embedded_stack, "not-this-housing", "I am 70. I cannot get in the bath any more and the stairs "
                                                            "are hard. I live alone in my own house.")
    asked = say('/choose_service{"service_id":"housing-adaptations"}')
    assert "?" in asked and "Do you agree" not in asked, asked
    reply = say("I said not the housing people")
    assert "Nothing has been shared with Home adaptations" in reply, reply
