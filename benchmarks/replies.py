"""How well typed replies are understood (bot/conversation/meaning/), per question asked, on the
tuning part (data/replies/tuning.tsv and tuning_voices2-10.tsv: fixes are made against them) and on the held-out part
(data/replies/heldout.tsv: written independently, never tuned on; data/replies/heldout_fresh.tsv:
written later by someone who had read neither the code nor the other replies, never tuned on).

Each line is `context<TAB>expected<TAB>text`. "understood" is the share whose meaning matches;
"or re-asked" adds those answered with a re-ask that names the options (we said "invalid" or
"help" when something else was meant), which the issue counts as handled; the rest were misread.

    .venv/bin/python benchmarks/replies.py
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.conversation.meaning import understand  # noqa: E402

FOLDER = Path(__file__).resolve().parent.parent / "data" / "replies"
TODAY = date(2026, 12, 2)
CONSENT_OFFERED = ["health", "medications", "home"]  # the parts a consent question names, for "not my medicines"
SAME = {"finished": "done", "wrong": "no", "right": "yes", "none": "no"}
RE_ASKED = {"invalid", "help"}
# The held-out part was written with its own short names for some answers: the same meanings.
NAMES = {"agreement": "own_agreement", "lpa_health": "lpa_health_welfare", "lpa_money": "lpa_property_finance",
         "parent": "parental_responsibility", "adaptations": "housing-adaptations", "benefits": "welfare-benefits",
         "carers": "carers-assessment", "employment": "employment-support", "gp": "gp-practice",
         "nursing": "community-nursing", "social_care": "adult-social-care", "stop_sharing": "stop"}
# The fresh held-out part was written against a short list of relationship groups; the assistant keeps
# the exact word ("sister", "grandson"), which is as right and more useful to a service.
GROUPS = {"brother": "brother or sister", "sister": "brother or sister", "grandson": "grandchild",
          "granddaughter": "grandchild", "mum": "parent", "dad": "parent", "mother": "parent", "father": "parent",
          "boyfriend": "partner", "girlfriend": "partner", "paid": "paid carer", "other": "other family",
          **{word: "other family" for word in (
              "aunt", "uncle", "cousin", "niece", "nephew", "son in law", "daughter in law", "stepson",
              "stepdaughter", "brother in law", "sister in law", "grandparent", "grandmother", "grandfather")}}


def matches(context: str, want: str, got) -> bool:
    """Whether the meaning `got` (a bot.conversation.meaning.Meaning) is the expected one."""
    have = normal(context, got.label)
    if context in ("carer_basis", "choose_service", "menu"):
        want = NAMES.get(want, want)
    if want == have:
        return True
    if context == "carer_relationship" and GROUPS.get(have, have) == GROUPS.get(want, want):
        return True
    if context == "carer_basis" and want == "deputy":
        return have.startswith("deputy_")
    if want == "unknown":  # no basis can be told from the words: asked again with the options
        return got.kind in ("invalid", "help", "question")
    if context == "choose_service":
        chosen = got.value if got.kind == "value" else []
        return (want == "several" and len(chosen) >= 2) or (bool(chosen) and chosen[0] == want)
    if context == "consent" and want == "parts":
        return got.kind == "value"
    if context == "carer_name" and " " not in want and re.sub(r"^(mr|mrs|ms|miss|dr)\.? (?=\w+ )", "", have).split(" ")[0] == want:
        return True  # "gwen jones, my mother", "Mr Arthur Bennett": the full name kept, the first name the writer wrote
    if context == "readback" and want in ("correction", "correct"):  # the fresh 3 part's word for a correction
        return got.kind in ("correct", "add") or (got.kind == "no" and bool(got.value))
    return False


def read(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            rows.append((parts[0].strip(), parts[1].strip(), "\t".join(parts[2:])))
    return rows


def normal(context: str, label: str) -> str:
    label = label.strip().lower()
    if context == "gap_phone" and len(re.findall(r"\d", label)) >= 7:  # "+1 212 555 0100" as "+1 212-555-0100"
        digits = re.sub(r"[^\d+]", "", label)
        return "0" + digits[3:] if digits.startswith("+44") else digits
    if "," in label:
        return ",".join(sorted(part.strip() for part in label.split(",")))
    return SAME.get(label, label)


# The order the fresh held-out part's writer was shown the services in ("1 GP practice 2 community
# nursing 3 adult social care ..."): a reply by number means the service shown with that number. The
# chat shows them in the order that fits each story; the other parts were written to this default.
FRESH_ORDER = ["gp-practice", "community-nursing", "adult-social-care", "carers-assessment", "housing-adaptations",
               "welfare-benefits", "employment-support"]

# The order the third fresh part's writer was shown them in.
FRESH3_ORDER = ["gp-practice", "community-nursing", "adult-social-care", "housing-adaptations", "welfare-benefits",
                "employment-support", "carers-assessment"]

# The order the fourth fresh part's writer was shown them in.
FRESH4_ORDER = ["gp-practice", "community-nursing", "adult-social-care", "housing-adaptations", "welfare-benefits",
                "carers-assessment", "employment-support"]


def score(rows, services: list[str] | None = None):
    by_context = defaultdict(lambda: [0, 0, 0])  # understood, re-asked, total
    misread = []
    for context, expected, text in rows:
        offered = CONSENT_OFFERED if context == "consent" else services if context == "choose_service" else None
        got = understand(context, text, offered=offered, today=TODAY)
        counts = by_context[context]
        counts[2] += 1
        if matches(context, normal(context, expected), got):
            counts[0] += 1
        elif got.kind in RE_ASKED:
            counts[1] += 1
            misread.append((context, expected, got.label + " (re-asked)", text))
        else:
            misread.append((context, expected, got.label, text))
    return by_context, misread


def report(name: str, path: Path, show: int, services: list[str] | None = None) -> None:
    if not path.exists():
        print(f"{name}: {path} is missing")
        return
    rows = read(path)
    by_context, misread = score(rows, services)
    total = sum(c[2] for c in by_context.values())
    understood = sum(c[0] for c in by_context.values())
    handled = understood + sum(c[1] for c in by_context.values())
    print(f"\n{name} ({path.name}, {total} replies): understood {understood / total:.3f}, "
          f"understood or re-asked {handled / total:.3f}")
    print(f"  {'context':20} {'n':>4} {'understood':>11} {'or re-asked':>12}")
    for context in sorted(by_context):
        ok, asked, n = by_context[context]
        print(f"  {context:20} {n:4d} {ok / n:11.3f} {(ok + asked) / n:12.3f}")
    for context, expected, label, text in misread[:show]:
        print(f"  misread [{context}] expected {expected!r}, got {label!r}: {text!r}")


if __name__ == "__main__":
    # Never shown: the held-out parts are not tuned on. The fresh one was written by a helper that read
    # neither the code nor the other replies' texts.
    report("held-out", FOLDER / "heldout.tsv", show=0)
    report("held-out, fresh", FOLDER / "heldout_fresh.tsv", show=0, services=FRESH_ORDER)
    # Written after the fresh part's misses had been read (2026-12-02): the one no fix has seen.
    report("held-out, fresh 2", FOLDER / "heldout_fresh2.tsv", show=0)
    # Written 2026-12-03 by a helper that read neither the code nor any reply file, shown the services
    # in FRESH3_ORDER; its misses were read on 2026-12-03 (session 9), after the fourth was written.
    shown = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    report("held-out, fresh 3 (misses read)", FOLDER / "heldout_fresh3.tsv", show=shown, services=FRESH3_ORDER)
    # Written 2026-12-03 (session 9) by a helper that read neither the code nor any reply file, shown the
    # services in FRESH4_ORDER; first run 0.873 / 0.920, its misses read in session 10 (0.902 / 0.943 then).
    report("held-out, fresh 4 (misses read)", FOLDER / "heldout_fresh4.tsv", show=shown, services=FRESH4_ORDER)
    # Written 2026-12-03 (session 10) by a helper that read neither the code nor any reply file; its misses
    # read in session 11; first run 0.925 / 0.960, 0.938 / 0.967 at the start of session 11. Scored until
    # then with FRESH_ORDER, but its writer's own numbers ("4" housing adaptations, "5" welfare benefits,
    # "6" and "the 6th one" the carer's assessment, "7" employment support) are FRESH4_ORDER's: scored with it
    # since (0.938 / 0.967 at the start of session 11 would have been 0.943 / 0.971).
    report("held-out, fresh 5 (misses read)", FOLDER / "heldout_fresh5.tsv", show=shown, services=FRESH4_ORDER)
    # Written 2026-12-03 (session 11) by a helper that read neither the code nor any reply file, shown the
    # services in FRESH_ORDER, before any fix of that session. First run 0.888 / 0.963; 0.900 / 0.967 when its
    # misses were read (session 13, 2026-12-03), 0.950 / 0.980 after that round's fixes. Its writer was shown six
    # bases (one deputy), the chat shows seven: "5" and "five", "6" and "six" are scored against the writer's list.
    report("held-out, fresh 6 (misses read)", FOLDER / "heldout_fresh6.tsv", show=shown, services=FRESH_ORDER)
    # Written 2026-12-03 (session 13) by a helper that read neither the code nor any reply file, shown the
    # services in FRESH_ORDER, before any fix of that session: the one no fix has seen. First run 0.945 / 0.971.
    report("held-out, fresh 7", FOLDER / "heldout_fresh7.tsv", show=0, services=FRESH_ORDER)
    report("tuning", FOLDER / "tuning.tsv", show=shown)
    # The 11th tuning batch (issue 19, round 5), kept apart so its figure can be compared with its first run.
    report("tuning, voices 2", FOLDER / "tuning_voices2.tsv", show=shown)
    report("tuning, voices 3", FOLDER / "tuning_voices3.tsv", show=shown)
    report("tuning, voices 4", FOLDER / "tuning_voices4.tsv", show=shown)
    report("tuning, voices 5", FOLDER / "tuning_voices5.tsv", show=shown)
    report("tuning, voices 6", FOLDER / "tuning_voices6.tsv", show=shown)
    report("tuning, voices 7", FOLDER / "tuning_voices7.tsv", show=shown)
    report("tuning, voices 8", FOLDER / "tuning_voices8.tsv", show=shown)
    report("tuning, voices 9", FOLDER / "tuning_voices9.tsv", show=shown)
    # The kinds of reply fixed after the sixth fresh part's misses were read (session 13), in other words.
    report("tuning, voices 10", FOLDER / "tuning_voices10.tsv", show=shown)
