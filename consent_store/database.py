"""Engines, sessions and migrations. Nothing here runs at import time."""
from __future__ import annotations

import fcntl
import os
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, overload

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

MIGRATIONS = Path(__file__).parent / "migrations"
READ_ONLY = "consent_store_read_only"  # an execution option: begin a reading transaction


def make_engine(url: str) -> Engine:
    """An engine in SQLAlchemy 2.0 style. SQLite gets WAL, a busy timeout, foreign keys, and
    transactions that take the write lock when they begin (so writers queue instead of failing)."""
    if url.startswith("sqlite"):
        database = url.split("///", 1)[-1]
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        # A pool of open connections (SQLAlchemy 1.4 would open and close one per transaction, which
        # runs the pragmas and a WAL checkpoint every time: 0.7 ms of a 1 ms delivery).
        engine = create_engine(url, future=True, poolclass=QueuePool, pool_size=8, max_overflow=8,
                               connect_args={"timeout": 15, "check_same_thread": False})

        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:  # pragma: no cover - trivial
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=15000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA secure_delete=ON")  # erased rows are overwritten, not just unlinked
            cursor.close()
            # We begin transactions ourselves (below), not the driver's deferred BEGIN.
            dbapi_connection.isolation_level = None

        def _begin(connection: Connection) -> None:  # pragma: no cover - trivial
            # A reading session (make_sessionmaker(read_only=True)) reads a snapshot beside the
            # writer (WAL). Any other takes the write lock first: a transaction that read the audit
            # chain's tail and then wrote after another writer would fork the chain or fail.
            # Others wait (busy timeout).
            if connection.get_execution_options().get(READ_ONLY):
                connection.exec_driver_sql("BEGIN")
            else:
                connection.exec_driver_sql("BEGIN IMMEDIATE")

        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    engine = create_engine(url, future=True)
    _ping_when_idle(engine)
    return engine


PING_AFTER_IDLE_SECONDS = 10.0


def _ping_when_idle(engine: Engine) -> None:
    """A pooled connection that has been idle a while is tried before use, and replaced if the
    server has gone (restarted, or closed it). SQLAlchemy's pool_pre_ping tries every one, every
    time: under load that round trip was a seventh of the action server's time. A connection in
    steady use is not tried; if the server went meanwhile, the first statement on it fails and the
    pool starts afresh."""

    def _idle_from(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    def _try_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
            return
        try:
            cursor = dbapi_connection.cursor()
            cursor.execute("SELECT 1")
            cursor.close()
            dbapi_connection.rollback()
        except Exception as gone:  # the pool tries another connection (up to three times)
            raise DisconnectionError() from gone

    event.listen(engine, "checkin", _idle_from)
    event.listen(engine, "checkout", _try_if_idle)


def migrate(engine: Engine) -> None:
    """Bring the database to the newest migration."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@overload
def as_utc(moment: datetime) -> datetime: ...
@overload
def as_utc(moment: None) -> None: ...
def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without their zone; every time we store is UTC."""
    return moment.replace(tzinfo=timezone.utc) if moment is not None and moment.tzinfo is None else moment


WRITER_WAIT_SECONDS = 15  # as long as SQLite's own busy timeout


class WriterQueue:
    """Writers to one SQLite file take turns here before they take SQLite's write lock.

    SQLite's own wait for its lock sleeps and looks again, for longer each time (1, 2, 5, 10 ... 100
    ms), so under load a writer sleeps long after the lock is free, and the action server's event
    loop with it. Here the threads of a process queue on a lock (woken as soon as it is free) and
    processes on an exclusive `flock` of a file beside the database, looked at every millisecond.
    A writer that waits longer than SQLite would goes on to SQLite's own wait, which decides.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._threads = threading.RLock()
        self._depth = 0  # a write transaction begun inside another in the same thread
        self._fd: int | None = None

    def _lock_file(self, deadline: float) -> bool:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(0.001)

    @contextmanager
    def turn(self) -> Iterator[None]:
        deadline = time.monotonic() + WRITER_WAIT_SECONDS
        if not self._threads.acquire(timeout=WRITER_WAIT_SECONDS):
            yield  # SQLite's own wait decides
            return
        try:
            locked = self._depth == 0 and self._lock_file(deadline)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if locked and self._fd is not None:
                    fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            self._threads.release()


_QUEUES: dict[Path, WriterQueue] = {}
_QUEUES_LOCK = threading.Lock()


def writer_queue(engine: Engine) -> WriterQueue | None:
    """The queue for an SQLite file's writers in this process (None for other databases)."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return None
    path = Path(engine.url.database).resolve()
    with _QUEUES_LOCK:
        return _QUEUES.setdefault(path, WriterQueue(path.with_name(path.name + ".writers")))


class _Sessions(sessionmaker):  # type: ignore[type-arg, unused-ignore]  # generic only in the stubs
    """A sessionmaker whose `begin()` first waits its turn in the writer queue."""

    def __init__(self, queue: WriterQueue, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.queue = queue

    @contextmanager
    def begin(self) -> Iterator[Session]:
        with self.queue.turn(), super().begin() as session:
            yield session


def make_sessionmaker(engine: Engine, read_only: bool = False) -> "sessionmaker[Session]":
    """Sessions for transactions. `read_only=True`: for those that only read, which on SQLite then
    neither take nor wait for the write lock. Never for one that writes: on SQLite it could then
    fail if another transaction wrote first. On an SQLite file, writing sessions begun with
    `begin()` take turns in the file's WriterQueue."""
    if read_only:
        return sessionmaker(engine.execution_options(**{READ_ONLY: True}), future=True, expire_on_commit=False)
    queue = writer_queue(engine)
    if queue is None:
        return sessionmaker(engine, future=True, expire_on_commit=False)
    return _Sessions(queue, engine, future=True, expire_on_commit=False)
