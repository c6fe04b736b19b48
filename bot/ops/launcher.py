"""Start everything of the embedded mode as real processes, print the chat address, stop on Ctrl-C.

The same `Stack` starts the processes for the end-to-end test, on free ports and its own var dir.

The launcher supervises what it started (`Stack.recover`, the same in the production mode): a
process that stops (a crash, `kill -9`) is started again with the same command on the same port
(links already given use the public address and keep working), after a wait that doubles each time
it stops again soon (0 s the first time, then 1, 2, 4… up to BACKOFF_MOST seconds), while the
others keep serving. Each stop and restart is written to the launcher's output and to
var/log/launcher.log. A process that stops RESTARTS times within RESTART_WINDOW seconds is left
stopped, and the launcher stops everything and says which: it needs a person.
"""
from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from bot.rasa.action_server_guard import ActionsTokenError, actions_token, authorization
from bot.settings import PROJECT_ROOT, load_settings
from bot.delivery.service_keys import service_secret, sms_auth_token, staff_token
from bot.intake.services import load_registry
from consent_store.setup import prepare_store

DEFAULT_PORTS = {"webchat": 5080, "rasa": 5005, "actions": 5055, "receiver": 5056}
RESTARTS, RESTART_WINDOW = 5, 300.0  # a process that stops more often than this is left stopped
BACKOFF_FIRST, BACKOFF_MOST = 1.0, 30.0  # seconds before a restart, after the first, doubling
MODEL = PROJECT_ROOT / "models" / "story.tar.gz"
BIN = Path(sys.executable).parent


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """On Linux, ask the kernel to stop this child if the launcher dies, even by SIGKILL."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: Ctrl-C and SIGTERM still stop everything through stop()


class StartupError(Exception):
    """A process did not become ready; the message says which and where its log is."""


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


def _ephemeral_ports() -> range:
    """The ports the kernel gives outgoing connections (and bind(0)) their local end from."""
    try:
        low, high = (int(n) for n in Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    except (OSError, ValueError):
        low, high = 32768, 60999
    return range(low, high + 1)


_HANDED_OUT: set[int] = set()


def _any_free_port(host: str) -> int:
    """A free port below the kernel's ephemeral range, not handed out before by this process. A
    port from bind(0) is in that range, and a server loading for seconds before it listens could
    find it taken meanwhile by an outgoing connection's local end (seen: Rasa 'Unable to start
    server')."""
    ephemeral = _ephemeral_ports()
    low, high = (10_000, ephemeral.start - 1) if ephemeral.start > 11_000 else (ephemeral.stop, 65_535)
    for _ in range(200):
        candidate = random.randint(low, high)
        if candidate not in _HANDED_OUT and _bindable(host, candidate):
            _HANDED_OUT.add(candidate)
            return candidate
    with socket.socket() as probe:  # a crowded machine: whatever the kernel gives
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _bindable(host: str, port: int) -> bool:
    with socket.socket() as probe:
        # As the servers bind: a port left in TIME_WAIT by the last run is free to use.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
        return True


def free_port(preferred: int = 0, host: str = "127.0.0.1") -> int:
    """`preferred` if it is free, otherwise any free port."""
    if preferred and _bindable(host, preferred):
        return preferred
    return _any_free_port(host)


def chosen_ports(host: str) -> dict[str, int]:
    """The default ports (or TELL_<NAME>_PORT), each replaced by a free one if it is taken."""
    return {name: free_port(int(os.environ.get(f"TELL_{name.upper()}_PORT", port)), host)
            for name, port in DEFAULT_PORTS.items()}


