"""A yes the NLU model did not know ("ye", "aye") at the consent question is understood from its words
and runs the share once, then the assistant listens (actions/actions.py, `then_listen`). Found by a
stranger trying the stack: the share went through, then "Your story is saved…" came eight times, Rasa's
circuit breaker tripped and every later message got "something went wrong". Through the running stack."""
import uuid

import pytest

from tests.journey_steps import confirm_read_back, finish_story, rest_speaker

STORY = "I am 60 and have asthma. I use an inhaler. I live alone. I want to walk more. My garden matters to me."


def at_the_gps_consent(say) -> None:
    """STORY told and read back, the GP chosen and its questions left for it: "Do you agree to share this?" was asked."""
    say("hello")
    say("/tell_about_me")
    say(STORY)
    confirm_read_back(say, finish_story(say))
    asked = say("my gp")
    for _ in range(8):
        if "Do you agree to share this?" in asked:
            break
        asked = say("leave the rest for the service" if "The form does not need" in asked else "skip")
    assert "Do you agree to share this?" in asked


@pytest.mark.parametrize("answer", ["ye", "aye"])
def test_a_yes_in_few_words_at_consent_shares_once_and_the_conversation_goes_on(embedded_stack, answer):
    say = rest_speaker(embedded_stack, f"few-words-{uuid.uuid4().hex[:8]}")
    at_the_gps_consent(say)
    shared = say(answer)
    assert shared.count("has your details") == 1, shared
    assert "shared only where you agreed" not in shared  # no reply said again and again
    assert "about you, or about someone you care for" in say("hello")


def test_a_yes_that_names_a_part_by_the_way_shares_all_of_it(embedded_stack):
    """A stranger (session 24): "yes that's fine, the GP knows all about my health anyway" at the consent question was
    read as a choice of the health part alone ("will receive: your health. Nothing else."), and the GP got no name."""
    say = rest_speaker(embedded_stack, f"by-the-way-{uuid.uuid4().hex[:8]}")
    at_the_gps_consent(say)
    asked = say("yes that's fine, the GP knows all about my health anyway")
    if "Do you agree" in asked:  # all of it, said back to be agreed
        assert "about you" in asked.lower() and "your medicines" in asked, asked  # not "your health. Nothing else."
        asked = say("yes")
    assert "has your details" in asked, asked
