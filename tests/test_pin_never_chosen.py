"""A stranger (session 17), a daughter telling her mum's story: at "Please choose a PIN" she typed "you forgot her
tablets, furosemide and donepezil", was told "OK, I have stopped … what you told me is kept safely", and could never
come back: returning asked for a PIN she never chose ("A PIN is 4 to 8 numbers only"). More of the story at the first
PIN is no stop, and a story saved here whose PIN was never chosen gets one chosen on return. Through the stack."""
from __future__ import annotations

import uuid

import requests

from tests.journey_steps import confirm_read_back, finish_story

PIN = "5183"


def _rest(stack, sender: str):
    def say(message: str) -> str:
        answer = requests.post(stack.url("rasa") + "/webhooks/rest/webhook", headers=stack.rest_headers(),
                               json={"sender": sender, "message": message}, timeout=120)
        assert answer.status_code == 200
        return "\n".join(reply.get("text", "") for reply in answer.json())
    return say


def _at_the_first_pin(stack, story: str):
    """Someone who told `story` and confirmed its read-back, now asked to choose a PIN: how they speak."""
    say = _rest(stack, "rest-" + uuid.uuid4().hex)
    say("hello")
    say("/tell_about_me")
    say(story)
    _, asked = confirm_read_back(say, finish_story(say), pin=None)
    assert "choose a PIN" in asked, asked
    return say


def test_more_story_at_the_first_pin_is_no_stop_and_a_pin_never_chosen_is_chosen_on_return(embedded_stack):
    say = _at_the_first_pin(embedded_stack, "I have asthma and I use an inhaler. I live alone in a flat.")
    more = say("you forgot my tablets, I take salbutamol too")
    assert "I have stopped" not in more and "update my story" in more, more
    assert "I have stopped" in say("stop")  # the story is kept, and no PIN was chosen
    say("hello")
    asked = say("/returning")
    assert "You did not choose a PIN last time" in asked, asked
    assert "type the same PIN again" in say(PIN)
    chosen = say(PIN)
    assert "Your PIN is set" in chosen, chosen
    assert "Tell me what has changed" in say("update my story")


def test_a_story_that_tells_of_danger_is_never_opened_by_choosing_a_pin_later(embedded_stack):
    """A second reader (session 17): by SMS whoever holds the phone could choose the PIN of a story saved without
    one, and read it; for a story that tells of danger (someone may have stopped at the PIN because the one who
    harms them came in) the PIN is asked for as ever, and none can be chosen."""
    say = _at_the_first_pin(embedded_stack, "I have asthma. My husband checks my phone and takes my bank card.")
    assert "I have stopped" in say("stop")
    say("hello")
    asked = say("/returning")
    assert "You did not choose a PIN last time" not in asked and "type your PIN" in asked, asked
    assert "Please type the same PIN again" not in say(PIN)
