"""The pathway (issue 21) through the running stack: a person shares with a service, the service's
staff move the referral on, and the person hears it at their next visit, gets a short-lived link to
their pathway page after the PIN, and sees there what each service holds, where it has got to, how
long it has waited, a stalled step flagged, and who else can see the page."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
import requests
from sqlalchemy import update

from bot.ops.runtime import build_runtime
from bot.settings import load_settings
from consent_store import people
from consent_store.schema import referrals
from tests.journey_steps import PIN
from tests.test_referral_status import GP, SESSION_START, Staff, share_with_gp

LINK = re.compile(r"(http://\S+/pathway/[0-9a-f-]{36}\.\d+\.[0-9a-f]{32})")


@pytest.fixture(scope="module")
def staff(embedded_stack):
    return Staff(embedded_stack)


@pytest.fixture(scope="module")
def runtime(embedded_stack):
    """The stack's own store, as its processes open it (to move the clock back on a referral)."""
    rt = build_runtime(load_settings(embedded_stack.env))
    yield rt
    rt.engine.dispose()


def visit(say) -> str:
    """The person comes back in a new session, asks who has their story and types their PIN."""
    say(SESSION_START)
    assert "type your PIN" in say("who has my story?")
    return say(PIN)


def pathway_link(reply: str) -> str:
    found = LINK.search(reply)
    assert found, reply
    return found.group(1)


def backdate(rt, task_id: str, days: int) -> None:
    """The referral's status as if it had last changed `days` ago (time moved on, not waited for)."""
    with rt.sessions.begin() as session:
        row = session.execute(referrals.select().where(referrals.c.id == task_id)).first()
        session.execute(update(referrals).where(referrals.c.id == task_id)
                        .values(updated_at=row.updated_at - timedelta(days=days)))


def test_the_person_hears_each_step_once_at_their_next_visit(embedded_stack, staff):
    say, task_id = share_with_gp(embedded_stack, staff)
    assert not re.search(r"Riverside Surgery (?!\(GP)", visit(say))  # received: no news, only who has it
    assert staff.press(task_id, "accept").status_code == 303
    first = visit(say)
    assert "Riverside Surgery accepted your referral." in first
    again = visit(say)
    assert "Riverside Surgery accepted your referral." not in again  # told once
    assert f"{GP} accepted your referral" in again  # who has my story still says where it is
    assert staff.press(task_id, "ask", "date-of-birth").status_code == 303
    assert "Riverside Surgery needs your date of birth before it can go on." in visit(say)
    assert staff.press(task_id, "decline", "no-capacity").status_code == 303
    assert ("Riverside Surgery could not take your referral: it cannot take new referrals at the moment."
            in visit(say))


def test_the_pathway_page_from_the_link_after_the_pin(embedded_stack, staff, runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    link = pathway_link(visit(say))
    page = requests.get(link, timeout=30)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert page.headers["Cache-Control"] == "no-store"
    html = page.text
    assert '<link rel="stylesheet" href="/static/nhsuk.css">' in html
    assert GP in html and ">Received</strong>" in html and re.search(r"Version \d+ of your story, sent", html)
    assert "Your health" in html and "No answer for" not in html
    assert "Nobody else" in html  # who else can see it

    backdate(runtime, task_id, 9)  # the GP's threshold is 7 days (data/services/gp-practice.json)
    stalled = requests.get(link, timeout=30).text
    assert "No answer for 9 days" in stalled and "usually answers within 7 days" in stalled
    assert staff.press(task_id, "accept").status_code == 303  # the service moves: no longer stalled
    assert "No answer for" not in requests.get(link, timeout=30).text

    forged = link[:-1] + ("0" if link[-1] != "0" else "1")
    assert requests.get(forged, timeout=30).status_code == 404
    other = re.sub(r"/pathway/[0-9a-f-]{36}\.", "/pathway/00000000-0000-4000-8000-000000000000.", link)
    assert requests.get(other, timeout=30).status_code == 404


def test_a_pathway_link_expires(embedded_stack, staff, runtime):
    say, _ = share_with_gp(embedded_stack, staff)
    link = pathway_link(visit(say))
    person_id, expires, mac = link.rsplit("/", 1)[1].split(".")
    from bot.conversation.pathway import _mac

    assert mac == _mac(runtime, "pathway", f"{person_id}.{expires}")  # the test's keys are the stack's
    past = f"{person_id}.{int(expires) - 3600}"
    expired = link.rsplit("/", 1)[0] + f"/{past}.{_mac(runtime, 'pathway', past)}"
    assert requests.get(expired, timeout=30).status_code == 404
    with runtime.reading.begin() as session:
        assert people.find_person(session, runtime.kek, people.handle_hash(runtime.lookup_key, say.sender))
