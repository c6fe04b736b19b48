"""bot/settings.py: the one place the environment is read; typed, frozen, secrets out of sight; the
production mode's refusals."""
from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from bot.settings import (
    PROJECT_ROOT,
    SettingsError,
    load_production_settings,
    load_settings,
    production_problems,
    production_variables,
)
from consent_store.settings import StoreSettings, load_store_settings

SERVICES = ("gp-practice", "welfare-benefits")
PRODUCTION_DB = "postgresql+psycopg2://tell:s3cret-pw@db.internal:5432/tell"


def all_secrets(service_ids=SERVICES) -> dict[str, str]:
    return {name: f"value-of-{name.lower()}" for name in production_variables(service_ids)}


def test_settings_come_from_the_mapping_given_not_the_process(monkeypatch, tmp_path):
    monkeypatch.setenv("TELL_SHARE_WAIT_SECONDS", "9")
    assert load_settings({}).share_wait_seconds == 5.0
    assert load_settings().share_wait_seconds == 9.0
    given = load_settings({"TELL_VAR_DIR": str(tmp_path), "TELL_RECEIVER_URL": "http://r.example/",
                           "TELL_RASA_PORT": "6000", "TELL_RASA_DEBUG": "1"})
    assert given.var_dir == tmp_path and given.database_url == f"sqlite:///{tmp_path / 'consent_store.sqlite3'}"
    assert given.receiver_db == tmp_path / "receiver" / "intakes.sqlite3"
    assert given.receiver_url == "http://r.example" and given.ports["rasa"] == 6000 and given.rasa_debug
    assert given.ports["webchat"] == 5080 and load_settings({}).rasa_debug is False


def test_the_store_settings_are_read_once_by_the_store_and_reused():
    env = {"TELL_VAR_DIR": "/srv/tell", "TELL_DATABASE_URL": PRODUCTION_DB, "TELL_MASTER_KEY": "k1",
           "TELL_RETIRED_KEYS": "k0", "TELL_LOOKUP_KEY": "k2", "TELL_AUDIT_KEY": "k3"}
    settings = load_settings(env)
    assert isinstance(settings, StoreSettings)
    store = load_store_settings(env)
    assert {f.name: getattr(settings, f.name) for f in dataclasses.fields(StoreSettings)} == vars(store)
    assert store.conversations_database_url == PRODUCTION_DB  # PostgreSQL: one database for both


