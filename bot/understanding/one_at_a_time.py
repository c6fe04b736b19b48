"""One lock for what reads with spaCy in a process: the structurer and the safeguarding detector share spaCy's
vocabulary, which is not safe to change from two threads at once, and the servers now run them in threads (a long
message is read while others are answered: bot/rasa/listening.py, actions/actions.py). Re-entrant: the structurer
asks the detector while it holds it. The event loop stays free; only readings wait for each other."""
from __future__ import annotations

import functools
import threading
from typing import Callable, ParamSpec, TypeVar

LOCK = threading.RLock()
P = ParamSpec("P")
R = TypeVar("R")


def one_at_a_time(read: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(read)
    def held(*args: P.args, **kwargs: P.kwargs) -> R:
        with LOCK:
            return read(*args, **kwargs)
    return held
