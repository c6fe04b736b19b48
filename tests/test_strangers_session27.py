"""What a stranger on the running stack found in session 27, each through the stack as they typed it (REST)."""
from __future__ import annotations

import uuid

from tests.journey_steps import finish_story, rest_speaker
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


def test_a_harm_to_a_child_cared_for_gets_the_childrens_help(embedded_stack):
    """A mother telling her son's story ("How old is Tyler?" "8") typed "his dad still turns up at school and last time
    he grabbed tyler by the arm and left bruises": the Domestic Abuse Helpline came, and no NSPCC."""
    say = rest_speaker(embedded_stack, f"child-cared-for-{uuid.uuid4().hex[:8]}")
    say("hi")
    say("someone i care for")
    say("my son Tyler")
    say("leanne")
    asked = say("I am the parent of a child under 16")
    assert "How old" in asked, asked
    say("8")
    say("No")
    say("Tyler has asthma and uses a blue inhaler.")
    reply = say("his dad still turns up at school and last time he grabbed tyler by the arm and left bruises")
    assert "NSPCC" in reply, reply
    assert reply.index("NSPCC") < reply.index("Domestic Abuse") if "Domestic Abuse" in reply else True, reply


def test_a_danger_told_at_the_read_back_is_kept_and_read_back_with_the_risks(embedded_stack):
    """At "Is this right about people who support them?" the stranger typed "its mostly right but his dad still turns up
    at school and last time he grabbed tyler by the arm and left bruises": the help came, saying "I have kept what you
    told me", then "Sorry, I did not catch that", and nothing of it was kept or read back."""
    say = rest_speaker(embedded_stack, f"danger-at-read-back-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    say("I am 60 and have asthma. My sister Jean helps me with shopping.")
    asked = finish_story(say)
    said = []
    for _ in range(10):
        if "support" in asked.lower() and "Is this right" in asked:
            break
        asked = say("yes")
    reply = say("mostly right but my ex still turns up and last week he grabbed me by the arm and left bruises")
    assert OPENING in reply or TENTATIVE_OPENING in reply, reply
    assert "did not catch" not in reply, reply
    for _ in range(10):
        said.append(asked := say("yes"))
        if "Risks and safety" in asked or "PIN" in asked:
            break
    assert any("Risks and safety" in a and "grabbed" in a for a in said), said
