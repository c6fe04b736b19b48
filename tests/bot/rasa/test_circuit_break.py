"""A turn Rasa's circuit breaker stops (too many actions predicted in a row) ends listening, so the
conversation goes on (bot/rasa/failures.py, `listen_after_circuit_break`). Before, every later message
of that conversation tripped the breaker at once and got only "something went wrong": a person who
said "ye" to the consent question could never be answered again. Here the breaker is set to trip at
every turn of more than two actions, through the running stack."""
import uuid

import pytest

from tests.journey_steps import rest_speaker


@pytest.fixture(scope="module")
def stack_options() -> dict:
    return {"environ": {"MAX_NUMBER_OF_PREDICTIONS": "2"}}


def test_the_conversation_goes_on_after_a_turn_the_circuit_breaker_stopped(embedded_stack):
    say = rest_speaker(embedded_stack, f"breaker-{uuid.uuid4().hex[:8]}")
    assert "about you, or about someone you care for" in say("hello")  # two actions, then the breaker
    started = say("/tell_about_me")
    assert "in your own words" in started
    assert "went wrong" not in started
    assert "went wrong" not in say("I have asthma and I live alone.")
