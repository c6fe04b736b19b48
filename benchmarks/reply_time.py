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
         "I can't manage the stairs and I use a walking frame. I want to get to the shops on my own. "
         "My cat matters to me.")
ANSWERS = {"date of birth": "14 February 1947", "phone number": "07700 900461", "in hospital": "No",
           "full name": "Ann Example", "allergies": "none"}


def next_turn(turn: str, reply: str) -> tuple[str, str] | None:
    """What the scripted person says next (the kind of turn, the message), from the last reply."""
    if turn == "":
        return "greeting", "hello"
    if turn == "greeting":
        return "choice", "/tell_about_me"
    if turn == "choice":
        return "story", STORY
    if turn == "story":
        return "structure + first section", "that's all"
    if "Is this right about" in reply:
        return "read-back section (re-structure)", "yes"
    if "choose a PIN" in reply or "same PIN again" in reply:
        return "PIN (scrypt)", "2580"
    if "These services could use it" in reply:
        return "choose service", '/choose_service{"service_id":"gp-practice"}'
    if "Do you agree to share this?" in reply:
        return "consent + pre-fill + delivery", "yes"
    topic = next((t for t in ANSWERS if t in reply), None)
    return ("service question", ANSWERS[topic]) if topic else None


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
        by_turn: dict[str, list[float]] = {}
        try:
            requests.post(webhook, json={"sender": "warm-up", "message": "hello"}, timeout=60)
            for number in range(conversations):
                turn, text = "", ""
                while (step := next_turn(turn, text)) is not None and turn != "consent + pre-fill + delivery":
                    turn, message = step
                    began = time.perf_counter()
                    reply = requests.post(webhook, json={"sender": f"bench-{number}", "message": message},
                                          timeout=60)
                    by_turn.setdefault(turn, []).append((time.perf_counter() - began) * 1000)
                    reply.raise_for_status()
                    text = "\n".join(r.get("text", "") for r in reply.json())
                assert turn == "consent + pre-fill + delivery", f"the script lost its way after: {text[-200:]}"
        finally:
            stack.stop()
    every = [ms for values in by_turn.values() for ms in values]
    print(f"{conversations} conversations, {len(every)} replies, one conversation at a time")
    print(f"all turns: median {statistics.median(every):.0f} ms, p95 {percentile(every, 0.95):.0f} ms")
    for name, values in by_turn.items():
        print(f"  {name:32s} median {statistics.median(values):6.0f} ms   p95 {percentile(values, 0.95):6.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
