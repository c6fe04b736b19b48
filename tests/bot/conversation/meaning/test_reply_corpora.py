"""Issue 19's bar, held: of every held-out reply set, at least 0.97 of replies are understood or answered
with a re-ask that names the options; every tuning set keeps at least 0.98 understood.

The sets and their scoring are benchmarks/replies.py's (the same `matches`, the same service orders its
writers were shown). Only the shares are asserted, never which replies are missed: the held-out sets are
not tuned on, and a failure here names the set, not its texts."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[4]
_SPEC = importlib.util.spec_from_file_location("replies_benchmark", ROOT / "benchmarks" / "replies.py")
assert _SPEC and _SPEC.loader
replies = importlib.util.module_from_spec(_SPEC)
sys.modules["replies_benchmark"] = replies
_SPEC.loader.exec_module(replies)

HELD_OUT = {  # file: the service order its writer was shown (None: the default order)
    "heldout.tsv": None,
    "heldout_fresh.tsv": replies.FRESH_ORDER,
    "heldout_fresh2.tsv": None,
    "heldout_fresh3.tsv": replies.FRESH3_ORDER,
    "heldout_fresh4.tsv": replies.FRESH4_ORDER,
    "heldout_fresh5.tsv": replies.FRESH4_ORDER,
    "heldout_fresh6.tsv": replies.FRESH_ORDER,
    "heldout_fresh7.tsv": replies.FRESH_ORDER,
}


def shares(path: Path, services) -> tuple[float, float]:
    by_context, _ = replies.score(replies.read(path), services)
    total = sum(c[2] for c in by_context.values())
    understood = sum(c[0] for c in by_context.values())
    return understood / total, (understood + sum(c[1] for c in by_context.values())) / total


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_every_held_out_set_is_understood_or_re_asked_at_least_97_in_100(name: str) -> None:
    path = replies.FOLDER / name
    _, handled = shares(path, HELD_OUT[name])
    assert handled >= 0.97, f"{name}: {handled:.3f} understood or re-asked, below issue 19's 0.97"


@pytest.mark.parametrize("path", sorted(replies.FOLDER.glob("tuning*.tsv")), ids=lambda p: p.name)
def test_every_tuning_set_stays_understood(path: Path) -> None:
    understood, _ = shares(path, None)
    assert understood >= 0.98, f"{path.name}: {understood:.3f} understood"
