"""What a longest message costs everyone else: while one person's story message of MAX_MESSAGE_CHARS characters is
being read (the safeguarding check, Rasa, the structurer), another person says "hello" and then tells one line of
their story; prints how long the longest message took and how long the others waited, through the running stack
over REST (embedded mode). A stranger (session 18) sent 100,000 characters and every other reply waited about a
minute; since session 19 a message is at most 20,000 characters, and the detector and the structurer run in
threads so the servers go on answering meanwhile. Figures, not a timed test.

    .venv/bin/python benchmarks/long_message_wait.py [--rounds 3]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.throwaway import our_stack  # noqa: E402
from bot.settings import MAX_MESSAGE_CHARS  # noqa: E402

LONG = ("My mum has arthritis in her knees and lives on the second floor. I help her with shopping and she takes "
        "paracetamol. ")


def post(webhook: str, sender: str, message: str) -> float:
    began = time.perf_counter()
    response = requests.post(webhook, json={"sender": sender, "message": message}, timeout=600)
    response.raise_for_status()
    return time.perf_counter() - began


def one_round(webhook: str) -> tuple[float, list[float]]:
    long_sender, other = f"long-{uuid.uuid4().hex[:10]}", f"other-{uuid.uuid4().hex[:10]}"
    post(webhook, long_sender, "hello")
    post(webhook, long_sender, "/tell_about_me")
    post(webhook, other, "hi")  # the other conversation is open before the long message
    took: list[float] = []
    reader = threading.Thread(target=lambda: took.append(post(webhook, long_sender, (LONG * 2000)[:MAX_MESSAGE_CHARS])))
    reader.start()
    time.sleep(0.3)  # the long message is being read
    waits = [post(webhook, other, "/tell_about_me"), post(webhook, other, "I have asthma.")]
    reader.join()
    return took[0], waits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with our_stack(False, "tell-long") as stack:
        stack.start()
        webhook = stack.url("rasa") + "/webhooks/rest/webhook"
        one_round(webhook)  # warm-up
        print(f"A story message of {MAX_MESSAGE_CHARS:,} characters, and another person's two messages sent 0.3 s "
              "after it (embedded mode, REST):")
        longs, waits = [], []
        for number in range(1, args.rounds + 1):
            took, waited = one_round(webhook)
            longs.append(took)
            waits.extend(waited)
            print(f"  round {number}: the long message {took:5.2f} s; the other's replies "
                  + ", ".join(f"{w:5.2f} s" for w in waited), flush=True)
        print(f"  median: the long message {statistics.median(longs):.2f} s, the other's replies "
              f"{statistics.median(waits):.2f} s (max {max(waits):.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
