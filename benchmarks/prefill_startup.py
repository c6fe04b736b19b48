"""How long `python -m bot prefill` takes, start to finish, as a person at a terminal runs it.

Three ways in: a form of its own (a Questionnaire file) with a profile on stdin (as
`python -m bot structure` prints it), a service's form with that profile, and a form of its own with
the story itself on stdin (which structures it: spaCy, the lexicons, the safeguarding detector).
Prints the median and slowest of RUNS runs of each, the median CPU time (user + system, which other
work on a busy machine moves less), the heavy libraries each imported, the load average (on a busy
machine every figure is slower), and whether the safeguarding classifier's fit cached at `make train`
is current (then it is read as numpy arrays, without scikit-learn or scipy): when the corpus or its
code changed since, every start that structures a story imports scikit-learn and fits it again
(about two seconds), until `make train` runs. Heavy imports listed: those a story's start should
not need (dateparser only for a date of birth in an unusual form); then the slowest imports of one
run, each with everything it imported (`-X importtime`, slower than a plain run).

Usage: `.venv/bin/python benchmarks/prefill_startup.py [RUNS]`.
"""
from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORM = ROOT / "tests" / "bot" / "intake" / "forms" / "medical-history.json"
STORY = ("My name is Joan Smith and I was born on 3 March 1946. I have type 2 diabetes and COPD. I take "
         "metformin 500mg twice a day. I'm allergic to penicillin. I gave up smoking ten years ago.")
HEAVY = ("spacy", "rasa", "tensorflow", "torch", "sklearn", "scipy", "dateparser", "h5py", "typer")


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run(args: list[str], stdin: str, importtime: bool = False) -> tuple[float, float, str]:
    """Wall-clock seconds, CPU seconds, and what the command wrote to stderr."""
    command = [sys.executable, *(["-X", "importtime"] if importtime else []), "-m", "bot", "prefill", *args]
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    cpu, started = _children_cpu(), time.perf_counter()
    done = subprocess.run(command, input=stdin.encode(), capture_output=True, cwd=ROOT, env=env, check=True)
    return time.perf_counter() - started, _children_cpu() - cpu, done.stderr.decode(errors="replace")


def safeguarding_fit() -> str:
    """Whether the classifier's cached fit (models/safeguarding.pkl, `make train`) is the current one."""
    import pickle

    sys.path.insert(0, str(ROOT))
    for unused in ("tensorflow", "torch"):
        sys.modules.setdefault(unused, None)  # type: ignore[arg-type]  # as bot/__main__.py blocks them
    from bot.understanding.safeguarding import _plain, corpus  # noqa: F401 - the fit's own inputs
    from bot.understanding.safeguarding.classifier import FITTED, fingerprint

    try:
        with FITTED.open("rb") as stored:
            key = pickle.load(stored)[0]  # noqa: S301 - our own file, written at `make train`
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError, TypeError,
            IndexError):
        return "no cached fit: each story start fits it (run `make train`)"
    current = fingerprint(corpus.tuning() + corpus.ordinary() + corpus.conversation_replies())
    return "cached fit is current" if key == current else \
        "cached fit is stale (corpus or code changed): each story start fits it again until `make train`"


def slowest_imports(importtime: str, shown: int = 6) -> str:
    """The imports that took longest, each with all it imported (`-X importtime`'s cumulative
    microseconds), counting only the outermost import of each package, as seconds."""
    found: dict[str, int] = {}
    for line in importtime.splitlines():
        parts = line.split("|")
        if not line.startswith("import time:") or len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        module = parts[2].rstrip()
        depth = (len(module) - len(module.lstrip())) // 2
        if depth == 0:  # imported by the command itself, not by another import
            found[module.strip()] = found.get(module.strip(), 0) + int(parts[1])
    top = sorted(found.items(), key=lambda kv: -kv[1])[:shown]
    return ", ".join(f"{name} {micro / 1e6:.2f} s" for name, micro in top) or "none"


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    profile = subprocess.run([sys.executable, "-m", "bot", "structure"], input=STORY.encode(), capture_output=True,
                             cwd=ROOT, env=env, check=True).stdout.decode()
    ways = [("a form file, a profile on stdin", [str(FORM)], profile),
            ("a service's form, a profile on stdin", ["gp-practice"], profile),
            ("a form file, the story on stdin", [str(FORM)], STORY)]
    print(f"python -m bot prefill, start to finish ({runs} runs each; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores; safeguarding classifier: {safeguarding_fit()}):")
    for name, args, stdin in ways:
        measured = [run(args, stdin)[:2] for _ in range(runs)]
        times, cpu = [wall for wall, _ in measured], [used for _, used in measured]
        imported = run(args, stdin, importtime=True)[2]
        modules = set()  # a library blocked from loading (TensorFlow behind spaCy) shows in microseconds
        for line in imported.splitlines():
            if line.startswith("import time:") and line.count("|") == 2 and line.split("|")[1].strip().isdigit():
                if int(line.split("|")[1]) > 1000:
                    modules.add(line.rsplit("|", 1)[1].strip().split(".")[0])
        heavy = [h for h in HEAVY if h in modules] or ["none"]
        print(f"  {name:40} median {statistics.median(times):5.2f} s   slowest {max(times):5.2f} s   "
              f"CPU median {statistics.median(cpu):5.2f} s   heavy imports: {', '.join(heavy)}")
        print(f"  {'':40} slowest imports: {slowest_imports(imported)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
