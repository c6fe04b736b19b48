"""Issue 16, item 4: REST is not a side door, and the web chat owns its conversation ids.

Everything here goes through the running stack over real HTTP, as a client on the same machine would:
REST cleans text exactly as the web chat does and may not speak as a web-chat or SMS conversation;
the web chat replaces an id it did not issue, gives a new one once the PIN is accepted, refuses
cross-origin and non-JSON posts, and marks its cookie Secure behind HTTPS. In the production mode,
REST needs the bearer token."""
from __future__ import annotations

import json
import secrets
import xml.etree.ElementTree as ElementTree
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

import requests
from twilio.request_validator import RequestValidator

from bot.delivery.service_keys import sms_auth_token
from bot.rasa.channels.sms import conversation_id
from bot.settings import load_settings
from consent_store.keys import load_or_create_lookup_key
from tests.journey_steps import PIN, confirm_read_back, finish_story

COOKIE = "tell_session"


def rest(stack, sender, message, headers=None) -> requests.Response:
    return requests.post(stack.url("rasa") + "/webhooks/rest/webhook", json={"sender": sender, "message": message},
                         headers=headers or {}, timeout=120)


def texts(response: requests.Response) -> str:
    return "\n".join(reply.get("text", "") for reply in response.json())


class Browser:
    """A browser on the web chat page: its cookie jar, and posts as the page's script makes them."""

    def __init__(self, stack, cookie: str | None = None):
        self.base = stack.url("webchat")
        self.session = requests.Session()
        if cookie:
            self.session.cookies.set(COOKIE, cookie, domain=urlsplit(self.base).hostname, path="/")

    @property
    def cookie(self) -> str:
        return self.session.cookies.get(COOKIE)

    def open(self, **headers) -> requests.Response:
        return self.session.get(self.base + "/", headers=headers, timeout=30)

    def post(self, message, **headers) -> requests.Response:
        headers = {"Origin": self.base, "Content-Type": "application/json", **headers}
        return self.session.post(self.base + "/api/message", data=json.dumps({"message": message}),
                                 headers=headers, timeout=120)

    def say(self, message: str) -> str:
        answer = self.post(message)
        assert answer.status_code == 200, answer.status_code
        return texts(answer)


def set_cookie(response: requests.Response) -> SimpleCookie:
    jar = SimpleCookie()
    jar.load(response.headers.get("Set-Cookie", ""))
    return jar


# --- REST ----------------------------------------------------------------------------------------


def test_rest_refuses_a_nul_and_removes_direction_controls_as_the_web_chat_does(embedded_stack):
    stack = embedded_stack
    web = Browser(stack)
    web.open()
    web.say("hello")
    web.say("/tell_about_me")
    on_the_web = web.post("I have\x00 gout.")

    sender = f"rest-cleaning-{secrets.token_hex(4)}"  # a new conversation: the stack is shared (tests/conftest.py)
    rest(stack, sender, "hello")
    assert "in your own words" in texts(rest(stack, sender, "/tell_about_me"))
    refused = rest(stack, sender, "I have\x00 gout.")
    assert refused.status_code == on_the_web.status_code == 400
    assert refused.json() == on_the_web.json() and "character I can't read" in texts(refused)
    # sent again without the NUL, it is kept whole; the direction controls are taken out
    # (the lexicons know asthma, not gout: the read-back shows what was understood)
    assert "I have kept that" in texts(rest(stack, sender, "I have gout and asthma."))
    assert "I have kept that" in texts(rest(stack, sender, "I take \u202eallopurinol\u202c daily."))
    say = lambda message: texts(rest(stack, sender, message))  # noqa: E731
    read_back, _ = confirm_read_back(say, finish_story(say), pin=None)
    assert "asthma" in read_back and "allopurinol" in read_back and "\u202e" not in read_back


def test_rest_answers_a_refused_message_in_words_never_an_empty_success(embedded_stack):
    for message in (None, 42, ["hello"], "x" * 100_001):
        answer = rest(embedded_stack, "rest-odd", message)
        assert 400 <= answer.status_code < 500 and texts(answer).strip(), (answer.status_code, repr(message)[:20])
    missing = requests.post(embedded_stack.url("rasa") + "/webhooks/rest/webhook", json={"message": "hello"},
                            timeout=60)
    assert missing.status_code == 400 and texts(missing).strip()
    for sender in ("", "a\x00b", "x" * 129, 7):
        assert rest(embedded_stack, sender, "hello").status_code == 400, repr(sender)[:20]


