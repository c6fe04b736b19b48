"""Shared fixtures: real databases (SQLite file, PostgreSQL), keys, the structurer, and the running
stack (embedded and production modes)."""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from bot.settings import load_settings
from bot.understanding.structuring import Structurer
from consent_store.crypto import KeyEncryptionKey
from consent_store.database import make_engine, make_sessionmaker, migrate
from consent_store.schema import metadata

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

POSTGRES_URL = os.environ.get("TELL_TEST_POSTGRES_URL",
                              "postgresql+psycopg2://postgres@127.0.0.1:5432/test")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="session")
def structurer() -> Structurer:
    return Structurer.from_folder(load_settings({}).lexicons_dir)


@pytest.fixture
def kek() -> KeyEncryptionKey:
    return KeyEncryptionKey.from_bytes(os.urandom(32))


@contextmanager
def fresh_postgres_schema(prefix: str, unavailable=pytest.skip):
    """A new schema in the local PostgreSQL, as a URL whose connections use it; dropped afterwards.
    `unavailable` is called (skip, or fail) if PostgreSQL is not answering."""
    try:
        admin = create_engine(POSTGRES_URL, future=True)
        with admin.connect():
            pass
    except OperationalError:
        unavailable(f"PostgreSQL is not answering at {POSTGRES_URL}")
    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_schema_url():
    """A fresh schema in the local PostgreSQL for this test run (its store tests are skipped without one)."""
    with fresh_postgres_schema("tell_test") as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    return request.getfixturevalue("postgres_schema_url")


@pytest.fixture
def sessions(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    yield make_sessionmaker(engine)
    if database_url.startswith("postgresql"):
        empty_tables(engine)  # each test starts from empty tables
    engine.dispose()


def empty_tables(engine) -> None:
    """Empty every table of a PostgreSQL schema shared by the tests of one run."""
    with engine.begin() as connection:
        tables = ", ".join(table.name for table in metadata.sorted_tables)
        connection.execute(text(f"TRUNCATE {tables} CASCADE"))


# Redis database of the test runs' lock stores (a `make run-prod` beside them uses database 0).
TEST_REDIS_URL = os.environ.get("TELL_TEST_REDIS_URL", "redis://127.0.0.1:6379/7")


@pytest.fixture(scope="module")
def stack_options() -> dict:
    """How a module's `embedded_stack` differs from `make run`: nothing, unless the module overrides
    this fixture and returns `model` (the path of another trained model) and/or `environ` (variables
    set while the stack runs, e.g. {"TELL_RASA_DEBUG": "1"})."""
    return {}


@pytest.fixture(scope="module")
def embedded_stack(stack_options, tmp_path_factory):
    """The embedded mode (`make run`) as real processes (Rasa, the action server, the worker, the
    reference receiver, the web chat) on free localhost ports with a var dir of its own, one per test
    module. The one way tests start a stack; `stack_options` says how it differs."""
    from bot.ops.ports import free_port
    from bot.ops.stack import MODEL, Stack
    from bot.settings import DEFAULT_PORTS

    model = stack_options.get("model", MODEL)
    if not model.exists():
        pytest.fail("no trained model: run the suite with `make test`, which trains first")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in stack_options.get("environ", {}).items():
            patch.setenv(name, value)  # read by the stack when it starts or restarts a process
        running = Stack(var_dir=tmp_path_factory.mktemp("var"), ports={name: free_port() for name in DEFAULT_PORTS},
                        model=model)
        try:
            running.start()
            yield running
        finally:
            running.stop()


@pytest.fixture(scope="session")
def production_stack(tmp_path_factory):
    """The production mode (bot/ops/production.py) as real processes: two Rasa servers and two action
    servers behind nginx, PostgreSQL (a fresh schema) and a Redis lock store. One per test run."""
    from bot.ops.ports import free_port
    from bot.ops.production import ProductionStack
    from bot.ops.secrets import fresh_secrets
    from bot.ops.stack import MODEL
    from bot.settings import DEFAULT_PORTS

    if not MODEL.exists():
        pytest.fail("no trained model: run the suite with `make test`, which trains first")
    with fresh_postgres_schema("tell_prod", unavailable=pytest.fail) as url:
        running = ProductionStack(var_dir=tmp_path_factory.mktemp("prod-var"),
                                  ports={name: free_port() for name in DEFAULT_PORTS}, replicas=2, workers=2,
                                  database_url=url, redis_url=TEST_REDIS_URL,
                                  environ={**os.environ, **fresh_secrets(), "TELL_ALLOW_TEST_DATABASE": "1"})
        try:
            running.start()
            yield running
        finally:
            running.stop()
