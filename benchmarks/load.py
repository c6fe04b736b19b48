"""Load: N concurrent scripted conversations over Rasa's REST webhook, against a plain Rasa bot made
by `rasa init` (same Rasa version, in memory, no action server) and against our assistant, in one run.

For each number of concurrent conversations (default 1, 10, 50) it prints, per system, the messages
per second and the p50/p95/p99 reply time, and the ratio of our median to plain Rasa's, over the
turns that structure nothing (greeting, choosing, a story message, a service's question) and over
all turns, how evenly the people waited (the lowest and highest of each person's median), and each
of our processes' CPU time per message. Then
the structuring turn ("that's all" after a 500-word story told in several messages), one
conversation at a time; then each process's resident memory at rest, at the peak
of the load and after it. Our whole journey per conversation: greeting, story, read-back section
by section, PIN twice, a service's questions, consent, pre-fill and delivery.

Usage (`make bench` runs it with the defaults):
  .venv/bin/python benchmarks/load.py [--levels 1,10,50] [--messages 400] [--production]
                                      [--soak SECONDS] [--profile]
--production runs our side as `make run-prod` does (2 Rasa + 2 action servers behind nginx,
PostgreSQL, Redis). --soak keeps 10 conversations going for SECONDS and prints every process's
memory each minute. --profile [LEVEL] samples the action server and a Rasa server with py-spy during
that level (10) and prints where their time goes; the samples stay in var/bench/profile-*.txt.

The plain bot is made once under var/bench/plain-rasa (`rasa init --no-prompt` trains it, about
two minutes) and reused.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.structuring import percentile, story_of  # noqa: E402
from benchmarks.throwaway import PostgresNotAnswering, our_stack  # noqa: E402
from bot.ops.ports import free_port  # noqa: E402
from bot.understanding.structuring.gold import load_gold  # noqa: E402

BIN = Path(sys.executable).parent
PLAIN_DIR = ROOT / "var" / "bench" / "plain-rasa"
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3",
       "MPLCONFIGDIR": str(ROOT / "var" / "cache" / "matplotlib")}

# The mood bot of `rasa init`: greet, unhappy (a picture and "did that help?"), affirm, bot challenge, goodbye.
PLAIN_SCRIPT = ["hello", "I am feeling very sad today", "yes", "are you a bot?", "goodbye"]

STORY = ("My name is Margaret and I'm 78. I have type 2 diabetes and high blood pressure. I take "
         "metformin 500mg twice a day. I live alone on the third floor and the lift is often broken. "
         "I can't manage the stairs and I use a walking frame. I want to get to the shops on my own. "
         "My cat matters to me.")
ANSWERS = {"date of birth": "14 February 1947", "phone number": "07700 900461", "in hospital": "No",
           "full name": "Ann Example", "allergies": "none"}
# Turns that structure nothing: what the comparison with plain Rasa is about.
PLAIN_LIKE = {"greeting", "choice", "story message", "service question"}
LAST_TURN = "consent + pre-fill + delivery"


def next_turn(turn: str, reply: str) -> tuple[str, str] | None:
    """What the scripted person says next (the kind of turn, the message), from the last reply."""
    if turn == "":
        return "greeting", "hello"
    if turn == "greeting":
        return "choice", "/tell_about_me"
    if turn == "choice":
        return "story message", STORY
    if turn == "story message":
        return "structure + first section", "that's all"
    if "Is this right about" in reply:
        return "read-back section", "yes"
    if "choose a PIN" in reply or "same PIN again" in reply:
        return "PIN (scrypt)", "3917"
    if "These services could use it" in reply:
        return "choose service", '/choose_service{"service_id":"gp-practice"}'
    if "Do you agree to share this?" in reply:
        return LAST_TURN, "yes"
    topic = next((t for t in ANSWERS if t in reply), None)
    return ("service question", ANSWERS[topic]) if topic else None


def post(session: requests.Session, webhook: str, sender: str, message: str) -> tuple[float, str]:
    began = time.perf_counter()
    response = session.post(webhook, json={"sender": sender, "message": message}, timeout=300)
    elapsed = (time.perf_counter() - began) * 1000
    response.raise_for_status()
    return elapsed, "\n".join(reply.get("text", "") for reply in response.json())


def plain_conversation(session, webhook, sender, record) -> None:
    for message in PLAIN_SCRIPT:
        record("plain turn", post(session, webhook, sender, message)[0])


def our_conversation(session, webhook, sender, record) -> None:
    turn, text = "", ""
    while turn != LAST_TURN and (step := next_turn(turn, text)) is not None:
        turn, message = step
        elapsed, text = post(session, webhook, sender, message)
        record(turn, elapsed)
    if turn != LAST_TURN:
        raise RuntimeError(f"the script lost its way after a {turn!r} turn")


@dataclass
class Level:
    concurrency: int
    seconds: float = 0.0
    by_turn: dict[str, list[float]] = field(default_factory=dict)
    by_person: dict[int, list[float]] = field(default_factory=dict)
    errors: Counter = field(default_factory=Counter)
    cpu: dict[str, float] = field(default_factory=dict)  # each process's CPU seconds during the level
    stolen: float = 0.0  # the share of this machine's CPU time its host gave to others meanwhile

    def times(self, kinds: set[str] | None = None) -> list[float]:
        return [ms for kind, values in self.by_turn.items() if kinds is None or kind in kinds for ms in values]

    @property
    def rate(self) -> float:
        return len(self.times()) / self.seconds if self.seconds else 0.0


def run_level(webhook: str, concurrency: int, messages: int, conversation: Callable, name: str,
              headers: dict[str, str] | None = None) -> Level:
    """`concurrency` people at once, each starting conversation after conversation until `messages`
    replies have come back in all (a conversation once started is finished)."""
    level, lock = Level(concurrency), threading.Lock()
    run = uuid.uuid4().hex[:8]

    def record(kind: str, ms: float) -> None:
        with lock:
            level.by_turn.setdefault(kind, []).append(ms)

    def person(number: int) -> None:
        mine = level.by_person.setdefault(number, [])

        def record_mine(kind: str, ms: float) -> None:
            record(kind, ms)
            mine.append(ms)

        with requests.Session() as session:
            session.headers.update(headers or {})  # the production mode's REST token
            count = 0
            while len(level.times()) < messages:
                try:
                    conversation(session, webhook, f"{name}-{run}-{concurrency}-{number}-{count}", record_mine)
                except (requests.RequestException, RuntimeError) as error:
                    with lock:
                        level.errors[type(error).__name__] += 1
                    if sum(level.errors.values()) > 20:
                        return
                count += 1

    threads = [threading.Thread(target=person, args=(n,)) for n in range(concurrency)]
    began, cpu_before = time.perf_counter(), machine_cpu()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    level.seconds = time.perf_counter() - began
    (total, stolen), (total_before, stolen_before) = machine_cpu(), cpu_before
    level.stolen = (stolen - stolen_before) / max(total - total_before, 1)
    return level


# --- processes: their memory and CPU time ------------------------------------------------------

def machine_cpu() -> tuple[int, int]:
    """This machine's CPU time so far, in ticks: (all of it, what a virtual machine's host took
    for others: "steal"). Figures from a level with much stolen time are slow for that reason."""
    try:
        ticks = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    except (OSError, ValueError):
        return 0, 0
    return sum(ticks), ticks[7] if len(ticks) > 7 else 0


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
        todo.extend(children.get(current, []))
    return total / 1024


class MemoryWatch:
    """Samples every process's resident memory each second while running; keeps the peak."""

    def __init__(self, processes: dict[str, int]):
        self.processes, self.peak = processes, dict.fromkeys(processes, 0.0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def now(self) -> dict[str, float]:
        return {name: rss_mb(pid) for name, pid in self.processes.items()}

    def _sample(self) -> None:
        while not self._stop.wait(1.0):
            for name, mb in self.now().items():
                self.peak[name] = max(self.peak[name], mb)

    def __enter__(self) -> "MemoryWatch":
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._thread.join()


class PlainRasa:
    """The bot `rasa init` makes, trained once and kept under var/bench/plain-rasa."""

    def __init__(self) -> None:
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def webhook(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhooks/rest/webhook"

    def model(self) -> Path:
        models = sorted((PLAIN_DIR / "models").glob("*.tar.gz"))
        if not models:
            print("Making the plain bot with `rasa init --no-prompt` (trains it; once)...", flush=True)
            PLAIN_DIR.mkdir(parents=True, exist_ok=True)
            began = time.perf_counter()
            subprocess.run([str(BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(PLAIN_DIR)], cwd=PLAIN_DIR,
                           env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(f"  trained in {time.perf_counter() - began:.0f} s", flush=True)
            models = sorted((PLAIN_DIR / "models").glob("*.tar.gz"))
        return models[-1]

    def start(self) -> None:
        model = self.model()
        log = open(PLAIN_DIR / "rasa.log", "ab")
        self.process = subprocess.Popen(
            [str(BIN / "rasa"), "run", "--model", str(model), "--port", str(self.port), "--interface", "127.0.0.1",
             "--credentials", str(PLAIN_DIR / "credentials.yml")],
            cwd=PLAIN_DIR, env=ENV, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the plain Rasa bot stopped; see {PLAIN_DIR / 'rasa.log'}")
            try:
                if requests.get(f"http://127.0.0.1:{self.port}/webhooks/rest/", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.5)
        raise RuntimeError("the plain Rasa bot did not start in 4 minutes")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


# --- printing ------------------------------------------------------------------------------------

def summary(values: list[float]) -> str:
    if not values:
        return "no replies"
    return (f"p50 {statistics.median(values):6.0f}  p95 {percentile(values, 0.95):6.0f}  "
            f"p99 {percentile(values, 0.99):6.0f}  mean {statistics.fmean(values):6.0f} ms")


def print_levels(plain: dict[int, Level], ours: dict[int, Level]) -> None:
    print("\nReply time over REST (all turns unless said), per number of concurrent conversations")
    for concurrency in ours:
        p, o = plain.get(concurrency), ours[concurrency]
        ours_like = o.times(PLAIN_LIKE)
        print(f"\n{concurrency} at once:")
        print("  CPU time the host took (steal): " + ", ".join(
            f"{label} {100 * level.stolen:.1f}%" for label, level in (("plain", p), ("ours", o)) if level))
        if p:
            print(f"  plain rasa init bot : {len(p.times()):5d} msgs {p.rate:6.1f} msg/s  {summary(p.times())}")
        print(f"  ours, all turns     : {len(o.times()):5d} msgs {o.rate:6.1f} msg/s  {summary(o.times())}")
        print(f"  ours, no structuring: {len(ours_like):5d} msgs {'':12s}  {summary(ours_like)}")
        if p:
            print(f"  ratio of medians, no structuring: "
                  f"{statistics.median(ours_like) / statistics.median(p.times()):.2f}"
                  f"   all turns: {statistics.median(o.times()) / statistics.median(p.times()):.2f}"
                  f"   msg/s plain/ours: {p.rate / o.rate:.2f}")
            print(f"  ratio of means, no structuring: "
                  f"{statistics.fmean(ours_like) / statistics.fmean(p.times()):.2f}"
                  f"   all turns: {statistics.fmean(o.times()) / statistics.fmean(p.times()):.2f}")
        for label, level in (("plain", p), ("ours", o)):
            medians = sorted(statistics.median(v) for v in level.by_person.values() if v) if level else []
            if len(medians) > 1:  # how evenly the people waited: an unfair server's median flatters it
                print(f"  {label}: each person's median reply, lowest {medians[0]:.0f} ms, "
                      f"highest {medians[-1]:.0f} ms")
        if o.cpu and o.times():
            print("  ours, CPU per message (ms): " + ", ".join(
                f"{name} {1000 * seconds / len(o.times()):.1f}" for name, seconds in o.cpu.items() if seconds > 0))
        for kind, values in o.by_turn.items():
            print(f"      {kind:30s} {len(values):5d}  {summary(values)}")
        for level in (p, o):
            if level and level.errors:
                print(f"  errors: {dict(level.errors)}")


def structuring_turn(webhook: str, runs: int, words: int) -> list[float]:
    """One conversation at a time: a story of `words` words in several messages, then "that's all"."""
    parts = story_of(words, load_gold())
    times = []
    with requests.Session() as session:
        for run in range(runs):
            sender = f"structuring-{uuid.uuid4().hex[:8]}-{run}"
            post(session, webhook, sender, "hello")
            post(session, webhook, sender, "/tell_about_me")
            for part in parts:
                post(session, webhook, sender, part)
            elapsed, reply = post(session, webhook, sender, "that's all")
            if "Is this right about" not in reply and "What would you like" not in reply and "What matters" not in reply:
                raise RuntimeError("the 500-word story did not reach its read-back")
            times.append(elapsed)
    return times


# --- profiling -----------------------------------------------------------------------------------

def start_profile(pid: int, seconds: int, out: Path) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "py-spy"), "record", "--pid", str(pid), "--duration", str(seconds),
                             "--rate", "200", "--format", "raw", "--output", str(out), "--nonblocking"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def print_profile(path: Path, title: str, top: int = 15) -> None:
    """Collapsed stacks -> the functions (ours, Rasa's, the libraries') holding the most samples."""
    inclusive: Counter = Counter()
    total = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        samples = int(count)
        frames = stack.split(";")
        if any("select" in frame and "selectors" in frame for frame in frames[-2:]) or "epoll" in frames[-1]:
            continue  # waiting for work, not doing it
        total += samples
        for frame in set(frames):
            inclusive[frame] += samples
    print(f"\n{title}: {total} busy samples; functions by share of them")
    shown = 0
    for frame, samples in inclusive.most_common():
        name = frame.split(" (")[0]
        if name in {"<module>", "run", "_run", "run_forever", "_run_once", "main", "<lambda>"}:
            continue
        print(f"  {100 * samples / max(total, 1):5.1f}%  {frame[:110]}")
        shown += 1
        if shown == top:
            break


# --- main ----------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--levels", default="1,10,50")
    parser.add_argument("--messages", type=int, default=400, help="replies per level and system (at least)")
    parser.add_argument("--production", action="store_true")
    parser.add_argument("--soak", type=float, default=0, help="seconds of steady load after the levels")
    parser.add_argument("--profile", type=int, nargs="?", const=10, default=0, metavar="LEVEL",
                        help="sample the servers with py-spy during this level (10 if not given)")
    parser.add_argument("--structuring-runs", type=int, default=20)
    parser.add_argument("--no-plain", action="store_true", help="our assistant only (while tuning it)")
    args = parser.parse_args()
    levels = [int(n) for n in args.levels.split(",")]

    plain_levels: dict[int, Level] = {}
    plain_rest, plain_peak = {}, {}
    if not args.no_plain:
        plain = PlainRasa()
        plain.start()
        try:
            run_level(plain.webhook, 1, 20, plain_conversation, "warm")
            with MemoryWatch({"plain rasa": plain.process.pid}) as plain_memory:
                plain_rest = plain_memory.now()
                for concurrency in levels:
                    plain_levels[concurrency] = run_level(plain.webhook, concurrency, args.messages,
                                                          plain_conversation, "plain")
            plain_peak = plain_memory.peak
        finally:
            plain.stop()

    with contextlib.ExitStack() as cleanup:
        try:  # production: a throwaway PostgreSQL schema, and a Redis database of its own
            stack = cleanup.enter_context(our_stack(args.production, "tell-bench"))
        except PostgresNotAnswering as problem:
            sys.exit(str(problem))
        began = time.perf_counter()
        stack.start()
        print(f"our stack ({'production' if args.production else 'embedded'}) ready in "
              f"{time.perf_counter() - began:.0f} s", flush=True)
        webhook = stack.url("rasa") + "/webhooks/rest/webhook"
        our_levels: dict[int, Level] = {}
        processes = {name: process.pid for name, process in stack.processes.items()}
        try:
            run_level(webhook, 1, 40, our_conversation, "warm", stack.rest_headers())
            with MemoryWatch(processes) as memory:
                at_rest = memory.now()
                for concurrency in levels:
                    profiles = []
                    if args.profile == concurrency:
                        for name in ("actions", "rasa", "actions-1", "rasa-1"):
                            if name in processes:
                                out = ROOT / "var" / "bench" / f"profile-{name}.txt"
                                profiles.append((name, out, start_profile(processes[name], 30, out)))
                    cpu_before = {name: cpu_seconds(pid) for name, pid in processes.items()}
                    level = our_levels[concurrency] = run_level(webhook, concurrency, args.messages,
                                                                our_conversation, "ours", stack.rest_headers())
                    level.cpu = {name: cpu_seconds(pid) - cpu_before[name] for name, pid in processes.items()}
                    for name, out, profiler in profiles:
                        profiler.wait()
                        print_profile(out, f"py-spy, {name}, {concurrency} at once")
                after = memory.now()
                structuring = structuring_turn(webhook, args.structuring_runs, 500)
            print_levels(plain_levels, our_levels)
            print(f"\nStructuring turn, 500-word story in {len(story_of(500, load_gold()))} messages, then "
                  f"\"that's all\", one conversation at a time ({len(structuring)} runs): {summary(structuring)}")
            print("\nResident memory (MB, with child processes)      at rest   peak under load   after")
            if plain_rest:
                print(f"  {'plain rasa':40s} {plain_rest['plain rasa']:8.0f} {plain_peak['plain rasa']:14.0f}")
            for name in processes:
                print(f"  {name:40s} {at_rest[name]:8.0f} {memory.peak[name]:14.0f} {after[name]:11.0f}")
            if args.soak:
                soak(webhook, processes, args.soak)
        finally:
            stack.stop()
    return 0


def soak(webhook: str, processes: dict[str, int], seconds: float) -> None:
    """10 conversations at once for `seconds`; every process's memory each minute."""
    print(f"\nSoak: 10 conversations at once for {seconds:.0f} s; resident memory (MB) each minute")
    names = list(processes)
    print("  minute  msgs " + " ".join(f"{name[:12]:>12s}" for name in names))
    done = threading.Event()
    counts = Counter()

    def person(number: int) -> None:
        with requests.Session() as session:
            n = 0
            while not done.is_set():
                try:
                    our_conversation(session, webhook, f"soak-{uuid.uuid4().hex[:8]}-{number}-{n}",
                                     lambda kind, ms: counts.update(["messages"]))
                except (requests.RequestException, RuntimeError):
                    counts.update(["errors"])
                n += 1

    threads = [threading.Thread(target=person, args=(n,), daemon=True) for n in range(10)]
    for thread in threads:
        thread.start()
    began, rows = time.monotonic(), []
    while (elapsed := time.monotonic() - began) < seconds:
        time.sleep(min(60, seconds - elapsed))
        row = {name: rss_mb(pid) for name, pid in processes.items()}
        rows.append(row)
        print(f"  {len(rows):6d} {counts['messages']:5d} " + " ".join(f"{row[n]:12.0f}" for n in names), flush=True)
    done.set()
    for thread in threads:
        thread.join(timeout=120)
    if len(rows) >= 2:
        growth = {name: rows[-1][name] - rows[0][name] for name in names}
        print("  growth from the first minute to the last (MB): "
              + ", ".join(f"{name} {mb:+.0f}" for name, mb in growth.items()))
    print(f"  messages {counts['messages']}, errors {counts['errors']}")


if __name__ == "__main__":
    sys.exit(main())