@dataclass
class Stack:
    var_dir: Path
    ports: dict[str, int]
    host: str = "127.0.0.1"
    model: Path = MODEL
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    restarts: dict[str, list[float]] = field(default_factory=dict)  # when each was started again
    restart_due: dict[str, float] = field(default_factory=dict)  # a stopped one's turn to start again
    unsupervised = frozenset()  # processes the launcher never starts again (none, here)

    def url(self, name: str) -> str:
        return f"http://{self.host}:{self.ports[name]}"

    def rest_headers(self) -> dict[str, str]:
        """What a REST client sends with a message besides it: nothing here (REST is open in the
        embedded mode); the production mode's bearer token (bot/ops/production.py)."""
        return {}

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update({
            "RASA_TELEMETRY_ENABLED": "false",
            "TF_CPP_MIN_LOG_LEVEL": "3",
            "SANIC_HOST": self.host,  # the action server listens on localhost only
            "TELL_VAR_DIR": str(self.var_dir),
            "TELL_RECEIVER_URL": self.url("receiver"),
            "TELL_PUBLIC_URL": os.environ.get("TELL_PUBLIC_URL") or self.url("webchat"),
            "MPLCONFIGDIR": str(self.var_dir / "cache" / "matplotlib"),
            "KERAS_HOME": str(self.var_dir / "cache" / "keras"),
            "PYTHONUNBUFFERED": "1",
        })
        return env

    def prepare(self) -> None:
        """Keys and database before any process starts, so none of them races to create them."""
        for folder in ("run", "log", "cache"):
            (self.var_dir / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
        settings = load_settings(self.env)
        store = prepare_store(settings)
        store.engine.dispose()
        store.conversations_engine.dispose()
        for service_id in load_registry(settings.services_dir):  # each service's secret and staff token
            service_secret(settings, service_id, self.env)
            staff_token(settings, service_id, self.env)
        sms_auth_token(settings, self.env)
        check_tracker_store(TRACKER_STORE)
        write_private(self.var_dir / "run" / "endpoints.yml", self.endpoints_yaml())  # holds the actions secret

    def endpoints_yaml(self) -> str:
        """Rasa's endpoints: the action server (or its load balancer), with the secret it answers to
        (bot/rasa/action_server_guard.py; JSON quoting is YAML quoting), and the sealed tracker store."""
        try:
            secret = authorization(actions_token(load_settings(self.env), self.env))
        except ActionsTokenError as problem:
            raise StartupError(str(problem)) from None
        return (f'action_endpoint:\n  url: "{self.url("actions")}/webhook"\n'
                f"  headers:\n    Authorization: {json.dumps(secret)}\n"
                f"tracker_store:\n  type: {TRACKER_STORE}\n")

    @property
    def log_flags(self) -> list[str]:
        """TELL_RASA_DEBUG=1 runs Rasa and the action server with --debug (still redacted)."""
        return ["--debug"] if os.environ.get("TELL_RASA_DEBUG") == "1" else []

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
        log = open(self.var_dir / "log" / f"{name}.log", "ab")
        self.processes[name] = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True, preexec_fn=_die_with_parent)
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
    return min(BACKOFF_MOST, BACKOFF_FIRST * 2 ** (recent_restarts - 1))


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path` readable by this user only (0600), whatever the file was before."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)


def hold_lock(var_dir: Path):
    """One launcher per var dir: two would share a database and overwrite each other's endpoints."""
    import fcntl

    (var_dir / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    handle = open(var_dir / "run" / "launcher.lock", "w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


def main(args) -> int:
    settings = load_settings()
    lock = hold_lock(settings.var_dir)
    if lock is None:
        print(f"The assistant is already running from {settings.var_dir}. Stop it first (Ctrl-C in "
              "its terminal).", file=sys.stderr)
        return 1
    try:
        if getattr(args, "production", False):
            from bot.ops.production import production_stack

            stack = production_stack(settings.var_dir, args.host)
        else:
            stack = Stack(var_dir=settings.var_dir, ports=chosen_ports(args.host), host=args.host)
    except StartupError as error:
        print(f"Could not start: {error}", file=sys.stderr)
        return 1
    print("Starting the assistant (Rasa takes about a minute to load)...", flush=True)
    started = time.monotonic()

    def on_signal(signum, _frame):
        raise KeyboardInterrupt

    # Installed explicitly: a launcher started in the background inherits SIGINT as ignored.
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        stack.start()
        print(f"\nReady in {time.monotonic() - started:.0f}s.\n"
              f"  Chat:                {stack.url('webchat')}/\n"
              f"  Rasa REST webhook:   {stack.url('rasa')}/webhooks/rest/webhook\n"
              f"  SMS webhook:         {stack.url('rasa')}/webhooks/sms/webhook  (Twilio-signed; auth token\n"
              f"                       in {settings.var_dir / 'keys' / 'twilio.token'} or TELL_TWILIO_AUTH_TOKEN)\n"
              f"  Reference service:   {stack.url('receiver')}/  (staff pages: user any, password the\n"
              f"                       token in {settings.var_dir / 'keys' / 'staff'}/<service>.token)\n"
              + stack.topology() +
              f"  Logs:                {settings.var_dir / 'log'}\n"
              "Press Ctrl-C to stop.", flush=True)
        while True:
            time.sleep(1)
            stopped = [name for name, process in stack.processes.items() if process.poll() is not None]
            left = [name for name in stopped if name not in stack.recover(stopped)]
            if left:  # stopping too often to be started again: a person is needed
                print(f"Stopped unexpectedly: {', '.join(left)}. See the logs.", file=sys.stderr)
                return 1
    except StartupError as error:
        print(f"Could not start: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nStopping...", flush=True)
        return 0
    finally:
        stack.stop()
        print("Stopped.", flush=True)
