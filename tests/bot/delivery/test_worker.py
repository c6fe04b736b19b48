"""The outbox worker against real HTTP, on SQLite and PostgreSQL: receivers that are down, slow,
failing, refusing or gone; consent withdrawn before sending; several workers at once.

Time in the store is a clock the test moves (three days pass in a moment); signatures use real
time, because the receiver checks them against its own clock."""
from __future__ import annotations

import threading
import time
import uuid
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.conversation.errors import ServiceClosed
from bot.conversation.journey import deliveries, sharing, story
from bot.delivery.sending import RETRY_SCHEDULE
from bot.delivery.worker import Worker
from bot.ops.ports import free_port
from bot.ops.runtime import build_runtime
from bot.settings import load_settings
from consent_store import consent as consents
from consent_store import outbox, people
from tests.conftest import NOW, empty_tables
from tests.reference_service.service_side import RunningReceiver

STORY = ("I'm Margaret. I have diabetes and I take metformin 500mg twice a day. I'm allergic to "
         "penicillin. I live alone in a council flat.")


class Clock:
    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def rt(tmp_path, database_url, structurer):
    port = free_port()
    settings = load_settings({"TELL_VAR_DIR": str(tmp_path), "TELL_DATABASE_URL": database_url,
                              "TELL_RECEIVER_URL": f"http://127.0.0.1:{port}"})
    runtime = build_runtime(settings, structurer)
    if database_url.startswith("postgresql"):
        empty_tables(runtime.engine)
    runtime.now = Clock(NOW)
    runtime.port = port
    yield runtime
    if database_url.startswith("postgresql"):
        empty_tables(runtime.engine)  # the schema is shared with the other store tests
    runtime.engine.dispose()


@pytest.fixture
def worker(rt):
    running = Worker(rt, jitter=lambda: 0.0, timeout=(1.0, 1.0))
    yield running
    running.close()


def queue(rt, sender: str = "alice", service: str = "gp-practice") -> str:
    story.add_to_story(rt, sender, STORY)
    story.confirm_profile(rt, sender, "self")
    return sharing.share_with(rt, sender, service, "self").delivery_id


def status(rt, delivery_id: str) -> outbox.Delivery:
    with rt.sessions.begin() as session:
        return outbox.get_delivery(session, delivery_id)


class Scripted(BaseHTTPRequestHandler):
    """An outside service that answers from a script: (status, headers, seconds to wait first[, body])."""

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.server.seen.append(self.headers["webhook-id"])
        code, headers, delay, *body = self.server.script.pop(0) if self.server.script else (201, {}, 0)
        content = body[0] if body else b""
        time.sleep(delay)
        try:
            self.send_response(code)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)
        except OSError:
            pass  # the worker gave up waiting and closed the connection

    def log_message(self, *args):
        pass


@pytest.fixture
def scripted(rt):
    server = ThreadingHTTPServer(("127.0.0.1", rt.port), Scripted)
    server.script, server.seen, server.daemon_threads = [], [], True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_receiver_down_for_a_while_loses_nothing_and_duplicates_nothing(rt, worker):
    ids = [queue(rt, f"person-{n}", service) for n in range(4) for service in ("gp-practice", "welfare-benefits")]
    assert {o.status for o in worker.run_once()} == {outbox.PENDING}  # nobody listening
    rt.now.advance(timedelta(seconds=6))
    assert {o.status for o in worker.run_once()} == {outbox.PENDING}
    assert all(status(rt, i).attempts == 2 and "connect" in status(rt, i).last_error for i in ids)
    assert worker.run_once() == []  # not due again for 5 minutes
    receiver = RunningReceiver(rt.settings, port=rt.port).start()
    try:
        rt.now.advance(timedelta(minutes=6))
        assert {o.status for o in worker.drain()} == {outbox.RECEIVED}
        held = receiver.received("gp-practice") + receiver.received("welfare-benefits")
    finally:
        receiver.stop()
    assert sorted(i["delivery_id"] for i in held) == sorted(ids)
    assert worker.drain() == []


def test_a_slow_receiver_times_out_and_is_tried_again(rt, worker, scripted):
    delivery_id = queue(rt)
    scripted.script = [(201, {}, 3.0)]
    [outcome] = worker.run_once()
    assert (outcome.status, outcome.reason) == (outbox.PENDING, "the service did not answer in time")
    assert status(rt, delivery_id).next_attempt_at == (NOW + RETRY_SCHEDULE[0])
    rt.now.advance(RETRY_SCHEDULE[0])
    assert [o.status for o in worker.run_once()] == [outbox.SENT]  # 2xx, but no signed receipt
    assert scripted.seen == [delivery_id, delivery_id]  # the same id: the service can drop the repeat


def test_a_server_error_then_success(rt, worker, scripted):
    delivery_id = queue(rt)
    scripted.script = [(500, {}, 0), (503, {}, 0)]
    assert [o.reason for o in worker.run_once()] == ["the service answered 500"]
    rt.now.advance(RETRY_SCHEDULE[0])
    assert [o.reason for o in worker.run_once()] == ["the service answered 503"]
    assert status(rt, delivery_id).next_attempt_at == (rt.now() + RETRY_SCHEDULE[1])
    rt.now.advance(RETRY_SCHEDULE[1])
    assert [o.status for o in worker.run_once()] == [outbox.SENT]
    assert status(rt, delivery_id).attempts == 3


