"""What a returning visit brings after the PIN (issue 21), through the running stack: a question a
service's staff asked ("Riverside Surgery needs your date of birth: reply with it or say skip"),
answered in the chat (checked), sent to that service alone, signed, and logged, and the referral going
on (by SMS: tests/test_pathway_sms_question.py); "is this still true?" once the story is due for a check (time moved on in the
store, never waited for), a change going to the services through the usual update; and the
printable About Me page from a short-lived link."""
from __future__ import annotations

import json
import re
import time
from datetime import timedelta

import pytest
import requests
from sqlalchemy import select, update

from bot.conversation.journey import reviews as review_times
from consent_store import audit, people, questions
from consent_store import referrals as referral_store
from consent_store.schema import profile_versions, service_answers
from tests.test_pathway import pathway_link, visit
from tests.test_pathway import runtime as runtime  # noqa: F401 - fixtures shared with the pathway's tests
from tests.test_pathway import sms_recorder as sms_recorder  # noqa: F401
from tests.test_pathway import stack_options as stack_options  # noqa: F401
from tests.test_referral_status import GP, Staff, share_with_gp

ABOUT_ME_LINK = re.compile(r"(http://\S+/pathway/about-me/[0-9a-f-]{36}\.\d+\.[0-9a-f]{32})")


@pytest.fixture(scope="module")
def staff(embedded_stack):
    return Staff(embedded_stack)


def person_of(rt, sender: str):
    with rt.reading.begin() as session:
        return people.find_person(session, rt.kek, people.handle_hash(rt.lookup_key, sender))


def events_of(rt, sender: str) -> list[str]:
    with rt.reading.begin() as session:
        return [e["event"] for e in audit.events_of(session, person_of(rt, sender).audit_ref)]


