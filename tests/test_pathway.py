"""The pathway (issue 21) through the running stack: a person shares with a service, the service's
staff move the referral on, and the person hears it at their next visit, gets a short-lived link to
their pathway page after the PIN, and sees there what each service holds, where it has got to, how
long it has waited, a stalled step flagged, and who else can see the page."""
from __future__ import annotations

import base64
import json
import re
import threading
import time
import uuid
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
import requests
from sqlalchemy import update

from bot.conversation import pathway
from bot.ops.runtime import build_runtime
from bot.rasa.channels.sms import conversation_id
from bot.settings import load_settings
from bot.understanding.safeguarding.categories import PHONE_MAY_BE_READ
from consent_store import audit, people
from consent_store import pathway as store
from consent_store.schema import pathway_viewers, referrals
from tests.bot.rasa.channels.test_sms import Phone
from tests.journey_steps import PIN, answer_service_questions, confirm_read_back, finish_story
from tests.test_referral_status import GP, SESSION_START, STORY, Staff, share_with_gp

LINK = re.compile(r"(http://\S+/pathway/[0-9a-f-]{36}\.\d+\.[0-9a-f]{32})")
ACCOUNT = "AC" + "0" * 31 + "1"
OUR_NUMBER = "+447700900001"


class SmsRecorder:
    """Twilio's Messages API as a local server: it keeps each message it is asked to send (the form
    Twilio's client posts, with the account it signed in as) and answers as Twilio does (201, JSON)."""

    def __init__(self):
        self.received: list[dict] = []
        self.opted_out: set[str] = set()  # numbers that texted STOP to the provider: refused as Twilio does
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                return

            def do_POST(self):
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode()).items()}
                login = base64.b64decode(self.headers["Authorization"].split()[1]).decode().split(":")[0]
                recorder.received.append({"path": self.path, "account": login, **form})
                refused = form.get("To") in recorder.opted_out
                body = json.dumps({"code": 21610, "message": "Attempt to send to unsubscribed recipient",
                                   "status": 400} if refused else
                                  {"sid": "SM" + uuid.uuid4().hex, "status": "queued", "to": form.get("To"),
                                   "from": form.get("From"), "body": form.get("Body")}).encode()
                self.send_response(400 if refused else 201)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def texts_to(self, number: str, wanted: str, timeout: float = 30.0) -> list[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            bodies = [m["Body"] for m in self.received if m.get("To") == number]
            if any(wanted in b for b in bodies):
                return bodies
            time.sleep(0.2)
        return [m["Body"] for m in self.received if m.get("To") == number]


@pytest.fixture(scope="module")
def sms_recorder():
    recorder = SmsRecorder()
    yield recorder
    recorder.server.shutdown()


@pytest.fixture(scope="module")
def stack_options(sms_recorder):
    """Status texts set up, through the local recorder instead of Twilio."""
    return {"environ": {"TELL_TWILIO_ACCOUNT_SID": ACCOUNT, "TELL_SMS_FROM": OUR_NUMBER,
                        "TELL_TWILIO_API_URL": sms_recorder.url}}


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
    assert not re.search(r"Riverside Surgery (?!\(GP|has your referral and has not decided)", visit(say))  # no news
    assert staff.press(task_id, "accept").status_code == 303
    first = visit(say)
    assert "Riverside Surgery accepted your referral." in first
    again = visit(say)
    assert "Riverside Surgery accepted your referral." not in again  # told once
    assert "Riverside Surgery accepted your referral (" in again  # who has my story still says where it is
    assert staff.press(task_id, "ask", "date-of-birth").status_code == 303
    assert "Riverside Surgery needs your date of birth: reply with it or say skip." in visit(say)  # asked after the PIN
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
    from bot.conversation.pathway_links import _mac

    assert mac == _mac(runtime, "pathway", f"{person_id}.{expires}")  # the test's keys are the stack's
    past = f"{person_id}.{int(expires) - 3600}"
    expired = link.rsplit("/", 1)[0] + f"/{past}.{_mac(runtime, 'pathway', past)}"
    assert requests.get(expired, timeout=30).status_code == 404
    with runtime.reading.begin() as session:
        assert people.find_person(session, runtime.kek, people.handle_hash(runtime.lookup_key, say.sender))


def share_by_sms(embedded_stack, staff, number: str, then: str = "", first: str = ""):
    """A person tells their story by SMS (`then`: a further message of it; `first`: a message before anything is
    kept, at the first question) and shares it with the GP: (text, the Task id)."""
    phone = Phone(embedded_stack, number)
    text = lambda message: " ".join(phone.text(message))  # noqa: E731
    text("hello")
    if first:  # kept as the start of her own story
        assert PHONE_MAY_BE_READ in text(first)
    else:
        assert "in your own words" in text("1")
    text(STORY)
    if then:
        assert PHONE_MAY_BE_READ in text(then)
    _, offers = confirm_read_back(lambda m: text("1" if m == "yes" else m), finish_story(text))
    assert "These services could use it" in offers
    before = set(staff.referrals())
    answer_service_questions(text, text(GP))
    assert "has your details and has confirmed it" in text("yes")
    (task_id,) = set(staff.referrals()) - before
    return text, task_id


def kept_number(rt, number: str) -> str | None:
    sender = conversation_id(rt.lookup_key, number)
    with rt.reading.begin() as session:
        return store.number_of(session, people.find_person(session, rt.kek, people.handle_hash(rt.lookup_key, sender)))


def test_a_person_who_came_by_sms_is_texted_each_step_once(embedded_stack, staff, sms_recorder, runtime):
    number = "+447700900321"
    text, task_id = share_by_sms(embedded_stack, staff, number)

    assert staff.press(task_id, "accept").status_code == 303
    texts = sms_recorder.texts_to(number, "accepted your referral")
    assert texts == ["Tell your story once: Riverside Surgery accepted your referral."]
    (sent,) = [m for m in sms_recorder.received if m.get("To") == number]
    assert sent["From"] == OUR_NUMBER and sent["account"] == ACCOUNT
    assert sent["path"] == f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json"

    assert staff.press(task_id, "ask", "gp").status_code == 303
    texts = sms_recorder.texts_to(number, "needs the name of your GP practice")
    assert texts[1] == ("Tell your story once: Riverside Surgery needs the name of your GP practice. Reply to this "
                        "text to answer (after your PIN), or say skip.")
    assert len(texts) == 2  # each step texted once
    sender = conversation_id(runtime.lookup_key, number)
    assert pathway.untold_news(runtime, sender, runtime.now()) == []  # texted: not told again at the next visit
    assert kept_number(runtime, number) == number  # kept sealed, for these texts only


def test_a_person_who_texts_stop_is_texted_nothing_more_until_start(embedded_stack, staff, sms_recorder, runtime):
    number = "+447700900322"
    text, task_id = share_by_sms(embedded_stack, staff, number)
    assert kept_number(runtime, number) == number
    assert "You will get no more texts from us" in text("STOP")
    assert kept_number(runtime, number) is None  # the number is dropped

    assert staff.press(task_id, "accept").status_code == 303
    sender = conversation_id(runtime.lookup_key, number)
    time.sleep(3)  # the notifier looks every second: nothing may arrive
    assert [m for m in sms_recorder.received if m.get("To") == number] == []
    news = [r.text for r in pathway.untold_news(runtime, sender, runtime.now())]
    assert news == ["Riverside Surgery accepted your referral."]  # heard at the next visit instead

    assert text("START")  # texts again: the number is kept once more, and news is texted
    assert kept_number(runtime, number) == number
    assert "You will get no more texts from us" in text("please stop texting me")  # the same wish in words
    assert kept_number(runtime, number) is None
    assert text("START") and kept_number(runtime, number) == number
    assert staff.press(task_id, "ask", "gp").status_code == 303
    assert "needs the name of your GP practice" in " ".join(sms_recorder.texts_to(number, "needs the name"))


def test_a_person_who_tells_of_harm_by_sms_is_texted_nothing_unasked(embedded_stack, staff, sms_recorder, runtime):
    """Hazard H1 (clinical-safety.md): a person told us by SMS that her husband checks her phone, and was then
    texted "Tell your story once: Riverside Surgery accepted your referral" on the phone he reads. A harm done by
    someone else, told by SMS, stops texts unasked (as STOP does), and the person is told so; news waits for her
    next visit."""
    number = "+447700900324"
    text, task_id = share_by_sms(embedded_stack, staff, number, then="my husband checks my phone and reads my texts")
    assert kept_number(runtime, number) is None
    assert staff.press(task_id, "accept").status_code == 303
    time.sleep(3)  # the notifier looks every second: nothing may arrive
    assert [m for m in sms_recorder.received if m.get("To") == number] == []
    sender = conversation_id(runtime.lookup_key, number)
    assert [r.text for r in pathway.untold_news(runtime, sender, runtime.now())] == [
        "Riverside Surgery accepted your referral."]


def test_harm_told_by_sms_at_the_first_question_stops_texts(embedded_stack, staff, sms_recorder, runtime):
    """Hazard H1: told at the very first question ("about you or someone you care for?"), the words are kept as the
    start of her story, and the news of her referral is not texted to the phone he reads."""
    number = "+447700900325"
    _, task_id = share_by_sms(embedded_stack, staff, number, first="before i start my husband goes through my phone")
    assert kept_number(runtime, number) is None
    assert staff.press(task_id, "accept").status_code == 303
    time.sleep(3)  # the notifier looks every second: nothing may arrive
    assert [m for m in sms_recorder.received if m.get("To") == number] == []


def test_a_stop_before_anything_is_kept_holds_for_the_story_kept_later(embedded_stack, runtime):
    """Hazard H1: STOP, or a harm told by SMS, where nothing was kept yet (a carer's first question is no story)
    had no one to be kept for: the number was then kept with the story, and news texted to it."""
    number = "+447700900326"
    sender = conversation_id(runtime.lookup_key, number)
    pathway.texts_wanted(runtime, sender, False, runtime.now())
    with runtime.sessions.begin() as session:
        person = people.find_person(session, runtime.kek, people.handle_hash(runtime.lookup_key, sender))
        assert person is not None
        assert not store.remember_number(session, person, number, runtime.now())  # the story kept later
        assert store.number_of(session, person) is None


def test_a_number_the_provider_says_opted_out_is_dropped_and_not_texted_again(embedded_stack, staff, sms_recorder,
                                                                               runtime):
    number = "+447700900323"
    _, task_id = share_by_sms(embedded_stack, staff, number)
    sms_recorder.opted_out.add(number)  # STOP texted to the provider, not to us
    assert staff.press(task_id, "accept").status_code == 303
    assert len(sms_recorder.texts_to(number, "accepted your referral")) == 1  # tried once, refused (21610)
    deadline = time.monotonic() + 30
    while kept_number(runtime, number) is not None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert kept_number(runtime, number) is None
    assert staff.press(task_id, "ask", "gp").status_code == 303
    time.sleep(3)
    assert len([m for m in sms_recorder.received if m.get("To") == number]) == 1  # never tried again


def test_a_rest_person_is_not_texted(embedded_stack, staff, sms_recorder):
    say, task_id = share_with_gp(embedded_stack, staff)
    count = len(sms_recorder.received)
    assert staff.press(task_id, "accept").status_code == 303
    assert "Riverside Surgery accepted your referral." in visit(say)
    time.sleep(2)
    assert len(sms_recorder.received) == count  # no number to text: none was kept


def test_the_service_is_told_when_the_person_stops_sharing(embedded_stack, staff, runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    say(SESSION_START)
    assert "type your PIN" in say("/returning")  # the button "I have been here before"
    say(PIN)
    assert "Which service should I stop sharing with" in say("Stop sharing")
    say(GP)
    deadline = time.monotonic() + 30
    while staff.status(task_id) != "cancelled" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert staff.status(task_id) == "cancelled"
    assert "the person stopped sharing with you" in staff.page(task_id)
    assert ">Accept</button>" not in staff.page(task_id)
    for _ in range(100):  # the receiver keeps it before it answers; we log it after the answer
        with runtime.reading.begin() as session:
            person = people.find_person(session, runtime.kek, people.handle_hash(runtime.lookup_key, say.sender))
            events = [e["event"] for e in audit.events_of(session, person.audit_ref)]
        if "task-sent" in events:
            break
        time.sleep(0.2)
    assert events[-2:] == ["task-cancelled", "task-sent"]


VIEWER_LINK = re.compile(r"(http://\S+/pathway/shared/[0-9a-f-]{36}\.[0-9a-f]{32})")


def name_a_viewer(say, wish: str = "let Sam Jones see my referrals for 2 weeks") -> str:
    reply = say(wish)
    found = VIEWER_LINK.search(reply)
    assert found, reply
    return found.group(1)


def test_a_named_coordinator_sees_statuses_only_until_revoked_and_each_view_is_logged(embedded_stack, staff,
                                                                                       runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    assert 'say "let <their name> see my referrals"' in visit(say)
    viewer_link = name_a_viewer(say)
    assert staff.press(task_id, "accept").status_code == 303

    seen = requests.get(viewer_link, timeout=30)
    assert seen.status_code == 200 and "Referrals shared with Sam Jones" in seen.text
    assert GP in seen.text and ">Accepted</strong>" in seen.text
    for of_the_story in ("What they hold", "Your health", "Version", "Who else can see"):
        assert of_the_story not in seen.text  # statuses and which services, not the story
    assert requests.get(viewer_link, timeout=30).status_code == 200

    who = visit(say)  # a reload is the same visit (each view is logged, below)
    assert re.search(r"Sam Jones may see your referrals until \d+ \w+ \d{4} \(looked 1 time, last on", who), who
    own_page = requests.get(pathway_link(who), timeout=30).text
    assert "Sam Jones, until" in own_page and "(looked 1 time)" in own_page

    assert "Sam Jones can no longer see your referrals" in say("stop Sam Jones seeing my referrals")
    assert requests.get(viewer_link, timeout=30).status_code == 404
    assert "Nobody else can see your referrals." in say("who can see my referrals?")
    with runtime.reading.begin() as session:
        person = people.find_person(session, runtime.kek, people.handle_hash(runtime.lookup_key, say.sender))
        events = [e["event"] for e in audit.events_of(session, person.audit_ref)]
    assert [e for e in events if e.startswith(("viewer-", "pathway-"))] == [
        "viewer-named", "pathway-viewed", "pathway-viewed", "viewer-revoked"]


def test_someone_named_as_people_say_it_is_asked_for_by_name_and_stopped_as_people_say_it(embedded_stack, staff,
                                                                                            runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    visit(say)
    assert "What is your daughter's name?" in say("can my daughter keep an eye on how things are going, for a month")
    given = say("her name is Sophie")
    assert "Give this link to Sophie (daughter):" in given and VIEWER_LINK.search(given)
    viewer_link = VIEWER_LINK.search(given).group(1)
    assert "Referrals shared with Sophie (daughter)" in requests.get(viewer_link, timeout=30).text
    assert "Sophie (daughter) may see your referrals" in say("who have i given access to?")
    assert "Sophie (daughter) can no longer see your referrals" in say("my daughter doesnt need to follow it any more")
    assert requests.get(viewer_link, timeout=30).status_code == 404
    # what is no name is asked again, with no menu after the question
    asked = say("add my key worker")
    assert "What is your key worker's name?" in asked and "Is there anything else?" not in asked
    assert "I did not get a name" in say("remove him") and "I did not get a name" in say("ok")
    assert "Give this link to Jo (key worker):" in say("Jo")
    # a wish of the menu's is never taken for one about viewers
    assert "Which service should I stop sharing with" in say("i dont want them to have it any more")


def test_a_coordinator_s_link_ends_at_its_expiry_and_cannot_be_forged(embedded_stack, staff, runtime):
    say, _ = share_with_gp(embedded_stack, staff)
    visit(say)
    viewer_link = name_a_viewer(say, "share my pathway with Ann Example for 3 days")
    assert requests.get(viewer_link, timeout=30).status_code == 200
    viewer_id = viewer_link.rsplit("/", 1)[1].split(".")[0]
    forged = viewer_link[:-4] + "0000"
    assert requests.get(forged, timeout=30).status_code == 404
    with runtime.sessions.begin() as session:
        row = session.execute(pathway_viewers.select().where(pathway_viewers.c.id == viewer_id)).first()
        assert (row.expires_at - row.created_at).days == 3
        session.execute(update(pathway_viewers).where(pathway_viewers.c.id == viewer_id)
                        .values(expires_at=row.created_at - timedelta(seconds=1)))  # as if 3 days had passed
    assert requests.get(viewer_link, timeout=30).status_code == 404


# --- the store on its own (SQLite and PostgreSQL), time as a parameter ------------------------------

@pytest.fixture
def referral(sessions, kek):
    from consent_store import consent
    from consent_store import referrals as referral_store
    from tests.conftest import NOW

    with sessions.begin() as session:
        person = people.find_or_create_person(session, kek, "pathway-" + uuid.uuid4().hex, NOW)
        granted = consent.grant_consent(session, person, "community-nursing", ["health"], "referral", "person", NOW)
        opened = referral_store.open_referral(session, person, "community-nursing", granted.id, NOW)
        store.remember_number(session, person, "+447700900777", NOW)
    return person, opened


def test_stop_drops_the_number_and_keeps_none_until_start_on_sqlite_and_postgresql(sessions, referral):
    from consent_store import referrals as referral_store
    from tests.conftest import NOW

    person, _ = referral
    with sessions.begin() as session:
        assert store.number_of(session, person) == "+447700900777"
        store.opt_out(session, person, NOW)
        assert store.number_of(session, person) is None
        assert not store.remember_number(session, person, "+447700900777", NOW)  # not kept again after STOP
        assert store.number_of(session, person) is None
        assert store.claim_due(session, store.SMS, [referral_store.REQUESTED], NOW, timedelta(minutes=2),
                               texted_only=True) == []  # nothing to text
        store.opt_in(session, person)
        assert store.remember_number(session, person, "+447700900888", NOW)
        assert store.number_of(session, person) == "+447700900888"


def test_news_is_claimed_by_one_sender_under_a_lease_and_told_once(sessions, referral):
    from consent_store import referrals as referral_store
    from tests.conftest import NOW

    person, opened = referral
    news = [referral_store.ACCEPTED]
    with sessions.begin() as session:
        assert store.claim_due(session, store.SMS, news, NOW, timedelta(minutes=2)) == []  # requested: no news
        referral_store.apply_update(session, opened.id, referral_store.ACCEPTED, None, "m1", NOW + timedelta(hours=1))
    later = NOW + timedelta(hours=2)
    with sessions.begin() as session:
        (claimed,) = store.claim_due(session, store.SMS, news, later, timedelta(minutes=2), texted_only=True)
        assert claimed.referral.status == "accepted" and claimed.attempts == 0
    with sessions.begin() as session:  # another sender, within the lease: nothing for it
        assert store.claim_due(session, store.SMS, news, later + timedelta(minutes=1), timedelta(minutes=2)) == []
        store.put_off(session, claimed.referral, store.SMS, later, later + timedelta(minutes=10))
    with sessions.begin() as session:
        assert store.claim_due(session, store.SMS, news, later + timedelta(minutes=5), timedelta(minutes=2)) == []
        (again,) = store.claim_due(session, store.SMS, news, later + timedelta(minutes=11), timedelta(minutes=2))
        assert again.attempts == 1
        store.mark_told(session, again.referral, store.SMS, later)
    with sessions.begin() as session:
        assert store.claim_due(session, store.SMS, news, later + timedelta(days=1), timedelta(minutes=2)) == []
        assert [r.id for r in store.untold(session, person, store.CHAT, news)] == [opened.id]  # chat: its own
        assert store.number_of(session, person) == "+447700900777"
        assert not store.remember_number(session, person, "+447700900777", later)  # kept already


def test_a_viewer_is_logged_and_ends_with_its_expiry_or_revocation(sessions, kek, referral):
    from tests.conftest import NOW

    person, _ = referral
    with sessions.begin() as session:
        viewer = store.name_viewer(session, person, "  Sam   Jones ", NOW + timedelta(days=2), NOW)
    assert viewer.name == "Sam Jones"
    with sessions.begin() as session:
        assert store.viewer_for_visit(session, kek, viewer.id, NOW + timedelta(days=1))[1].name == "Sam Jones"
        assert store.viewer_for_visit(session, kek, viewer.id, NOW + timedelta(days=2)) is None  # expired
        assert store.revoke_viewer(session, person, viewer.id, NOW + timedelta(hours=1))
        assert not store.revoke_viewer(session, person, viewer.id, NOW + timedelta(hours=2))
        assert store.viewer_for_visit(session, kek, viewer.id, NOW + timedelta(hours=3)) is None
        assert store.viewers_of(session, person, NOW + timedelta(hours=3)) == []
        events = [e["event"] for e in audit.events_of(session, person.audit_ref)]
    assert events[-3:] == ["viewer-named", "pathway-viewed", "viewer-revoked"]


# --- what a coordinator sees, how often they looked, the token pages' headers, the logs (issue 21 part A)

def page_text(html: str) -> str:
    """What a reader of the page sees: its text, tags gone."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def stop_sharing_with_gp(say) -> None:
    say(SESSION_START)
    assert "type your PIN" in say("/returning")
    say(PIN)
    assert "Which service should I stop sharing with" in say("Stop sharing")
    say(GP)


def wait_for(staff, task_id: str, status: str) -> None:
    deadline = time.monotonic() + 30
    while staff.status(task_id) != status and time.monotonic() < deadline:
        time.sleep(0.2)
    assert staff.status(task_id) == status


def assert_statuses_only(html: str) -> None:
    """Nothing on a coordinator's page but which services and where each has got to."""
    from bot.delivery.referrals import DECLINE_REASONS, QUESTIONS

    text = page_text(html)
    for leak in [*DECLINE_REASONS.values(), *QUESTIONS.values(), "date of birth", "asthma", "inhaler", "1947",
                 "answered", "its question", "you stopped", "Stopped by you", "Waiting for you", "What they hold",
                 "Version", "Who else can see", "Ann Example"]:
        assert leak.lower() not in text.lower(), leak


def test_a_coordinator_sees_no_question_answer_reason_or_who_stopped_it(embedded_stack, staff, runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    visit(say)
    viewer_link = name_a_viewer(say)
    assert staff.press(task_id, "ask", "date-of-birth").status_code == 303
    held = requests.get(viewer_link, timeout=30).text
    assert ">On hold</strong>" in held
    assert_statuses_only(held)
    asked = visit(say)
    assert "Riverside Surgery needs your date of birth" in asked  # the person is asked; the coordinator is not told what
    assert "14 February 1947" in say("14/02/1947")
    answered = requests.get(viewer_link, timeout=30).text
    assert_statuses_only(answered)
    own = requests.get(pathway_link(visit(say)), timeout=30).text  # the person still sees it all
    assert "Your health" in own and "Sam Jones, until" in own

    stop_sharing_with_gp(say)
    wait_for(staff, task_id, "cancelled")
    stopped = requests.get(viewer_link, timeout=30).text
    assert ">Stopped</strong>" in stopped and "The referral was stopped." in page_text(stopped)
    assert_statuses_only(stopped)

    other, other_task = share_with_gp(embedded_stack, staff)
    visit(other)
    other_link = name_a_viewer(other)
    assert staff.press(other_task, "decline", "not-eligible").status_code == 303
    declined = requests.get(other_link, timeout=30).text
    assert ">Declined</strong>" in declined
    assert_statuses_only(declined)
    assert "does not meet the service" in requests.get(pathway_link(visit(other)), timeout=30).text  # the person's own page


def test_reloads_are_one_visit_in_how_often_a_coordinator_looked_and_each_view_is_logged(embedded_stack, staff,
                                                                                         runtime):
    say, _ = share_with_gp(embedded_stack, staff)
    visit(say)
    viewer_link = name_a_viewer(say)
    for _ in range(3):  # a page opened and reloaded twice
        assert requests.get(viewer_link, timeout=30).status_code == 200
    who = visit(say)
    assert "(looked 1 time, last on" in who, who
    assert "(looked 1 time)" in requests.get(pathway_link(who), timeout=30).text
    token = viewer_link.rsplit("/", 1)[1]
    later = runtime.now() + timedelta(hours=2)  # the next day's look, without waiting for it
    assert pathway.pathway_for_viewer(runtime, token, later) is not None
    assert "(looked 2 times, last on" in visit(say)
    with runtime.reading.begin() as session:
        person = people.find_person(session, runtime.kek, people.handle_hash(runtime.lookup_key, say.sender))
        events = [e["event"] for e in audit.events_of(session, person.audit_ref)]
    assert events.count("pathway-viewed") == 4  # every view is in the disclosure log


TOKEN_HEADERS = {"Referrer-Policy": "no-referrer", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


def assert_private_headers(response) -> None:
    for name, value in TOKEN_HEADERS.items():
        assert response.headers.get(name) == value, (name, response.url)
    policy = dict(part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert policy["base-uri"] == "'none'" and policy["form-action"] == "'none'"
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]


def test_token_pages_send_privacy_headers_over_http(embedded_stack, staff):
    from tests.test_pathway_visit import about_me_link

    say, _ = share_with_gp(embedded_stack, staff)
    link = pathway_link(visit(say))
    viewer_link = name_a_viewer(say)
    about = about_me_link(say("About me"))
    download = next(word for word in say("Download my story").split() if "/download/" in word)
    for url in (link, viewer_link, about, about + ".pdf", download, link[:-2] + "00", viewer_link[:-2] + "00"):
        assert_private_headers(requests.get(url, timeout=60))


def test_the_stack_s_log_files_are_private(embedded_stack):
    import stat

    folder = embedded_stack.var_dir / "log"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    logs = list(folder.glob("*.log"))
    assert {"rasa.log", "webchat.log", "worker.log"} <= {p.name for p in logs}
    for path in logs:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


# --- a viewer the person lets read the story too -------------------------------------------------

def test_a_viewer_the_person_lets_read_the_story_sees_the_about_me_too(embedded_stack, staff, runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    visit(say)
    only_statuses = name_a_viewer(say, "let Ann Other see my referrals")
    told = say("let Sam Jones see my story and referrals")
    assert "your story" in told and "not your story" not in told, told
    story_link = VIEWER_LINK.search(told).group(1)

    sees = requests.get(story_link, timeout=30)
    assert sees.status_code == 200
    for said in ("I have asthma.", "I live alone.", "My dog matters to me.", "My wellness", GP, ">Received</strong>"):
        assert said in sees.text, said
    assert "Who else can see" not in sees.text and "Ann Other" not in sees.text
    plain = requests.get(only_statuses, timeout=30).text
    assert "asthma" not in plain and "My wellness" not in plain

    who = say("who can see my referrals?")
    assert re.search(r"Sam Jones may see your story and referrals until", who), who
    assert re.search(r"Ann Other may see your referrals until", who), who
    own = requests.get(pathway_link(visit(say)), timeout=30).text
    assert re.search(r"Sam Jones, until [^<]*, may read your story too", own), own
    assert re.search(r"Ann Other, until [^<(]*\(", own)
    assert "Sam Jones can no longer see" in say("stop Sam Jones seeing my referrals")
    assert requests.get(story_link, timeout=30).status_code == 404


def pdf_text(pdf: bytes, tmp_path) -> str:
    import shutil
    import subprocess

    assert shutil.which("pdftotext"), "poppler-utils: tools/install_debian.sh pdf"
    path = tmp_path / "about-me.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_the_about_me_as_a_pdf(embedded_stack, staff, runtime, tmp_path):
    from tests.test_pathway_visit import about_me_link

    say, _ = share_with_gp(embedded_stack, staff)
    visit(say)
    link = about_me_link(say("About me"))
    assert f'href="/pathway/about-me/{link.rsplit("/", 1)[1]}.pdf"' in requests.get(link, timeout=30).text
    pdf = requests.get(link + ".pdf", timeout=60)
    assert pdf.status_code == 200 and pdf.headers["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    assert 'filename="about-me.pdf"' in pdf.headers["Content-Disposition"]
    text = " ".join(pdf_text(pdf.content, tmp_path).split())
    for said in ("About me: Ann Example", "I have asthma.", "I live alone.", "My dog matters to me.",
                 "Supported to write this by", "I wrote this myself", "Date last updated"):
        assert said in text, said
    assert "Print this page" not in text

    forged = link[:-1] + ("0" if link[-1] != "0" else "1")
    assert requests.get(forged + ".pdf", timeout=30).status_code == 404
    person_id, expires, _ = link.rsplit("/", 1)[1].split(".")
    from bot.conversation.pathway_links import _mac

    past = f"{person_id}.{int(expires) - 3600}"
    expired = link.rsplit("/", 1)[0] + f"/{past}.{_mac(runtime, 'about-me', past)}.pdf"
    assert requests.get(expired, timeout=30).status_code == 404
