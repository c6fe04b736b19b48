"""What strangers trying the running stack found on 2026-12-03 (issue 19), each through the running
stack (one stack for the module):

- a message in Welsh or Polish got "Sorry, I did not understand" again and again, and Polish story
  text was structured into wrong English facts ("i", Polish for "and", read back as "you"): now one
  plain reply says we can only understand English for now and how to get help; nothing is lost, and
  the words are not kept as story (bot/conversation/meaning/language.py);
- "It is all", "I finish", "that is all for now" were kept as story instead of ending it;
- "i forgot my pin" at the PIN question got the PIN question again;
- "she's my mum", said when telling whose story it is, was asked for again ("How are you related to
  Jean?");
- "What was the stay for?" was asked after "no" to having been in hospital;
- the carers' assessment asked the carer about the hours of care as if about the person cared for.
"""
import uuid

import pytest

from tests.journey_steps import confirm_read_back, finish_story, rest_speaker

STORY = "I am 60 and have asthma. I use an inhaler. I live alone. I want to walk more. My garden matters to me."
ONLY_ENGLISH = "only understand English"


def _speaker(stack, name):
    return rest_speaker(stack, f"{name}-{uuid.uuid4().hex[:8]}")


@pytest.mark.parametrize("words", ["Dw i ddim yn siarad Saesneg yn dda", "Dzień dobry, nie mówię po angielsku"])
def test_another_language_at_the_first_question_gets_one_plain_reply_and_no_loop(embedded_stack, words):
    say = _speaker(embedded_stack, "welsh")
    say("hello")
    first = say(words)
    assert ONLY_ENGLISH in first and "did not understand" not in first, first
    assert "about you, or about someone you care for" in first  # where they are, with buttons to press
    again = say(words)
    assert ONLY_ENGLISH in again and "did not understand" not in again, again
    assert "in your own words" in say("/tell_about_me")  # nothing lost: the story can still be told


def test_story_text_in_another_language_is_not_kept_as_wrong_english_facts(embedded_stack):
    say = _speaker(embedded_stack, "polish")
    say("hello")
    say("/tell_about_me")
    say(STORY)
    reply = say("Moja mama i tata mają cukrzycę i demencję")
    assert ONLY_ENGLISH in reply, reply
    read, _ = confirm_read_back(say, finish_story(say), pin=None)
    assert "asthma" in read  # what was told in English is kept
    assert "diabetes" not in read.lower() and "dementia" not in read.lower() and "cukrz" not in read.lower()
    assert "mama" not in read.lower() and "moja" not in read.lower(), read


@pytest.mark.parametrize("words", ["It is all", "I finish", "that is all for now"])
def test_a_second_language_way_of_saying_done_ends_the_story(embedded_stack, words):
    say = _speaker(embedded_stack, "done")
    say("hello")
    say("/tell_about_me")
    say(STORY)
    reply = say(words)
    assert "Is this right about" in reply, reply


def test_i_forgot_my_pin_at_the_pin_question_gets_a_plain_answer(embedded_stack):
    say = _speaker(embedded_stack, "forgot")
    assert "type your PIN" in say("/returning")
    reply = say("i forgot my pin")
    assert "type your PIN" not in reply and "4 to 8 numbers" not in reply, reply
    assert "forgotten your PIN" in reply and "start" in reply, reply
    assert "about you, or about someone you care for" in say("hello")


def test_the_relationship_said_with_whose_story_it_is_is_not_asked_again(embedded_stack):
    say = _speaker(embedded_stack, "mum")
    say("hello")
    asked = say("she's my mum")
    assert "name of the person you care for" in asked, asked
    after_name = say("Jean")
    assert "How are you related" not in after_name and "what is your name" in after_name, after_name


def _services_questions(say, offers_reply, service_words, answer):
    """Chooses a service, then answers its questions with `answer(question)` (None: "skip") until the
    consent question; returns every question asked."""
    asked, seen = say(service_words), []
    for _ in range(20):
        if "Do you agree to share this?" in asked:
            return seen
        seen.append(asked)
        asked = say(answer(asked) or "skip")
    raise AssertionError(f"no consent question: {asked[-300:]}")


def test_no_follow_up_about_a_hospital_stay_after_no(embedded_stack):
    say = _speaker(embedded_stack, "stay")
    say("hello")
    say("/tell_about_me")
    say(STORY)
    _, offers = confirm_read_back(say, finish_story(say))
    seen = _services_questions(say, offers, "my gp", lambda q: "No" if "in hospital" in q else None)
    assert any("in hospital" in q for q in seen), seen
    assert not any("stay for" in q.lower() for q in seen), seen


def test_the_carers_assessment_asks_the_carer_about_their_own_hours_of_care(embedded_stack):
    say = _speaker(embedded_stack, "hours")
    say("hello")
    say("/tell_about_someone")
    for answer in ("Jean Example", "Son or daughter", "Amy", "They agreed I can", "Yes"):
        say(answer)
    say("Jean has dementia. I look after her every day and I am exhausted. She wants to stay at home. "
        "Her cat matters to her.")
    _, offers = confirm_read_back(say, finish_story(say))
    seen = _services_questions(say, offers, "the carers assessment", lambda q: None)
    hours = [q for q in seen if "hours" in q]
    assert hours and "How many hours a week do you care for Jean?" in hours[0], seen
