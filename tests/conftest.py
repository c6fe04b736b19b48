"""Shared fixtures: real databases (SQLite file, PostgreSQL), keys, the structurer, and the running
stack (embedded and production modes)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from contextlib import ExitStack, contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from bot.settings import PROJECT_ROOT, load_settings
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
    this fixture and returns `model` (the path of another trained model), `environ` (variables set
    while the stack runs, e.g. {"TELL_RASA_DEBUG": "1"}) and/or `own` (True: a stack of its own, for a
    module that stops, kills or restarts a process of the stack, changes its files by hand, or drives
    a process's state, such as the staff sign-in throttle, to where others would feel it)."""
    return {}


@contextmanager
def started_stack(options: dict, var_dir):
    """A `Stack` (the embedded mode) started as `options` (see `stack_options`) says; stopped afterwards."""
    from bot.ops.ports import free_port
    from bot.ops.stack import MODEL, Stack
    from bot.settings import DEFAULT_PORTS

    model = options.get("model", MODEL)
    if not model.exists():
        pytest.fail("no trained model: run the suite with `make test`, which trains first")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in options.get("environ", {}).items():
            patch.setenv(name, value)  # read by the stack when it starts or restarts a process
        running = Stack(var_dir=var_dir, ports={name: free_port() for name in DEFAULT_PORTS}, model=model)
        try:
            running.start()
            yield running
        finally:
            running.stop()


class SharedStack:
    """The one stack of the modules whose `stack_options` are {}: started when the first of them asks
    for it, stopped after the last of them (those modules run one after another: see
    `pytest_collection_modifyitems`), so it never runs beside another module's stack of its own."""

    def __init__(self) -> None:
        self.exit: ExitStack | None = None
        self.stack = None
        self.failed: str | None = None
        self.last_user: str | None = None  # the node id of the run's last test that uses it

    def get(self, tmp_path_factory):
        if self.failed:
            pytest.fail(f"the shared stack did not start: {self.failed}")
        if self.stack is None:
            self.exit = ExitStack()
            try:
                self.stack = self.exit.enter_context(started_stack({}, tmp_path_factory.mktemp("shared-var")))
            except BaseException as problem:  # pytest.fail's too
                self.exit.close()
                self.exit, self.failed = None, f"{type(problem).__name__}: {problem}"
                raise
        return self.stack

    def stop(self) -> None:
        if self.exit is not None:
            self.exit.close()
        self.exit = self.stack = None


SHARED = SharedStack()


def uses_shared_stack(item) -> bool:
    """True if `item` asks for `embedded_stack` and its module keeps the default `stack_options` (a
    module that has its own, defined or imported, has the name: no conftest below this one overrides
    it). Only pytest's public API: a test's `fixturenames` (every fixture it needs, through others),
    its `callspec` (a fixture parametrized by fixture names) and its `module`."""
    asked = "embedded_stack" in getattr(item, "fixturenames", ()) or "embedded_stack" in getattr(
        getattr(item, "callspec", None), "params", {}).values()
    module = getattr(item, "module", None)
    return asked and module is not None and not hasattr(module, "stack_options")


def pytest_collection_modifyitems(session, config, items) -> None:
    """The modules that use the shared stack run one after another, where the first of them was;
    every other test keeps its order. (Tests assume nothing of what ran before them.)"""
    sharing = {getattr(item, "module", None) for item in items if uses_shared_stack(item)}
    if not sharing:
        return
    group = [item for item in items if getattr(item, "module", None) in sharing]
    others = [item for item in items if getattr(item, "module", None) not in sharing]
    before = next(n for n, item in enumerate(items) if getattr(item, "module", None) in sharing)
    items[:] = others[:before] + group + others[before:]


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item, nextitem):
    yield  # the item's own fixtures (and, at a module's end, the module's) are torn down first
    if SHARED.stack is None:
        return
    if SHARED.last_user is None:
        SHARED.last_user = next((i.nodeid for i in reversed(item.session.items) if uses_shared_stack(i)), "")
    if nextitem is None or item.nodeid == SHARED.last_user:
        SHARED.stop()


def pytest_sessionfinish(session, exitstatus) -> None:
    SHARED.stop()


@pytest.fixture(scope="module")
def embedded_stack(stack_options, tmp_path_factory):
    """The embedded mode (`make run`) as real processes (Rasa, the action server, the worker, the
    reference receiver, the web chat) on free localhost ports with a var dir of its own. The one way
    tests start a stack; `stack_options` says how it differs. Modules with no options share one stack
    (`SharedStack`: starting one takes 20-40 s), so their tests assume nothing of what others left in
    it: their own senders and numbers, counts taken before and after, their own intakes and referrals
    picked out of the receiver's. A module with options (another model or environment, or `own`)
    gets a stack of its own, stopped after the module."""
    if not stack_options:
        yield SHARED.get(tmp_path_factory)
        return
    with started_stack(stack_options, tmp_path_factory.mktemp("var")) as running:
        yield running


SESSION_SECONDS = 8  # how long a conversation session lasts in `short_session_model` (at 4, two messages on a busy
# 2-core CI machine were further apart than that, and the session ended half-way through a journey)


@pytest.fixture(scope="session")
def short_session_model(tmp_path_factory) -> Path:
    """A copy of our assistant trained with sessions that expire after SESSION_SECONDS (the only
    change), so a later session is a short pause away (tests/test_session_expiry.py,
    tests/test_pathway_sms_question.py). Trained once per run (a few minutes)."""
    work = tmp_path_factory.mktemp("short-sessions")
    shutil.copy(PROJECT_ROOT / "config.yml", work)
    shutil.copytree(PROJECT_ROOT / "data", work / "data")
    domain = (PROJECT_ROOT / "domain.yml").read_text()
    assert "session_expiration_time: 60" in domain
    (work / "domain.yml").write_text(domain.replace(
        "session_expiration_time: 60", f"session_expiration_time: {SESSION_SECONDS / 60:.3f}"))
    result = subprocess.run(
        [str(Path(sys.executable).parent / "rasa"), "train", "--fixed-model-name", "short",
         "--out", str(work / "models")], cwd=work, capture_output=True, text=True, timeout=900,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false",
             "PYTHONPATH": str(PROJECT_ROOT)})  # config.yml names our classifier, bot.rasa.nlu.WordsClassifier
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return work / "models" / "short.tar.gz"


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
