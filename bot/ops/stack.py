"""The processes of the embedded mode, started, watched and stopped: `Stack` (the production mode's
`ProductionStack`, bot/ops/production.py, extends it). The launcher (bot/ops/launcher.py) runs one;
the end-to-end tests start one on free ports and their own var dir.

Supervision (`Stack.recover`, the same in the production mode): a process that stops (a crash,
`kill -9`) is started again with the same command on the same port (links already given use the
public address and keep working), after a wait that doubles each time it stops again soon (0 s the
first time, then 1, 2, 4… up to BACKOFF_MOST seconds), while the others keep serving. Each stop and
restart is written to the launcher's output and to var/log/launcher.log. A process that stops
RESTARTS times within RESTART_WINDOW seconds is left stopped, and the launcher stops everything and
says which: it needs a person.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import requests

from bot.delivery.service_keys import service_secret, sms_auth_token, staff_token
from bot.intake.services import load_registry
from bot.ops.errors import StartupError
from bot.ops.runtime import PRIVATE_UMASK, private_log
from bot.rasa.action_server_guard import actions_token, authorization
from bot.rasa.errors import ActionsTokenError
from bot.settings import PROJECT_ROOT, Settings, load_settings
from consent_store.setup import prepare_store

RESTARTS, RESTART_WINDOW = 5, 300.0  # a process that stops more often than this is left stopped
BACKOFF_FIRST, BACKOFF_MOST = 1.0, 30.0  # seconds before a restart, after the first, doubling
MODEL = PROJECT_ROOT / "models" / "story.tar.gz"


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """On Linux, ask the kernel to stop this child if the launcher dies, even by SIGKILL."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: Ctrl-C and SIGTERM still stop everything through stop()


TRACKER_STORE = "bot.rasa.tracker_store.EncryptedTrackerStore"


def check_tracker_store(path: str) -> None:
    """Rasa falls back to an in-memory tracker store, with only a warning, when the configured class
    cannot be loaded: conversations would then be lost on restart and the check below never seen.
    So the launcher loads it first and stops if it cannot."""
    import importlib

    module, _, name = path.rpartition(".")
    try:
        getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as problem:
        raise StartupError(f"The tracker store {path} cannot be loaded ({problem}); not starting, because "
                           "Rasa would silently keep conversations in memory instead.") from problem


