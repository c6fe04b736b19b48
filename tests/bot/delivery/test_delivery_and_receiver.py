"""Standard Webhooks signatures, and the real reference receiver over real HTTP: it verifies, keeps
one copy per delivery id, acknowledges with a signature, and shows each service's staff only their
own intakes, behind their token."""
import base64
import json
import sqlite3
import time

import pytest
import requests

from bot.delivery.sending import (
    ID_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    DeliveryFailed,
    post_once,
    sign,
    signed_headers,
    verify,
)
from bot.delivery.service_keys import service_secret, staff_token
from bot.settings import load_settings
from tests.reference_service.service_side import RunningReceiver

SECRET = b"s" * 32
STORY_WORD = "Margaretta"


def intake(service_id="gp-practice", summary_html="<p>ok</p>"):
    return json.dumps({
        "service_id": service_id, "sections": ["health"], "summary": f"<b>{STORY_WORD}</b>",
        "summary_html": summary_html,
        "questionnaireResponse": {"resourceType": "QuestionnaireResponse", "status": "in-progress", "item": [
            {"linkId": "n", "text": "Name", "answer": [{"valueString": f"'=HYPERLINK(\"x\") {STORY_WORD}"}]}]},
    }).encode()


@pytest.fixture
def settings(tmp_path):
    return load_settings({"TELL_VAR_DIR": str(tmp_path)})


@pytest.fixture
def receiver(settings):
    running = RunningReceiver(settings).start()
    yield running
    running.stop()


def send(receiver, settings, body, delivery_id, service_id="gp-practice", secret=None, now=None):
    return post_once(requests.Session(), f"{receiver.url}/intake/{service_id}", body, delivery_id,
                     secret or service_secret(settings, service_id), now or int(time.time()))


def test_signatures_verify_only_for_the_same_id_time_body_and_secret():
    headers = signed_headers("msg_1", 1_000, b"body", SECRET)
    assert verify(headers, b"body", SECRET, 1_100) == "msg_1"
    assert headers[SIGNATURE_HEADER].startswith("v1,")
    assert verify(headers, b"bodY", SECRET, 1_100) is None
    assert verify(headers, b"body", b"x" * 32, 1_100) is None
    assert verify(headers, b"body", SECRET, 1_000 + 301) is None  # more than five minutes old
    assert verify(headers, b"body", SECRET, 1_000 - 301) is None  # or from the future
    assert verify({**headers, ID_HEADER: "msg_2"}, b"body", SECRET, 1_000) is None
    assert verify({**headers, TIMESTAMP_HEADER: "1001"}, b"body", SECRET, 1_000) is None
    rotated = {**headers, SIGNATURE_HEADER: "v1,AAAA " + headers[SIGNATURE_HEADER]}  # several signatures
    assert verify(rotated, b"body", SECRET, 1_000) == "msg_1"
    for broken in ({}, {ID_HEADER: "m", TIMESTAMP_HEADER: "abc", SIGNATURE_HEADER: "v1,x"}):
        assert verify(broken, b"body", SECRET, 1_000) is None


def test_the_signature_is_the_standard_webhooks_one():
    import hashlib
    import hmac
    expected = base64.b64encode(hmac.new(SECRET, b"msg_1.1000.body", hashlib.sha256).digest()).decode()
    assert sign("msg_1", 1_000, b"body", SECRET) == "v1," + expected


def test_a_signed_intake_is_kept_once_and_acknowledged_with_a_signature(receiver, settings):
    first = send(receiver, settings, intake(), "delivery-1")
    again = send(receiver, settings, intake(), "delivery-1")  # a retry after a lost answer
    assert (first.status_code, first.signed) == (201, True)
    assert (again.status_code, again.signed) == (200, True)
    held = receiver.received("gp-practice")
    assert [(i["delivery_id"], i["sections"]) for i in held] == [("delivery-1", ["health"])]


def test_forged_requests_are_rejected(receiver, settings):
    body = intake()
    assert requests.post(f"{receiver.url}/intake/gp-practice", data=body, timeout=5).status_code == 401
    for secret in (b"w" * 32, service_secret(settings, "welfare-benefits")):  # a guess, another service's
        with pytest.raises(DeliveryFailed, match="401") as failed:
            send(receiver, settings, body, "forged", secret=secret)
        assert failed.value.kind == "refused"
    headers = signed_headers("tampered", int(time.time()), body, service_secret(settings, "gp-practice"))
    tampered = body.replace(b"health", b"wealth")
    assert requests.post(f"{receiver.url}/intake/gp-practice", data=tampered, headers=headers,
                         timeout=5).status_code == 401
    assert receiver.received("gp-practice") == []


