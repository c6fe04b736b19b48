"""Pre-filling and delivering intakes: what it costs, and how fast a backlog drains.

Prints:
  1. pre-fill time per form (p50, p95) for each service's own form, from a 500-word story;
  2. deliveries per second from the outbox worker to the reference receiver (a separate process on
     localhost, verifying every signature and keeping every intake);
  3. the time to drain BACKLOG deliveries queued while the receiver was down, once it is back.
Runs on a temporary SQLite store (the embedded mode); pass `postgresql` to use the local PostgreSQL.
Usage: `make bench-delivery` or `.venv/bin/python benchmarks/delivery.py [sqlite|postgresql] [BACKLOG]`.
"""
from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.structuring import percentile, story_of  # noqa: E402
from benchmarks.throwaway import PostgresNotAnswering, postgres_schema  # noqa: E402
from bot.delivery.worker import Worker  # noqa: E402
from bot.intake import prefill  # noqa: E402
from bot.ops.ports import free_port  # noqa: E402
from bot.ops.runtime import build_runtime  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.understanding.structuring.gold import load_gold  # noqa: E402
from consent_store import consent, outbox, people  # noqa: E402

NOW = datetime.now(timezone.utc)


def bench_prefill(rt) -> None:
    from bot.intake.services import load_full_registry, service_for_form

    profile = rt.structurer.structure(story_of(500, load_gold()))  # as the structuring benchmark
    print("Pre-fill, one form from a 500-word story (200 runs each, validated with fhir.resources):")
    for service in rt.services.values():
        print_prefill_time(service.id, service, profile)
    codes = load_full_registry(load_settings({}).services_dir).codes
    print("Pre-fill, forms in the SDC shapes with no mapping of ours (tests/bot/intake/forms: launch contexts, "
          "variables, initial and candidate expressions, value sets; fhirpathpy):")
    for path in sorted((ROOT / "tests" / "bot" / "intake" / "forms").glob("*.json")):
        form = json.loads(path.read_text())
        if form.get("resourceType") == "Questionnaire":
            print_prefill_time(path.stem, service_for_form(form, codes, service_id=path.stem), profile)


def print_prefill_time(name: str, service, profile: dict) -> None:
    prefill(service, profile, "self", NOW)  # warm
    times = []
    for _ in range(200):
        started = time.perf_counter()
        prefill(service, profile, "self", NOW)
        times.append((time.perf_counter() - started) * 1000)
    print(f"  {name:38} p50 {percentile(times, 0.5):6.2f} ms   p95 {percentile(times, 0.95):6.2f} ms")


def queue(rt, count: int) -> None:
    body = json.dumps({"service_id": "gp-practice", "sections": ["health"], "summary": "x" * 2000,
                       "questionnaireResponse": {"resourceType": "QuestionnaireResponse", "status": "in-progress"}
                       }).encode()
    with rt.sessions.begin() as session:
        person = people.find_or_create_person(session, rt.kek, uuid.uuid4().hex, rt.now())
        grant = consent.grant_consent(session, person, "gp-practice", ["health"], "care", "self", rt.now())
        for _ in range(count):
            outbox.enqueue_delivery(session, person, "gp-practice", grant.id, 1, ["health"], body, rt.now())


def start_receiver(env: dict, port: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "bot", "receiver", "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            if requests.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return process
        except requests.RequestException:
            time.sleep(0.1)
    raise SystemExit("the receiver did not start")


def drain(rt, expected: int) -> float:
    worker = Worker(rt, batch=64, threads=8)
    started = time.perf_counter()
    worker.drain()
    elapsed = time.perf_counter() - started
    worker.close()
    with rt.sessions.begin() as session:
        counts = outbox.count_by_status(session)
    assert counts.get(outbox.RECEIVED, 0) >= expected, counts
    return elapsed


def main() -> None:
    backend = sys.argv[1] if len(sys.argv) > 1 else "sqlite"
    backlog = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    var = Path(tempfile.mkdtemp(prefix="tell-bench-delivery-"))
    port = free_port()
    env = {**os.environ, "TELL_VAR_DIR": str(var), "TELL_RECEIVER_URL": f"http://127.0.0.1:{port}",
           "RASA_TELEMETRY_ENABLED": "false"}
    with contextlib.ExitStack() as cleanup:
        if backend == "postgresql":
            try:
                env["TELL_DATABASE_URL"] = cleanup.enter_context(postgres_schema("tell_bench"))
            except PostgresNotAnswering as problem:
                sys.exit(str(problem))
        measure(env, port, backend, backlog)


def measure(env: dict[str, str], port: int, backend: str, backlog: int) -> None:
    rt = build_runtime(load_settings(env))
    print(f"Store: {backend}. {os.cpu_count()} CPUs.")
    bench_prefill(rt)

    receiver = start_receiver(env, port)
    try:
        queue(rt, 2000)
        seconds = drain(rt, 2000)
        print(f"Deliveries to a local receiver (signed, verified, stored, acknowledged): "
              f"{2000 / seconds:,.0f} per second (2,000 in {seconds:.1f} s, 8 sending threads)")
    finally:
        receiver.terminate()
        receiver.wait()

    started = time.perf_counter()
    queue(rt, backlog)  # the receiver is down while these are queued
    print(f"Queued {backlog:,} deliveries while the receiver was down in {time.perf_counter() - started:.1f} s")
    receiver = start_receiver(env, port)
    try:
        seconds = drain(rt, 2000 + backlog)
        print(f"Backlog of {backlog:,} drained in {seconds:.1f} s once the receiver was back "
              f"({backlog / seconds:,.0f} per second)")
    finally:
        receiver.terminate()
        receiver.wait()
        rt.engine.dispose()


if __name__ == "__main__":
    main()
