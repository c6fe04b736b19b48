"""Engines, sessions and migrations. Nothing here runs at import time."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
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

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # pragma: no cover - trivial
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=15000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA secure_delete=ON")  # erased rows are overwritten, not just unlinked
            cursor.close()
            # We begin transactions ourselves (below), not the driver's deferred BEGIN.
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(connection):  # pragma: no cover - trivial
            # A reading session (make_sessionmaker(read_only=True)) reads a snapshot beside the
            # writer (WAL). Any other takes the write lock first: a transaction that read the audit
            # chain's tail and then wrote after another writer would fork the chain or fail.
            # Others wait (busy timeout).
            if connection.get_execution_options().get(READ_ONLY):
                connection.exec_driver_sql("BEGIN")
            else:
                connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, future=True, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the database to the newest migration."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without their zone; every time we store is UTC."""
    return moment.replace(tzinfo=timezone.utc) if moment is not None and moment.tzinfo is None else moment


def make_sessionmaker(engine: Engine, read_only: bool = False) -> "sessionmaker[Session]":
    """Sessions for transactions. `read_only=True`: for those that only read, which on SQLite then
    neither take nor wait for the write lock. Never for one that writes: on SQLite it could then
    fail if another transaction wrote first."""
    return sessionmaker(engine.execution_options(**{READ_ONLY: True}) if read_only else engine,
                        future=True, expire_on_commit=False)
