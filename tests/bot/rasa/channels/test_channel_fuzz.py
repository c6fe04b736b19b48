"""Thousands of random messages and button payloads through the REST and SMS channels of the running
assistant: every one gets an answer, none a 5xx, and every process is still up afterwards.

`TELL_FUZZ_EXAMPLES` sets how many batches of up to 12 messages each channel gets (default 120)."""
from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ElementTree

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from twilio.request_validator import RequestValidator

from bot.delivery.service_keys import sms_auth_token
from bot.ops.stack import Stack
from bot.settings import load_settings

EXAMPLES = int(os.environ.get("TELL_FUZZ_EXAMPLES", 120))
SENT = {"rest": 0, "sms": 0}

INTENTS = ["greet", "affirm", "deny", "tell_about_me", "tell_about_someone", "finish_story", "choose_service",
           "goodbye", "thank_you", "nlu_fallback", "no_such_intent", "restart", "session_start", "stop", "returning"]
PAYLOADS = st.one_of(
    st.builds(lambda i: f"/{i}", st.sampled_from(INTENTS)),
    st.builds(lambda i, v: f"/{i}{json.dumps({'service_id': v})}", st.sampled_from(INTENTS),
              st.one_of(st.text(max_size=20), st.integers(), st.none())),
    st.builds(lambda i, junk: f"/{i}{junk}", st.sampled_from(INTENTS), st.sampled_from(['{', '{"a":', '[]', '{}}', 'null'])),
)
WORDS = st.sampled_from(["yes", "no", "that's all", "1", "2", "9", "skip", "hello", "help", "stop", "I have asthma.",
                         "I take metformin twice a day.", "3 March 1950", "my mum", "😀", "مرحبا", "你好", "<script>",
                         "=1+1", "\u202e", "\x00", " ", "", "2580", "remove that", "add that I use a hearing aid",
                         "Delete everything", "who has my story?", "Power of attorney: health and welfare"])
MESSAGES = st.one_of(WORDS, PAYLOADS, st.text(max_size=300), st.text(min_size=1500, max_size=1700))


@pytest.fixture(scope="module", autouse=True)
def count_printed():
    yield
    print(f"\nchannel fuzz: {SENT['rest']} REST and {SENT['sms']} SMS messages, no 5xx")


def alive(stack: Stack) -> None:
    assert all(process.poll() is None for process in stack.processes.values()), "a process died"


# Mostly a new conversation per batch: Rasa's own cost per turn grows with a conversation's length
# (it reads the whole tracker), and a few thousand random messages in one conversation would measure
# that instead of the channels.
SENDERS = st.tuples(st.integers(0, 19), st.integers(0, 10**9)).map(
    lambda t: "fuzz-shared" if t[0] == 0 else f"fuzz-{t[1]}")  # one in twenty carries on one conversation
NUMBERS = st.tuples(st.integers(0, 19), st.integers(10**9, 10**10 - 1)).map(
    lambda t: "+1 (555) 010-0100" if t[0] == 0 else f"+44{t[1]}")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])
@given(sender=SENDERS, messages=st.lists(MESSAGES, max_size=12),
       odd=st.sampled_from([None, 123, ["list"], {"dict": 1}, True]))
def test_random_messages_over_rest_never_get_a_server_error(embedded_stack, sender, messages, odd):
    url = embedded_stack.url("rasa") + "/webhooks/rest/webhook"
    for message in messages + ([odd] if odd is not None else []):
        answer = requests.post(url, json={"sender": sender, "message": message}, timeout=120)
        SENT["rest"] += 1
        assert answer.status_code < 500, (answer.status_code, repr(message)[:80])
    alive(embedded_stack)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])
@given(number=NUMBERS,
       messages=st.lists(st.one_of(MESSAGES, st.none()), max_size=12))
def test_random_texts_over_sms_never_get_a_server_error(embedded_stack, number, messages):
    url = embedded_stack.url("rasa") + "/webhooks/sms/webhook"
    validator = RequestValidator(sms_auth_token(load_settings(embedded_stack.env)))
    for message in messages:
        fields = {"From": number, "To": "+447700900000"}
        if message is not None:
            fields["Body"] = message
        answer = requests.post(url, data=fields, timeout=120,
                               headers={"X-Twilio-Signature": validator.compute_signature(url, fields)})
        SENT["sms"] += 1
        assert answer.status_code == 200, (answer.status_code, repr(message)[:80])
        assert list(ElementTree.fromstring(answer.text).iter("Message")), repr(message)[:80]
    alive(embedded_stack)
