"""How long the reply readers take on the longest message a channel lets through (100,000 characters,
bot.settings.MAX_MESSAGE_CHARS), shaped as the slow cases found were: a reader that tried every prefix of a
long reply took a minute for "wife, a a a …" at the read-back (a second read, 2026-12-03). Prints seconds a
context; no threshold is asserted (figures, not a timed test).

    .venv/bin/python benchmarks/long_replies.py
"""
from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.conversation.meaning import CONTEXTS, understand  # noqa: E402
from bot.settings import MAX_MESSAGE_CHARS  # noqa: E402

SHAPES = {"words": "a ", "kin": "my mum ", "yes then words": None, "no punctuation": "x"}


def text(shape: str) -> str:
    if shape == "yes then words":
        return ("yes " + "she is fine " * MAX_MESSAGE_CHARS)[:MAX_MESSAGE_CHARS]
    return ("wife, " + SHAPES[shape] * MAX_MESSAGE_CHARS)[:MAX_MESSAGE_CHARS]


def main() -> None:
    print(f"{'context':22} " + " ".join(f"{shape:>16}" for shape in SHAPES))
    for context in CONTEXTS:
        took = []
        for shape in SHAPES:
            started = time.perf_counter()
            understand(context, text(shape), offered=["health", "medications", "home"] if context == "consent" else None,
                       today=date(2026, 12, 3))
            took.append(time.perf_counter() - started)
        print(f"{context:22} " + " ".join(f"{t:15.2f}s" for t in took), flush=True)


if __name__ == "__main__":
    main()
