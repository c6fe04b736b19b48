"""`python -m consent_store`: it stands alone (nothing of `bot` is imported, whatever the command), and
staff can send to a service again after its endpoint answered 410 (`enable-service`), audited."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

from sqlalchemy import select

from consent_store import audit, outbox
from consent_store.database import make_sessionmaker
from consent_store.schema import disclosures
from consent_store.settings import PROJECT_ROOT, load_store_settings
from consent_store.setup import prepare_store
from tests.conftest import NOW

# Runs `python -m consent_store ARGS` with any import of `bot` refused, and then says which of
# consent_store's modules were loaded and whether any `bot` module was.
NO_BOT = """
import importlib, pkgutil, runpy, sys

class NoBot:
    def find_spec(self, name, path=None, target=None):
        if name == "bot" or name.startswith("bot."):
            raise ImportError("consent_store imported " + name)
        return None

sys.meta_path.insert(0, NoBot())
if sys.argv[1:] == ["--import-all"]:
    import consent_store
    for module in pkgutil.walk_packages(consent_store.__path__, "consent_store."):
        if not module.name.startswith("consent_store.migrations"):  # Alembic loads those itself
            importlib.import_module(module.name)
    code = 0
else:
    sys.argv = ["python -m consent_store", *sys.argv[1:]]
    try:
        runpy.run_module("consent_store", run_name="__main__", alter_sys=True)
        code = 0
    except SystemExit as done:
        code = done.code
loaded = [name for name in sys.modules if name == "bot" or name.startswith("bot.")]
print("BOT MODULES:", loaded, file=sys.stderr)
sys.exit(code)
"""


def run(var_dir, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TELL_VAR_DIR": str(var_dir), "RASA_TELEMETRY_ENABLED": "false"}
    for name in ("TELL_DATABASE_URL", "TELL_CONVERSATIONS_DATABASE_URL", "TELL_MASTER_KEY", "TELL_AUDIT_KEY",
                 "TELL_LOOKUP_KEY", "TELL_RETIRED_KEYS"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-c", NO_BOT, *args], cwd=PROJECT_ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_every_module_of_consent_store_imports_without_bot(tmp_path):
    done = run(tmp_path, "--import-all")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "BOT MODULES: []" in done.stderr


def test_every_command_runs_without_bot(tmp_path):
    for args in (["verify-audit"], ["unreadable-records"], ["rotate-key"], ["rewrap"],
                 ["enable-service", "gp-practice"]):
        done = run(tmp_path, *args)
        assert "consent_store imported" not in done.stderr, (args, done.stderr[-3000:])
        assert "BOT MODULES: []" in done.stderr, (args, done.stderr[-3000:])
        assert done.returncode in (0, 1), (args, done.stdout, done.stderr[-3000:])


def _store_with_a_closed_service(var_dir):
    store = prepare_store(load_store_settings({"TELL_VAR_DIR": str(var_dir)}))
    sessions = make_sessionmaker(store.engine)
    with sessions.begin() as session:
        outbox.disable_endpoint(session, "gp-practice", NOW, "the service answered 410 Gone")
    return store, sessions


def test_enable_service_sends_to_a_closed_service_again_and_the_log_records_it(tmp_path):
    store, sessions = _store_with_a_closed_service(tmp_path)
    with sessions.begin() as session:
        rows_before = audit.count(session)

    done = run(tmp_path, "enable-service", "gp-practice")
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "gp-practice is enabled again (it had been disabled: the service answered 410 Gone)" in done.stdout
    with sessions.begin() as session:
        assert outbox.endpoint_disabled(session, "gp-practice") is None
        rows = session.execute(select(disclosures).where(disclosures.c.seq > rows_before)).all()
    assert [(row.subject_ref, row.event, row.service_id) for row in rows] == [(audit.STAFF, audit.ENABLED,
                                                                                "gp-practice")]
    assert run(tmp_path, "verify-audit").returncode == 0  # chained with the audit key like any row

    again = run(tmp_path, "enable-service", "gp-practice")  # not disabled: nothing done, nothing logged
    assert again.returncode == 1 and "gp-practice was not disabled: nothing changed." in again.stdout
    with sessions.begin() as session:
        assert audit.count(session) == rows_before + 1
    store.engine.dispose()
    store.conversations_engine.dispose()


def test_enable_service_takes_only_a_service_id(tmp_path):
    done = run(tmp_path, "enable-service", "GP practice; drop")
    assert done.returncode == 2 and "a service id is lower-case letters, digits and hyphens" in done.stderr


def test_enable_endpoint_reopens_only_a_closed_service(sessions):
    with sessions.begin() as session:
        outbox.disable_endpoint(session, "housing-adaptations", NOW, "gone")
        assert outbox.enable_endpoint(session, "welfare-benefits", NOW) is None  # never closed
        assert audit.count(session) == 0
        assert outbox.enable_endpoint(session, "housing-adaptations", NOW + timedelta(hours=1)) == "gone"
        assert outbox.endpoint_disabled(session, "housing-adaptations") is None
        assert [(e["event"], e["service_id"]) for e in audit.events_of(session, audit.STAFF)] == [
            (audit.ENABLED, "housing-adaptations")]
        assert outbox.enable_endpoint(session, "housing-adaptations", NOW + timedelta(hours=2)) is None
        assert audit.count(session) == 1
