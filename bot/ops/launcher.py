"""`python -m bot run [--production]`: start everything, print the chat address, stop on Ctrl-C.

One launcher per var dir. The processes, their supervision and the embedded mode are `Stack`
(bot/ops/stack.py); the production mode is `ProductionStack` (bot/ops/production.py).
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path
from types import FrameType
from typing import TextIO

from bot.ops.errors import StartupError
from bot.ops.ports import chosen_ports
from bot.ops.production import production_stack
from bot.ops.runtime import PRIVATE_UMASK
from bot.ops.stack import Stack
from bot.settings import SettingsError, load_settings


def hold_lock(var_dir: Path) -> TextIO | None:
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


def main(args: argparse.Namespace) -> int:
    os.umask(PRIVATE_UMASK)  # var/ and its logs (ours, and those nginx writes) are the operator's alone
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"Could not start: {error}", file=sys.stderr)
        return 1
    lock = hold_lock(settings.var_dir)
    if lock is None:
        print(f"The assistant is already running from {settings.var_dir}. Stop it first (Ctrl-C in "
              "its terminal).", file=sys.stderr)
        return 1
    try:
        if getattr(args, "production", False):
            production = production_stack(settings, args.host)
            production.refuse_unsafe()  # before anything starts
            stack: Stack = production
        else:
            stack = Stack(var_dir=settings.var_dir, ports=chosen_ports(args.host, settings.ports), host=args.host)
    except (StartupError, SettingsError) as error:
        print(f"Could not start: {error}", file=sys.stderr)
        return 1
    print("Starting the assistant (Rasa takes about a minute to load)...", flush=True)
    started = time.monotonic()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
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
    except (StartupError, SettingsError) as error:
        print(f"Could not start: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nStopping...", flush=True)
        return 0
    finally:
        stack.stop()
        print("Stopped.", flush=True)
