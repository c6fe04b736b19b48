"""Found on the running stack at the start of session 33 (2026-12-06), each through real HTTP:
- the commonest answer at the services on offer, "all of them", got the Samaritans, and "none of them" the help for
  abuse by carers (the classifier alone);
- a brand-new sender whose first message was code ("' OR 1=1; --", "{{7*7}}") or a choice made later in the journey
  ("the gp please") was asked for a PIN never chosen, and a guess counted as a wrong try."""
from __future__ import annotations

import uuid

import pytest

from tests.journey_steps import told_story
from tests.test_safeguarding_everywhere import HELPLINES, SAMARITANS, rest

FIRST_QUESTION = "about you, or about someone you care for"
PIN_ASKED = "please type your PIN"


@pytest.mark.parametrize("choice", ["all of them", "none of them"])
def test_choosing_all_or_none_of_the_services_gets_no_safeguarding_help(embedded_stack, choice):
    say, _ = told_story(embedded_stack, "choosing")
    reply = say(choice)
    assert not any(line in reply for line in HELPLINES), reply
    if choice == "all of them":
        assert "I need a few things your story did not say" in reply or "Do you agree to share this?" in reply, reply


def test_a_disclosure_said_with_the_choice_still_gets_the_help(embedded_stack):
    say, _ = told_story(embedded_stack, "choosing-harm")
    reply = say("all of them. i just want to die to be honest")
    assert SAMARITANS in reply, reply


@pytest.mark.parametrize("first", ["' OR 1=1; --", "{{7*7}}", "admin' OR '1'='1", "the gp please"])
def test_a_first_message_guessed_as_a_later_choice_is_asked_the_first_question(embedded_stack, first):
    say = rest(embedded_stack, "first-" + uuid.uuid4().hex)
    replies = say(first)
    assert not any(PIN_ASKED in r for r in replies), replies
    assert any(FIRST_QUESTION in r for r in replies), replies
    replies = say("About me")  # and the journey goes on from there
    assert any("tell me about yourself" in r.lower() for r in replies), replies


def test_someone_who_says_they_have_been_here_before_is_still_asked_their_pin(embedded_stack):
    say = rest(embedded_stack, "first-" + uuid.uuid4().hex)
    assert any(PIN_ASKED in r for r in say("I have been here before"))
