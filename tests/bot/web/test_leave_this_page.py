"""A way out for someone who may be watched (issue 17, "everywhere"; a stranger, session 29: "he check my phone, he
will see this?" got the helpline and nothing about the screen). The web chat page has a "Leave this page" button,
always in view, and Shift pressed three times does the same: the conversation goes from the screen and the page is
replaced in the browser's history by a weather page, so Back does not return to it. A harm by someone else told on the
web chat gets, with the help, how to leave the page; by SMS the phone line instead (PHONE_MAY_BE_READ), and by REST
neither. Headless Chromium and real HTTP on the running stack; the weather page is answered here (no network)."""
from __future__ import annotations

import json
import uuid

import requests

from bot.understanding.safeguarding.categories import PHONE_MAY_BE_READ, SCREEN_MAY_BE_SEEN
from tests.bot.rasa.channels.test_webchat_browser import page as page  # noqa: F401 - the browser fixture
from tests.bot.rasa.channels.test_webchat_browser import type_and_send, wait_for_replies
from tests.bot.web.axe_under_csp import violations
from tests.test_safeguarding_everywhere import ABUSE_LINE, Phone, rest

AWAY = "https://www.bbc.co.uk/weather"
WATCHED = "he check my phone every night, he will see this?"


def _away_answered(page) -> None:
    page.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(
        status=200, content_type="text/html", body="<title>Weather</title><p>Sunny</p>"))


def _chat_open(page, origin: str) -> None:
    page.goto("about:blank")
    page.context.clear_cookies()
    page.goto(origin + "/")
    wait_for_replies(page, 0)


def test_the_leave_button_empties_the_screen_and_back_does_not_return(embedded_stack, page):
    origin = embedded_stack.url("webchat")
    _away_answered(page)
    _chat_open(page, origin)
    leave = page.get_by_role("button", name="Leave this page")
    assert leave.is_visible() and "Shift 3 times" in page.locator("#leave-hint").inner_text()
    assert violations(page) == []
    before = page.locator("#log li.bot").count()
    page.get_by_role("button", name="About me").click()
    assert "in your own words" in wait_for_replies(page, before)
    reply = type_and_send(page, "my husband checks my phone and wont let me see my friends")
    assert ABUSE_LINE in reply and SCREEN_MAY_BE_SEEN in reply
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert leave.is_visible()  # always in view: it stays at the top as the conversation grows
    leave.click()
    page.wait_for_url(AWAY)
    assert "Sunny" in page.content() and "husband" not in page.content()
    page.go_back()
    page.wait_for_timeout(500)
    assert not page.url.startswith(origin), page.url  # the chat was replaced in the history, not left behind it
    # whoever opens the chat next on this device starts afresh: nothing of what was told is there to read back (a
    # stranger, session 30: "Welcome back", and "that's all" read back her partner's name and what he does)
    page.goto(origin + "/")
    assert page.evaluate("document.body.dataset.newConversation") == "yes"
    wait_for_replies(page, 0)
    reply = type_and_send(page, "that's all")
    assert "husband" not in reply and "phone" not in reply and "Welcome back" not in reply, reply


def test_shift_three_times_leaves_and_capitals_typed_do_not(embedded_stack, page):
    origin = embedded_stack.url("webchat")
    _away_answered(page)
    _chat_open(page, origin)
    page.focus("#message")
    page.keyboard.type("My Name Is Ann And I Live In Leeds")  # Shift for each capital, a letter between
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    assert page.url.startswith(origin)
    page.keyboard.press("a")  # another key between: the count starts again
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    assert page.url.startswith(origin)
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_url(AWAY)


def test_leaving_ends_only_this_browsers_conversation_and_only_from_the_page(embedded_stack):
    base = embedded_stack.url("webchat")
    send = _web(embedded_stack)
    send("hello")
    send("/tell_about_me")
    send("my husband checks my phone")
    other = requests.Session()
    other.get(base + "/", timeout=10)
    # another site cannot end it for her (the same-site check of every POST)
    refused = other.post(base + "/api/leave", data="{}", timeout=10,
                         headers={"Origin": "https://evil.example", "Content-Type": "application/json"})
    assert refused.status_code == 403
    left = send.session.post(base + "/api/leave", data="{}", timeout=10,
                             headers={"Origin": base, "Content-Type": "application/json"})
    assert left.status_code == 204 and "Max-Age=0" in left.headers["Set-Cookie"]
    # the old token, if kept by a browser that ignored the clearing, opens nothing
    page = requests.get(base + "/", timeout=10, cookies={"tell_session": send.token})
    assert 'data-new-conversation="yes"' in page.text


def _web(stack):
    web = requests.Session()
    base = stack.url("webchat")
    web.get(base + "/", timeout=10)

    def send(message: str) -> str:
        answer = web.post(base + "/api/message", data=json.dumps({"message": message}), timeout=120,
                          headers={"Origin": base, "Content-Type": "application/json"})
        assert answer.status_code in (200, 413), answer.status_code
        send.token = web.cookies.get("tell_session")
        return "\n".join(reply.get("text", "") for reply in answer.json())
    send.session = web
    return send


def test_a_harm_told_on_the_web_chat_says_how_to_leave_the_page(embedded_stack):
    send = _web(embedded_stack)
    send("hello")
    send("/tell_about_me")
    said = send(WATCHED)
    assert SCREEN_MAY_BE_SEEN in said and PHONE_MAY_BE_READ not in said, said
    assert "I have kept that" in send("I have asthma and I live on my own.")
    # a danger to the writer alone (no one else harms them): the helplines, and no line about someone watching
    alone = send("i have been thinking about ending my life")
    assert "116 123" in alone and SCREEN_MAY_BE_SEEN not in alone, alone
    # a message too long to take is still checked, and the way out said with its help
    long = send("he hits me and checks my phone. " + "x" * 120_000)
    assert ABUSE_LINE in long and SCREEN_MAY_BE_SEEN in long and "too long" in long, long


def test_by_sms_the_phone_line_is_said_and_by_rest_neither(embedded_stack):
    phone = Phone(embedded_stack)
    phone.text("hello")
    phone.text("1")
    texted = " ".join(phone.text(WATCHED))
    assert PHONE_MAY_BE_READ in texted and SCREEN_MAY_BE_SEEN not in texted, texted
    say = rest(embedded_stack, "rest-" + uuid.uuid4().hex)
    say("hello")
    say("/tell_about_me")
    replies = " ".join(say(WATCHED))
    assert ABUSE_LINE in replies and SCREEN_MAY_BE_SEEN not in replies and PHONE_MAY_BE_READ not in replies
