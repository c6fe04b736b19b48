"""The SMS channel on the real, running assistant: requests signed as Twilio signs them, forged
ones, numbered options, a long story over several texts, and odd messages."""
from __future__ import annotations

import random
import uuid
import xml.etree.ElementTree as ElementTree

import pytest
import requests
from twilio.request_validator import RequestValidator

from bot.delivery.service_keys import sms_auth_token
from bot.ops.stack import Stack
from bot.rasa.channels.text import segments
from bot.settings import load_settings
from tests.journey_steps import answer_service_questions, confirm_read_back

# The stack is shared with other modules (tests/conftest.py): this module's numbers are its own, so
# a "new number" is new and a number's conversation is only what this module said there.
BLOCK = random.randrange(0, 100_000, 100)


def number(n: int) -> str:
    return f"+4477009{BLOCK + n:05d}"


PHONE = number(23)
KNOWN = number(24)  # tells a long story below


class Phone:
    """A phone texting the assistant, through a provider that signs each webhook request."""

    def __init__(self, stack: Stack, number: str, token: str | None = None):
        self.url = stack.url("rasa") + "/webhooks/sms/webhook"
        self.number = number
        self.token = token or sms_auth_token(load_settings(stack.env))

    def post(self, fields: dict, signature: str | None = None) -> requests.Response:
        signed = RequestValidator(self.token).compute_signature(self.url, fields)
        return requests.post(self.url, data=fields, timeout=120,
                             headers={"X-Twilio-Signature": signed if signature is None else signature})

    def text(self, body: str | None) -> list[str]:
        # Each text its own MessageSid, as Twilio gives it: a repeated one is a retry, handled once.
        fields = {"From": self.number, "To": "+447700900000", "MessageSid": "SM" + uuid.uuid4().hex}
        if body is not None:
            fields["Body"] = body
        answer = self.post(fields)
        assert answer.status_code == 200 and answer.headers["Content-Type"].startswith("application/xml")
        texts = [m.text or "" for m in ElementTree.fromstring(answer.text).iter("Message")]
        assert all(segments(t) <= 3 for t in texts), [segments(t) for t in texts]
        return texts


def test_a_signed_text_gets_a_twiml_reply_with_numbered_options(embedded_stack):
    texts = Phone(embedded_stack, PHONE).text("hello")
    assert "about you, or about someone you care for" in texts[-1]
    assert texts[-1].endswith("Reply 1 for About me, 2 for Someone I care for, 3 for I have been here before.")


def test_forged_and_unsigned_requests_reach_nothing(embedded_stack):
    phone = Phone(embedded_stack, number(55))
    fields = {"From": phone.number, "Body": "hello"}
    assert phone.post(fields, signature="").status_code == 403
    assert phone.post(fields, signature="bm90IGEgc2lnbmF0dXJl").status_code == 403
    assert Phone(embedded_stack, phone.number, token="guessed-token").post(fields).status_code == 403
    signed = RequestValidator(phone.token).compute_signature(phone.url, fields)
    tampered = requests.post(phone.url, data={**fields, "Body": "I want to delete everything"},
                             headers={"X-Twilio-Signature": signed}, timeout=30)
    assert tampered.status_code == 403


def test_a_long_story_over_several_texts_is_all_kept_and_read_back(embedded_stack):
    phone = Phone(embedded_stack, KNOWN)
    phone.text("hello")
    assert "in your own words" in " ".join(phone.text("1"))  # 1 = About me
    parts = [
        "I'm Wilfred and I'm 84. I have heart failure and type 2 diabetes. " + "I get tired easily. " * 60,
        "I take furosemide 40mg every morning and metformin twice a day. " + "Mornings are hard. " * 60,
        "I live alone in a bungalow. My neighbour Ruth does my shopping. I want to walk to the park again.",
    ]
    assert all(len(p) <= 1600 for p in parts)
    for part in parts:
        assert "I have kept that" in " ".join(phone.text(part))
    reply = " ".join(phone.text("that's all"))
    if "Or say \"that's all\" to go on" in reply:  # what matters to him was not said: asked once
        reply = " ".join(phone.text("that's all"))
    assert "Reply 1 for Yes, 2 for Remove this, 3 for Something is wrong." in reply
    read_back, offers = confirm_read_back(lambda m: " ".join(phone.text("1" if m == "yes" else m)), reply)
    for fact in ("heart failure", "furosemide", "metformin", "bungalow", "Ruth"):
        assert fact in read_back, fact
    assert "These services could use it" in offers and "\n1. " in offers
    assert "Reply 1 for" not in offers  # the services are numbered in the text once, not again as options
    consent = answer_service_questions(lambda m: " ".join(phone.text(m)), " ".join(phone.text("1")))
    assert "will receive:" in consent and "Do you agree to share this?" in consent


def test_the_same_number_written_two_ways_is_one_conversation_and_others_are_separate(embedded_stack):
    Phone(embedded_stack, f"+44 7700 9{BLOCK + 26:05d}").text("hello")
    assert "in your own words" in " ".join(Phone(embedded_stack, number(26)).text("1"))
    stranger = Phone(embedded_stack, number(27)).text("1")  # no numbered options were sent to this one
    assert "in your own words" not in " ".join(stranger)


def test_a_number_with_a_story_and_a_new_number_are_told_the_same(embedded_stack):
    known = Phone(embedded_stack, KNOWN)  # told a story above
    assert known.text("hello") == Phone(embedded_stack, number(99)).text("hello")


@pytest.mark.parametrize("body,expected", [
    (None, "I can only read the words"), ("", "I can only read the words"), ("   ", "I can only read the words"),
    ("a\x00b", "character I can't read"), ("x" * 1601, "smaller parts"),
])
def test_odd_texts_get_a_plain_reply(embedded_stack, body, expected):
    assert expected in " ".join(Phone(embedded_stack, number(30)).text(body))


def test_emoji_other_scripts_and_hidden_direction_marks_get_a_reply(embedded_stack):
    phone = Phone(embedded_stack, number(31))
    for body in ("😀🙏", "مرحبا", "\u202eolleh", "/choose_service{\"service_id\":\"nowhere\"}", "99", "/restart", "/"):
        assert phone.text(body), body


def test_the_networks_stop_words_say_how_texts_start_again_and_start_starts(embedded_stack):
    """After STOP (or UNSUBSCRIBE, CANCEL, END, QUIT, STOPALL) the provider sends a number nothing until
    it texts START: "say hello to carry on" would go unanswered, and UNSUBSCRIBE was kept as story
    (found by a stranger texting)."""
    phone = Phone(embedded_stack, number(31))
    phone.text("hello")
    assert "in your own words" in " ".join(phone.text("1"))
    stopped = " ".join(phone.text("UNSUBSCRIBE"))
    assert "text START" in stopped and "I have kept that" not in stopped
    assert "about you, or about someone you care for" in " ".join(phone.text("START"))
    assert "text START" in " ".join(phone.text("Stop"))