def test_replayed_requests_are_rejected_when_old_and_change_nothing_when_fresh(receiver, settings):
    body = intake()
    old = int(time.time()) - 301
    headers = {"Content-Type": "application/json",
               **signed_headers("replayed", old, body, service_secret(settings, "gp-practice"))}
    assert requests.post(f"{receiver.url}/intake/gp-practice", data=body, headers=headers,
                         timeout=5).status_code == 401  # a captured request, replayed too late
    fresh = {"Content-Type": "application/json",
             **signed_headers("captured", int(time.time()), body, service_secret(settings, "gp-practice"))}
    answers = [requests.post(f"{receiver.url}/intake/gp-practice", data=body, headers=fresh, timeout=5)
               for _ in range(3)]
    assert [a.status_code for a in answers] == [201, 200, 200]
    assert [i["delivery_id"] for i in receiver.received("gp-practice")] == ["captured"]


@pytest.mark.parametrize("body", [b"{not json", b"[]", b'{"questionnaireResponse": {"resourceType": "Patient"}}',
                                  b'{"questionnaireResponse": "text"}', intake(service_id="welfare-benefits")])
def test_a_signed_body_that_is_not_an_intake_for_this_service_is_refused(receiver, settings, body):
    with pytest.raises(DeliveryFailed, match="422"):
        send(receiver, settings, body, "d4")
    assert receiver.received("gp-practice") == []


def test_unknown_services_and_huge_bodies_are_refused(receiver):
    assert requests.post(f"{receiver.url}/intake/nobody", data=b"{}", timeout=5).status_code == 404
    huge = requests.post(f"{receiver.url}/intake/gp-practice", data=b"x" * 2_000_001, timeout=10)
    assert huge.status_code == 413


def test_staff_see_only_their_own_service_behind_their_token(receiver, settings):
    send(receiver, settings, intake(summary_html="<h1>GP view</h1>"), "for-gp")
    listing = f"{receiver.url}/staff/gp-practice/"
    assert requests.get(listing, timeout=5).status_code == 401
    wrong = staff_token(settings, "welfare-benefits")
    assert requests.get(listing, headers={"Authorization": f"Bearer {wrong}"}, timeout=5).status_code == 401
    token = staff_token(settings, "gp-practice")
    page = requests.get(listing, auth=("staff", token), timeout=5)  # HTTP Basic, as a browser sends it
    assert page.status_code == 200 and "intakes/for-gp" in page.text
    view = requests.get(listing + "intakes/for-gp", headers={"Authorization": f"Bearer {token}"}, timeout=5)
    assert view.text == "<h1>GP view</h1>"
    assert "default-src 'none'" in view.headers["Content-Security-Policy"]
    other = requests.get(f"{receiver.url}/staff/welfare-benefits/intakes/for-gp", auth=("s", wrong), timeout=5)
    assert other.status_code == 404
    index = requests.get(receiver.url + "/", timeout=5).text
    assert STORY_WORD not in index and "for-gp" not in index


def test_the_spreadsheet_download_cannot_run_a_formula(receiver, settings):
    send(receiver, settings, intake(), "csv-1")
    token = staff_token(settings, "gp-practice")
    sheet = requests.get(f"{receiver.url}/staff/gp-practice/intakes.csv", auth=("s", token), timeout=5)
    assert sheet.headers["Content-Type"].startswith("text/csv")
    rows = sheet.text.splitlines()
    assert rows[0] == "delivery_id,received_at,question,answer"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.split(","))


def test_intakes_survive_a_restart_and_are_not_plain_text_on_disk(settings):
    first = RunningReceiver(settings).start()
    send(first, settings, intake(), "kept")
    first.stop()
    second = RunningReceiver(settings, port=first.port).start()
    try:
        assert [i["delivery_id"] for i in second.received("gp-practice")] == ["kept"]
    finally:
        second.stop()
    raw = b"".join(p.read_bytes() for p in settings.receiver_db.parent.iterdir())
    assert STORY_WORD.encode() not in raw
    with sqlite3.connect(settings.receiver_db) as db:
        assert db.execute("SELECT count(*) FROM intakes").fetchone() == (1,)
