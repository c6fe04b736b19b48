"""Reply time of whole conversations over Rasa's REST webhook, against the real stack.

Starts everything with the launcher (free ports, a throwaway var dir), then runs CONVERSATIONS
scripted conversations one after another and prints the start-up time and the median and p95 reply
time, overall and per kind of turn. Usage: `make bench` or `.venv/bin/python benchmarks/reply_time.py [N]`.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.launcher import DEFAULT_PORTS, Stack, free_port  # noqa: E402

STORY = ("My name is Margaret and I'm 78. I have type 2 diabetes and high blood pressure. I take "
         "metformin 500mg twice a day. I live alone on the third floor and the lift is often broken. "
         "I can't manage the stairs and I use a walking frame. I want to get to the shops on my own.")
SCRIPT = [("greeting", "hello"), ("choice", "/tell_about_me"), ("story", STORY),
          ("structure + read-back", "that's all"), ("confirm + offers", "yes"),
          ("choose service", '/choose_service{"service_id":"gp-practice"}'),
          ("consent + pre-fill + delivery", "yes")]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(conversations: int) -> None:
    with tempfile.TemporaryDirectory() as var_dir:
        stack = Stack(var_dir=Path(var_dir), ports={name: free_port() for name in DEFAULT_PORTS})
        started = time.perf_counter()
        stack.start()
        print(f"start-up until every process answers: {time.perf_counter() - started:.1f} s")
        webhook = stack.url("rasa") + "/webhooks/rest/webhook"
        by_turn: dict[str, list[float]] = {name: [] for name, _ in SCRIPT}
        try:
            requests.post(webhook, json={"sender": "warm-up", "message": "hello"}, timeout=60)
            for number in range(conversations):
                for name, message in SCRIPT:
                    began = time.perf_counter()
                    reply = requests.post(webhook, json={"sender": f"bench-{number}", "message": message},
                                          timeout=60)
                    by_turn[name].append((time.perf_counter() - began) * 1000)
                    reply.raise_for_status()
        finally:
            stack.stop()
    every = [ms for values in by_turn.values() for ms in values]
    print(f"{conversations} conversations, {len(every)} replies, one conversation at a time")
    print(f"all turns: median {statistics.median(every):.0f} ms, p95 {percentile(every, 0.95):.0f} ms")
    for name, values in by_turn.items():
        print(f"  {name:32s} median {statistics.median(values):6.0f} ms   p95 {percentile(values, 0.95):6.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