def test_a_client_error_is_not_retried_and_the_reason_is_kept(rt, worker, scripted):
    delivery_id = queue(rt)
    scripted.script = [(400, {}, 0, b'{"error": "missing NHS number\\n<b>"}')]
    assert [o.status for o in worker.run_once()] == [outbox.FAILED]
    rt.now.advance(timedelta(days=4))
    assert worker.run_once() == []
    assert scripted.seen == [delivery_id]
    assert status(rt, delivery_id).last_error == "the service refused it (400: missing NHS number <b>)"
    [(name, told)] = deliveries.delivery_news(rt, "alice")
    assert (name, told.status) == ("Riverside Surgery (GP practice)", outbox.FAILED)
    assert deliveries.delivery_news(rt, "alice") == []  # told once


def test_too_many_requests_waits_as_long_as_the_service_asks(rt, worker, scripted):
    delivery_id = queue(rt)
    scripted.script = [(429, {"Retry-After": "3600"}, 0)]
    worker.run_once()
    assert status(rt, delivery_id).next_attempt_at == (NOW + timedelta(hours=1))
    rt.now.advance(timedelta(minutes=59))
    assert worker.run_once() == []
    rt.now.advance(timedelta(minutes=1))
    assert [o.status for o in worker.run_once()] == [outbox.SENT]


def test_gone_disables_the_endpoint_and_fails_what_waits_for_it(rt, worker, scripted):
    first, second = queue(rt, "alice"), queue(rt, "bob")
    other = queue(rt, "carol", "welfare-benefits")
    scripted.script = [(410, {}, 0)]
    worker.batch = 1
    worker.run_once()
    assert status(rt, first).status == status(rt, second).status == outbox.FAILED
    assert "410" in status(rt, second).last_error and status(rt, other).status == outbox.PENDING
    with pytest.raises(ServiceClosed):
        queue(rt, "dave")
    assert scripted.seen == [first]


def test_retries_span_about_three_days_then_fail_and_the_person_is_told(rt, worker, scripted):
    delivery_id = queue(rt)
    scripted.script = [(503, {}, 0)] * 20
    started = rt.now()
    outcomes = []
    while True:
        outcomes += worker.run_once()
        current = status(rt, delivery_id)
        if current.status != outbox.PENDING:
            break
        rt.now.now = current.next_attempt_at
    assert current.status == outbox.FAILED and current.attempts == len(RETRY_SCHEDULE) + 1
    assert current.last_error == "no answer for about three days: the service answered 503"
    assert timedelta(days=3) <= rt.now() - started <= timedelta(days=3, hours=6)
    assert [told.status for _, told in deliveries.delivery_news(rt, "alice")] == [outbox.FAILED]


def test_a_delivery_queued_before_a_withdrawal_is_never_sent(rt, worker, scripted):
    delivery_id = queue(rt)
    with rt.sessions.begin() as session:
        consents.withdraw_consent(session, status(rt, delivery_id).consent_id, rt.now())
    assert worker.run_once() == []  # cancelled at once
    assert status(rt, delivery_id).status == outbox.CANCELLED
    assert scripted.seen == []


def test_a_delivery_whose_consent_expired_while_waiting_is_never_sent(rt, worker, scripted):
    story.add_to_story(rt, "alice", STORY)
    story.confirm_profile(rt, "alice", "self")
    with rt.sessions.begin() as session:
        person = people.find_person(session, rt.kek, people.handle_hash(rt.lookup_key, "alice"))
        consent = consents.grant_consent(session, person, "gp-practice", ["health"], "care", "self", rt.now(),
                                         expires_at=rt.now() + timedelta(minutes=1))
        delivery = outbox.enqueue_delivery(session, person, "gp-practice", consent.id, 1, ["health"], b"{}", rt.now())
    scripted.script = [(503, {}, 0)]
    worker.run_once()  # tried once while the consent was live
    rt.now.advance(timedelta(minutes=10))
    assert [o.status for o in worker.run_once()] == [outbox.CANCELLED]
    assert scripted.seen == [delivery.id]


def test_several_workers_at_once_send_each_delivery_exactly_once(rt, scripted):
    with rt.sessions.begin() as session:
        person = people.find_or_create_person(session, rt.kek, uuid.uuid4().hex, rt.now())
        consent = consents.grant_consent(session, person, "gp-practice", ["health"], "care", "self", rt.now())
        ids = [outbox.enqueue_delivery(session, person, "gp-practice", consent.id, 1, ["health"], b"{}", rt.now()).id
               for _ in range(120)]
    workers = [Worker(rt, batch=5, threads=2) for _ in range(4)]
    threads = [threading.Thread(target=w.drain) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for w in workers:
        w.close()
    assert sorted(scripted.seen) == sorted(ids)  # each sent once: no worker took another's rows
    with rt.sessions.begin() as session:
        assert outbox.count_by_status(session) == {outbox.SENT: 120}


@pytest.mark.parametrize("retry_after", ["²", "soon", "", "Wed, 21 Oct 2015 07:28:00 GMT"])
def test_a_retry_after_we_cannot_use_falls_back_to_the_schedule(rt, worker, scripted, retry_after):
    delivery_id = queue(rt)
    scripted.script = [(429, {"Retry-After": retry_after}, 0)]
    assert [o.status for o in worker.run_once()] == [outbox.PENDING]
    assert status(rt, delivery_id).next_attempt_at == NOW + RETRY_SCHEDULE[0]
