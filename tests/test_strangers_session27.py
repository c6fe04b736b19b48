"""What a stranger on the running stack found in session 27, each through the stack as they typed it (REST)."""
from __future__ import annotations

import uuid

from tests.journey_steps import rest_speaker
from tests.test_consent_in_few_words import at_the_gps_consent
from tests.test_end_to_end import intakes
from tests.test_safeguarding_everywhere import OPENING, TENTATIVE_OPENING


def test_a_part_held_back_before_a_danger_told_in_the_same_reply_stays_held_back(embedded_stack):
    """ "yes, but not her health. to be honest im at the end of my rope, some nights i think about just putting a pillow
    over her face": the help came, then the question again whole ("just" in the danger's words was read as "only"), and
    "yes" sent the health held back."""
    say = rest_speaker(embedded_stack, f"held-back-just-{uuid.uuid4().hex[:8]}")
    at_the_gps_consent(say)
    before = {intake["delivery_id"] for intake in intakes(embedded_stack)}
    asked = say("yes, but not my medicines. to be honest some nights i think about just taking all my tablets and "
                "ending it")
    assert OPENING in asked, asked
    assert "Do you agree" in asked and "your medicines" not in asked.split("agree")[0][-400:], asked
    assert "has your details" in say("yes")
    held = [i for i in intakes(embedded_stack) if i["delivery_id"] not in before]
    assert len(held) == 1 and "medications" not in held[0]["sections"] and "health" in held[0]["sections"], held


def test_a_plan_played_down_gets_the_help(embedded_stack):
    """ "nah its fine. wont matter soon anyway, got a plan for the weekend if u know what i mean lol" got "Sorry, I did
    not catch that." (without "nah its fine." it got the Samaritans)."""
    say = rest_speaker(embedded_stack, f"plan-played-down-{uuid.uuid4().hex[:8]}")
    at_the_gps_consent(say)
    reply = say("nah its fine. wont matter soon anyway, got a plan for the weekend if u know what i mean lol")
    assert OPENING in reply or TENTATIVE_OPENING in reply, reply
    assert "Samaritans" in reply, reply
