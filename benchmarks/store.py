"""Consent store at scale: 100,000 people on SQLite and on PostgreSQL.

Fills a fresh store (a temporary SQLite file; a throwaway schema in the local PostgreSQL) with N
people, each with a sealed profile version, then times SAMPLE operations of each kind on random
people and prints p50 and p95: save-profile-version, load-latest, consented-view and
record-disclosure. Then prints the cost of encryption: sealing and storing a profile against storing
the same bytes unsealed.
Usage: `make bench-store` or `.venv/bin/python benchmarks/store.py [N] [SAMPLE]`.
"""
from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.throwaway import PostgresNotAnswering, postgres_schema  # noqa: E402
from consent_store import audit, consent, crypto, people  # noqa: E402
from consent_store.crypto import KeyEncryptionKey  # noqa: E402
from consent_store.database import make_engine, make_sessionmaker, migrate  # noqa: E402
from consent_store.schema import persons, profile_versions  # noqa: E402

NOW = datetime(2026, 11, 23, tzinfo=timezone.utc)
PROFILE = {"sections": {
    "about_me": [{"text": "Margaret", "status": "current", "about": "subject", "kind": "name", "id": "a1"}],
    "health": [{"text": t, "status": "current", "about": "subject", "term": t, "id": f"h{i}"}
               for i, t in enumerate(("type 2 diabetes", "high blood pressure", "osteoarthritis"))],
    "medications": [{"text": "metformin 500mg twice a day", "status": "current", "about": "subject",
                     "name": "metformin", "id": "m1"}],
    "home": [{"text": "I live alone in a council flat on the third floor and the lift is often broken",
              "status": "current", "about": "subject", "id": "o1"}],
    "daily_living": [{"text": "I can't manage the stairs and I use a walking frame", "status": "current",
                      "about": "subject", "id": "d1"}],
    "goals": [{"text": "I want to get to the shops on my own", "status": "current", "about": "subject",
               "id": "g1"}],
}}


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def fill(sessions, kek, n):
    """N people, each with one sealed profile version, inserted in batches."""
    started = time.perf_counter()
    handles = []
    for start in range(0, n, 2000):
        person_rows, version_rows = [], []
        for i in range(start, min(n, start + 2000)):
            person_id, data_key = str(uuid.uuid4()), crypto.new_data_key()
            handle = f"person-{i}"
            handles.append(handle)
            person_rows.append(dict(id=person_id, handle_hash=handle, kek_id=kek.key_id,
                                    wrapped_data_key=crypto.wrap_data_key(kek, data_key, person_id),
                                    created_at=NOW, audit_ref=str(uuid.uuid4())))
            sealed = people.Person(person_id, data_key).seal(PROFILE, "profile", 1)
            version_rows.append(dict(person_id=person_id, version=1, told_by="self", ciphertext=sealed,
                                     confirmed_at=NOW))
        with sessions.begin() as session:
            session.execute(insert(persons), person_rows)
            session.execute(insert(profile_versions), version_rows)
    return handles, time.perf_counter() - started


def timed(label, sample, operation):
    times = []
    for argument in sample:
        start = time.perf_counter()
        operation(argument)
        times.append(time.perf_counter() - start)
    print(f"  {label:<22}{1000 * statistics.median(times):>8.2f}{1000 * percentile(times, 0.95):>8.2f}")


def run(name, url, n, sample_size):
    engine = make_engine(url)
    migrate(engine)
    sessions = make_sessionmaker(engine)
    kek = KeyEncryptionKey.from_bytes(os.urandom(32))
    handles, took = fill(sessions, kek, n)
    print(f"\n{name}: {n:,} people, each with a sealed profile, stored in {took:.1f} s")
    sample = random.Random(1).sample(handles, sample_size)
    with sessions.begin() as session:
        for handle in sample:
            person = people.find_person(session, kek, handle)
            consent.grant_consent(session, person, "gp", ["health", "medications"], "care", "person", NOW)
    print(f"  {'operation':<22}{'p50 ms':>8}{'p95 ms':>8}")

    def save(handle):
        with sessions.begin() as session:
            people.save_profile_version(session, people.find_person(session, kek, handle), PROFILE, "self", NOW)

    def load(handle):
        with sessions.begin() as session:
            people.latest_profile(session, people.find_person(session, kek, handle))

    def view(handle):
        with sessions.begin() as session:
            person = people.find_person(session, kek, handle)
            consent.consented_view(session, person, people.latest_profile(session, person).profile, "gp", NOW)

    def disclose(handle):
        with sessions.begin() as session:
            audit.record(session, handle, audit.DELIVERED, NOW, "gp", ["health"], 1, None, "0" * 64)

    timed("save-profile-version", sample, save)
    timed("load-latest", sample, load)
    timed("consented-view", sample, view)
    timed("record-disclosure", sample, disclose)
    encryption_cost(sessions, kek, sample_size)
    engine.dispose()


def encryption_cost(sessions, kek, count):
    """Sealing + storing a profile, against storing the same JSON bytes as they are."""
    person = people.Person(str(uuid.uuid4()), crypto.new_data_key())
    with sessions.begin() as session:
        session.execute(insert(persons).values(id=person.id, handle_hash=f"enc-{person.id}", kek_id=kek.key_id,
                                               wrapped_data_key=b"x", created_at=NOW, audit_ref=person.id))
    plain = json.dumps(PROFILE).encode()
    results = {}
    for label, make in (("sealed", lambda v: person.seal(PROFILE, "profile", v)), ("plain", lambda v: plain)):
        times = []
        for v in range(count):
            version = v + 1 + (count if label == "plain" else 0)
            start = time.perf_counter()
            blob = make(version)
            with sessions.begin() as session:
                session.execute(insert(profile_versions).values(person_id=person.id, version=version,
                                                                told_by="self", ciphertext=blob, confirmed_at=NOW))
            times.append(time.perf_counter() - start)
        results[label] = statistics.median(times)
    seal_only = statistics.median(_time(lambda: person.seal(PROFILE, "profile", 1)) for _ in range(count))
    dump_only = statistics.median(_time(lambda: json.dumps(PROFILE).encode()) for _ in range(count))
    print(f"  encryption: store sealed {1000 * results['sealed']:.2f} ms vs plain {1000 * results['plain']:.2f} ms "
          f"(ratio {results['sealed'] / results['plain']:.2f}); seal alone {1e6 * seal_only:.0f} µs vs "
          f"serialise alone {1e6 * dump_only:.0f} µs")


def _time(function):
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    sample_size = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    with tempfile.TemporaryDirectory() as folder:
        run("SQLite", f"sqlite:///{folder}/bench.sqlite3", n, sample_size)
    try:
        with postgres_schema("tell_bench") as url:
            run("PostgreSQL", url, n, sample_size)
    except PostgresNotAnswering as problem:
        print(f"\n{problem}: skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
