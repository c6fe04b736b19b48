"""How long `python -m bot prefill` takes, start to finish, as a person at a terminal runs it.

Three ways in: a form of its own (a Questionnaire file) with a profile on stdin (as
`python -m bot structure` prints it), a service's form with that profile, and a form of its own with
the story itself on stdin (which structures it: spaCy, the lexicons, the safeguarding detector).
Prints the median and slowest of RUNS runs of each, the heavy libraries each imported, and the load
average (on a busy machine every figure is slower).

Usage: `.venv/bin/python benchmarks/prefill_startup.py [RUNS]`.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORM = ROOT / "tests" / "bot" / "intake" / "forms" / "medical-history.json"
STORY = ("My name is Joan Smith and I was born on 3 March 1946. I have type 2 diabetes and COPD. I take "
         "metformin 500mg twice a day. I'm allergic to penicillin. I gave up smoking ten years ago.")
HEAVY = ("spacy", "rasa", "tensorflow", "torch", "sklearn")


def run(args: list[str], stdin: str, importtime: bool = False) -> tuple[float, str]:
    command = [sys.executable, *(["-X", "importtime"] if importtime else []), "-m", "bot", "prefill", *args]
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    started = time.perf_counter()
    done = subprocess.run(command, input=stdin.encode(), capture_output=True, cwd=ROOT, env=env, check=True)
    return time.perf_counter() - started, done.stderr.decode(errors="replace")


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    profile = subprocess.run([sys.executable, "-m", "bot", "structure"], input=STORY.encode(), capture_output=True,
                             cwd=ROOT, env=env, check=True).stdout.decode()
    ways = [("a form file, a profile on stdin", [str(FORM)], profile),
            ("a service's form, a profile on stdin", ["gp-practice"], profile),
            ("a form file, the story on stdin", [str(FORM)], STORY)]
    print(f"python -m bot prefill, start to finish ({runs} runs each; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores):")
    for name, args, stdin in ways:
        times = [run(args, stdin)[0] for _ in range(runs)]
        imported = run(args, stdin, importtime=True)[1]
        modules = set()  # a library blocked from loading (TensorFlow behind spaCy) shows in microseconds
        for line in imported.splitlines():
            if line.startswith("import time:") and line.count("|") == 2 and line.split("|")[1].strip().isdigit():
                if int(line.split("|")[1]) > 1000:
                    modules.add(line.rsplit("|", 1)[1].strip().split(".")[0])
        heavy = [h for h in HEAVY if h in modules] or ["none"]
        print(f"  {name:40} median {statistics.median(times):5.2f} s   slowest {max(times):5.2f} s   "
              f"heavy imports: {', '.join(heavy)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
