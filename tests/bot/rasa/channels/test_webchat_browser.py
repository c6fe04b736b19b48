"""The web chat as a person meets it: headless Chromium (Debian's, driven by playwright) completes the
first-time journey with the keyboard, and axe-core finds no WCAG 2.2 A or AA violation on the way."""
from __future__ import annotations

import shutil

import pytest

from bot.settings import PROJECT_ROOT
from tests.journey_steps import PIN, answer_service_questions

AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@pytest.fixture(scope="module")
def page(embedded_stack):
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if not chromium or not AXE.exists():
        pytest.fail("run `make test`: it installs Debian's chromium and the npm packages (axe-core)")
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield browser.new_page()
        browser.close()


def violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
                          ".violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')')", WCAG)
    return found


def type_and_send(page, text: str) -> str:
    """Type as a person does and press Ctrl+Enter; returns the new replies' text."""
    before = page.locator("#log li.bot").count()
    page.focus("#message")
    page.keyboard.type(text)
    page.keyboard.press("Control+Enter")
    return wait_for_replies(page, before)


def wait_for_replies(page, before: int) -> str:
    page.wait_for_function("(n) => document.querySelectorAll('#log li.bot').length > n", arg=before,
                           timeout=60_000)
    page.wait_for_timeout(200)
    items = page.locator("#log li.bot")
    return "\n".join(items.nth(i).inner_text() for i in range(before, items.count()))


def test_the_first_time_journey_in_a_browser_with_no_accessibility_violations(embedded_stack, page):
    page.goto(embedded_stack.url("webchat") + "/")
    greeting = wait_for_replies(page, 0)
    assert "about you, or about someone you care for" in greeting
    assert page.locator("link[href='/static/nhsuk.css']").count() == 1
    assert page.evaluate("getComputedStyle(document.querySelector('#send .nhsuk-button')).backgroundColor") \
        == "rgb(0, 127, 59)"  # the NHS.UK frontend's green button: its styles were served and applied
    assert violations(page) == []

    # The keyboard alone: Tab to the "About me" button and press Enter.
    before = page.locator("#log li.bot").count()
    about_me = page.get_by_role("button", name="About me")
    for _ in range(20):
        if page.evaluate("document.activeElement && document.activeElement.textContent") == "About me":
            break
        page.keyboard.press("Tab")
    assert about_me.evaluate("b => b === document.activeElement")
    page.keyboard.press("Enter")
    assert "in your own words" in wait_for_replies(page, before)

    assert "I have kept that" in type_and_send(page, "I have asthma and I use an inhaler. I live alone on the "
                                                     "second floor. I want to walk to the shops. My garden matters to me.")
    reply = type_and_send(page, "that's all")
    assert "Is this right about" in reply
    assert violations(page) == []
    while "Is this right about" in reply:
        reply = type_and_send(page, "yes")
    assert "choose a PIN" in reply
    assert "type the same PIN again" in type_and_send(page, PIN)
    offers = type_and_send(page, PIN)
    assert "These services could use it" in offers
    before = page.locator("#log li.bot").count()
    page.get_by_role("button", name="Riverside Surgery (GP practice)").click()
    asked = wait_for_replies(page, before)
    asked = answer_service_questions(lambda m: type_and_send(page, m), asked)
    assert "Do you agree to share this?" in asked
    assert violations(page) == []
    assert "has your details" in type_and_send(page, "yes")
    assert violations(page) == []


def test_the_accessibility_check_does_find_a_violation(embedded_stack, page):
    """The check above can fail: an image with no text alternative is reported."""
    page.goto(embedded_stack.url("webchat") + "/")
    wait_for_replies(page, 0)
    page.evaluate("() => document.querySelector('main').appendChild(document.createElement('img'))")
    assert any(v.startswith("image-alt") for v in violations(page))
