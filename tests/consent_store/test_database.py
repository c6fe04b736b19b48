"""Transactions on SQLite: writers take turns (in the writer queue, then for the write lock); readers
read beside them."""
from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import func, insert, select

from consent_store import database
from consent_store.database import make_engine, make_sessionmaker, migrate
from consent_store.schema import conversations
from consent_store.settings import PROJECT_ROOT
from tests.conftest import NOW


def _row(name: str) -> dict:
    return dict(handle_hash=name, kek_id="k", wrapped_data_key=b"w", revision=1, ciphertext=b"c", updated_at=NOW)


def test_a_reader_reads_while_a_writer_holds_the_lock_and_a_second_writer_waits(sqlite_file):
    _, engine = sqlite_file
    writing, reading = make_sessionmaker(engine), make_sessionmaker(engine, read_only=True)
    with writing.begin() as session:
        session.execute(insert(conversations).values(**_row("committed")))

    holder = writing()
    holder.begin()
    holder.execute(insert(conversations).values(**_row("uncommitted")))  # holds the write lock

    began = time.perf_counter()
    with reading.begin() as session:  # not blocked, and sees only what was committed
        seen = session.execute(select(conversations.c.handle_hash)).scalars().all()
    assert seen == ["committed"] and time.perf_counter() - began < 1.0

    finished = threading.Event()

    def second_writer() -> None:
        with writing.begin() as session:
            session.execute(insert(conversations).values(**_row("second")))
        finished.set()

    thread = threading.Thread(target=second_writer)
    thread.start()
    assert not finished.wait(1.0)  # a writer queues behind the lock (busy timeout) instead of failing
    holder.commit()
    holder.close()
    thread.join(timeout=10)
    assert finished.is_set()
    with reading.begin() as session:
        assert session.execute(select(func.count()).select_from(conversations)).scalar_one() == 3


# A process that holds its turn in the writer queue of an SQLite file (and nothing else: SQLite's
# own lock stays free) until told to stop or killed.
HOLD_THE_TURN = """
import sys
from sqlalchemy import create_engine
from consent_store.database import writer_queue
with writer_queue(create_engine(sys.argv[1], future=True)).turn():
    print("HOLDING", flush=True)
    sys.stdin.readline()
"""


def _other_process_holding_the_turn(url: str) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_TURN, url], cwd=PROJECT_ROOT, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert holder.stdout.readline().strip() == "HOLDING"
    return holder


def _writer_in_a_thread(writing, name: str) -> tuple[threading.Thread, threading.Event]:
    began = threading.Event()

    def write() -> None:
        with writing.begin() as session:
            began.set()
            session.execute(insert(conversations).values(**_row(name)))

    thread = threading.Thread(target=write)
    thread.start()
    return thread, began


def _names(engine) -> list[str]:
    with make_sessionmaker(engine, read_only=True).begin() as session:
        return sorted(session.execute(select(conversations.c.handle_hash)).scalars())


@pytest.fixture
def sqlite_file(tmp_path):
    """A migrated SQLite store in a file: (its URL, an engine on it)."""
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    engine = make_engine(url)
    migrate(engine)
    yield url, engine


def test_writers_in_another_process_wait_their_turn_in_the_queue_then_go_on(sqlite_file, tmp_path):
    url, engine = sqlite_file
    holder = _other_process_holding_the_turn(url)
    thread, began = _writer_in_a_thread(make_sessionmaker(engine), "waited")
    try:
        assert not began.wait(1.0)  # SQLite's lock is free: it is the queue that holds it back
    finally:
        holder.stdin.write("done\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
    thread.join(timeout=10)
    assert began.is_set() and _names(engine) == ["waited"]
    assert (tmp_path / "store.sqlite3.writers").stat().st_mode & 0o777 == 0o600


def test_a_writer_killed_in_its_turn_leaves_the_queue_to_the_next(sqlite_file):
    url, engine = sqlite_file
    holder = _other_process_holding_the_turn(url)
    thread, began = _writer_in_a_thread(make_sessionmaker(engine), "after-the-kill")
    assert not began.wait(0.5)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    thread.join(timeout=10)
    assert _names(engine) == ["after-the-kill"]


def test_a_writer_waits_no_longer_than_sqlite_would_then_sqlite_decides(sqlite_file, monkeypatch):
    monkeypatch.setattr(database, "WRITER_WAIT_SECONDS", 0.3)
    url, engine = sqlite_file
    holder = _other_process_holding_the_turn(url)  # holds the queue, never SQLite's lock
    try:
        thread, began = _writer_in_a_thread(make_sessionmaker(engine), "gave-up-waiting")
        thread.join(timeout=10)
        assert began.is_set() and _names(engine) == ["gave-up-waiting"]
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_many_writers_in_threads_and_processes_lose_no_write(sqlite_file):
    url, engine = sqlite_file
    script = ("import sys\nfrom sqlalchemy import insert\nfrom consent_store.database import make_engine, "
              "make_sessionmaker\nfrom consent_store.schema import conversations\nfrom tests.consent_store."
              "test_database import _row\nwriting = make_sessionmaker(make_engine(sys.argv[1]))\n"
              "for i in range(40):\n    with writing.begin() as session:\n"
              "        session.execute(insert(conversations).values(**_row(f'{sys.argv[2]}-{i}')))\n")
    others = [subprocess.Popen([sys.executable, "-c", script, url, f"process{n}"], cwd=PROJECT_ROOT) for n in range(2)]
    writing = make_sessionmaker(engine)

    def write(n: int) -> None:
        for i in range(40):
            with writing.begin() as session:
                session.execute(insert(conversations).values(**_row(f"thread{n}-{i}")))

    threads = [threading.Thread(target=write, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all(process.wait(timeout=60) == 0 for process in others)
    assert len(_names(engine)) == 5 * 40


def test_other_databases_have_no_writer_queue(postgres_schema_url):
    from sqlalchemy import create_engine

    assert database.writer_queue(create_engine(postgres_schema_url, future=True)) is None
    assert database.writer_queue(create_engine("sqlite://", future=True)) is None


def _pooled_backend_then_terminated(engine, postgres_schema_url) -> None:
    """Use one pooled connection, return it to the pool, then have PostgreSQL end its backend."""
    from sqlalchemy import create_engine, text

    with engine.connect() as connection:
        pid = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
    admin = create_engine(postgres_schema_url, future=True)
    with admin.begin() as connection:
        assert connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
    admin.dispose()


def test_on_postgresql_an_idle_connection_whose_server_went_is_replaced_before_use(postgres_schema_url,
                                                                                    monkeypatch):
    from sqlalchemy import text

    monkeypatch.setattr(database, "PING_AFTER_IDLE_SECONDS", 0.0)  # every returned connection counts as idle
    engine = make_engine(postgres_schema_url)
    _pooled_backend_then_terminated(engine, postgres_schema_url)
    with make_sessionmaker(engine).begin() as session:  # tried, found gone, replaced: no error
        assert session.execute(text("SELECT 1")).scalar_one() == 1
    engine.dispose()


def test_on_postgresql_a_connection_in_steady_use_is_not_tried_first(postgres_schema_url):
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    engine = make_engine(postgres_schema_url)
    _pooled_backend_then_terminated(engine, postgres_schema_url)
    with pytest.raises(OperationalError):  # not idle long enough to be tried: the statement finds out
        with make_sessionmaker(engine).begin() as session:
            session.execute(text("SELECT 1"))
    with make_sessionmaker(engine).begin() as session:  # and the pool has started afresh
        assert session.execute(text("SELECT 1")).scalar_one() == 1
    engine.dispose()
