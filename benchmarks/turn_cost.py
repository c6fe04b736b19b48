"""Turn cost as a conversation grows: one person tells a long story in many short messages (as by
SMS) over Rasa's REST webhook, through the running stack; prints the median reply time of story
messages 1-10 and of messages 110-120, and their ratio (the target is at most 1.5: a save appends
the turn's events instead of sealing the whole history again).

Usage (`make bench` runs it with the defaults):
  .venv/bin/python benchmarks/turn_cost.py [--messages 120] [--conversations 3] [--production]
--production runs our side as `make run-prod` does (PostgreSQL in a throwaway schema, Redis, nginx).
Each conversation's medians are printed, then the medians over all of them; and, as reply times on a
machine shared with other work vary by 2x, the CPU time the Rasa and action servers spent on the
same messages (from /proc, mean per message), which varies much less.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.throwaway import PostgresNotAnswering, our_stack  # noqa: E402

# Short messages of an ordinary story, said one at a time; none of them is a safeguarding concern
# or an ending ("that's all"), so every one is a plain story turn.
PARTS = [
    "My name is Margaret and I am 78.",
    "I have type 2 diabetes.",
    "I also have high blood pressure.",
    "I take metformin 500mg twice a day.",
    "I live on the third floor of a block of flats.",
    "The lift is often broken.",
    "I use a walking frame indoors.",
    "My daughter visits on Sundays.",
    "I like doing the crossword in the morning.",
    "I want to get to the shops on my own.",
    "My cat Biscuit matters a lot to me.",
    "I see the practice nurse every three months.",
]
FIRST, LATE = range(1, 11), range(110, 121)  # story messages compared (1-based)


def post(session: requests.Session, webhook: str, sender: str, message: str,
         headers: dict[str, str] | None = None) -> tuple[float, str]:
    began = time.perf_counter()
    response = session.post(webhook, json={"sender": sender, "message": message}, headers=headers, timeout=300)
    elapsed = (time.perf_counter() - began) * 1000
    response.raise_for_status()
    return elapsed, "\n".join(reply.get("text", "") for reply in response.json())


def cpu_ms(pids: list[int]) -> float:
    """User and system CPU time (ms) these processes have used so far, every thread included."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total * 1000 / os.sysconf("SC_CLK_TCK")


def one_conversation(webhook: str, messages: int, headers: dict[str, str] | None = None,
                     servers: list[int] = ()) -> tuple[list[float], list[float]]:
    """The reply time (ms) of each story message, in order, and the CPU time (ms) the `servers` spent
    on each. Every story message must get the reply the first one got (the story goes on): a
    conversation that lost its way measures nothing. `headers`: what the REST webhook needs besides
    the message (the production mode's token)."""
    sender = f"turn-cost-{uuid.uuid4().hex[:12]}"
    times, cpu, first_reply = [], [], None
    with requests.Session() as session:
        post(session, webhook, sender, "hello", headers)
        post(session, webhook, sender, "/tell_about_me", headers)
        for n in range(messages):
            cpu_before = cpu_ms(servers)
            elapsed, reply = post(session, webhook, sender, PARTS[n % len(PARTS)], headers)
            cpu.append(cpu_ms(servers) - cpu_before)
            first_reply = first_reply or reply
            if not reply or reply != first_reply:
                raise RuntimeError(f"story message {n + 1} did not get the story reply: the conversation lost its way")
            times.append(elapsed)
    return times, cpu


def medians(times: list[float]) -> tuple[float, float]:
    return (statistics.median(times[n - 1] for n in FIRST), statistics.median(times[n - 1] for n in LATE))


def means(cpu: list[float]) -> tuple[float, float]:  # CPU ticks are 10 ms: a mean over the messages
    return (statistics.mean(cpu[n - 1] for n in FIRST), statistics.mean(cpu[n - 1] for n in LATE))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=120)
    parser.add_argument("--conversations", type=int, default=3)
    parser.add_argument("--production", action="store_true")
    args = parser.parse_args()
    if args.messages < LATE[-1]:
        parser.error(f"--messages must be at least {LATE[-1]}")

    with contextlib.ExitStack() as cleanup:
        try:
            stack = cleanup.enter_context(our_stack(args.production, "tell-turns"))
        except PostgresNotAnswering as problem:
            sys.exit(str(problem))
        stack.start()
        webhook, headers = stack.url("rasa") + "/webhooks/rest/webhook", stack.rest_headers()
        servers = [process.pid for name, process in stack.processes.items() if name.startswith(("rasa", "actions"))]
        one_conversation(webhook, 12, headers)  # warm-up: the first turns of a fresh server load what they need
        mode = "production" if args.production else "embedded"
        print(f"Turn cost, {mode} mode: story messages in one conversation over REST, "
              f"{args.conversations} conversations of {args.messages} messages, one at a time")
        firsts, lates, cpu_firsts, cpu_lates = [], [], [], []
        for number in range(1, args.conversations + 1):
            times, cpu = one_conversation(webhook, args.messages, headers, servers)
            first, late = medians(times)
            cpu_first, cpu_late = means(cpu)
            firsts.append(first)
            lates.append(late)
            cpu_firsts.append(cpu_first)
            cpu_lates.append(cpu_late)
            print(f"  conversation {number}: median of messages 1-10 {first:6.1f} ms, "
                  f"110-120 {late:6.1f} ms, ratio {late / first:.2f}; servers' CPU per message "
                  f"{cpu_first:5.1f} / {cpu_late:5.1f} ms, ratio {cpu_late / cpu_first:.2f}", flush=True)
        first, late = statistics.median(firsts), statistics.median(lates)
        cpu_first, cpu_late = statistics.median(cpu_firsts), statistics.median(cpu_lates)
        print(f"  median over the conversations: 1-10 {first:.1f} ms, 110-120 {late:.1f} ms, "
              f"ratio {late / first:.2f} (target at most 1.5); servers' CPU per message "
              f"{cpu_first:.1f} / {cpu_late:.1f} ms, ratio {cpu_late / cpu_first:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
