"""A referral's status through the running stack (issue 21): a person shares their story over REST;
the reference service's staff move the referral on with their page's buttons, or the service calls
back with a signed Task update; the person hears each step in "who has my story?" at their next visit.
The call back is tried as an attacker would: unsigned, forged, stale, signed by another service, and
replayed."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import uuid

import pytest
import requests
from fhir.resources.servicerequest import ServiceRequest
from fhir.resources.task import Task

from bot.delivery.referrals import task_update
from bot.delivery.sending import signed_headers, verify
from bot.delivery.service_keys import service_secret, staff_token
from bot.settings import load_settings
from tests.journey_steps import PIN, answer_service_questions, confirm_read_back, finish_story, rest_speaker

STORY = "I have asthma and I use an inhaler. I live alone. I want to get back to work. My dog matters to me."
GP = "Riverside Surgery (GP practice)"
CALLED = "Riverside Surgery"  # how a sentence names it (its "pathway": {"called"})
SESSION_START = "/session_start"  # Rasa's own: a new session, as at the person's next visit


class Staff:
    """The GP practice's staff on the reference receiver, signed in with their token."""

    def __init__(self, stack, service_id: str = "gp-practice"):
        self.http = requests.Session()
        self.http.auth = ("staff", staff_token(load_settings(stack.env), service_id))
        self.base = f"{stack.url('receiver')}/staff/{service_id}"

    def referrals(self) -> dict[str, dict]:
        return {r["task_id"]: r for r in self.http.get(self.base + "/referrals.json", timeout=10).json()}

    def status(self, task_id: str) -> str:
        return self.referrals()[task_id]["status"]

    def page(self, task_id: str) -> str:
        return self.http.get(f"{self.base}/referrals/{task_id}", timeout=10).text

    def press(self, task_id: str, action: str, reason: str | None = None, **extra) -> requests.Response:
        found = re.search(r'name="csrf" value="([0-9a-f]+)"', self.page(task_id))
        form = {"csrf": found.group(1) if found else "", "action": action, **({"reason": reason} if reason else {})}
        form.update(extra.pop("form", {}))
        return self.http.post(f"{self.base}/referrals/{task_id}", data=form, allow_redirects=False, timeout=30,
                              **extra)


def share_with_gp(stack, staff: Staff):
    """A person tells their story, sets a PIN and shares it with the GP; returns (say, the Task id)."""
    before = set(staff.referrals())
    sender = f"referral-{uuid.uuid4().hex[:12]}"
    say = rest_speaker(stack, sender)
    say.sender = sender
    say("hello")
    say("/tell_about_me")
    say(STORY)
    _, offers = confirm_read_back(say, finish_story(say))
    assert "These services could use it" in offers
    answer_service_questions(say, say('/choose_service{"service_id":"gp-practice"}'))
    assert "has your details and has confirmed it" in say("yes")
    (task_id,) = set(staff.referrals()) - before
    deadline = time.monotonic() + 20  # the receiver says "received" in the background, after its acknowledgement
    while staff.status(task_id) != "received" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert staff.status(task_id) == "received"
    return say, task_id


def next_visit(say) -> str:
    """The person comes back in a new session and asks who has their story."""
    say(SESSION_START)
    assert "type your PIN" in say("who has my story?")
    return say(PIN)


@pytest.fixture(scope="module")
def staff(embedded_stack):
    return Staff(embedded_stack)


