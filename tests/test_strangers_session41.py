"""What a stranger found on the running stack in session 41, each through the stack as it was typed (REST), in our own
words: a carer who held back her own health had her mother's whole health left out of the GP's form; "i want to stop
the job one" was told "OK, I have stopped" and went on sharing."""
from __future__ import annotations

import uuid

from tests.journey_steps import (
    PIN,
    answer_service_questions,
    confirm_read_back,
    finish_story,
    rest_speaker,
    told_story,
)
from tests.test_end_to_end import intakes

MUMS = ("Mum is 84 and has dementia, she takes donepezil in the morning. She lives with me. "
        "I have thyroid problems myself and take levothyroxine.")


def test_a_carer_holding_back_her_own_health_shares_her_mothers(embedded_stack):
    say = rest_speaker(embedded_stack, f"ownhealth-{uuid.uuid4().hex[:8]}")
    for message in ("hello", "/tell_for_someone", "Joan Price", "my mum", "Sarah Price", "They agreed I can",
                    "yes she knows", MUMS):
        say(message)
    _, offers = confirm_read_back(say, finish_story(say))
    assert "These services could use it" in offers, offers
    before = {intake["delivery_id"] for intake in intakes(embedded_stack)}
    asked = say('/choose_service{"service_id":"gp-practice"}')
    assert "Do you agree to share this?" in answer_service_questions(say, asked)
    told = say("yes but not my own health, just mums")
    assert "I will leave out what you told me about yourself" in told and "Joan's health" in told, told
    assert "has Joan's details" in say("yes")
    ours = [intake for intake in intakes(embedded_stack) if intake["delivery_id"] not in before]
    delivered = str([(intake["questionnaireResponse"], intake["summary"]) for intake in ours]).lower()
    assert "dementia" in delivered, delivered
    assert "thyroid" not in delivered and "levothyroxine" not in delivered, delivered


def test_stopping_a_service_named_in_ones_own_words_stops_it(embedded_stack):
    say, _ = told_story(embedded_stack, "stopjob", "I hurt my back at work and lost my job. I take naproxen. I want to "
                                                    "get back to work.")
    asked = say('/choose_service{"service_id":"employment-support"}')
    assert "Do you agree to share this?" in answer_service_questions(say, asked)
    assert "has your details" in say("yes")
    stopped = say("i want to stop the job one, i have found work now")
    if "PIN" in stopped:
        stopped = say(PIN)
    assert "Nothing more will be sent to Employment support" in stopped, stopped
    who = say("who has my story?")
    assert "Employment support" not in who or "You are still sharing" not in who.split("Employment support")[1][:200], who