def wait_for(check, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    return check()


def our_status(rt, task_id: str) -> str:
    with rt.reading.begin() as session:
        return referral_store.get_referral(session, task_id).status


# --- a service's question ---------------------------------------------------------------------------

def test_a_service_s_question_is_answered_in_the_chat_and_goes_to_that_service_only(embedded_stack, staff, runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    intakes_before = len(staff.http.get(staff.base + "/intakes.json", timeout=10).json())
    assert staff.press(task_id, "accept").status_code == 303
    assert staff.press(task_id, "ask", "date-of-birth").status_code == 303
    with runtime.reading.begin() as session:
        version_before = people.latest_profile(session, person_of(runtime, say.sender)).version

    asked = visit(say)
    assert asked.endswith("Riverside Surgery needs your date of birth: reply with it or say skip.")
    refused = say("31/02/1947")  # no such day: said plainly, the same question stays
    assert "day, month and year" in refused and "Thank you" not in refused
    assert "Thank you. I will send Riverside Surgery your answer (14 February 1947). Only they get it" in \
        say("14 February 1947")

    assert wait_for(lambda: "Date of birth: <strong>1947-02-14</strong>" in staff.page(task_id))  # typed as a date
    assert wait_for(lambda: staff.status(task_id) == "accepted")  # back to where it was: the Task goes on
    assert wait_for(lambda: our_status(runtime, task_id) == "accepted")
    with runtime.reading.begin() as session:
        (kept,) = session.execute(select(service_answers).where(service_answers.c.referral_id == task_id)).all()
        assert kept.kind == "answered" and kept.sent_at is not None
        assert kept.sealed_value is None  # sent, so no longer kept here
        assert people.latest_profile(session, person_of(runtime, say.sender)).version == version_before
    assert len(staff.http.get(staff.base + "/intakes.json", timeout=10).json()) == intakes_before  # no new share
    task_events = wait_for(lambda: (e if "answer-sent" in (e := [x for x in events_of(runtime, say.sender)
                                                                  if x.startswith(("task-", "answer-"))]) else None))
    assert task_events[-4:-2] == ["task-on-hold", "answer-given"]  # the service sends its update as it takes it:
    assert sorted(task_events[-2:]) == ["answer-sent", "task-accepted"]  # either may be logged first

    again = visit(say)
    assert "needs your date of birth: reply" not in again  # answered: not asked again
    assert "Riverside Surgery has your answer and has gone on with your referral." in again


def test_a_question_skipped_is_told_to_the_service_which_goes_on(embedded_stack, staff, runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    assert staff.press(task_id, "ask", "phone").status_code == 303
    assert visit(say).endswith("Riverside Surgery needs a phone number to reach you on: reply with it or say skip.")
    assert "my mobile" not in say("ring my mobile")  # not a number: asked again, with an example
    assert "you would rather not answer this here" in say("skip")
    assert wait_for(lambda: "chose not to answer this in the chat" in staff.page(task_id))
    assert wait_for(lambda: staff.status(task_id) == "received")  # asked before it was accepted: back to received
    assert wait_for(lambda: our_status(runtime, task_id) == "received")
    with runtime.reading.begin() as session:
        (kept,) = questions.answers_of(session, task_id)
    assert kept.kind == "skipped"


# --- "is this still true?" --------------------------------------------------------------------------

def backdate_story(rt, sender: str, days: int) -> None:
    """The saved story as if it had been confirmed `days` ago (time moved on, not waited for)."""
    person = person_of(rt, sender)
    with rt.sessions.begin() as session:
        for row in session.execute(select(profile_versions).where(profile_versions.c.person_id == person.id)).all():
            session.execute(update(profile_versions).where(profile_versions.c.id == row.id)
                            .values(confirmed_at=row.confirmed_at - timedelta(days=days)))


def check_each_part(say, first: str, changes: dict[str, str]) -> tuple[str, list[str]]:
    """Answers "Is this still true?" for each part: "yes", or for a part whose title is in `changes`,
    "something has changed" and then the change. Returns the reply after the last part and the titles."""
    reply, titles = first, []
    for _ in range(20):
        if "Is this still true?" not in reply:
            return reply, titles
        title = next(line for line in reversed(reply.split("Is this still true?")[0].splitlines())
                     if line.endswith(":"))[:-1]
        titles.append(title)
        if title in changes:
            assert "What has changed about" in say("something has changed")
            reply = say(changes.pop(title))
            assert "Thank you, I have noted that." in reply, reply
        else:
            reply = say("yes")
    raise AssertionError("the check did not end")


def test_a_story_due_for_a_check_is_read_back_and_a_change_goes_to_the_services(embedded_stack, staff, runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    assert "Is this still true?" not in visit(say)  # just told: not due
    now = runtime.now()
    assert review_times.due(runtime, say.sender, now + timedelta(days=90)) is None  # the GP asks every 91 days
    assert review_times.due(runtime, say.sender, now + timedelta(days=92)) == 92

    backdate_story(runtime, say.sender, 100)
    first = visit(say)
    assert "It is about 3 months since your story was last checked." in first
    end, titles = check_each_part(say, first, {"Your health": "I have diabetes now."})
    assert "Your health" in titles and len(titles) >= 3
    assert "Here is what has changed, to check before it is saved." in end
    assert "Is this right about" in end and "diabetes" in end
    offer = say("yes")
    assert "Shall I send them the update?" in offer and GP in offer
    assert f"I am sending the update to: {GP}" in say("yes")

    def update_arrived():
        found = [i for i in staff.http.get(staff.base + "/intakes.json", timeout=10).json()
                 if i.get("task", {}).get("id") == task_id]
        return found if len(found) == 2 else None

    first_share, update_sent = sorted(wait_for(update_arrived), key=lambda i: i["profile_version"])
    assert update_sent["profile_version"] == first_share["profile_version"] + 1
    assert "diabetes" in update_sent["summary"].lower() and "diabetes" not in first_share["summary"].lower()
    assert "story-reviewed" in events_of(runtime, say.sender)
    assert "Is this still true?" not in visit(say)  # checked: not asked again
    assert review_times.due(runtime, say.sender, runtime.now() + timedelta(days=60)) is None


def test_a_story_still_true_is_kept_as_checked_and_not_now_puts_it_off(embedded_stack, staff, runtime):
    say, _ = share_with_gp(embedded_stack, staff)
    with runtime.reading.begin() as session:
        version = people.latest_profile(session, person_of(runtime, say.sender)).version
    backdate_story(runtime, say.sender, 200)
    first = visit(say)
    assert "about 6 months" in first
    assert "OK. I will ask again in about 4 weeks." in say("not now")
    now = runtime.now()
    assert review_times.due(runtime, say.sender, now + timedelta(days=29)) is None  # put off
    assert review_times.due(runtime, say.sender, now + timedelta(days=31)) is not None
    assert "Is this still true?" not in visit(say)

    with runtime.sessions.begin() as session:  # as if the month had passed
        from consent_store.schema import story_reviews

        session.execute(update(story_reviews).where(story_reviews.c.person_id == person_of(runtime, say.sender).id)
                        .values(put_off_until=now - timedelta(days=1)))
    end, titles = check_each_part(say, visit(say), {})
    assert "Your story is up to date" in end and titles
    with runtime.reading.begin() as session:
        assert people.latest_profile(session, person_of(runtime, say.sender)).version == version  # nothing changed
    assert review_times.due(runtime, say.sender, runtime.now() + timedelta(days=90)) is None
    assert review_times.due(runtime, say.sender, runtime.now() + timedelta(days=92)) is not None


# --- the printable About Me ---------------------------------------------------------------------------

def about_me_link(reply: str) -> str:
    found = ABOUT_ME_LINK.search(reply)
    assert found, reply
    return found.group(1)


def test_the_about_me_page_from_a_short_lived_link_after_the_pin(embedded_stack, staff, runtime):
    say, _ = share_with_gp(embedded_stack, staff)
    assert 'say "About me"' in visit(say)
    link = about_me_link(say("About me"))
    page = requests.get(link, timeout=30)
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    html = page.text
    assert '<link rel="stylesheet" href="/static/nhsuk.css">' in html and "@media print" in html
    assert "<h1 class=\"nhsuk-heading-l\">About me: Ann Example</h1>" in html  # the name the GP's form asked
    for said in ("My wellness", "I have asthma.", "I use an inhaler for asthma.", "I live alone.",
                 "What is most important to me", "My dog matters to me.", "Date last updated",
                 "Supported to write this by</dt>", "I wrote this myself"):
        assert said in html, said
    assert "You have" not in html and "Your " not in html  # in the person's own voice

    forged = link[:-1] + ("0" if link[-1] != "0" else "1")
    assert requests.get(forged, timeout=30).status_code == 404
    pathway_token = pathway_link(visit(say)).rsplit("/", 1)[1]  # a pathway link is no About Me link
    assert requests.get(link.rsplit("/", 1)[0] + "/" + pathway_token, timeout=30).status_code == 404
    person_id, expires, _ = link.rsplit("/", 1)[1].split(".")
    from bot.conversation.pathway_links import _mac

    past = f"{person_id}.{int(expires) - 3600}"
    expired = link.rsplit("/", 1)[0] + f"/{past}.{_mac(runtime, 'about-me', past)}"
    assert requests.get(expired, timeout=30).status_code == 404


# --- a review period the person chooses; a check a service asks for -----------------------------------

def test_the_person_chooses_how_often_to_check_their_story(embedded_stack, staff, runtime):
    say, _ = share_with_gp(embedded_stack, staff)
    visit(say)
    due = (runtime.now() + timedelta(days=91)).strftime("%-d %B %Y")
    assert (f"OK. I will ask you to check your story every 3 months. The next check is due on {due}."
            in say("check my story every 3 months"))
    never = say("dont ask me to check it")
    assert "I cannot stop the checks altogether" in never and "once a year" in never
    assert f"The next check is due on {(runtime.now() + timedelta(days=365)).strftime('%-d %B %Y')}." in never
    assert "every 3 months" not in say("remind me to check it in a year")  # the same year, said back
    now = runtime.now()
    assert review_times.due(runtime, say.sender, now + timedelta(days=364)) is None  # theirs, not the GP's 91
    assert review_times.due(runtime, say.sender, now + timedelta(days=366)) is not None

    backdate_story(runtime, say.sender, 100)  # past the GP's 91 days, within the person's year
    assert "Is this still true?" not in visit(say)
    begun = say("check my story every 3 months")  # now past it: the check begins at once
    assert "A check is due now.\nIt is about 3 months since your story was last checked." in begun
    assert "Is this still true?" in begun


def test_a_service_asks_the_person_to_check_their_story_from_its_staff_page(embedded_stack, staff, runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    assert "Ask the person to check their story</button>" in staff.page(task_id)
    assert staff.press(task_id, "check").status_code == 303
    assert "You asked the person to check their story on" in staff.page(task_id)
    assert "review-requested" in events_of(runtime, say.sender)
    assert staff.status(task_id) == "received"  # asking moves nothing

    first = visit(say)
    assert "Riverside Surgery asked you to check your story is still true." in first
    end, titles = check_each_part(say, first, {})
    assert "Your story is up to date" in end and titles
    assert "I will tell Riverside Surgery that nothing has changed." in end
    # the service hears how the check it asked for ended: signed, acknowledged, logged; nothing moves
    assert wait_for(lambda: "checked their story is still true: nothing has changed" in staff.page(task_id))
    assert wait_for(lambda: "check-sent" in events_of(runtime, say.sender))
    assert staff.status(task_id) == "received" and our_status(runtime, task_id) == "received"
    assert "asked you to check" not in visit(say)  # checked: the request is done


def test_a_service_that_asked_hears_the_story_changed_and_gets_the_update_only_if_sent(embedded_stack, staff,
                                                                                      runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    assert staff.press(task_id, "accept").status_code == 303
    assert staff.press(task_id, "check").status_code == 303
    first = visit(say)
    end, _ = check_each_part(say, first, {"Your health": "I have diabetes now."})
    assert "I will tell Riverside Surgery that you have checked it." in end
    assert wait_for(lambda: "something has changed: the changes come as an update if they choose to send it"
                    in staff.page(task_id))
    assert "diabetes" not in staff.page(task_id)  # what changed is not told: only that something did
    assert staff.status(task_id) == "accepted"
    assert "Shall I send them the update?" in say("yes")  # the changes read back are right
    queued = events_of(runtime, say.sender).count("queued")
    say("no")  # not sent: the service has only the first story
    assert events_of(runtime, say.sender).count("queued") == queued


def test_a_check_put_off_or_asked_by_a_service_no_longer_shared_with_is_not_told(embedded_stack, staff, runtime):
    from tests.journey_steps import PIN
    from tests.test_pathway import SESSION_START

    say, task_id = share_with_gp(embedded_stack, staff)
    assert staff.press(task_id, "check").status_code == 303
    assert "asked you to check" in visit(say)
    assert "I will tell" not in say("not now")  # put off: nothing to tell yet
    say(SESSION_START)  # then the person stops sharing with the GP
    assert "type your PIN" in say("/returning")
    say(PIN)
    assert "Which service should I stop sharing with" in say("Stop sharing")
    say(GP)
    with runtime.sessions.begin() as session:  # as if the month had passed
        from consent_store.schema import story_reviews

        session.execute(update(story_reviews).where(story_reviews.c.person_id == person_of(runtime, say.sender).id)
                        .values(put_off_until=runtime.now() - timedelta(days=1)))
    assert review_times.record(runtime, say.sender, review_times.CONFIRMED, runtime.now()) is None
    with runtime.reading.begin() as session:
        assert [a for a in questions.answers_of(session, task_id) if a.question == questions.STORY_CHECK] == []
    assert "check-sent" not in events_of(runtime, say.sender)


def test_a_check_asked_by_a_signed_call_back_only_while_the_service_has_consent(embedded_stack, staff, runtime):
    from bot.delivery.review_requests import review_request
    from bot.delivery.sending import signed_headers
    from bot.delivery.service_keys import service_secret
    from bot.settings import load_settings
    from reference_service.task_updates import send_check_request
    from tests.journey_steps import PIN
    from tests.test_pathway import SESSION_START

    say, task_id = share_with_gp(embedded_stack, staff)
    secret = service_secret(load_settings(embedded_stack.env), "gp-practice")
    referrer = embedded_stack.url("webchat")
    body = json.dumps(review_request(task_id, "received")).encode()
    url = f"{referrer}/fhir/Task/{task_id}"
    assert requests.post(url, data=body, headers={"Content-Type": "application/json"}, timeout=30).status_code == 401
    headers = {"Content-Type": "application/json", **signed_headers("check-" + task_id, int(time.time()), body, secret)}
    assert requests.post(url, data=body, headers=headers, timeout=30).status_code == 200
    assert requests.post(url, data=body, headers=headers, timeout=30).status_code == 409  # a replay: once
    moved = json.dumps(review_request(task_id, "completed")).encode()  # asking is no move
    assert requests.post(url, data=moved, headers={"Content-Type": "application/json", **signed_headers(
        "moved-" + task_id, int(time.time()), moved, secret)}, timeout=30).status_code == 422
    assert [e for e in events_of(runtime, say.sender) if e == "review-requested"] == ["review-requested"]
    assert our_status(runtime, task_id) == "received"
    assert "Riverside Surgery asked you to check your story is still true." in visit(say)
    say("not now")

    say(SESSION_START)  # the person stops sharing with the GP: it can no longer ask
    assert "type your PIN" in say("/returning")
    say(PIN)
    assert "Which service should I stop sharing with" in say("Stop sharing")
    say(GP)
    assert not send_check_request(referrer, task_id, "received", secret, int(time.time()))
    assert not send_check_request(referrer, task_id, "cancelled", secret, int(time.time()))
    assert [e for e in events_of(runtime, say.sender) if e == "review-requested"] == ["review-requested"]
