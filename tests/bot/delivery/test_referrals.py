"""Referrals on their own: the FHIR ServiceRequest and Task a share carries, a service's Task update
read and checked, the status kept in the consent store and the disclosure log's chain (SQLite and
PostgreSQL), the signed call back with time as a parameter, and the words the person hears."""
from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from fhir.resources.servicerequest import ServiceRequest
from fhir.resources.task import Task

from bot.delivery import referrals
from bot.delivery.sending import signed_headers, verify
from bot.ops.runtime import build_runtime
from bot.settings import load_settings
from consent_store import audit, consent, erasure, people
from consent_store import referrals as store
from tests.conftest import NOW


@pytest.fixture
def person(sessions, kek):
    with sessions.begin() as session:
        return people.find_or_create_person(session, kek, "referred", NOW)


def _open(sessions, person, service_id="community-nursing"):
    with sessions.begin() as session:
        granted = consent.grant_consent(session, person, service_id, ["health"], "referral", "person", NOW)
        return store.open_referral(session, person, service_id, granted.id, NOW), granted


def test_a_share_carries_a_valid_service_request_and_task(sessions, person):
    referral, _ = _open(sessions, person)
    documents = referrals.referral_documents(referral, "Community nursing team")
    request = ServiceRequest.parse_obj(documents["serviceRequest"])
    task = Task.parse_obj(documents["task"])
    assert request.id == referral.request_id and request.intent == "order"
    assert task.id == referral.id and task.status == "requested"
    assert task.focus.reference == f"ServiceRequest/{referral.request_id}"
    assert task.owner.display == "Community nursing team"


def test_a_task_update_is_read_only_when_it_is_one_we_take():
    task_id = str(uuid.uuid4())

    def parse(document):
        return referrals.parse_task_update(json.dumps(document).encode(), task_id)

    assert parse(referrals.task_update(task_id, "accepted")) == ("accepted", None)
    assert parse(referrals.task_update(task_id, "rejected", "no-capacity")) == ("rejected", "no-capacity")
    assert parse(referrals.task_update(task_id, "on-hold", "date-of-birth")) == ("on-hold", "date-of-birth")
    refused = [
        referrals.task_update(str(uuid.uuid4()), "accepted"),  # another task
        {**referrals.task_update(task_id, "accepted"), "status": "delighted"},  # not a Task status
        {"resourceType": "Patient", "id": task_id},
        referrals.task_update(task_id, "rejected"),  # a decline needs a reason from the list
        referrals.task_update(task_id, "on-hold", "your bank details"),  # a question not on the list
        referrals.task_update(task_id, "cancelled"),  # only the person cancels
        referrals.task_update(task_id, "requested"),
    ]
    for document in refused:
        with pytest.raises(referrals.NotATaskUpdate):
            parse(document)
    with pytest.raises(referrals.NotATaskUpdate):
        referrals.parse_task_update(b"{not json", task_id)


def test_each_update_moves_the_status_once_and_is_chained_in_the_log(sessions, person):
    referral, granted = _open(sessions, person)
    later = NOW + timedelta(days=2)
    with sessions.begin() as session:
        assert store.apply_update(session, referral.id, "received", None, "m1", later).status == "received"
    with pytest.raises(store.AlreadyApplied), sessions.begin() as session:
        store.apply_update(session, referral.id, "accepted", None, "m1", later)  # a replay
    with sessions.begin() as session:
        moved = store.apply_update(session, referral.id, "on-hold", "date-of-birth", "m2", later)
        assert (moved.status, moved.reason, moved.updated_at) == ("on-hold", "date-of-birth", later)
        store.apply_update(session, referral.id, "completed", None, "m3", later)
    with pytest.raises(store.NotAllowed), sessions.begin() as session:
        store.apply_update(session, referral.id, "accepted", None, "m4", later)  # nothing after completed
    with sessions.begin() as session:
        assert store.get_referral(session, referral.id).status == "completed"
        assert store.cancel_for_consent(session, granted.id, later) is None  # it had ended already
        events = [e["event"] for e in audit.events_of(session, person.audit_ref)]
        assert events[-4:] == ["task-requested", "task-received", "task-on-hold", "task-completed"]
        assert audit.verify_chain(session)[1] == []
    with sessions.begin() as session:  # the same consent opens no second referral
        assert store.open_referral(session, person, "community-nursing", granted.id, later).id == referral.id


