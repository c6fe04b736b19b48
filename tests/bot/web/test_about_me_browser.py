"""The printable About Me as a person meets it (issue 21): headless Chromium (Debian's, driven by
playwright) opens the link the chat gives after the PIN; axe-core finds no WCAG 2.2 A or AA
violation; the NHS.UK frontend's styles are applied on screen; printed, the header and the button are
gone, the parts run in two columns and the story fits one A4 page (counted in the PDF Chromium
prints), and a story too long for one page is counted as two, so the count can fail."""
from __future__ import annotations

import re

import pytest

from tests.bot.rasa.channels.test_webchat_browser import page as page  # noqa: F401 - the browser fixture
from tests.bot.web.axe_under_csp import violations
from tests.test_pathway import visit
from tests.test_pathway_visit import about_me_link
from tests.test_referral_status import Staff, share_with_gp


@pytest.fixture(scope="module")
def staff(embedded_stack):
    return Staff(embedded_stack)


def printed_pages(page) -> int:
    pdf = page.pdf(format="A4", print_background=True)
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def test_the_about_me_page_in_a_browser_and_on_paper(embedded_stack, staff, page):
    say, _ = share_with_gp(embedded_stack, staff)
    visit(say)
    refused: list[str] = []  # what the page's Content-Security-Policy blocked, as Chromium reports it
    page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text
            else None)
    page.goto(about_me_link(say("About me")))
    assert page.title() == "About me: Ann Example - Tell your story once"
    assert page.get_by_role("heading", level=2, name="My wellness").count() == 1  # the PRSB About Me's sections
    assert page.evaluate("getComputedStyle(document.querySelector('.nhsuk-header')).backgroundColor") \
        == "rgb(0, 94, 184)"  # NHS blue: the frontend's styles were served and applied
    assert page.get_by_role("button", name="Print this page").is_visible()
    assert violations(page) == []
    assert page.evaluate("getComputedStyle(document.querySelector('.tell-header__name')).color") \
        == "rgb(255, 255, 255)"  # the page's own style block, allowed by its hash
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    page.get_by_role("button", name="Print this page").click()
    assert page.evaluate("window.printed") == 1  # the print button's script block ran, allowed by its hash
    assert all("font" in line for line in refused), refused  # only the NHS.UK web fonts are not loaded

    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.nhsuk-header')).display") == "none"
    assert not page.get_by_role("button", name="Print this page").is_visible()
    assert page.evaluate("getComputedStyle(document.querySelector('.about-me__parts')).columnCount") == "2"
    assert printed_pages(page) == 1

    page.evaluate("""() => {  // a story many times as long: it no longer fits
        const list = document.querySelector('.about-me__part ul');
        for (let i = 0; i < 160; i++) { const item = document.createElement('li');
            item.textContent = 'I go to the day centre on Tuesdays and Thursdays, and my neighbour helps.';
            list.appendChild(item); } }""")
    assert printed_pages(page) >= 2
    page.emulate_media(media="screen")
