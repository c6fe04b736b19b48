"""What strangers found on the running stack (sessions 37 and 38), each through the stack as it was typed (REST): a
medicine put right at the read-back by a switch ("no, I switched from warfarin to apixaban 5mg twice a day") gave the
warfarin the new dose and kept it as taken, and the apixaban was lost: the GP would have been told the person takes
warfarin 5mg."""
from __future__ import annotations

import uuid

from tests.journey_steps import answer_service_questions, confirm_read_back, finish_story, rest_speaker
from tests.test_end_to_end import intakes


def test_a_medicine_switched_at_the_read_back_is_the_new_one(embedded_stack):
    say = rest_speaker(embedded_stack, f"switched-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    say("I am 78 and have atrial fibrillation. I take warfarin and ramipril 5mg. I live alone in my own house.")
    read, offers = confirm_read_back(say, finish_story(say), answers={
        "medicines": "no, I switched from warfarin to apixaban 5mg twice a day"})
    assert "These services could use it" in offers, offers
    assert "apixaban 5mg twice a day" in read, read
    assert "warfarin 5mg" not in read, read
    before = {intake["delivery_id"] for intake in intakes(embedded_stack)}
    asked = say('/choose_service{"service_id":"gp-practice"}')
    answer_service_questions(say, asked)
    assert "has your details" in say("yes")
    ours = [intake for intake in intakes(embedded_stack) if intake["delivery_id"] not in before]
    delivered = str([intake["questionnaireResponse"] for intake in ours])
    assert "apixaban 5mg twice a day" in delivered, delivered
    assert "warfarin 5mg" not in delivered, delivered
    taken = [line for line in delivered.split("'valueString': ") if "warfarin" in line]
    assert all("stopped" in line or "past" in line or "used to" in line for line in taken), taken