@dataclass
class Stack:
    var_dir: Path
    ports: dict[str, int]
    host: str = "127.0.0.1"
    model: Path = MODEL
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    restarts: dict[str, list[float]] = field(default_factory=dict)  # when each was started again
    restart_due: dict[str, float] = field(default_factory=dict)  # a stopped one's turn to start again
    # The environment the stack's settings are read from and its processes are given (with the
    # stack's own addresses added: `env`); the launcher's own when None.
    environ: Mapping[str, str] | None = field(default=None, repr=False)
    unsupervised: ClassVar[frozenset[str]] = frozenset()  # processes never started again (none, here)

    def url(self, name: str) -> str:
        return f"http://{self.host}:{self.ports[name]}"

    def rest_headers(self) -> dict[str, str]:
        """What a REST client sends with a message besides it: nothing here (REST is open in the
        embedded mode); the production mode's bearer token (bot/ops/production.py)."""
        return {}

    @property
    def env(self) -> dict[str, str]:
        """The environment every process of the stack gets: the stack's own, with where the stack
        keeps its data and its processes' addresses (the web chat's, unless TELL_PUBLIC_URL is given)."""
        env = dict(os.environ if self.environ is None else self.environ)
        given = load_settings(env, default_public_url=self.url("webchat"))
        env.update({
            "RASA_TELEMETRY_ENABLED": "false",
            "TF_CPP_MIN_LOG_LEVEL": "3",
            "SANIC_HOST": self.host,  # the action server listens on localhost only
            "TELL_VAR_DIR": str(self.var_dir),
            "TELL_RECEIVER_URL": self.url("receiver"),
            "TELL_PUBLIC_URL": given.public_url,
            "MPLCONFIGDIR": str(self.var_dir / "cache" / "matplotlib"),
            "KERAS_HOME": str(self.var_dir / "cache" / "keras"),
            "PYTHONUNBUFFERED": "1",
        })
        return env

    @property
    def settings(self) -> Settings:
        """The settings every process of the stack reads (from `env`)."""
        return load_settings(self.env)

    def prepare(self) -> None:
        """Keys and database before any process starts, so none of them races to create them."""
        for folder in ("run", "log", "cache"):
            (self.var_dir / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
        settings = self.settings
        store = prepare_store(settings)
        store.engine.dispose()
        store.conversations_engine.dispose()
        for service_id in load_registry(settings.services_dir):  # each service's secret and staff token
            service_secret(settings, service_id)
            staff_token(settings, service_id)
        sms_auth_token(settings)
        check_tracker_store(TRACKER_STORE)
        write_private(self.var_dir / "run" / "endpoints.yml", self.endpoints_yaml())  # holds the actions secret

    def endpoints_yaml(self) -> str:
        """Rasa's endpoints: the action server (or its load balancer), with the secret it answers to
        (bot/rasa/action_server_guard.py; JSON quoting is YAML quoting), and the sealed tracker store."""
        try:
            secret = authorization(actions_token(self.settings))
        except ActionsTokenError as problem:
            raise StartupError(str(problem)) from None
        return (f'action_endpoint:\n  url: "{self.url("actions")}/webhook"\n'
                f"  headers:\n    Authorization: {json.dumps(secret)}\n"
                f"tracker_store:\n  type: {TRACKER_STORE}\n")

    @property
    def log_flags(self) -> list[str]:
        """TELL_RASA_DEBUG=1 runs Rasa and the action server with --debug (still redacted)."""
        return ["--debug"] if self.settings.rasa_debug else []

    def actions_command(self, port: int) -> list[str]:
        # Rasa's command line with every log record redacted (bot/rasa/server.py, bot/rasa/quiet_logs.py)
        return [sys.executable, "-m", "bot.rasa.server", "run", "actions", "--actions", "actions",
                "--port", str(port), *self.log_flags]

    def rasa_command(self, port: int) -> list[str]:
        return [sys.executable, "-m", "bot.rasa.server", "run", "--model", str(self.model), *self.log_flags,
                "--endpoints", str(self.var_dir / "run" / "endpoints.yml"),
                "--credentials", str(PROJECT_ROOT / "credentials.yml"),
                "--interface", self.host, "--port", str(port)]

    def commands(self) -> dict[str, list[str]]:
        python = sys.executable
        return {
            "receiver": [python, "-m", "bot", "receiver", "--port", str(self.ports["receiver"])],
            "worker": [python, "-m", "bot", "worker"],
            "actions": self.actions_command(self.ports["actions"]),
            "rasa": self.rasa_command(self.ports["rasa"]),
            "webchat": [python, "-m", "bot", "webchat", "--port", str(self.ports["webchat"]),
                        "--rasa-url", self.url("rasa")],
        }

    def topology(self) -> str:
        """What the start-up message adds about how the stack is laid out (nothing, embedded)."""
        return ""

    def health_urls(self) -> dict[str, str]:
        return {
            "receiver": self.url("receiver") + "/health",
            "actions": self.url("actions") + "/health",
            "rasa": self.url("rasa") + "/webhooks/rest/",
            "webchat": self.url("webchat") + "/health",
        }

    def start(self, timeout: float = 240.0) -> None:
        if not self.model.exists():
            raise StartupError(f"no trained model at {self.model}: run `make train` first")
        self.prepare()
        env = self.env
        for name, command in self.commands().items():
            self.spawn(name, command, env)
        self.wait_until_ready(timeout)

    def spawn(self, name: str, command: list[str], env: dict[str, str]) -> None:
        log = private_log(self.var_dir / "log" / f"{name}.log")
        self.processes[name] = subprocess.Popen(  # umask: what a process writes itself (nginx's logs) is private too
            command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True, preexec_fn=_die_with_parent, umask=PRIVATE_UMASK)
        log.close()

    def recover(self, stopped: list[str], now: float | None = None) -> list[str]:
        """Start again (or wait to start again, with backoff) each of `stopped` that may be: returns
        their names; any other left in `stopped` needs a person. `now` is time.monotonic()'s."""
        now = time.monotonic() if now is None else now
        recovering = []
        for name in stopped:
            if name in self.unsupervised:
                continue
            recent = [at for at in self.restarts.get(name, []) if now - at < RESTART_WINDOW]
            if len(recent) >= RESTARTS:
                self.note(f"{name} stopped {len(recent)} times in {RESTART_WINDOW:.0f}s; not starting it again.")
                continue
            if name not in self.restart_due:
                wait = restart_wait(len(recent))
                self.restart_due[name] = now + wait
                self.note(f"{name} stopped (exit code {self.processes[name].returncode}); starting it again "
                          f"in {wait:.0f}s on the same port. See {self.var_dir / 'log' / (name + '.log')}")
            if now >= self.restart_due[name]:
                del self.restart_due[name]
                self.spawn(name, self.commands()[name], self.env)
                self.restarts[name] = [*recent, now]
                self.note(f"{name} started again.")
            recovering.append(name)
        return recovering

    def note(self, line: str) -> None:
        """What the supervision did: on the launcher's output and in var/log/launcher.log (names and
        exit codes only)."""
        print(line, file=sys.stderr, flush=True)
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S")
        try:
            fd = os.open(self.var_dir / "log" / "launcher.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a") as log:
                log.write(f"{stamp} {line}\n")
        except OSError:
            pass  # the output has it

    def wait_until_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        waiting = dict(self.health_urls())
        while waiting:
            for name, process in self.processes.items():
                if name not in waiting and process.poll() is not None:  # e.g. the worker
                    self.stop()
                    raise StartupError(f"{name} exited; see {self.var_dir / 'log' / (name + '.log')}")
            for name, url in list(waiting.items()):
                if self.processes[name].poll() is not None:
                    self.stop()
                    raise StartupError(f"{name} exited; see {self.var_dir / 'log' / (name + '.log')}")
                try:
                    if requests.get(url, timeout=2).status_code == 200:
                        del waiting[name]
                except requests.RequestException:
                    pass
            if waiting and time.monotonic() > deadline:
                self.stop()
                raise StartupError(f"not ready after {timeout:.0f}s: {', '.join(waiting)}")
            if waiting:
                time.sleep(0.5)

    def stop(self, grace: float = 15.0) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        for process in self.processes.values():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes.clear()


def restart_wait(recent_restarts: int) -> float:
    """Seconds to wait before starting again a process already started again `recent_restarts`
    times lately: none the first time, then BACKOFF_FIRST, doubling, at most BACKOFF_MOST."""
    if recent_restarts == 0:
        return 0.0
    return min(BACKOFF_MOST, BACKOFF_FIRST * 2.0 ** (recent_restarts - 1))


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path` readable by this user only (0600), whatever the file was before."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
