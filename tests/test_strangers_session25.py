"""What a stranger on the running stack found in session 25, each through the stack as they typed it (REST): a
disclosure typed at one of a carer's questions got the help, but was then taken as the answer and never reached the
story, so no service heard of the risk the person chose to share."""
from __future__ import annotations

import uuid

from tests.journey_steps import PIN, confirm_read_back, finish_story, rest_speaker, saved_story
from tests.test_safeguarding_everywhere import OPENING, TENTATIVE_OPENING


def test_a_disclosure_at_a_carers_question_is_kept_with_the_story_and_the_question_asked_again(embedded_stack):
    say = rest_speaker(embedded_stack, f"carer-disclosure-{uuid.uuid4().hex[:8]}")
    say("hi")
    say("its for my mum")
    assert "your name" in say("Patricia")
    told = say("my brother takes her pension every week and she has no money for food")
    assert OPENING in told or TENTATIVE_OPENING in told, told
    assert "I have kept what you told me" in told and "what is your name" in told.lower(), told  # asked again
    asked = say("Sue")
    assert "right to speak for Patricia" in asked, asked  # "Sue" is the carer's name; nothing was taken before
    say("/basis_agreed")
    say("yes")
    say("She has arthritis in her knees.")
    read, _ = confirm_read_back(say, finish_story(say), pin=PIN)
    risks = [part for part in read.split("Is this right about") if "pension" in part]
    assert risks and "brother" in risks[0].lower(), read


def test_a_disclosure_at_how_are_you_related_is_never_taken_as_the_relationship(embedded_stack):
    """The stranger's words: "my uncle Dave …" at "How are you related to Patricia?" became "other family" (and the
    basis of a power of attorney), and the bruises never reached the read-back."""
    sender = f"carer-related-{uuid.uuid4().hex[:8]}"
    say = rest_speaker(embedded_stack, sender)
    say("hi")
    say("/tell_about_someone")
    assert "How are you related to Patricia" in say("Patricia Doyle")
    told = say("my uncle Dave has been staying with her since september and she goes very quiet when hes around, "
               "ive noticed bruises on her arms she cant explain")
    assert (OPENING in told or TENTATIVE_OPENING in told) and "How are you related to Patricia" in told, told
    assert "your name" in say("im her daughter")
    say("Sue")
    say("/basis_agreed")
    say("yes")
    read, _ = confirm_read_back(say, finish_story(say), pin=PIN)
    risks = [part for part in read.split("Is this right about") if "Risks and safety" in part]
    assert risks and "uncle Dave" in risks[0], read
    assert "People who support them" not in read and "Other family" not in read, read
    assert "bruises on her arms" in saved_story(embedded_stack, sender)[1]  # kept whole, as said


def test_an_allergy_put_right_at_the_read_back_is_the_allergy_and_neither_is_taken(embedded_stack):
    """The stranger's words at the allergies read-back: "no sorry, is not aspirin, is ibuprofen. aspirin I can take"
    read back "You take aspirin. You take ibuprofen." and kept the aspirin allergy."""
    say = rest_speaker(embedded_stack, f"allergy-put-right-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    say("I am allergic to aspirin. I take metformin for my diabetes.")
    read, _ = confirm_read_back(say, finish_story(say), pin=PIN,
                                answers={"allergies": "no sorry, is not aspirin, is ibuprofen. aspirin I can take"})
    after = read.split("no sorry")[-1] if "no sorry" in read else read
    allergies = [part for part in read.split("Is this right about") if "Allergies" in part]
    assert allergies and "ibuprofen" in allergies[-1] and "aspirin" not in allergies[-1], read
    assert "You take aspirin" not in read and "You take ibuprofen" not in read, after
