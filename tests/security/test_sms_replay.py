"""A signed SMS webhook request sent twice (Twilio retries when it did not get our answer in time,
and anyone who saw one request can send it again): handled once, the repeat answered the same,
nothing stored twice. Through the running stack, with requests signed as Twilio signs them."""
from __future__ import annotations

import asyncio
import random
import uuid
import xml.etree.ElementTree as ElementTree
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from twilio.request_validator import RequestValidator

from bot.delivery.service_keys import sms_auth_token
from bot.settings import load_settings

# The stack is shared with other modules (tests/conftest.py): these numbers are this module's own,
# so the messages a conversation holds are the ones sent here.
BLOCK = random.randrange(0, 100_000, 10)


def number(n: int) -> str:
    return f"+4477009{BLOCK + n:05d}"


class Twilio:
    """Twilio's side of one phone: each new text has its own MessageSid; `send` can repeat one."""

    def __init__(self, stack, number: str):
        self.url = stack.url("rasa") + "/webhooks/sms/webhook"
        self.number = number
        self.token = sms_auth_token(load_settings(stack.env))

    def fields(self, body: str) -> dict:
        return {"From": self.number, "To": "+447700900000", "Body": body,
                "MessageSid": "SM" + uuid.uuid4().hex, "AccountSid": "AC" + "1" * 32}

    def send(self, fields: dict) -> str:
        signature = RequestValidator(self.token).compute_signature(self.url, fields)
        answer = requests.post(self.url, data=fields, headers={"X-Twilio-Signature": signature}, timeout=120)
        assert answer.status_code == 200, answer.status_code
        return answer.text


def texts(twiml: str) -> list[str]:
    return [m.text or "" for m in ElementTree.fromstring(twiml).iter("Message")]


@pytest.fixture
def user_messages(embedded_stack, monkeypatch):
    """How many messages the conversation of a number holds, read from Rasa's own (sealed) store."""
    from rasa.shared.core.domain import Domain

    from bot.rasa.channels.sms import conversation_id
    from bot.rasa.tracker_store import EncryptedTrackerStore
    from bot.settings import PROJECT_ROOT

    monkeypatch.setenv("TELL_VAR_DIR", str(embedded_stack.var_dir))
    store = EncryptedTrackerStore(Domain.load(str(PROJECT_ROOT / "domain.yml")))

    def count(number: str) -> int:
        tracker = asyncio.run(store.retrieve_full_tracker(conversation_id(store.lookup_key, number)))
        return sum(1 for event in tracker.events if getattr(event, "type_name", "") == "user")

    return count


def test_a_repeated_text_is_answered_the_same_and_handled_once(embedded_stack, user_messages):
    phone = Twilio(embedded_stack, number(1))
    phone.send(phone.fields("hello"))
    choose = phone.fields("1")  # "About me"
    first = phone.send(choose)
    assert "in your own words" in " ".join(texts(first))
    repeated = phone.send(choose)
    assert repeated == first
    assert user_messages(phone.number) == 2


def test_repeats_that_arrive_together_are_handled_once(embedded_stack, user_messages):
    phone = Twilio(embedded_stack, number(2))
    phone.send(phone.fields("hello"))
    phone.send(phone.fields("1"))
    story = phone.fields("I have gout in my left foot and I live alone.")
    with ThreadPoolExecutor(3) as pool:
        answers = list(pool.map(phone.send, [story] * 3))
    assert answers[0] == answers[1] == answers[2] and "I have kept that" in " ".join(texts(answers[0]))
    assert user_messages(phone.number) == 3


def test_a_new_text_with_the_same_words_is_not_a_repeat(embedded_stack, user_messages):
    phone = Twilio(embedded_stack, number(3))
    phone.send(phone.fields("hello"))
    phone.send(phone.fields("hello"))  # the person really sent it twice: two MessageSids
    assert user_messages(phone.number) == 2


def test_after_erasure_a_repeat_tells_nothing_of_what_was_erased(embedded_stack, user_messages):
    """A stranger (session 18) re-sent a signed request after "Everything is deleted" and was answered, from the record
    of repeats, "Your health: - You have epilepsy." A repeat now gets a reply that tells nothing, and reaches nothing."""
    from tests.journey_steps import confirm_read_back, finish_story

    phone = Twilio(embedded_stack, number(2))
    sent: list[tuple[dict, str]] = []

    def say(body: str) -> str:
        fields = phone.fields("1" if body == "yes" else body)
        answer = " ".join(texts(phone.send(fields)))
        sent.append((fields, answer))
        return answer

    say("hello")
    say("1")
    say("I have epilepsy and take lamotrigine. I live alone in Hull.")
    confirm_read_back(say, finish_story(say))
    say("no")
    assert "sure" in say("delete everything").lower()
    if "Everything is deleted" not in say("1"):
        assert "Everything is deleted" in say("1")
    telling = [fields for fields, answer in sent if "epilepsy" in answer.lower()]
    assert telling  # the read-back said it
    held = user_messages(phone.number)
    for fields in telling:
        again = " ".join(texts(phone.send(fields)))
        assert "epilepsy" not in again.lower() and "lamotrigine" not in again.lower(), again
    assert user_messages(phone.number) == held  # and it reached nothing
