"""Pre-filling our own test forms (tests/bot/intake/forms): coverage, wrong fills, and time per form.

For each form, each story is structured as the chat would structure it, the form is pre-filled
(`bot.intake.prefill`, validated with fhir.resources) and scored against the fills a careful person
would make (`bot.intake.evaluation`):

    coverage = correct fills / fills a careful person would make

then each form's pre-fill is timed over its stories: wall-clock p50 and p95, and the p95 of the CPU
time the process spent (which other work on a busy machine moves less). Prints per form, the totals,
and with -v every wrong fill, extra item and miss (`bot.intake.evaluation` says what each is).
`--heldout` scores each held-out set instead, separately: the first (written with the forms) and
the fresh one (written independently, without reading the code). Final figures only, never to tune by.

Usage: `.venv/bin/python benchmarks/forms.py [-v] [--heldout] [--set NAME] [--runs N]` (part of `make
bench`); `--set heldout-fresh3 -v` lists one set's misses without printing any other set's.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
for unused in ("tensorflow", "torch"):  # spaCy's thinc imports them when present; structuring needs neither
    sys.modules.setdefault(unused, None)  # type: ignore[arg-type]
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.intake import evaluation, prefill  # noqa: E402
from bot.intake.services import load_full_registry  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.understanding.structuring import Structurer  # noqa: E402

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
FORMS = ROOT / "tests" / "bot" / "intake" / "forms"
TITLES = {evaluation.TUNING: "tuning stories", evaluation.HELD_OUT: "held-out stories (the first set)",
          evaluation.FRESH: "held-out stories (the fresh set, written without reading the code; its misses read in "
                            "session 13, first figure 0.65, 178/273)",
          evaluation.FRESH2: "held-out stories (the second fresh set, written without reading the code; its wrong fills "
                          "read in session 11, its misses never)",
          evaluation.FRESH3: "held-out stories (the third fresh set, written without reading the code)",
          evaluation.FRESH4: "held-out stories (the fourth fresh set, written without reading the code; first run 0.62, "
                          "33 wrong; its wrong fills read in session 11, its misses never)",
          evaluation.FRESH5: "held-out stories (the fifth fresh set, written without reading the code; first run 0.62, "
                          "29 wrong; its wrong fills read in session 13, its misses never)",
          evaluation.FRESH6: "held-out stories (the sixth fresh set, written without reading the code in session 14; "
                          "first run 0.62, 25 wrong; its wrong fills read in session 15, its misses never)",
          evaluation.FRESH7: "held-out stories (the seventh fresh set, written without reading the code in session 15; "
                          "first run 0.65, 22 wrong; its wrong fills read on 2026-12-04, its misses never)",
          evaluation.FRESH8: "held-out stories (the eighth fresh set, written without reading the code in session 16; "
                          "first run 0.67, 51 wrong; its wrong fills read on 2026-12-04, its misses never)",
          evaluation.FRESH9: "held-out stories (the ninth fresh set, written without reading the code in session 17; "
                          "first run 0.72, 44 wrong; its wrong fills read on 2026-12-04, its misses never)",
          evaluation.FRESH10: "held-out stories (the tenth fresh set, written without reading the code in session 18; "
                           "first run 0.63, 30 wrong; its wrong fills read in session 18, its misses never)",
          evaluation.FRESH11: "held-out stories (the eleventh fresh set, written without reading the code in session 19; "
                           "first run 0.68, 21 wrong; its wrong fills read in session 19, its misses never)",
          evaluation.FRESH12: "held-out stories (the twelfth fresh set, written without reading the code in session 19; "
                           "first run 0.67, 32 wrong; its wrong fills read in session 19, its misses never)",
          evaluation.FRESH13: "held-out stories (the thirteenth fresh set, written without reading the code in session "
                           "20; first run 0.72, 16 wrong; its wrong fills read on 2026-12-05, its misses never)",
          evaluation.FRESH14: "held-out stories (the fourteenth fresh set, written without reading the code in session "
                           "21; first run 0.63, 36 wrong; its wrong fills read in session 21, its misses never; after, "
                           "0.69, 0 wrong)",
          evaluation.FRESH15: "held-out stories (the fifteenth fresh set, written without reading the code in session "
                           "22; first run 0.78, 16 wrong; its wrong fills read in session 22, its misses never acted on; after, "
                           "0.79, 4 wrong)",
          evaluation.FRESH16: "held-out stories (the sixteenth fresh set, written without reading the code in session "
                           "22; first run 0.76, 9 wrong; its wrong fills read in session 22, its misses never; after, "
                           "0.76, 0 wrong)",
          evaluation.FRESH17: "held-out stories (the seventeenth fresh set, written without reading the code in "
                           "session 23; first run 0.74, 16 wrong; its wrong fills read in session 23, its misses never; "
                           "after, 0.75, 0 wrong)",
          evaluation.FRESH18: "held-out stories (the eighteenth fresh set, written without reading the code in "
                           "session 24; first run 0.74, 29 wrong; its wrong fills read in session 24, its misses never; "
                           "after, 0.76, 5 wrong)",
          evaluation.FRESH19: "held-out stories (the nineteenth fresh set, written without reading the code in "
                           "session 25; first run 0.64, 16 wrong; its wrong fills read in session 25, its misses never; "
                           "after, 0.71, 3 wrong)",
          evaluation.FRESH20: "held-out stories (the twentieth fresh set, written without reading the code in "
                           "session 26; first run 0.72, 13 wrong; its wrong fills read in session 26, its misses never; "
                           "after, 0.73, 5 wrong)",
          evaluation.FRESH21: "held-out stories (the twenty-first fresh set, written without reading the code in "
                           "session 27; first run 0.68, 31 wrong; its wrong fills read in session 27, its misses never; "
                           "after, 0.71, 9 wrong)",
          evaluation.FRESH22: "held-out stories (the twenty-second fresh set, written without reading the code in "
                           "session 28; first run 0.74, 31 wrong; its wrong fills read in session 28, its misses never; "
                           "after, 0.75, 5 wrong)",
          evaluation.FRESH23: "held-out stories (the twenty-third fresh set, written without reading the code in "
                           "session 29; first run 0.73, 27 wrong, by the code of b7e7d58d; its wrong fills read in session 29, its "
                           "misses never; after, 0.75, 5 wrong)",
          evaluation.FRESH24: "held-out stories (the twenty-fourth fresh set, written without reading the code in "
                           "session 30; first run 0.70, 19 wrong, by the code of 0669b7ce; its wrong fills read in session 30, "
                           "its misses never; after, 0.73, 1 wrong)",
          evaluation.FRESH25: "held-out stories (the twenty-fifth fresh set, written without reading the code in "
                           "session 31; first run 0.74, 11 wrong, by the code of 8201dab5; its wrong fills read in session 31, "
                           "its misses never; after, 0.74, 4 wrong)",
          evaluation.FRESH26: "held-out stories (the twenty-sixth fresh set, written without reading the code in "
                           "session 32; first run 0.69, 15 wrong, by the code of 17f43791; its wrong fills read in session 32, "
                           "its misses never; after, 0.70, 7 wrong)",
          evaluation.FRESH27: "held-out stories (the twenty-seventh fresh set, written without reading the code in "
                           "session 33; first run 0.71, 27 wrong, by the code of 5cf8f0ac; its wrong fills read in session 33, "
                           "its misses never; after, 0.74, 5 wrong)",
          evaluation.FRESH28: "held-out stories (the twenty-eighth fresh set, written without reading the code in "
                           "session 34; first run 0.68, 20 wrong, by the code of c3f9726a; its wrong fills read in session 34, "
                           "its misses never; after, 0.69, 11 wrong)",
          evaluation.FRESH29: "held-out stories (the twenty-ninth fresh set, written without reading the code in "
                           "session 35; first run 0.75, 16 wrong, by the code of c3a20c1c; its wrong fills read in session 35, "
                           "its misses never; after, 0.75, 10 wrong)",
          evaluation.FRESH30: "held-out stories (the thirtieth fresh set, written without reading the code in "
                           "session 36; first run 0.72, 15 wrong, by the code of b1c04b82; its wrong fills read in session 36, "
                           "its misses never; after, 0.72, 12 wrong)",
          evaluation.FRESH31: "held-out stories (the thirty-first fresh set, written without reading the code in "
                           "session 37; first run 0.66, 15 wrong, by the code of 57516ff1; its wrong fills read in session 37, "
                           "its misses never; after, 0.66, 12 wrong)",
          evaluation.FRESH32: "held-out stories (the thirty-second fresh set, written without reading the code in "
                           "session 38; first run 0.64, 34 wrong, by the code of dd52dd70; its wrong fills read in session 38, "
                           "its misses never; after, 0.64, 9 wrong)",
          evaluation.FRESH33: "held-out stories (the thirty-third fresh set, written without reading the code in "
                           "session 39; first run 0.69, 15 wrong, by the code of 1153afce; its wrong fills read in session 39, "
                           "its misses never; after, 0.75, 5 wrong)",
          evaluation.FRESH34: "held-out stories (the thirty-fourth fresh set, written without reading the code in "
                           "session 40; first run 0.72, 22 wrong, by the code of 7c68bd48)",
          evaluation.FRESH35: "held-out stories (the thirty-fifth fresh set, written without reading the code in "
                           "session 41; first run 0.61, 32 wrong, by the code of 06022a02; its wrong fills read in session 41, "
                           "its misses never; after, 0.61, 20 wrong)",
          evaluation.TUNING_VOICES: "tuning stories in many voices (written without reading the code in session 14, "
                                    "then tuned on)"}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def report(which: str, structure: evaluation.Structure, codes: dict[str, str], runs_per_story: int,
           verbose: bool) -> None:
    scores, runs = evaluation.evaluate(FORMS, structure, codes, NOW, which)
    print(f"Forms of our own in the published shapes, {TITLES[which]} (tests/bot/intake/forms):")
    print(f"  {'form':28} {'fills':>5} {'correct':>7} {'coverage':>8} {'wrong':>5} {'extra':>5}   "
          f"pre-fill p50 / p95 (CPU p95)")
    total = evaluation.Score()
    for name, score in scores.items():
        total.add(score)
        times, cpu = [], []
        for label, service, profile in runs:
            if label.startswith(name[:-len(".json")] + "/"):
                prefill(service, profile, "self", NOW)  # warm
                for _ in range(runs_per_story):
                    started, started_cpu = time.perf_counter(), time.process_time()
                    prefill(service, profile, "self", NOW)
                    times.append((time.perf_counter() - started) * 1000)
                    cpu.append((time.process_time() - started_cpu) * 1000)
        timing = (f"{percentile(times, 0.5):6.2f} / {percentile(times, 0.95):6.2f} ms ({percentile(cpu, 0.95):5.2f} ms)"
                  if times else "refused")
        print(f"  {name[:-len('.json')]:28} {score.expected:5} {score.correct:7} {score.coverage:8.2f} "
              f"{len(score.wrong):5} {len(score.extra):5}   {timing}")
    print(f"  {'all':28} {total.expected:5} {total.correct:7} {total.coverage:8.2f} {len(total.wrong):5} "
          f"{len(total.extra):5}")
    print(f"Load average while timing: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{TITLES[which].capitalize()}: coverage {total.coverage:.2f} ({total.correct}/{total.expected}), "
          f"wrong fills {len(total.wrong)}, forms refused {len(total.refused)}, "
          f"extra items listed beside what was wanted {len(total.extra)}")
    if verbose:
        for title, lines in (("Wrong fills", total.wrong), ("Extra items (not counted as wrong)", total.extra),
                             ("Missed", total.missed), ("Refused", total.refused)):
            print(f"{title}:" if lines else f"{title}: none")
            for line in lines:
                print(f"  {line}")
    print()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong fill and miss")
    parser.add_argument("--heldout", action="store_true", help="score the held-out stories (final figures only)")
    parser.add_argument("--runs", type=int, default=50, help="timed pre-fills per story and form")
    parser.add_argument("--set", dest="only", choices=evaluation.SETS,
                        help="score this one set only (with -v, see its misses and no other set's)")
    args = parser.parse_args()

    settings = load_settings({})
    structurer = Structurer.from_folder(settings.lexicons_dir)
    codes = load_full_registry(settings.services_dir).codes
    structured: dict[tuple[str, str], dict[str, Any]] = {}

    def structure(text: str, teller: str) -> dict[str, Any]:
        if (text, teller) not in structured:
            structured[text, teller] = structurer.structure([text], teller=teller)
        return structured[text, teller]

    chosen = [args.only] if args.only else evaluation.held_out_sets(FORMS) if args.heldout else [evaluation.TUNING]
    for which in chosen:
        report(which, structure, codes, args.runs, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
