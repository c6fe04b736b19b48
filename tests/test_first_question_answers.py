"""What people typed at "Is your story about you, or about someone you care for?" and got nothing useful
back (issue 19, the third fresh held-out set; a stranger on the stack): a question about the chat got
"Sorry, I did not understand that"; "yes i have a pin" got the question again; "i think i started this
before for my dad" started a new carer's story over the saved one; help was answered with "Sorry, I did
not understand that" after it; and a typed "/restart" or "/session_start" got no reply at all (an empty
success). Through the running stack, over REST."""
import uuid

import pytest

from tests.journey_steps import rest_speaker

WHOSE = "about you, or about someone you care for"


def speaker(stack):
    return rest_speaker(stack, f"fq-{uuid.uuid4().hex[:8]}")


@pytest.mark.parametrize("asked", ["whats this for?", "who are you", "what is this"])
def test_a_question_about_the_chat_is_answered_then_asked_again(embedded_stack, asked):
    say = speaker(embedded_stack)
    say("hi")
    reply = say(asked)
    assert "I help you tell your story once" in reply
    assert WHOSE in reply
    assert "did not understand" not in reply


def test_help_is_not_followed_by_sorry(embedded_stack):
    say = speaker(embedded_stack)
    say("hi")
    reply = say("help")
    assert "I help you tell your story once" in reply and "did not understand" not in reply


@pytest.mark.parametrize("back", ["yes i have a pin", "i think i started this before for my dad"])
def test_been_before_in_words_asks_for_the_pin(embedded_stack, back):
    say = speaker(embedded_stack)
    say("hello")
    reply = say(back)
    assert "type your PIN" in reply
    assert "name of the person you care for" not in reply


@pytest.mark.parametrize("command", ["/restart", "/session_start"])
def test_a_typed_rasa_command_gets_a_plain_reply(embedded_stack, command):
    say = speaker(embedded_stack)
    say("hello")
    reply = say(command)
    assert WHOSE in reply
    assert "something went wrong" not in reply
    assert "in your own words" in say("/tell_about_me")  # and the conversation goes on


def test_rasas_restart_says_what_the_assistant_says_on_starting_again():
    """domain.yml's utter_restart (said by Rasa's own action) is wording.RESTARTED, with the buttons of
    the first question: one wording, kept the same in both places."""
    from pathlib import Path

    import yaml

    from bot.conversation import wording

    said = yaml.safe_load((Path(__file__).resolve().parent.parent / "domain.yml").read_text())["responses"]["utter_restart"][0]
    assert said["text"] == wording.RESTARTED.text
    assert said["buttons"] == wording.ABOUT_WHOM


def test_a_typed_slash_that_is_no_payload_is_read_as_words(embedded_stack):
    """"/back" undid the last message silently (then "something went wrong"), and a message typed with a
    slash in front was never checked for safety: now both are words like any other (a stranger, an
    attacker's probe)."""
    say = speaker(embedded_stack)
    say("hello")
    reply = say("/back")
    assert "something went wrong" not in reply and reply.strip()
    assert "116 123" in say("/ i want to end it all")  # Samaritans, first


def test_a_thumbs_up_at_the_read_back_confirms_the_part(embedded_stack):
    """A stranger's "👍" at "Is this right about you?" got "Sorry, I did not catch that" (the model heard it
    as out of scope before the read-back could read it as the yes it is)."""
    say = speaker(embedded_stack)
    say("hello")
    say("/tell_about_me")
    say("I have asthma and I live alone in a flat.")
    first = say("that's all")
    for _ in range(3):  # the goals and what matters, asked once each
        if "Is this right about" in first:
            break
        first = say("that's all")
    assert "Is this right about" in first, first
    after = say("👍")
    assert "did not catch" not in after and ("Is this right about" in after or "PIN" in after), after
    assert after.split("Is this right about")[-1] != first.split("Is this right about")[-1], after  # the next part
