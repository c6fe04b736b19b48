"""The stack's log files are the operator's alone (issue 21 part A): each process's log is opened
0600 (also one left from before with a wider mode), and what a process writes itself under var/
(nginx's own logs) is private too, by the umask it is started with. In one process, with a small
stand-in command; tests/test_pathway.py checks the running stack's own logs."""
from __future__ import annotations

import stat
import sys

from bot.ops.stack import Stack


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_process_s_log_and_what_it_writes_itself_are_private(tmp_path):
    var = tmp_path / "var"
    (var / "log").mkdir(parents=True, mode=0o700)
    (var / "log" / "old.log").write_text("from before\n")
    (var / "log" / "old.log").chmod(0o644)  # as an earlier version left it
    stack = Stack(var_dir=var, ports={})
    writes_own = f"open({str(var / 'log' / 'own.log')!r}, 'w').write('nginx writes its own')"  # as nginx does
    stack.spawn("own", [sys.executable, "-c", writes_own], {"PATH": "/usr/bin:/bin"})
    stack.spawn("old", [sys.executable, "-c", "print('appended')"], {"PATH": "/usr/bin:/bin"})
    for process in stack.processes.values():
        assert process.wait(timeout=30) == 0
    assert mode(var / "log") == 0o700
    for name in ("own.log", "old.log"):
        assert mode(var / "log" / name) == 0o600, name
    assert mode(var / "log" / "own.log") == 0o600  # made by the process, not by us
    assert (var / "log" / "old.log").read_text() == "from before\nappended\n"
