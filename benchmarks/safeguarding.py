"""Safeguarding detection: recall and false alarms per category, and time per message.

    .venv/bin/python benchmarks/safeguarding.py            # held-out figures (the ones to report)
    .venv/bin/python benchmarks/safeguarding.py --tuning   # also the tuning corpus, cross-validated
    .venv/bin/python benchmarks/safeguarding.py --tune     # the threshold trade-off on the tuning corpus
    .venv/bin/python benchmarks/safeguarding.py --misses   # print what was missed or falsely flagged

The detector is built from data/safeguarding/tuning.tsv only. data/safeguarding/heldout.tsv was
written by someone who had not seen the detector, and nothing is tuned on it: its figures are the
ones that say how the detector does on words it was not built for. On the tuning corpus the
classifier is scored by 5-fold cross-validation (each fold judged by a detector built without it).
Targets (issue 17): held-out recall >= 0.98 overall and >= 0.95 in every category, false alarms
<= 3 %, under 2 ms a message.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from bot.understanding.safeguarding import Detector  # noqa: E402
from bot.understanding.safeguarding.categories import CATEGORIES  # noqa: E402
from bot.understanding.safeguarding.corpus import Example, conversation_replies, held_out, ordinary, tuning  # noqa: E402


def judged(detector: Detector, examples: list[Example]) -> list[tuple[Example, bool]]:
    return [(e, detector.check(e.text).concern) for e in examples]


def report(title: str, results: list[tuple[Example, bool]], show_misses: bool) -> None:
    disclosures = [(e, flagged) for e, flagged in results if e.is_disclosure]
    negatives = [(e, flagged) for e, flagged in results if not e.is_disclosure]
    caught = sum(flagged for _, flagged in disclosures)
    alarms = sum(flagged for _, flagged in negatives)
    print(f"\n{title}: {len(disclosures)} disclosures, {len(negatives)} hard negatives")
    print(f"  {'category':<22} {'recall':>14} {'false alarms':>16}")
    for category in CATEGORIES:
        mine = [f for e, f in disclosures if e.label == category]
        near = [f for e, f in negatives if e.near == category]
        print(f"  {category:<22} {sum(mine):>4}/{len(mine):<4} {sum(mine) / max(1, len(mine)):.3f}"
              f" {sum(near):>4}/{len(near):<4} {sum(near) / max(1, len(near)):.3f}")
    general = [f for e, f in negatives if e.near == "general"]
    print(f"  {'(ordinary sentences)':<22} {'':>14} {sum(general):>4}/{len(general):<4} "
          f"{sum(general) / max(1, len(general)):.3f}")
    print(f"  overall recall {caught}/{len(disclosures)} = {caught / max(1, len(disclosures)):.3f}; "
          f"false alarms {alarms}/{len(negatives)} = {alarms / max(1, len(negatives)):.3f}")
    if show_misses:
        for e, flagged in disclosures:
            if not flagged:
                print(f"  MISSED [{e.label}/{e.voice}] {e.text}")
        for e, flagged in negatives:
            if flagged:
                print(f"  FALSE ALARM [{e.near}/{e.voice}] {e.text}")


def folds(examples: list[Example], k: int = 5) -> list[tuple[list[Example], list[Example]]]:
    shuffled = examples[:]
    random.Random(17).shuffle(shuffled)
    return [([e for j, e in enumerate(shuffled) if j % k != i], [e for j, e in enumerate(shuffled) if j % k == i])
            for i in range(k)]


def cross_validated(examples: list[Example], threshold: float | None = None) -> list[tuple[Example, bool]]:
    results = []
    for train, test in folds(examples):
        train = train + ordinary() + conversation_replies()
        detector = Detector(train) if threshold is None else Detector(train, threshold=threshold)
        results += judged(detector, test)
    return results


def timing(detector: Detector, texts: list[str]) -> None:
    times = []
    for text in texts * 3:
        start = time.perf_counter()
        detector.check(text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"\ntime a message ({len(times)} checks): median {statistics.median(times):.2f} ms, "
          f"p95 {times[int(len(times) * 0.95)]:.2f} ms, max {times[-1]:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tuning", action="store_true")
    parser.add_argument("--tune", action="store_true")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    tuned = tuning()
    if args.tune:
        print("threshold  recall  false alarms (tuning corpus, 5-fold cross-validated)")
        for threshold in (0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7):
            results = cross_validated(tuned, threshold)
            pos = [f for e, f in results if e.is_disclosure]
            neg = [f for e, f in results if not e.is_disclosure]
            print(f"  {threshold:.1f}      {sum(pos) / len(pos):.3f}   {sum(neg) / len(neg):.3f}")
        return
    started = time.perf_counter()
    detector = Detector()
    print(f"detector built from {len(tuned)} tuning examples in {time.perf_counter() - started:.1f} s")
    if args.tuning:
        report("TUNING corpus (5-fold cross-validated: tuned on, not a fair test)", cross_validated(tuned),
               args.misses)
    held = held_out()
    report("HELD-OUT corpus (never tuned on)", judged(detector, held), args.misses)
    timing(detector, [e.text for e in held])


if __name__ == "__main__":
    main()
