"""Another local user of the machine: var/ (databases, keys, logs) is theirs to read only if its
modes let them. var/ is 0700, every database file (and its -wal/-shm) 0600 and every key 0600, on
creation and again at every start (a var/ made by an older version, or loosened by hand)."""
from __future__ import annotations

import sqlite3
import stat

from bot.ops.ports import free_port
from bot.ops.stack import Stack
from bot.settings import DEFAULT_PORTS


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def database_files(var_dir):
    return sorted(p for p in var_dir.rglob("*") if p.is_file() and ".sqlite3" in p.name)


def stack_in(var_dir) -> Stack:
    return Stack(var_dir=var_dir, ports={name: free_port() for name in DEFAULT_PORTS})


def check(var_dir) -> None:
    assert mode(var_dir) == 0o700, oct(mode(var_dir))
    databases = database_files(var_dir)
    assert {"consent_store.sqlite3", "conversations.sqlite3"} <= {p.name for p in databases}
    loose = {str(p.relative_to(var_dir)): oct(mode(p)) for p in databases if mode(p) & 0o077}
    assert not loose, loose
    keys = [p for p in (var_dir / "keys").rglob("*") if p.is_file()]
    assert keys and not {str(p): oct(mode(p)) for p in keys if mode(p) & 0o077}
    assert not {str(p): oct(mode(p)) for p in (var_dir / "keys").rglob("*") if p.is_dir() and mode(p) & 0o077}


def test_the_running_stack_keeps_var_private(embedded_stack):
    var_dir = embedded_stack.var_dir
    check(var_dir)
    assert any(p.name.endswith("-wal") for p in database_files(var_dir))  # the running stack's own
    assert (var_dir / "receiver" / "intakes.sqlite3").exists()


def test_a_new_var_is_private_from_the_start(tmp_path):
    var_dir = tmp_path / "fresh" / "var"
    stack_in(var_dir).prepare()
    check(var_dir)
    with sqlite3.connect(var_dir / "consent_store.sqlite3") as connection:  # SQLite's own -wal/-shm
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE IF NOT EXISTS t (x)")
        connection.execute("INSERT INTO t VALUES (1)")
        siblings = [p for p in database_files(var_dir) if p.name.startswith("consent_store.sqlite3-")]
        assert siblings and not [p for p in siblings if mode(p) & 0o077]


def test_every_start_tightens_a_loosened_var(tmp_path):
    var_dir = tmp_path / "var"
    stack_in(var_dir).prepare()
    var_dir.chmod(0o755)
    for path in database_files(var_dir):
        path.chmod(0o644)
    stack_in(var_dir).prepare()
    check(var_dir)
