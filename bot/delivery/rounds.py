"""Working in rounds until told to stop: the outbox worker and the status notifier share it."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable


def run_rounds(run_once: Callable[[], object], stop: threading.Event, idle_wait: float, log: logging.Logger,
               what: str) -> None:
    """Call `run_once` until `stop` is set; wait `idle_wait` seconds after a round with nothing to do.
    A round that fails is logged (no message text reaches a log: see bot/rasa/quiet_logs.py) and the
    next one comes shortly: a database hiccup must not end the process's work."""
    while not stop.is_set():
        try:
            busy = bool(run_once())
        except Exception:  # noqa: BLE001 - any failure of one round is retried, never fatal
            log.exception("%s round failed; trying again shortly", what)
            busy = False
        if not busy:
            stop.wait(idle_wait)
