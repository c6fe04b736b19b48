"""The disclosure log: append-only and hash-chained, and the "who has my story?" query.

Each row records one event in a disclosure's life (queued, delivered, failed, cancelled), or an
erasure, with the service, the sections, the profile version, the consent and a digest of what was
sent. It names the person only by their `audit_ref`, a random id that points at nobody once they are
erased. `seq` runs 1, 2, 3… without gaps; `row_hash` is SHA-256 over the previous row's hash and
this row's fields, so editing, deleting or reordering a row breaks the chain at that row.
`verify_chain` (and `python -m consent_store verify-audit`) finds where.

Appends take a lock so that two writers never chain onto the same row: a transaction-scoped
advisory lock on PostgreSQL; on SQLite only one writer holds the database at a time.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from consent_store.schema import disclosures

QUEUED, DELIVERED, FAILED, CANCELLED, ERASED = "queued", "delivered", "failed", "cancelled", "erased"
GENESIS = "0" * 64
_LOCK_ID = 0x7E11_0AC7  # the advisory lock that serialises appends on PostgreSQL

_FIELDS = ("seq", "recorded_at", "subject_ref", "event", "service_id", "sections", "profile_version",
           "consent_id", "digest")


def _row_hash(prev_hash: str, row: dict) -> str:
    canonical = json.dumps([prev_hash] + [row[name] for name in _FIELDS], separators=(",", ":"),
                           ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _lock(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})


def record(session: Session, subject_ref: str, event: str, now: datetime, service_id: str | None = None,
           sections: list[str] | tuple[str, ...] = (), profile_version: int | None = None,
           consent_id: str | None = None, digest: str | None = None) -> int:
    """Append one event to the log; returns its seq. Part of the caller's transaction."""
    _lock(session)
    last = session.execute(select(disclosures.c.seq, disclosures.c.row_hash)
                           .order_by(disclosures.c.seq.desc()).limit(1)).first()
    seq, prev_hash = (last.seq + 1, last.row_hash) if last else (1, GENESIS)
    row = dict(seq=seq, recorded_at=now.astimezone(timezone.utc).isoformat(timespec="microseconds"),
               subject_ref=subject_ref, event=event, service_id=service_id,
               sections=json.dumps(sorted(sections)), profile_version=profile_version,
               consent_id=consent_id, digest=digest)
    session.execute(insert(disclosures).values(**row, prev_hash=prev_hash, row_hash=_row_hash(prev_hash, row)))
    return seq


@dataclass(frozen=True)
class Problem:
    seq: int
    what: str


def verify_chain(session: Session, batch: int = 5000) -> tuple[int, list[Problem]]:
    """(rows checked, problems). Streams the log in seq order, in batches."""
    problems: list[Problem] = []
    expected_seq, prev_hash, checked, after = 1, GENESIS, 0, 0
    while True:
        rows = session.execute(select(disclosures).where(disclosures.c.seq > after)
                               .order_by(disclosures.c.seq).limit(batch)).all()
        if not rows:
            break
        for row in rows:
            checked += 1
            fields = {name: getattr(row, name) for name in _FIELDS}
            if row.seq != expected_seq:
                problems.append(Problem(row.seq, f"expected row {expected_seq} here: a row is missing or "
                                                 "out of order"))
            if row.prev_hash != prev_hash:
                problems.append(Problem(row.seq, "does not follow the row before it (a row before it was "
                                                 "deleted, edited or moved)"))
            if row.row_hash != _row_hash(row.prev_hash, fields):
                problems.append(Problem(row.seq, "its contents do not match its hash (edited)"))
            expected_seq, prev_hash, after = row.seq + 1, row.row_hash, row.seq
    return checked, problems


@dataclass(frozen=True)
class Holding:
    service_id: str
    sections: tuple[str, ...]
    since: datetime
    last: datetime
    profile_version: int
    consent_ids: tuple[str, ...]


def who_has(session: Session, subject_ref: str) -> list[Holding]:
    """Each service that has received the person's story: what it holds (every section ever
    delivered), since when, the latest version it has, and under which consents."""
    rows = session.execute(select(disclosures).where(disclosures.c.subject_ref == subject_ref,
                                                     disclosures.c.event == DELIVERED)
                           .order_by(disclosures.c.seq)).all()
    held: dict[str, dict] = {}
    for row in rows:
        at = datetime.fromisoformat(row.recorded_at)
        entry = held.setdefault(row.service_id, {"sections": set(), "since": at, "consents": []})
        entry["sections"].update(json.loads(row.sections))
        entry["last"], entry["version"] = at, row.profile_version
        if row.consent_id and row.consent_id not in entry["consents"]:
            entry["consents"].append(row.consent_id)
    return [Holding(service, tuple(sorted(e["sections"])), e["since"], e["last"], e["version"],
                    tuple(e["consents"])) for service, e in held.items()]


def events_of(session: Session, subject_ref: str) -> list[dict]:
    rows = session.execute(select(disclosures).where(disclosures.c.subject_ref == subject_ref)
                           .order_by(disclosures.c.seq)).all()
    return [{"seq": r.seq, "at": r.recorded_at, "event": r.event, "service_id": r.service_id,
             "sections": json.loads(r.sections), "profile_version": r.profile_version,
             "consent_id": r.consent_id, "digest": r.digest} for r in rows]


def count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(disclosures)).scalar_one()
