"""`python -m bot run` (what `make run` starts): prints the chat address, serves it, and stops every
process cleanly on Ctrl-C. A second launcher on the same var dir refuses to start."""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from bot.ops.ports import free_port
from bot.ops.stack import MODEL, Stack
from bot.settings import DEFAULT_PORTS, PROJECT_ROOT


def read_until(process: subprocess.Popen, lines: queue.Queue, marker: str, timeout: float) -> str:
    seen = ""
    deadline = time.monotonic() + timeout
    while marker not in seen:
        if time.monotonic() > deadline:
            raise AssertionError(f"{marker!r} not printed; output so far:\n{seen}")
        try:
            seen += lines.get(timeout=1.0)
        except queue.Empty:
            if process.poll() is not None:
                raise AssertionError(f"launcher exited; output:\n{seen}") from None
    return seen


needs_model = pytest.mark.skipif(not MODEL.exists(), reason="no trained model: `make test` trains first")


@pytest.fixture
def ports_and_env(tmp_path):
    """Free ports and a throwaway var dir, passed to `python -m bot run` as a user would."""
    ports = {name: free_port() for name in DEFAULT_PORTS}
    env = {**os.environ, "TELL_VAR_DIR": str(tmp_path), "RASA_TELEMETRY_ENABLED": "false",
           **{f"TELL_{name.upper()}_PORT": str(port) for name, port in ports.items()}}
    return ports, env


@needs_model
def test_run_prints_the_chat_address_and_stops_cleanly_on_ctrl_c(ports_and_env):
    ports, env = ports_and_env
    launcher = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=PROJECT_ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in launcher.stdout], daemon=True)
    reader.start()
    try:
        output = read_until(launcher, lines, "Press Ctrl-C to stop.", timeout=240)
        chat = f"http://127.0.0.1:{ports['webchat']}/"
        assert f"Chat:                {chat}" in output
        assert requests.get(chat, timeout=10).status_code == 200

        second = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=PROJECT_ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 1 and "already running" in second.stderr

        launcher.send_signal(signal.SIGINT)
        assert launcher.wait(timeout=60) == 0
        reader.join(timeout=10)
        rest = "".join(lines.queue)
        assert "Stopped." in rest
        for port in ports.values():
            with pytest.raises(requests.ConnectionError):
                requests.get(f"http://127.0.0.1:{port}/", timeout=2)
    finally:
        if launcher.poll() is None:
            launcher.send_signal(signal.SIGINT)
            try:
                launcher.wait(timeout=30)
            except subprocess.TimeoutExpired:
                launcher.kill()


@needs_model
def test_if_the_launcher_is_killed_outright_its_processes_stop_too(ports_and_env):
    ports, env = ports_and_env
    launcher = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=PROJECT_ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:  # the receiver starts first; then kill the launcher
        try:
            requests.get(f"http://127.0.0.1:{ports['receiver']}/health", timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.5)
    launcher.kill()
    launcher.wait()
    time.sleep(5)
    for name in ("receiver", "webchat"):
        with pytest.raises(requests.ConnectionError):
            requests.get(f"http://127.0.0.1:{ports[name]}/health", timeout=2)


def test_a_free_port_is_outside_the_range_outgoing_connections_take_and_never_handed_out_twice():
    import socket

    from bot.ops.ports import _ephemeral_ports

    ephemeral = _ephemeral_ports()
    ports = [free_port() for _ in range(300)]
    assert len(set(ports)) == len(ports)
    assert not any(port in ephemeral for port in ports)
    with socket.socket() as taken:  # a preferred port that is taken gives way to another
        taken.bind(("127.0.0.1", ports[0]))
        taken.listen()
        assert free_port(ports[0]) not in (ports[0], *ephemeral)
    assert free_port(ports[1]) == ports[1]  # and one that is free is used


class Sleepers(Stack):
    """The launcher's own supervision over real processes that only wait (no Rasa needed)."""

    def commands(self) -> dict[str, list[str]]:
        return {"sleeper": [sys.executable, "-c", "import time; time.sleep(120)"]}


def test_a_process_that_stops_is_started_again_with_backoff_and_left_stopped_if_it_keeps_stopping(tmp_path):
    stack = Sleepers(var_dir=tmp_path, ports={name: free_port() for name in DEFAULT_PORTS})
    (tmp_path / "log").mkdir()
    ports = dict(stack.ports)
    stack.spawn("sleeper", stack.commands()["sleeper"], stack.env)

    def killed() -> int:
        process = stack.processes["sleeper"]
        process.kill()
        process.wait()
        return process.pid

    try:
        now = 1000.0
        first = killed()
        assert stack.recover(["sleeper"], now=now) == ["sleeper"]  # the first time: at once
        assert stack.processes["sleeper"].pid != first and stack.processes["sleeper"].poll() is None
        for wait in (1.0, 2.0, 4.0, 8.0):  # then after a wait that doubles
            dead = killed()
            now += 10
            assert stack.recover(["sleeper"], now=now) == ["sleeper"]
            assert stack.processes["sleeper"].pid == dead  # not yet
            assert stack.recover(["sleeper"], now=now + wait - 0.1) == ["sleeper"]
            assert stack.processes["sleeper"].pid == dead
            assert stack.recover(["sleeper"], now=now + wait) == ["sleeper"]
            assert stack.processes["sleeper"].pid != dead and stack.processes["sleeper"].poll() is None
            now += wait
        killed()  # five restarts within the window: a person is needed
        assert stack.recover(["sleeper"], now=now + 1) == []
        assert stack.ports == ports
        log = (tmp_path / "log" / "launcher.log").read_text()
        assert "sleeper stopped (exit code -9); starting it again in 0s on the same port" in log
        assert "sleeper stopped 5 times in 300s; not starting it again." in log
        assert stack.recover(["sleeper"], now=now + 400) == ["sleeper"]  # the window passed: again at once
    finally:
        stack.stop()


def test_restart_waits_double_up_to_a_limit():
    from bot.ops.stack import BACKOFF_MOST, restart_wait

    assert [restart_wait(n) for n in range(7)] == [0, 1, 2, 4, 8, 16, BACKOFF_MOST]


def test_the_production_mode_refuses_to_start_without_its_secrets_before_starting_anything(ports_and_env):
    _, env = ports_and_env
    env = {name: value for name, value in env.items()
           if not name.startswith(("TELL_", "PG")) or name.endswith("_PORT") or name == "TELL_VAR_DIR"}
    done = subprocess.run([sys.executable, "-m", "bot", "run", "--production"], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Could not start: the production mode's settings are not safe to run with:" in done.stderr
    assert "set TELL_DATABASE_URL" in done.stderr and "TELL_MASTER_KEY, TELL_LOOKUP_KEY, TELL_AUDIT_KEY" in done.stderr
    assert "Starting the assistant" not in done.stdout
    var_dir = Path(env["TELL_VAR_DIR"])
    assert not (var_dir / "keys").exists() and not list(var_dir.glob("*.sqlite3"))


def test_a_setting_that_cannot_be_used_stops_the_launcher_plainly(ports_and_env):
    _, env = ports_and_env
    done = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=PROJECT_ROOT,
                          env={**env, "TELL_SHARE_WAIT_SECONDS": "soon"}, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Could not start: TELL_SHARE_WAIT_SECONDS must be a number of more than 0, not 'soon'" in done.stderr


def test_the_production_mode_and_the_stack_do_not_import_the_launcher():
    code = ("import sys, bot.ops.production, bot.ops.stack; "
            "print('bot.ops.launcher' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    assert done.stdout.strip() == "False", done.stderr[-2000:]
