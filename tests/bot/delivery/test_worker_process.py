"""The worker as `make run` runs it, a real process, killed without warning in the middle of a
backlog and started again (twice over, so two processes share the work): every delivery arrives,
and the receiver holds exactly one copy of each."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone

from bot.ops.ports import free_port
from bot.ops.runtime import build_runtime
from bot.settings import PROJECT_ROOT, load_settings
from consent_store import consent as consents
from consent_store import outbox, people
from tests.reference_service.service_side import RunningReceiver

BACKLOG = 300


def body(n: int) -> bytes:
    return json.dumps({"service_id": "gp-practice", "sections": ["health"], "summary": f"intake {n}",
                       "questionnaireResponse": {"resourceType": "QuestionnaireResponse", "status": "in-progress"}
                       }).encode()


def wait_for(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_killed_worker_loses_nothing_and_duplicates_nothing(tmp_path, structurer):
    port = free_port()
    env = {**os.environ, "TELL_VAR_DIR": str(tmp_path), "TELL_RECEIVER_URL": f"http://127.0.0.1:{port}",
           "TELL_WORKER_LEASE_SECONDS": "2", "RASA_TELEMETRY_ENABLED": "false", "PYTHONUNBUFFERED": "1"}
    rt = build_runtime(load_settings(env), structurer)
    now = datetime.now(timezone.utc)  # the worker process runs on the real clock
    with rt.sessions.begin() as session:
        person = people.find_or_create_person(session, rt.kek, "h", now)
        consent = consents.grant_consent(session, person, "gp-practice", ["health"], "care", "self", now)
        ids = {outbox.enqueue_delivery(session, person, "gp-practice", consent.id, 1, ["health"], body(n), now).id
               for n in range(BACKLOG)}
    receiver = RunningReceiver(rt.settings, port).start()

    def counts():
        with rt.sessions.begin() as session:
            return outbox.count_by_status(session)

    def start_worker():
        log = open(tmp_path / "worker.log", "ab")
        return subprocess.Popen([sys.executable, "-m", "bot", "worker"], cwd=PROJECT_ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    first = start_worker()
    try:
        wait_for(lambda: counts().get(outbox.RECEIVED, 0) >= 20, 60, "the first deliveries")
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
        left = counts().get(outbox.PENDING, 0)
        assert left > 0, "the worker finished before it could be killed: make the backlog bigger"
        again = [start_worker(), start_worker()]
        wait_for(lambda: counts() == {outbox.RECEIVED: BACKLOG}, 90, "the backlog to drain")
    finally:
        for process in [first, *locals().get("again", [])]:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=20)
        held = receiver.received("gp-practice")
        receiver.stop()
        rt.engine.dispose()
    assert sorted(i["delivery_id"] for i in held) == sorted(ids)  # all there, and each once
