"""Links in the web chat (issue 21, review): every page the chat gives (the pathway page, a named
viewer's page, the About Me and its PDF, the download) is a real link, built as an element (never
innerHTML with the message); an https address is a link too; anything else (another site over http,
javascript:, markup in the text) stays text. Headless Chromium on the running stack's web chat, the
assistant's replies given by the page's own fetch, answered here."""
from __future__ import annotations

import json

from tests.bot.rasa.channels.test_webchat_browser import page as page  # noqa: F401 - the browser fixture
from tests.bot.web.axe_under_csp import violations

TOKEN = "4bca64e2-88c6-4e92-972e-10ffa3c2f496.1796229238.1ccdd46ae8315b540fbae2602cf6b319"
VIEWER = "0f0e0d0c-88c6-4e92-972e-10ffa3c2f496.1ccdd46ae8315b540fbae2602cf6b319"


def replies_with(page, origin: str, texts: list[str]) -> None:
    body = json.dumps([{"text": t} for t in texts])
    page.route("**/api/message", lambda route: route.fulfill(status=200, content_type="application/json", body=body))


def test_every_page_the_chat_gives_is_a_link_and_nothing_else_is(embedded_stack, page):
    origin = embedded_stack.url("webchat")
    replies_with(page, origin, [
        f"See where each referral has got to, on one page: {origin}/pathway/{TOKEN}\nThe link works for 15 minutes.",
        f"Give this link to Sam Jones: {origin}/pathway/shared/{VIEWER}\nThey can see which services have it.",
        f"Here is your story on one page: {origin}/pathway/about-me/{TOKEN}. Or as a PDF: "
        f"{origin}/pathway/about-me/{TOKEN}.pdf.",
        f"Here is a copy, as a file: {origin}/download/{TOKEN}",
        "More help: https://www.nhs.uk/conditions/dementia/.",
        'Not links: http://evil.example/pathway/x javascript:alert(1) <a href="https://x.example">x</a> '
        '<img src=x onerror="document.body.dataset.hacked=1">',
    ])
    page.goto(origin + "/")
    page.wait_for_function("() => document.querySelectorAll('#log li.bot').length >= 6", timeout=30_000)
    links = page.locator("#log li.bot a")
    found = {links.nth(i).get_attribute("href"): " ".join(links.nth(i).text_content().split())
             .removesuffix(" (opens in a new tab)") for i in range(links.count())}
    assert found == {
        f"{origin}/pathway/{TOKEN}": "Open the page of referrals",
        f"{origin}/pathway/shared/{VIEWER}": f"{origin}/pathway/shared/{VIEWER}",  # to copy and give
        f"{origin}/pathway/about-me/{TOKEN}": "Open the About Me page",
        f"{origin}/pathway/about-me/{TOKEN}.pdf": "Download it as a PDF",
        f"{origin}/download/{TOKEN}": "Download your story (a file)",
        "https://www.nhs.uk/conditions/dementia/": "https://www.nhs.uk/conditions/dementia/",
    }
    pathway_link = page.locator(f"#log a[href='{origin}/pathway/{TOKEN}']")
    assert pathway_link.get_attribute("target") == "_blank" and "noopener" in pathway_link.get_attribute("rel")
    assert "(opens in a new tab)" in pathway_link.text_content()  # said to a screen reader
    last = page.locator("#log li.bot").nth(5)
    assert last.locator("a, img").count() == 0  # the markup in a message stayed text
    assert "javascript:alert(1)" in last.inner_text() and "<img" in last.inner_text()
    assert page.evaluate("document.body.dataset.hacked") is None
    first = page.locator("#log li.bot").first
    assert first.inner_text().rstrip().endswith("The link works for 15 minutes.")  # the text around a link kept
    assert "minutes." in first.inner_text() and f"{TOKEN}." not in found  # a full stop is not part of a link
    assert violations(page) == []
