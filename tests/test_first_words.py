"""A newcomer whose first words the NLU model heard as "I have been here before" is asked for a PIN
they never had; a greeting or a story begun there starts afresh (bot/conversation/steps/pin.py,
`starting_afresh`). Found by a stranger: "I want to tell my story", then "hello", got "A PIN is 4 to 8
numbers only" and the PIN question again. Through the running stack."""
import uuid

import pytest

from tests.journey_steps import rest_speaker


@pytest.mark.parametrize("then", ["hello", "i want to tell my story", "start again"])
def test_a_greeting_at_the_pin_question_starts_afresh(embedded_stack, then):
    say = rest_speaker(embedded_stack, f"first-{uuid.uuid4().hex[:8]}")
    assert "type your PIN" in say("/returning")
    reply = say(then)
    assert "A PIN is 4 to 8 numbers" not in reply and "type your PIN" not in reply
    assert "about you, or about someone you care for" in reply
    assert "in your own words" in say("/tell_about_me")
