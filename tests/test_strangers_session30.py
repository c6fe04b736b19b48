"""What a stranger found on the running stack in session 30, each through the stack as it was typed (REST): a remark the
person asked not to be sent, at the consent question, in words that also got the urgent help, was dropped with the help,
and "yes" then sent it to the GP."""
from __future__ import annotations

from tests.journey_steps import answer_service_questions, told_story
from tests.test_end_to_end import intakes

STORY = ("I am 58 and have asthma. I use an inhaler. I live alone. Some days I think I would be better off dead. "
         "I want to walk more. My garden matters to me.")


def test_a_remark_held_back_with_the_help_is_still_held_back(embedded_stack):
    """ "yes, but please don't send what mum said about being better off dead" got the urgent help, then "do you agree
    to share this?" whole; "yes" sent "… she'd be better off dead" to the GP (a stranger, session 30)."""
    say, _ = told_story(embedded_stack, "held-back-remark", STORY)
    before = {intake["delivery_id"] for intake in intakes(embedded_stack, "gp-practice")}
    answer_service_questions(say, say('/choose_service{"service_id":"gp-practice"}'))
    reply = say("yes, but please don't send what I said about being better off dead")
    assert "116 123" in reply, reply  # the help, for the words said again
    assert "I have left out" in reply and "better off dead" in reply and "Do you agree" in reply, reply
    assert "has your details" in say("yes")
    sent = [i for i in intakes(embedded_stack, "gp-practice") if i["delivery_id"] not in before]
    assert len(sent) == 1 and "better off dead" not in str(sent[0]).lower(), sent[0]["sections"]
    assert "asthma" in str(sent[0]).lower()  # the rest was shared


def test_a_thing_after_but_not_is_held_back(embedded_stack):
    """ "yes but not the drinking" (a stranger, session 30): the part that holds it is left out, and said so."""
    say, _ = told_story(embedded_stack, "but-not-thing", "I am 47. I have depression and I drink too much most nights. "
                                                         "I take sertraline. I live with my brother. I want a job.")
    answer_service_questions(say, say('/choose_service{"service_id":"gp-practice"}'))
    reply = say("yes but not the drinking")
    assert "I have left out" in reply and "drinking" in reply and "Do you agree" in reply, reply


def test_a_buttons_payload_is_no_answer_to_a_forms_question(embedded_stack):
    """ "/affirm" (an earlier Yes button, tapped again) at "What medicines do you take now?" was kept: the GP got
    "Medicines: /affirm" (a stranger, session 30). It is said to be an earlier question's, and the question asked again."""
    say, _ = told_story(embedded_stack, "stale-button", "I am 70. I have asthma and I use an inhaler. I live alone. I want "
                                                        "to walk more.")
    before = {intake["delivery_id"] for intake in intakes(embedded_stack, "gp-practice")}
    asked = say('/choose_service{"service_id":"gp-practice"}')
    assert "?" in asked and "Do you agree" not in asked, asked
    again = say("/affirm")
    assert "That button was for an earlier question" in again, again
    question = [line for line in asked.splitlines() if "?" in line][-1].split("?")[0]
    assert again.count(question) == 1, (question, again)  # asked again, once
    assert "That button was for an earlier question" in say("/deny")
    answer_service_questions(say, again)
    assert "has your details" in say("yes")
    sent = [i for i in intakes(embedded_stack, "gp-practice") if i["delivery_id"] not in before]
    assert len(sent) == 1 and "/affirm" not in str(sent[0]) and "/deny" not in str(sent[0]), sent[0]