def test_json_nested_too_deep_or_half_a_character_is_refused_in_words_on_rest_and_the_web_chat(embedded_stack):
    """Found by a stranger: a body nested 100,000 deep got Rasa's 500 (a RecursionError traceback in
    the log), and a lone surrogate ("\\ud800") a 500 on REST and a 502 on the web chat."""
    url = embedded_stack.url("rasa") + "/webhooks/rest/webhook"
    json_body = {"Content-Type": "application/json"}
    deep = b'{"sender":"rest-deep","message":"hi","x":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    answer = requests.post(url, data=deep, headers=json_body, timeout=60)
    assert answer.status_code == 400 and texts(answer).strip()
    half = b'{"sender":"rest-half","message":"I have \\ud800 gout"}'
    answer = requests.post(url, data=half, headers=json_body, timeout=60)
    assert answer.status_code == 400 and "character I can't read" in texts(answer)
    web = Browser(embedded_stack)
    web.open()
    answer = web.session.post(web.base + "/api/message", data=b'{"message":"I have \\ud800 gout"}',
                              headers={"Origin": web.base, **json_body}, timeout=60)
    assert answer.status_code == 400 and "character I can't read" in texts(answer)


def test_the_web_chat_never_shows_the_browser_its_conversation_id(embedded_stack):
    web = Browser(embedded_stack)
    web.open()
    answer = web.post("hello")
    assert answer.status_code == 200 and answer.json()
    assert all("recipient_id" not in reply for reply in answer.json())


def test_rest_cannot_speak_as_a_web_chat_conversation(embedded_stack):
    stack = embedded_stack
    web = Browser(stack)
    web.open()
    web.say("hello")
    web.say("/tell_about_me")
    assert "I have kept that" in web.say("I have glaucoma and I use eye drops.")
    for sender in (web.cookie, "web-" + web.cookie, "WEB-" + web.cookie):
        answer = rest(stack, sender, "that's all")
        assert answer.status_code == 403, answer.status_code
        assert "glaucoma" not in answer.text and "Is this right" not in answer.text
    # the web conversation is where it was: still taking the story
    assert "I have kept that" in web.say("I also have asthma.")


def test_rest_cannot_speak_as_an_sms_conversation(embedded_stack):
    stack = embedded_stack
    settings = load_settings(stack.env)
    url = stack.url("rasa") + "/webhooks/sms/webhook"
    validator = RequestValidator(sms_auth_token(settings))
    number = f"+4477009{secrets.randbelow(100_000):05d}"  # a new conversation: the stack is shared

    def text(body: str) -> str:
        fields = {"From": number, "To": "+447700900000", "Body": body}
        answer = requests.post(url, data=fields, timeout=120,
                               headers={"X-Twilio-Signature": validator.compute_signature(url, fields)})
        return " ".join(m.text or "" for m in ElementTree.fromstring(answer.text).iter("Message"))

    text("hello")
    text("1")  # About me
    assert "I have kept that" in text("I have glaucoma and I use eye drops.")
    sender = conversation_id(load_or_create_lookup_key(settings.lookup_key_file, settings.lookup_key_env, None),
                             number)
    assert sender.startswith("sms-")
    answer = rest(stack, sender, "that's all")
    assert answer.status_code == 403 and "glaucoma" not in answer.text and "Is this right" not in answer.text
    assert "I have kept that" in text("I also have asthma.")


def test_rest_stays_open_in_the_embedded_mode_for_tests_and_local_integrations(embedded_stack):
    answer = rest(embedded_stack, f"rest-open-{secrets.token_hex(4)}", "hello")
    assert answer.status_code == 200 and "about you, or about someone you care for" in texts(answer)


# --- the web chat --------------------------------------------------------------------------------


def test_a_forged_web_chat_cookie_is_replaced_by_a_new_id(embedded_stack):
    forged = secrets.token_urlsafe(32)  # well formed, but never issued
    browser = Browser(embedded_stack, cookie=forged)
    page = browser.open()
    assert 'data-new-conversation="yes"' in page.text
    issued = set_cookie(page)[COOKIE].value
    assert issued and issued != forged
    posting = Browser(embedded_stack, cookie=secrets.token_urlsafe(32))
    answer = posting.post("hello")
    assert answer.status_code == 200 and COOKIE in set_cookie(answer)
    # an id the web chat did issue is kept
    assert 'data-new-conversation="no"' in Browser(embedded_stack, cookie=issued).open().text


def story_with_a_pin(web: Browser) -> str:
    """A first-time story told in the browser, up to the PIN; returns the cookie it had before."""
    web.open()
    web.say("hello")
    web.say("/tell_about_me")
    assert "I have kept that" in web.say("I have glaucoma and I use eye drops. I want to keep reading.")
    before = web.cookie
    confirm_read_back(web.say, finish_story(web.say), pin=PIN)
    return before


