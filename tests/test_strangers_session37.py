"""What a stranger found on the running stack in session 37, each through the stack as it was typed (REST): three carers'
own numbers, given where the person's was asked ("ring me … her voice is too quiet for the phone"), went to the services
as the person's telephone number; a "yes" to "Is anyone in the household terminally ill?" put right at the consent
question ("sorry I press wrong, nobody is terminally ill, is no") was taken as a no to sharing, and the welfare rights
service was later sent "terminally ill: yes"."""
from __future__ import annotations

import uuid

from tests.journey_steps import PIN, rest_speaker, told_story
from tests.test_end_to_end import intakes


def test_a_carers_own_number_is_said_as_the_carers(embedded_stack):
    say = rest_speaker(embedded_stack, f"carers-number-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_someone")
    for reply in ("Joan Smith", "daughter", "Sue", "They agreed I can", "yes"):
        say(reply)
    say("My mum Joan is 84, she has COPD and dementia. She lives alone in her own house.")
    reply = say("that's all")
    for _ in range(4):
        if "read back" in reply:
            break
        reply = say("that's all")
    for _ in range(12):
        if "choose a PIN" in reply:
            break
        reply = say("yes")
    say(PIN)
    say(PIN)
    before = {intake["delivery_id"] for intake in intakes(embedded_stack)}
    asked = say('/choose_service{"service_id":"gp-practice"}')
    said = []
    answers = {"date of birth": "3 March 1942", "phone number": "ring me, Sue, on 07700 900123, mum cant hear the phone",
               "in hospital": "no", "allergies": "none", "medicines": "none"}
    for _ in range(12):
        if "Do you agree to share this?" in asked:
            break
        found = next((words for words in answers if words in asked), None)
        asked = say(answers.pop(found) if found else "leave the rest for the service")
        said.append(asked)
    assert any("07700 900123 down as your number. The service will ring you" in s for s in said), said
    assert "has Joan's details" in say("yes")
    ours = [intake for intake in intakes(embedded_stack) if intake["delivery_id"] not in before]
    delivered = str(ours)
    assert "07700 900123 (the carer's number: ring the carer instead)" in delivered, delivered


def test_a_yes_put_right_at_the_consent_question_is_changed_and_sent_so(embedded_stack):
    say, _ = told_story(embedded_stack, "put-right", "I am 58 and have diabetes and arthritis. I rent a flat with my "
                                                     "husband. Money is tight, I only get universal credit.")
    before = {intake["delivery_id"] for intake in intakes(embedded_stack, "welfare-benefits")}
    asked = say('/choose_service{"service_id":"welfare-benefits"}')
    answers = {"date of birth": "3 March 1968", "address": "12 Example Street, Leeds LS1 4AP",
               "phone number": "07700 900461", "where you live": "Private rented", "working at the moment": "No",
               "in savings": "No", "like help with": "A full benefits check", "benefits do": "Universal Credit",
               "terminally ill": "yes"}
    for _ in range(25):
        if "Do you agree to share this?" in asked:
            break
        found = next((words for words in answers if words in asked), None)
        asked = say(answers.pop(found) if found else "skip")
    assert "terminally ill" not in answers, "the question was never asked"
    reply = say("sorry I press wrong, nobody is terminally ill, is no")
    assert "I have changed your answer to “Is anyone in the household terminally ill?” to No" in reply, reply
    assert "Do you agree to share this?" in reply and "Nothing has been shared" not in reply, reply
    assert "has your details" in say("yes")
    ours = [intake for intake in intakes(embedded_stack, "welfare-benefits") if intake["delivery_id"] not in before]
    answered = [a for intake in ours for item in _items(intake) if item.get("linkId") == "health.terminal"
                for a in item.get("answer", [])]
    assert answered == [{"valueBoolean": False}], answered


def _items(intake: dict) -> list[dict]:
    found: list[dict] = []

    def walk(items: list[dict]) -> None:
        for item in items:
            found.append(item)
            walk(item.get("item", []))
            for answer in item.get("answer", []):
                walk(answer.get("item", []))
    walk(intake["questionnaireResponse"].get("item", []))
    return found
