"""The outbox worker: sends queued deliveries, retries what may succeed later, and survives restarts.

Run as its own process (`python -m bot worker`, started by `make run`); several may run at once.
Each round claims due rows under a lease, re-checks consent, sends each one signed with its
service's secret, and records the outcome. A worker killed mid-round loses nothing: its leases run
out and another round takes the rows again; the receiver keeps one copy per delivery id.
"""
from __future__ import annotations

import logging
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

import requests

from bot.delivery.errors import DeliveryFailed
from bot.delivery.rounds import run_rounds
from bot.delivery.sending import Timeout, next_attempt_after, post_once
from bot.ops.runtime import Runtime
from consent_store import consent as consents
from consent_store import outbox, people

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    delivery_id: str
    status: str  # pending (will retry), sent, received, failed, cancelled
    reason: str | None = None


class Worker:
    def __init__(self, rt: Runtime, batch: int = 32, threads: int = 8, lease: timedelta = timedelta(minutes=2),
                 jitter: Callable[[], float] = random.random, clock: Callable[[], float] = time.time,
                 timeout: Timeout | None = None):
        self.rt = rt
        self.batch = batch
        self.lease = lease
        self.jitter = jitter
        self.clock = clock  # real seconds for signatures; the store's times come from rt.now
        self.timeout = timeout
        self._local = threading.local()
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="outbox")

    def _http(self) -> requests.Session:
        if not hasattr(self._local, "http"):
            self._local.http = requests.Session()
        http: requests.Session = self._local.http  # one connection pool per thread
        return http

    def run_once(self) -> list[Outcome]:
        """Claim what is due and send it; returns what happened to each."""
        with self.rt.sessions.begin() as session:
            claimed = outbox.claim_due(session, self.rt.now(), self.batch, self.lease)
        return list(self._pool.map(self.send, claimed))

    def drain(self, max_rounds: int = 10_000) -> list[Outcome]:
        """Rounds until nothing is due now (tests and benchmarks; the process uses `run`)."""
        outcomes: list[Outcome] = []
        for _ in range(max_rounds):
            done = self.run_once()
            if not done:
                break
            outcomes.extend(done)
        return outcomes

    def run(self, stop: threading.Event, idle_wait: float = 0.25) -> None:
        run_rounds(self.run_once, stop, idle_wait, log, "outbox")

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def _record(self, delivery: outbox.Delivery, status: str, reason: str | None = None,
                retry_at: datetime | None = None) -> Outcome:
        with self.rt.sessions.begin() as session:
            outbox.record_attempt(session, delivery.id, status, self.rt.now(), reason, retry_at)
        return Outcome(delivery.id, status, reason)

    def send(self, delivery: outbox.Delivery) -> Outcome:
        rt = self.rt
        service = rt.services.get(delivery.service_id)
        with rt.sessions.begin() as session:
            now = rt.now()
            consent = consents.get_consent(session, delivery.consent_id)
            person = people.person_by_id(session, rt.kek, delivery.person_id)
            closed = outbox.endpoint_disabled(session, delivery.service_id)
            body = outbox.delivery_body(session, person, delivery.id) if person else b""
        if not person or not consent or not consent.is_live(now):
            return self._record(delivery, outbox.CANCELLED, "consent withdrawn or expired before sending")
        if service is None:
            return self._record(delivery, outbox.FAILED, "the service is no longer listed")
        if closed:
            return self._record(delivery, outbox.FAILED, closed)
        try:
            ack = post_once(self._http(), service.url(rt.settings.receiver_url), body, delivery.id,
                            rt.service_secret(service.id), int(self.clock()),
                            **({"timeout": self.timeout} if self.timeout else {}))
        except DeliveryFailed as failure:
            return self._failed(delivery, failure)
        return self._record(delivery, outbox.RECEIVED if ack.signed else outbox.SENT)

    def _failed(self, delivery: outbox.Delivery, failure: DeliveryFailed) -> Outcome:
        if failure.kind == "gone":
            with self.rt.sessions.begin() as session:
                outbox.record_attempt(session, delivery.id, outbox.FAILED, self.rt.now(), failure.reason)
                outbox.disable_endpoint(session, delivery.service_id, self.rt.now(), failure.reason)
            log.warning("service %s answered 410: endpoint disabled", delivery.service_id)
            return Outcome(delivery.id, outbox.FAILED, failure.reason)
        if failure.kind == "refused":
            return self._record(delivery, outbox.FAILED, failure.reason)
        wait = next_attempt_after(delivery.attempts + 1, self.jitter(), failure.retry_after)
        if wait is None:
            return self._record(delivery, outbox.FAILED, f"no answer for about three days: {failure.reason}")
        return self._record(delivery, outbox.PENDING, failure.reason, retry_at=self.rt.now() + wait)


def serve() -> int:
    """The worker process: runs until SIGTERM or Ctrl-C."""
    import signal

    from bot.ops.runtime import get_runtime

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    rt = get_runtime()
    worker = Worker(rt, lease=timedelta(seconds=rt.settings.worker_lease_seconds))
    from bot.delivery.notify import Notifier  # status texts, review reminders, Tasks to services (issue 21)

    notices = threading.Thread(target=Notifier(rt).run, args=(stop,), name="notices", daemon=True)
    notices.start()
    log.info("outbox worker started")
    try:
        worker.run(stop)
    finally:
        worker.close()
        notices.join(timeout=15)
    return 0