def test_settings_are_frozen_and_keep_secrets_out_of_their_repr():
    settings = load_settings({**all_secrets(), "TELL_DATABASE_URL": PRODUCTION_DB, "TELL_REDIS_URL":
                              "redis://:redis-pw@127.0.0.1:6379/0"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.public_url = "http://elsewhere"  # type: ignore[misc]
    shown = repr(settings) + repr(load_production_settings({"TELL_REDIS_URL": "redis://:redis-pw@h:1/0"}))
    assert "value-of" not in shown and "s3cret-pw" not in shown and "redis-pw" not in shown
    assert settings.secrets.service_secrets["gp-practice"] == "value-of-tell_service_secret_gp_practice"
    assert settings.secrets.staff_tokens["welfare-benefits"] == "value-of-tell_staff_token_welfare_benefits"


@pytest.mark.parametrize("name, value", [
    ("TELL_SHARE_WAIT_SECONDS", "soon"), ("TELL_WORKER_LEASE_SECONDS", "0"),
    ("TELL_CONVERSATION_RETENTION_DAYS", "-3"), ("TELL_WEBCHAT_PORT", "http"), ("TELL_RASA_PORT", "70000"),
    ("TELL_RASA_DEBUG", "maybe"),
])
def test_a_value_that_cannot_be_used_is_refused_naming_its_variable(name, value):
    with pytest.raises(SettingsError, match=name):
        load_settings({name: value})


@pytest.mark.parametrize("name, value", [("TELL_REPLICAS", "two"), ("TELL_WORKERS", "0"), ("TELL_REPLICAS", "17")])
def test_a_wrong_number_of_servers_is_refused(name, value):
    with pytest.raises(SettingsError, match=f"{name} must be a whole number from 1 to 16"):
        load_production_settings({name: value})


def test_the_production_mode_may_start_only_with_every_secret_given_and_a_real_database():
    production = load_production_settings({})
    ready = load_settings({**all_secrets(), "TELL_DATABASE_URL": PRODUCTION_DB})
    assert production_problems(ready, production, SERVICES) == []

    for missing in production_variables(SERVICES):
        without = {**all_secrets(), "TELL_DATABASE_URL": PRODUCTION_DB, missing: ""}
        problems = production_problems(load_settings(without), production, SERVICES)
        assert len(problems) == 1 and problems[0].endswith("set " + missing), (missing, problems)

    embedded = production_problems(load_settings({}), production, SERVICES)  # no secret has a default
    assert any("keeps everything in PostgreSQL: set TELL_DATABASE_URL" in p for p in embedded)
    assert any(all(name in p for name in production_variables(SERVICES)) for p in embedded)


@pytest.mark.parametrize("url", [
    "postgresql+psycopg2://postgres@127.0.0.1:5432/test",
    "postgresql+psycopg2://tell:pw@db.internal:5432/test?options=-csearch_path%3Dx",
    "postgresql+psycopg2://postgres@127.0.0.1:5432/tell",  # the superuser without a password
])
def test_the_production_mode_refuses_the_test_database_unless_told(url):
    settings = load_settings({**all_secrets(), "TELL_DATABASE_URL": url})
    refused = production_problems(settings, load_production_settings({}), SERVICES)
    assert len(refused) == 1 and "is the test database" in refused[0] and "TELL_ALLOW_TEST_DATABASE=1" in refused[0]
    told = load_production_settings({"TELL_ALLOW_TEST_DATABASE": "1"})
    assert production_problems(settings, told, SERVICES) == []


def test_conversations_kept_apart_must_be_in_postgresql_too():
    settings = load_settings({**all_secrets(), "TELL_DATABASE_URL": PRODUCTION_DB,
                              "TELL_CONVERSATIONS_DATABASE_URL": "sqlite:////tmp/c.sqlite3"})
    problems = production_problems(settings, load_production_settings({}), SERVICES)
    assert problems == ["The production mode keeps everything in PostgreSQL: set TELL_CONVERSATIONS_DATABASE_URL "
                        "to a postgresql+psycopg2:// address"]


# Where the process's environment may be touched outside the two settings modules: the launcher
# hands its own environment on to the processes it starts, and the command line sets two library
# variables before importing them. Nothing else reads it.
SETTINGS_MODULES = {"bot/settings.py", "consent_store/settings.py"}
ALLOWED = {("bot/ops/stack.py", "dict(os.environ if self.environ is None else self.environ)"),
           ("bot/ops/production.py", "dict(os.environ if environ is None else environ)"),
           ("bot/__main__.py", "os.environ.setdefault('RASA_TELEMETRY_ENABLED', 'false')"),
           ("bot/__main__.py", "os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '3')")}


def environment_reads(path: Path) -> list[str]:
    """Each use of os.environ or os.getenv in a module, as the expression around it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    reads = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "os" \
                and node.attr in ("environ", "environb", "getenv", "getenvb"):
            use: ast.AST = node
            while isinstance(parents.get(use), (ast.Attribute, ast.Call, ast.Subscript, ast.Compare, ast.IfExp)):
                use = parents[use]
            reads.append(ast.unparse(use))
    return reads


def test_no_module_but_the_settings_reads_the_environment():
    reads = set()
    for package in ("bot", "consent_store", "reference_service", "actions"):
        for path in (PROJECT_ROOT / package).rglob("*.py"):
            name = str(path.relative_to(PROJECT_ROOT))
            if name not in SETTINGS_MODULES:
                reads |= {(name, use) for use in environment_reads(path)}
    assert reads <= ALLOWED, sorted(reads - ALLOWED)


def test_the_scan_finds_a_read(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nx = os.environ.get('TELL_X')\ny = os.getenv('TELL_Y')\nz = os.environ['Z']\n")
    assert sorted(environment_reads(sample)) == ["os.environ.get('TELL_X')", "os.environ['Z']", "os.getenv('TELL_Y')"]
