"""What a stranger found on the running stack in session 32, each through the stack as it was typed (REST): a woman of 52
whose partner keeps her bank card was given the helpline for older people at the next message, though she had said her
age with her name; a son putting his father's name right at the read-back made his father female, lost his age and read
his Parkinson's back as a husband's."""
from __future__ import annotations

from bot.understanding.safeguarding.categories import DOMESTIC_ABUSE, HOURGLASS
from tests.journey_steps import rest_speaker


def test_money_kept_by_a_partner_gets_the_domestic_abuse_helpline_for_an_adult_under_60(embedded_stack):
    say = rest_speaker(embedded_stack, "s32-money-kept")
    assert "care for" in say("hi")
    assert "in your own words" in say("About me")
    say("I'm Sarah Mitchell, 52. I have COPD and anxiety.")
    say("I live with my partner in a council flat in Hull.")
    reply = say("He keeps my bank card and gives me £10 a week, and he gets nasty if I ask for more.")
    assert DOMESTIC_ABUSE in reply and HOURGLASS not in reply, reply


def test_a_name_put_right_at_the_read_back_keeps_who_they_are(embedded_stack):
    say = rest_speaker(embedded_stack, "s32-full-name")
    assert "care for" in say("hi")
    assert "name of the person" in say("its about my dad")
    say("Frank")
    say("Tom Baxter")
    say("son")
    assert "know you are telling" in say("they agreed i can")
    assert "in your own words" in say("yes")
    say("Dad is 79 and lives alone in Carlisle")
    say("he has Parkinson's, diagnosed 4 years ago")
    reply = say("that's all")
    for _ in range(3):  # the questions of what they want and what matters, left
        if "About the person" in reply:
            break
        reply = say("that's all")
    assert "About the person" in reply, reply
    reply = say("his full name is Frank Baxter, same as mine")
    assert "Frank Baxter" in reply and "male" in reply and "female" not in reply and "79" in reply, reply
    reply = say("yes")
    assert "They have parkinson's" in reply and "husband" not in reply.lower(), reply
