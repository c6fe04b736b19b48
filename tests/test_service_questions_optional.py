"""A service's questions over the running stack (issue 20, "Asking"): after what the form requires,
what it does not require but the person can answer, each saying it can be skipped; "skip" leaves one,
"leave the rest for the service" the rest (never a required one: the person is told why), and what
was left is never asked again when the service is chosen again, in a later session too."""
from __future__ import annotations

import uuid

from tests.journey_steps import ANSWERS, PIN, confirm_read_back, finish_story, rest_speaker

STORY = ("My name is Ann Example. I have asthma and I take salbutamol. I'm allergic to penicillin. "
         "I live alone in a flat.")
OPTIONAL = "The form does not need this one"


def test_optional_questions_can_be_skipped_one_by_one_or_left_for_the_service(embedded_stack):
    say = rest_speaker(embedded_stack, f"issue20-optional-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    assert "I have kept that" in say(STORY)
    _, offers = confirm_read_back(say, finish_story(say))
    assert "These services could use it" in offers, offers
    asked = say('/choose_service{"service_id":"gp-practice"}')
    assert "I need a few things your story did not say" in asked
    # The first question is one the form requires: it cannot be left with the rest.
    assert OPTIONAL not in asked
    first = asked.splitlines()[-1]
    refused = say("leave the rest for the service")
    assert "I can't leave this one" in refused and "marks it as needed" in refused, refused
    assert refused.splitlines()[-1] == first  # and it is asked again
    # Answer the required ones; those the form does not need were left with that "leave the rest".
    for _ in range(12):
        if "Do you agree to share this?" in refused:
            break
        assert OPTIONAL not in refused, refused
        topic = next(t for t in ANSWERS if t in refused)
        refused = say(ANSWERS[topic][-1])
    assert "Do you agree to share this?" in refused, refused
    assert "no" in say("no").lower()
    # Another person: required first, then the optional ones, each saying it can be skipped.
    say = rest_speaker(embedded_stack, f"issue20-optional-2-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    say(STORY)
    _, offers = confirm_read_back(say, finish_story(say))
    asked = say('/choose_service{"service_id":"gp-practice"}')
    required_asked = 0
    for _ in range(12):
        if OPTIONAL in asked:
            break
        topic = next(t for t in ANSWERS if t in asked)
        asked = say(ANSWERS[topic][-1])
        required_asked += 1
    assert required_asked and OPTIONAL in asked and 'Say "skip"' in asked, asked
    first_optional = asked.split(OPTIONAL)[0].splitlines()[-1]
    asked = say("skip")
    assert OPTIONAL in asked and first_optional not in asked, asked  # the next one the form does not need
    second_optional = asked.split(OPTIONAL)[0].splitlines()[-1]
    ended = say("the service can ask the rest")
    assert "I will leave the rest for" in ended and "Do you agree to share this?" in ended, ended
    say("no")
    # Chosen again in a later session: nothing left for the service, nor anything answered, is asked again.
    say("/session_start")
    assert "type your PIN" in say("who has my story?")
    menu = say(PIN)
    # (from the menu: "Nothing else" there now ends what the PIN opened, session 22)
    again = say("share it with another service") + say('/choose_service{"service_id":"gp-practice"}')
    assert "PIN" not in again, menu + again
    assert "Do you agree to share this?" in again, menu + "\n---\n" + again
    assert first_optional not in again and second_optional not in again