def test_the_web_chat_id_changes_once_the_pin_is_set(embedded_stack):
    web = Browser(embedded_stack)
    before = story_with_a_pin(web)
    after = web.cookie
    assert after and after != before
    # the conversation goes on under the new id; the old one no longer reaches it
    assert 'data-new-conversation="no"' in Browser(embedded_stack, cookie=after).open().text
    stale = Browser(embedded_stack, cookie=before)
    assert 'data-new-conversation="yes"' in stale.open().text and stale.cookie not in (before, after)
    replay = Browser(embedded_stack, cookie=before).post("who has my story?")
    assert "glaucoma" not in replay.text and COOKIE in set_cookie(replay)


def test_the_web_chat_id_changes_again_when_a_returning_person_gives_their_pin(embedded_stack):
    web = Browser(embedded_stack)
    story_with_a_pin(web)
    web.say("/session_start")  # a new session, as after an hour away: no rights until the PIN
    assert "type your PIN" in web.say("who has my story?")
    before = web.cookie
    assert "Thank you, that's right." in web.say(PIN)
    assert web.cookie != before
    assert 'data-new-conversation="yes"' in Browser(embedded_stack, cookie=before).open().text


def test_a_cross_origin_post_and_a_text_plain_post_are_refused(embedded_stack):
    web = Browser(embedded_stack)
    web.open()
    for headers in ({"Origin": "http://attacker.example"}, {"Origin": "null"},
                    {"Sec-Fetch-Site": "cross-site", "Origin": web.base + ".attacker.example"}):
        assert web.post("hello", **headers).status_code == 403, headers
    plain = web.post("hello", **{"Content-Type": "text/plain;charset=UTF-8"})  # what a form or no-cors fetch sends
    assert plain.status_code == 415
    form = web.session.post(web.base + "/api/message", data={"message": "hello"}, headers={"Origin": web.base},
                            timeout=30)
    assert form.status_code == 415
    # the page itself, same origin and JSON, is served; nothing refused above reached the conversation
    assert "about you, or about someone you care for" in web.say("hello")


def test_the_cookie_is_secure_behind_https_and_always_http_only_and_strict(embedded_stack):
    behind_https = set_cookie(Browser(embedded_stack).open(**{"X-Forwarded-Proto": "https"}))[COOKIE]
    assert behind_https["secure"] and behind_https["httponly"] and behind_https["samesite"] == "Strict"
    plain_http = set_cookie(Browser(embedded_stack).open())[COOKIE]
    assert not plain_http["secure"] and plain_http["httponly"] and plain_http["samesite"] == "Strict"


# --- the production mode -------------------------------------------------------------------------


def test_rest_needs_the_bearer_token_in_the_production_mode(production_stack):
    stack = production_stack
    assert rest(stack, "prod-no-token", "hello").status_code == 401
    assert rest(stack, "prod-no-token", "hello", {"Authorization": "Bearer not-the-token"}).status_code == 401
    answer = rest(stack, "prod-no-token", "hello", stack.rest_headers())
    assert answer.status_code == 200 and "about you, or about someone you care for" in texts(answer)
    assert rest(stack, "web-" + secrets.token_urlsafe(32), "hello", stack.rest_headers()).status_code == 403
    # the web chat still reaches Rasa, with its own credential
    web = Browser(stack)
    web.open()
    assert "about you, or about someone you care for" in web.say("hello")


def test_a_message_long_enough_to_hold_everyone_up_is_refused_in_words_and_the_story_goes_on(embedded_stack):
    """A stranger (session 18) sent 100,000 characters by REST: the detector, Rasa's reading and the structurer took
    about a minute, and every other person's reply waited. A message is now at most 20,000 characters (about 3,000
    words); a longer one is refused in words, and what was told before is kept and the conversation goes on."""
    sender = f"rest-long-{secrets.token_hex(4)}"
    assert "about you, or about someone you care for" in texts(rest(embedded_stack, sender, "hello"))
    assert "in your own words" in texts(rest(embedded_stack, sender, "/tell_about_me"))
    assert "I have kept that" in texts(rest(embedded_stack, sender, "I have asthma and I live on my own."))
    long = ("I use an inhaler every morning and my knees are bad on the stairs. " * 500)[:30_000]
    refused = rest(embedded_stack, sender, long)
    assert refused.status_code == 413 and "too long" in texts(refused) and "smaller parts" in texts(refused)
    assert "I have kept that" in texts(rest(embedded_stack, sender, long[:19_000]))  # a long part is taken
