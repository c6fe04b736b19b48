"""The phone number a person texts from, said in words at a service's phone question (strangers on the
stack, 2026-12-03): "This one I am texting from" got "That doesn't look like a phone number I can use".
By SMS it is the number the text came from; by web chat (or REST) it is asked for plainly."""
import uuid
from xml.etree import ElementTree

import requests
from twilio.request_validator import RequestValidator

from bot.delivery.service_keys import sms_auth_token
from bot.settings import load_settings
from tests.journey_steps import rest_speaker

STORY = "I am 60 and have asthma. I use an inhaler. I live alone. I want to walk more. My garden matters to me."


def _texter(stack, number: str):
    url = stack.url("rasa") + "/webhooks/sms/webhook"
    token = sms_auth_token(load_settings(stack.env))

    def text(body: str) -> str:
        fields = {"From": number, "To": "+447700900000", "Body": body, "MessageSid": "SM" + uuid.uuid4().hex}
        answer = requests.post(url, data=fields, timeout=120, headers={
            "X-Twilio-Signature": RequestValidator(token).compute_signature(url, fields)})
        assert answer.status_code == 200
        return "\n".join(m.text or "" for m in ElementTree.fromstring(answer.text).iter("Message"))

    return text


def _to_the_phone_question(say, about_me: str) -> str:
    say("hello")
    say(about_me)
    say(STORY)
    reply = say("that's all")
    for _ in range(12):
        if "choose a PIN" in reply:
            say("3917")
            reply = say("3917")
            break
        reply = say("yes")
    assert "Riverside Surgery" in reply, reply
    reply = say("1")
    assert "full name" in reply, reply
    say("Ann Example")
    reply = say("14 February 1947")
    assert "phone number" in reply, reply
    return reply


def test_the_number_texted_from_answers_the_phone_question_by_sms(embedded_stack):
    number = "+447700900" + str(uuid.uuid4().int)[:3]  # Ofcom's drama range: never anyone's
    text = _texter(embedded_stack, number)
    _to_the_phone_question(text, "1")  # "Reply 1 for About me"
    reply = text("This one I am texting from")
    assert "phone number" not in reply.lower() and "in hospital" in reply, reply


def test_the_number_is_asked_for_plainly_on_the_web(embedded_stack):
    say = rest_speaker(embedded_stack, f"number-{uuid.uuid4().hex[:8]}")
    _to_the_phone_question(say, "/tell_about_me")
    reply = say("this number")
    assert "I cannot see your number here. Please type it." in reply, reply
    assert "in hospital" in say("07700 900461")
