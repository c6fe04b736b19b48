"""An earlier question's buttons answer nothing later: once the person sends anything, the buttons already on the page
are disabled (a stranger, session 30: a "Yes" tapped again was kept as the answer to the next question). Headless
Chromium on the running stack's web chat."""
from __future__ import annotations

from tests.bot.rasa.channels.test_webchat_browser import page as page  # noqa: F401 - the browser fixture
from tests.bot.rasa.channels.test_webchat_browser import wait_for_replies


def test_buttons_already_answered_are_disabled(embedded_stack, page):
    page.context.clear_cookies()
    page.goto(embedded_stack.url("webchat") + "/")
    wait_for_replies(page, 0)
    first = page.locator("#log li.bot", has=page.get_by_role("button", name="About me")).first.locator(".chat-choices button")
    assert first.count() >= 2 and all(first.nth(i).is_enabled() for i in range(first.count()))
    before = page.locator("#log li.bot").count()
    page.get_by_role("button", name="About me").click()
    wait_for_replies(page, before)
    assert all(first.nth(i).is_disabled() for i in range(first.count()))
