"""The operator's log of sealed records that failed their integrity check: var/log/unreadable-records.log
(0600), one line per failure with its time and where it happened (an action's name, "download" or
"conversation"): no words, no ids. The assistant notes each (bot/rasa/failures.py); `python -m
consent_store unreadable-records` reports them."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

UNREADABLE_LOG = Path("log") / "unreadable-records.log"


def note_unreadable(var_dir: Path, where: str, now: datetime) -> None:
    """One line for staff: when, and where; never words or ids."""
    path = Path(var_dir) / UNREADABLE_LOG
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    where = "".join(c for c in where if c.isalnum() or c in "_-")[:60] or "unknown"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, f"{now.astimezone(timezone.utc):%Y-%m-%dT%H:%M:%SZ} unreadable-record {where}\n".encode())
    finally:
        os.close(fd)


@dataclass
class UnreadableReport:
    count: int = 0
    first: str | None = None
    last: str | None = None
    where: dict[str, int] = field(default_factory=dict)


def unreadable_report(var_dir: Path) -> UnreadableReport:
    """How many times a record failed its check, when first and last, and where."""
    report = UnreadableReport()
    path = Path(var_dir) / UNREADABLE_LOG
    if not path.exists():
        return report
    for line in path.read_text(errors="replace").splitlines():
        parts = line.split()
        if len(parts) != 3 or parts[1] != "unreadable-record":
            continue
        report.count += 1
        report.first = report.first or parts[0]
        report.last = parts[0]
        report.where[parts[2]] = report.where.get(parts[2], 0) + 1
    return report