def test_withdrawing_consent_cancels_the_referral_and_erasure_takes_it(sessions, person):
    referral, granted = _open(sessions, person)
    with sessions.begin() as session:
        cancelled = store.cancel_for_consent(session, granted.id, NOW)
        assert (cancelled.status, cancelled.reason) == ("cancelled", "consent-withdrawn")
    with pytest.raises(store.NotAllowed), sessions.begin() as session:
        store.apply_update(session, referral.id, "accepted", None, "late", NOW)
    with sessions.begin() as session:
        erasure.erase_person(session, person, NOW)
    with sessions.begin() as session:
        assert store.get_referral(session, referral.id) is None


@pytest.fixture
def runtime(tmp_path):
    rt = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    rt.now = lambda: NOW
    yield rt
    rt.engine.dispose()


def _shared(rt, service_id="community-nursing"):
    with rt.sessions.begin() as session:
        person = people.find_or_create_person(session, rt.kek, uuid.uuid4().hex, NOW)
        granted = consent.grant_consent(session, person, service_id, ["health"], "referral", "person", NOW)
        return store.open_referral(session, person, service_id, granted.id, NOW)


def _signed(rt, task_id, status, reason=None, at=NOW, service_id="community-nursing", message_id=None):
    body = json.dumps(referrals.task_update(task_id, status, reason)).encode()
    return body, signed_headers(message_id or str(uuid.uuid4()), int(at.timestamp()), body,
                                rt.service_secret(service_id))


def test_the_call_back_applies_a_signed_fresh_update_once(runtime):
    referral = _shared(runtime)
    body, headers = _signed(runtime, referral.id, "accepted")
    status, answer, answer_headers = referrals.receive_task_update(runtime, referral.id, headers, body, NOW)
    assert status == 200 and json.loads(answer)["status"] == "accepted"
    # the answer is signed for this update, so the service knows we took it
    secret = runtime.service_secret("community-nursing")
    assert verify(answer_headers, answer, secret, int(NOW.timestamp())) == headers["webhook-id"]
    assert referrals.receive_task_update(runtime, referral.id, headers, body, NOW)[0] == 409  # replayed
    with runtime.reading.begin() as session:
        assert store.get_referral(session, referral.id).status == "accepted"


def test_the_call_back_refuses_unsigned_forged_stale_and_misdirected_updates(runtime):
    referral = _shared(runtime)
    body, headers = _signed(runtime, referral.id, "completed")
    assert referrals.receive_task_update(runtime, referral.id, {}, body, NOW)[0] == 401
    forged = {**headers, "webhook-signature": "v1," + "A" * 44}
    assert referrals.receive_task_update(runtime, referral.id, forged, body, NOW)[0] == 401
    stale_body, stale = _signed(runtime, referral.id, "completed", at=NOW - timedelta(minutes=6))
    assert referrals.receive_task_update(runtime, referral.id, stale, stale_body, NOW)[0] == 401
    other_body, other = _signed(runtime, referral.id, "completed", service_id="gp-practice")  # another service
    assert referrals.receive_task_update(runtime, referral.id, other, other_body, NOW)[0] == 401
    unknown = str(uuid.uuid4())
    unknown_body, unknown_headers = _signed(runtime, unknown, "completed")
    assert referrals.receive_task_update(runtime, unknown, unknown_headers, unknown_body, NOW)[0] == 401
    wrong_body, wrong = _signed(runtime, referral.id, "rejected")  # no reason from the list
    assert referrals.receive_task_update(runtime, referral.id, wrong, wrong_body, NOW)[0] == 422
    with runtime.reading.begin() as session:
        assert store.get_referral(session, referral.id).status == "requested"  # none of them changed it


def test_the_person_hears_each_status_in_plain_words():
    def heard(status, reason=None, days=0):
        referral = store.Referral("t", "r", "p", "s", "c", status, reason, NOW, NOW)
        return referrals.plain_status("Community nursing team", referral, NOW + timedelta(days=days, hours=1))

    assert heard("accepted") == "Community nursing team accepted your referral (less than a day ago)."
    assert "has your referral and has not decided yet: waiting 3 days" in heard("received", days=3)
    assert "needs your date of birth" in heard("on-hold", "date-of-birth", 1) and "1 day ago" in heard("on-hold", "date-of-birth", 1)
    assert heard("rejected", "no-capacity").endswith("could not take your referral: it cannot take new "
                                                    "referrals at the moment.")
    assert heard("completed") == "Community nursing team has finished with your referral."
    assert "cancelled when you stopped sharing" in heard("cancelled", "consent-withdrawn")


def test_a_task_update_nested_too_deep_to_parse_is_refused_not_a_crash():
    # 20,000 nested brackets raised RecursionError past the handler: the connection dropped and a
    # traceback went to the log (found by an attacker's probe).
    from bot.delivery.errors import NotATaskUpdate

    with pytest.raises(NotATaskUpdate):
        referrals.parse_task_update(b"[" * 20000 + b"]" * 20000, "some-task")
