"""The disclosure log as an attacker with write access to the database meets it: they edit a row
and re-chain it (and every row after it) with plain SHA-256, exactly as the log's own code hashes,
or they cut the newest rows. `python -m consent_store verify-audit`, run as an operator would, must
report each. On the real SQLite file and on PostgreSQL."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text

from bot.settings import PROJECT_ROOT, load_settings
from consent_store import audit, people
from consent_store.database import make_engine, make_sessionmaker, migrate
from consent_store.setup import prepare_store
from tests.conftest import NOW, empty_tables

FIELDS = ("seq", "recorded_at", "subject_ref", "event", "service_id", "sections", "profile_version",
          "consent_id", "digest")


def plain_hash(prev_hash: str, row: dict) -> str:
    """How an attacker re-chains a row: the log's documented SHA-256 over the previous hash and
    the row's fields."""
    canonical = json.dumps([prev_hash] + [row[name] for name in FIELDS], separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


class Attacker:
    """Raw SQL on the database itself: for SQLite, the file opened with the sqlite3 module."""

    def __init__(self, url: str):
        self.url = url

    def _run(self, work) -> None:
        if self.url.startswith("sqlite"):
            connection = sqlite3.connect(self.url.split("///", 1)[1])
            connection.row_factory = sqlite3.Row
            try:
                work(lambda sql, params=(): connection.execute(sql.replace("%s", "?"), params).fetchall()
                     if sql.lstrip().upper().startswith("SELECT") else connection.execute(sql.replace("%s", "?"), params))
                connection.commit()
            finally:
                connection.close()
        else:
            engine = create_engine(self.url, future=True)
            with engine.begin() as connection:
                def execute(sql, params=()):
                    names = {f"p{i}": value for i, value in enumerate(params)}
                    for i in range(len(params)):
                        sql = sql.replace("%s", f":p{i}", 1)
                    result = connection.execute(text(sql), names)
                    return [dict(row._mapping) for row in result] if result.returns_rows else result
                work(execute)
            engine.dispose()

    def edit_and_rechain(self, seq: int, service_id: str) -> None:
        def work(execute):
            execute("UPDATE disclosures SET service_id = %s WHERE seq = %s", (service_id, seq))
            rows = [dict(row) for row in execute("SELECT * FROM disclosures ORDER BY seq")]
            prev = rows[0]["prev_hash"]
            for row in rows:
                row_hash = plain_hash(prev, row)
                execute("UPDATE disclosures SET prev_hash = %s, row_hash = %s WHERE seq = %s",
                        (prev, row_hash, row["seq"]))
                prev = row_hash
        self._run(work)

    def cut_newest(self, n: int) -> None:
        self._run(lambda execute: execute(
            "DELETE FROM disclosures WHERE seq > (SELECT max(seq) FROM disclosures) - %s", (n,)))


def verify_audit(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "consent_store", "verify-audit"], env=env, cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=180)


@pytest.fixture
def deployment(database_url, tmp_path):
    """A prepared store (keys, migrations) as `make run` leaves it, and the environment the
    operator's verify-audit runs with."""
    var_dir = tmp_path / "var"
    env = {**os.environ, "TELL_VAR_DIR": str(var_dir), "TELL_DATABASE_URL": database_url,
           "RASA_TELEMETRY_ENABLED": "false"}
    for name in ("TELL_MASTER_KEY", "TELL_RETIRED_KEYS", "TELL_LOOKUP_KEY", "TELL_AUDIT_KEY",
                 "TELL_CONVERSATIONS_DATABASE_URL"):
        env.pop(name, None)
    store = prepare_store(load_settings(env))
    yield env, store
    if database_url.startswith("postgresql"):
        empty_tables(store.engine)
    store.engine.dispose()
    store.conversations_engine.dispose()


def append(store, n: int, start: int = 0) -> None:
    """Rows appended the way the running service appends them (its prepared store)."""
    sessions = make_sessionmaker(store.engine)
    with sessions.begin() as session:
        person = people.find_or_create_person(session, store.keyring.current, f"audited-{start}", NOW)
        for i in range(n):
            audit.record(session, person.audit_ref, audit.DELIVERED, NOW + timedelta(seconds=start + i),
                         "gp-practice", ["health"], 1, None, "ab" * 32)


def test_an_intact_log_verifies(deployment):
    env, store = deployment
    append(store, 5)
    result = verify_audit(env)
    assert result.returncode == 0 and "intact: 5 rows" in result.stdout, result.stdout + result.stderr[-2000:]


def test_an_edited_row_rechained_with_plain_sha256_is_detected(deployment, database_url):
    env, store = deployment
    append(store, 6)
    Attacker(database_url).edit_and_rechain(3, "someone-else")
    result = verify_audit(env)
    assert result.returncode == 1 and "NOT intact" in result.stdout, result.stdout + result.stderr[-2000:]
    assert "row 3:" in result.stdout


def test_cutting_the_newest_rows_is_detected(deployment, database_url):
    env, store = deployment
    append(store, 6)
    Attacker(database_url).cut_newest(2)
    result = verify_audit(env)
    assert result.returncode == 1 and "NOT intact" in result.stdout, result.stdout + result.stderr[-2000:]


def test_cutting_every_row_is_detected(deployment, database_url):
    env, store = deployment
    append(store, 3)
    Attacker(database_url).cut_newest(3)
    result = verify_audit(env)
    assert result.returncode == 1 and "NOT intact" in result.stdout, result.stdout + result.stderr[-2000:]


def test_rows_from_before_the_keyed_chain_still_verify_and_stay_protected(tmp_path):
    """A log written before the chain was keyed (plain SHA-256, no anchor) verifies after the
    upgrade; rows appended since chain onto it, keyed; re-chaining the old rows is then detected."""
    var_dir = tmp_path / "var"
    url = f"sqlite:///{var_dir / 'consent_store.sqlite3'}"
    env = {**os.environ, "TELL_VAR_DIR": str(var_dir), "TELL_DATABASE_URL": url, "RASA_TELEMETRY_ENABLED": "false"}
    env.pop("TELL_AUDIT_KEY", None)
    engine = make_engine(url)
    migrate(engine)
    with engine.begin() as connection:  # three rows as the log wrote them before: plain SHA-256
        prev = audit.GENESIS
        for seq in (1, 2, 3):
            row = dict(seq=seq, recorded_at=(NOW + timedelta(seconds=seq)).isoformat(timespec="microseconds"),
                       subject_ref="0" * 36, event="delivered", service_id="gp-practice", sections='["health"]',
                       profile_version=1, consent_id=None, digest="ab" * 32)
            row_hash = plain_hash(prev, row)
            connection.execute(text("INSERT INTO disclosures VALUES (:seq, :recorded_at, :subject_ref, :event, "
                                    ":service_id, :sections, :profile_version, :consent_id, :digest, :prev, :hash)"),
                               {**row, "prev": prev, "hash": row_hash})
            prev = row_hash
    engine.dispose()
    store = prepare_store(load_settings(env))  # the first start after the upgrade
    first = verify_audit(env)
    assert first.returncode == 0 and "intact: 3 rows" in first.stdout, first.stdout + first.stderr[-2000:]
    append(store, 2, start=10)
    second = verify_audit(env)
    assert second.returncode == 0 and "intact: 5 rows" in second.stdout, second.stdout + second.stderr[-2000:]
    Attacker(url).edit_and_rechain(2, "someone-else")
    third = verify_audit(env)
    assert third.returncode == 1 and "NOT intact" in third.stdout, third.stdout
    store.engine.dispose()
    store.conversations_engine.dispose()