def test_a_referral_goes_from_requested_to_completed_through_the_staff_page(embedded_stack, staff):
    say, task_id = share_with_gp(embedded_stack, staff)
    (intake,) = [i for i in staff.http.get(staff.base + "/intakes.json", timeout=10).json()
                 if i.get("task", {}).get("id") == task_id]
    assert Task.parse_obj(intake["task"]).status == "requested"  # as it was sent, with the form
    assert ServiceRequest.parse_obj(intake["serviceRequest"]).id in intake["task"]["focus"]["reference"]
    assert "has your referral and has not decided yet" in next_visit(say)

    page = staff.page(task_id)
    for button in ("Accept", "Decline", "Ask a question", "Start work", "Mark done"):
        assert f">{button}</button>" in page
    assert staff.press(task_id, "accept").status_code == 303 and staff.status(task_id) == "accepted"
    assert f"{CALLED} accepted your referral (" in next_visit(say)
    assert staff.press(task_id, "ask", "date-of-birth").status_code == 303
    assert f"{CALLED} needs your date of birth before it can go on" in next_visit(say)
    assert staff.press(task_id, "start").status_code == 303
    assert f"{CALLED} is working on your referral" in next_visit(say)
    assert staff.press(task_id, "done").status_code == 303 and staff.status(task_id) == "completed"
    assert f"{CALLED} has finished with your referral" in next_visit(say)
    assert ">Accept</button>" not in staff.page(task_id)  # nothing comes after done

    from bot.ops.runtime import build_runtime
    from consent_store import audit, people

    rt = build_runtime(load_settings(embedded_stack.env))
    try:
        with rt.reading.begin() as session:
            events = audit.events_of(session, people.find_person(
                session, rt.kek, people.handle_hash(rt.lookup_key, say.sender)).audit_ref)
    finally:
        rt.engine.dispose()
    assert [e["event"] for e in events if e["event"].startswith("task-")] == [
        "task-requested", "task-received", "task-accepted", "task-on-hold", "task-in-progress", "task-completed"]
    checked = subprocess.run([sys.executable, "-m", "consent_store", "verify-audit"], env=embedded_stack.env,
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout[-500:]


def _signed(stack, task_id: str, status: str, reason: str | None = None, service_id: str = "gp-practice",
            at: int | None = None, message_id: str | None = None) -> tuple[bytes, dict]:
    body = json.dumps(task_update(task_id, status, reason)).encode()
    secret = service_secret(load_settings(stack.env), service_id)
    headers = signed_headers(message_id or str(uuid.uuid4()), at or int(time.time()), body, secret)
    return body, {"Content-Type": "application/json", **headers}


def test_a_signed_call_back_is_applied_once_and_nothing_else_is_taken(embedded_stack, staff):
    say, task_id = share_with_gp(embedded_stack, staff)
    url = f"{embedded_stack.url('webchat')}/fhir/Task/{task_id}"

    def call(body, headers, to=url):
        return requests.post(to, data=body, headers=headers, timeout=30)

    body, headers = _signed(embedded_stack, task_id, "completed")
    assert call(body, {"Content-Type": "application/json"}).status_code == 401  # unsigned
    forged = {**headers, "webhook-signature": "v1," + "A" * 44}
    assert call(body, forged).status_code == 401
    assert call(*_signed(embedded_stack, task_id, "completed", at=int(time.time()) - 600)).status_code == 401  # stale
    assert call(*_signed(embedded_stack, task_id, "completed", service_id="community-nursing")).status_code == 401
    unknown = str(uuid.uuid4())
    assert call(*_signed(embedded_stack, unknown, "completed"),
                to=f"{embedded_stack.url('webchat')}/fhir/Task/{unknown}").status_code == 401  # no such task
    assert call(*_signed(embedded_stack, unknown, "completed")).status_code == 422  # signed, for another task
    assert "has your referral and has not decided yet" in next_visit(say)  # none of them changed anything

    body, headers = _signed(embedded_stack, task_id, "on-hold", "date-of-birth")
    answer = call(body, headers)
    assert answer.status_code == 200 and answer.json()["status"] == "on-hold"
    secret = service_secret(load_settings(embedded_stack.env), "gp-practice")
    assert verify(answer.headers, answer.content, secret, int(time.time())) == headers["webhook-id"]
    assert call(body, headers).status_code == 409  # the same update again: refused, not applied twice
    assert f"{CALLED} needs your date of birth" in next_visit(say)

    # the staff page takes it from there: decline, with a reason from the list
    assert staff.press(task_id, "decline", "other-service").status_code == 303
    assert (f"{CALLED} could not take your referral: it thinks another service is better placed to help"
            in next_visit(say))
    assert call(*_signed(embedded_stack, task_id, "accepted")).status_code == 422  # nothing after a decline


def test_staff_buttons_need_the_sign_in_and_the_page_s_own_form(embedded_stack, staff):
    say, task_id = share_with_gp(embedded_stack, staff)
    url = f"{staff.base}/referrals/{task_id}"
    assert requests.post(url, data={"action": "accept"}, timeout=10).status_code == 401  # not signed in
    assert staff.press(task_id, "accept", form={"csrf": ""}).status_code == 403  # no form token
    cross_site = staff.press(task_id, "accept", headers={"Origin": "https://elsewhere.example"})
    assert cross_site.status_code == 403
    assert staff.press(task_id, "decline", "your bank details").status_code == 422  # not a reason on the list
    assert staff.status(task_id) == "received"

    # the person stops sharing: the referral is cancelled, and the service cannot move it on
    say(SESSION_START)
    say("I have been here before")
    say(PIN)
    assert "Which service should I stop sharing with" in say("Stop sharing")
    say(GP)
    assert f"Your referral to {CALLED} was cancelled when you stopped sharing" in next_visit(say)
    deadline = time.monotonic() + 30  # the service is told, in the background (bot/delivery/notify.py)
    while staff.status(task_id) != "cancelled" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert staff.status(task_id) == "cancelled"
    assert ">Accept</button>" not in staff.page(task_id)  # no buttons on a cancelled referral
    assert staff.press(task_id, "accept").status_code == 403  # and no form to press one with
    assert staff.status(task_id) == "cancelled"
