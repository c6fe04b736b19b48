"""Signed delivery over real HTTP to the real reference receiver, with retries."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from bot.delivery import DeliveryFailed, deliver_with_retries, post_once, sign, verify_signature
from bot.launcher import free_port
from bot.receiver import make_server

SECRET = b"s" * 32
INTAKE = json.dumps({"questionnaireResponse": {"resourceType": "QuestionnaireResponse", "status": "in-progress"},
                     "summary": "<b>Margaret</b>", "sections": ["health"]}).encode()


@pytest.fixture
def receiver():
    server = make_server(free_port(), SECRET)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_signatures_verify_only_for_the_same_body_secret_and_fresh_time():
    header = sign(b"body", SECRET, 1_000)
    assert verify_signature(header, b"body", SECRET, 1_100)
    assert not verify_signature(header, b"bodY", SECRET, 1_100)
    assert not verify_signature(header, b"body", b"x" * 32, 1_100)
    assert not verify_signature(header, b"body", SECRET, 1_000 + 301)
    for broken in (None, "", "t=abc,v1=00", "v1=00"):
        assert not verify_signature(broken, b"body", SECRET, 1_000)


def test_the_receiver_acknowledges_a_signed_intake_once(receiver):
    for _ in range(2):  # idempotent: the same delivery id twice is kept once
        ack = post_once(receiver + "/intake/gp-practice", INTAKE, "delivery-1", SECRET, now=int(__import__("time").time()))
        assert ack.status_code == 201
    held = requests.get(receiver + "/intakes", timeout=5).json()
    assert [(i["delivery_id"], i["service_id"], i["sections"]) for i in held] == [("delivery-1", "gp-practice", ["health"])]


def test_the_receiver_refuses_an_unsigned_or_forged_intake(receiver):
    assert requests.post(receiver + "/intake/gp", data=INTAKE, timeout=5).status_code == 401
    with pytest.raises(DeliveryFailed) as failed:
        post_once(receiver + "/intake/gp", INTAKE, "d2", b"w" * 32, now=int(__import__("time").time()))
    assert not failed.value.retryable
    assert requests.get(receiver + "/intakes", timeout=5).json() == []


def test_the_staff_page_escapes_what_people_typed(receiver):
    post_once(receiver + "/intake/gp", INTAKE, "d3", SECRET, now=int(__import__("time").time()))
    page = requests.get(receiver + "/", timeout=5).text
    assert "&lt;b&gt;Margaret&lt;/b&gt;" in page and "<b>Margaret" not in page


class FlakyService(BaseHTTPRequestHandler):
    """Stands in for an outside service that fails before it succeeds."""
    answers: list[int] = []

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(self.answers.pop(0) if self.answers else 201)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def flaky():
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), FlakyService)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/intake"
    server.shutdown()
    server.server_close()


def test_server_errors_are_retried_with_growing_delays(flaky):
    FlakyService.answers = [503, 500]
    waits = []
    ack = deliver_with_retries(flaky, b"{}", "d", SECRET, attempts=3, base_delay=1.0,
                               sleep=waits.append, jitter=lambda: 0.0)
    assert ack.status_code == 201
    assert waits == [1.0, 2.0]


def test_a_client_error_is_not_retried(flaky):
    FlakyService.answers = [400]
    waits = []
    with pytest.raises(DeliveryFailed) as failed:
        deliver_with_retries(flaky, b"{}", "d", SECRET, sleep=waits.append)
    assert (failed.value.retryable, waits) == (False, [])


def test_a_service_that_is_down_fails_retryably_after_every_attempt():
    waits = []
    with pytest.raises(DeliveryFailed) as failed:
        deliver_with_retries(f"http://127.0.0.1:{free_port()}/intake", b"{}", "d", SECRET,
                             attempts=3, sleep=waits.append, jitter=lambda: 0.5)
    assert failed.value.retryable and len(waits) == 2


@pytest.mark.parametrize("body", [b"{not json", b"[]", b'{"questionnaireResponse": {"resourceType": "Patient"}}',
                                  b'{"questionnaireResponse": "text"}'])
def test_the_receiver_refuses_a_signed_body_that_is_not_an_intake(receiver, body):
    import time

    with pytest.raises(DeliveryFailed, match="422"):
        post_once(receiver + "/intake/gp", body, "d4", SECRET, now=int(time.time()))
    assert requests.get(receiver + "/intakes", timeout=5).json() == []
