"""How well wishes about who else may see the referrals are read (issue 21), on the tuning set and,
apart, the held-out set (written from a fresh context, never tuned on):

    .venv/bin/python benchmarks/viewer_wishes.py            # figures
    .venv/bin/python benchmarks/viewer_wishes.py --misses   # the first tuning set's misses (never the held-out's)

A line is right when its kind is (name, stop, who, or none: not a wish about viewers), and for name
and stop the person meant (their name when one is typed, else the relationship; "*" for everyone),
the days asked for when a number of them is said, and whether the story itself is asked for.
Files: data/pathway/viewer_wishes_tuning*.tsv (the classifier of bot/conversation/meaning/viewer_kinds.py
is fitted on them, so their figures flatter), data/pathway/heldout_viewer_wishes.tsv.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.conversation.meaning.viewers import ViewerWish, viewer_wish_of  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "data" / "pathway"


def rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def meant(expected: str, wish: ViewerWish) -> bool:
    if expected == "*":
        return wish.everyone
    if wish.everyone:
        return False
    expected = expected.replace("-", " ")
    said = {x.lower() for x in (wish.name, wish.relation) if x}
    said |= {x.split()[0] for x in said if wish.name and x == wish.name.lower()}  # "Sam" for "Sam Jones"
    return expected.lower() in said


def judge(row: dict[str, str]) -> tuple[bool, str]:
    wish = viewer_wish_of(row["text"])
    kind = wish.kind if wish else "none"
    if kind != row["kind"]:
        return False, f"kind {kind}"
    if wish is None or kind == "who":
        return True, ""
    if not meant(row["name"], wish):
        return False, f"who {wish.who() or '*'}"
    if kind == "name" and row["days"] not in ("-", "?") and wish.days != int(row["days"]):
        return False, f"days {wish.days}"
    if kind == "name" and (row["story"] == "yes") != wish.story:
        return False, f"story {wish.story}"
    return True, ""


def report(name: str, label: str, misses: bool) -> None:
    judged = [(row, *judge(row)) for row in rows(name)]
    right = sum(ok for _, ok, _ in judged)
    kinds = sorted({row["kind"] for row, _, _ in judged})
    per = ", ".join(f"{k} {sum(ok for r, ok, _ in judged if r['kind'] == k)}/{sum(r['kind'] == k for r, _, _ in judged)}"
                    for k in kinds)
    reasons = Counter(why.split()[0] for _, ok, why in judged if not ok)
    wrong = ", ".join(f"{k} {n}" for k, n in sorted(reasons.items())) or "none"
    print(f"{label}: {right}/{len(judged)} = {right / len(judged):.3f} right ({per}); wrong by: {wrong}")
    if misses:
        for row, ok, why in judged:
            if not ok:
                print(f"  {row['kind']:5} {row['name']:18} {why:28} {row['text']}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    for number, name in enumerate(sorted(p.name for p in DATA.glob("viewer_wishes_tuning*.tsv")), start=1):
        report(name, f"tuning {number} ({name})", args.misses and number == 1)
    if (DATA / "heldout_viewer_wishes.tsv").exists():
        report("heldout_viewer_wishes.tsv", "held-out", False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
