"""The pathway page as a person meets it (issue 21): headless Chromium (Debian's, driven by
playwright) opens the link the chat gives after the PIN, with a stalled step and with none, and
axe-core finds no WCAG 2.2 A or AA violation; the NHS.UK frontend's styles are applied."""
from __future__ import annotations

import pytest

from tests.bot.rasa.channels.test_webchat_browser import page as page  # noqa: F401 - the browser fixture
from tests.bot.web.axe_under_csp import violations
from tests.test_pathway import backdate, name_a_viewer, pathway_link, visit
from tests.test_pathway import runtime as runtime
from tests.test_referral_status import Staff, share_with_gp


@pytest.fixture(scope="module")
def staff(embedded_stack):
    return Staff(embedded_stack)


def test_the_pathway_page_in_a_browser_with_no_accessibility_violations(embedded_stack, staff, runtime, page):
    say, task_id = share_with_gp(embedded_stack, staff)
    link = pathway_link(visit(say))
    page.goto(link)
    assert page.title() == "Your referrals - Tell your story once"
    assert page.get_by_role("heading", level=2, name="Riverside Surgery (GP practice)").count() == 1
    assert page.evaluate("getComputedStyle(document.querySelector('.nhsuk-header')).backgroundColor") \
        == "rgb(0, 94, 184)"  # NHS blue: the frontend's styles were served and applied
    assert violations(page) == []

    backdate(runtime, task_id, 30)
    page.goto(link)
    callout = page.locator(".nhsuk-warning-callout")
    assert callout.count() == 1 and "No answer for 30 days" in callout.inner_text()
    assert violations(page) == []


def test_the_check_finds_a_violation_on_this_page_too(embedded_stack, staff, page):
    say, _ = share_with_gp(embedded_stack, staff)
    page.goto(pathway_link(visit(say)))
    page.evaluate("() => document.querySelector('.nhsuk-summary-list__key').style.color = '#f0f4f5'")
    assert any(v.startswith("color-contrast") for v in violations(page))


def test_a_coordinator_s_page_in_a_browser_with_no_accessibility_violations(embedded_stack, staff, page):
    say, task_id = share_with_gp(embedded_stack, staff)
    visit(say)
    viewer_link = name_a_viewer(say)
    assert staff.press(task_id, "ask", "address").status_code == 303
    page.goto(viewer_link)
    assert page.get_by_role("heading", level=1).inner_text() == "Referrals shared with Sam Jones"
    assert page.locator(".nhsuk-tag").inner_text() == "On hold"  # not what it asked (tests/test_pathway.py)
    assert "address" not in page.locator("main").inner_text()
    assert violations(page) == []
