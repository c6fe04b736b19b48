"""The disclosure log: append-only, chained with a key, its head anchored outside the database; and
the "who has my story?" query.

Each row records one event in a disclosure's life (queued, delivered, failed, cancelled), or an
erasure, with the service, the sections, the profile version, the consent and a digest of what was
sent. It names the person only by their `audit_ref`, a random id that points at nobody once they are
erased. A row about a service rather than a person (staff re-opening its endpoint: `enabled`) has
the subject `staff`. `seq` runs 1, 2, 3… without gaps; `row_hash` is HMAC-SHA256, with the audit key, over the
previous row's hash and this row's fields, so editing, deleting or reordering a row breaks the chain
at that row, and whoever can write to the database but cannot read the key (it is not in the
database: `var/keys/audit.key` or TELL_AUDIT_KEY) cannot chain an edited row again.

The head is anchored outside the table: after each commit that appended, the newest row's seq and
hash are written to `var/keys/audit.anchor` (itself MACed with the key; only ever moved forward), so
cutting the newest rows is found too. The anchor may trail the table by the rows of a process that
died between its commit and the write; those rows are still checked by their MACs.

Rows written before the chain had a key (plain SHA-256) are neither rewritten nor lost: the first
start after the upgrade writes the anchor with `keyed_from`, the first seq to be keyed; rows before
it are checked with SHA-256, and the first keyed row's MAC covers the last of their hashes, so they
cannot be chained again either. `verify_chain` (and `python -m consent_store verify-audit`) finds
where the log was changed.

Appends take a lock so that two writers never chain onto the same row: a transaction-scoped
advisory lock on PostgreSQL; on SQLite only one writer holds the database at a time.
"""
from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
import weakref
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from consent_store.errors import AnchorInvalid as AnchorInvalid
from consent_store.keys import create_file_once
from consent_store.schema import disclosures

QUEUED, DELIVERED, FAILED, CANCELLED, ERASED = "queued", "delivered", "failed", "cancelled", "erased"
ENABLED = "enabled"  # staff re-opened a service's endpoint that had answered 410 (outbox.enable_endpoint)
STAFF = "staff"  # the subject of a row about a service, not a person: a staff command did it
GENESIS = "0" * 64
_LOCK_ID = 0x7E11_0AC7  # the advisory lock that serialises appends on PostgreSQL
_APPENDED = "consent_store.audit.appended"  # session.info: the seal of a log this transaction appended to

_FIELDS = ("seq", "recorded_at", "subject_ref", "event", "service_id", "sections", "profile_version",
           "consent_id", "digest")


def _canonical(prev_hash: str, row: dict[str, Any]) -> bytes:
    return json.dumps([prev_hash] + [row[name] for name in _FIELDS], separators=(",", ":"),
                      ensure_ascii=True).encode()


def _plain_hash(prev_hash: str, row: dict[str, Any]) -> str:
    """How rows were chained before the chain had a key."""
    return hashlib.sha256(_canonical(prev_hash, row)).hexdigest()


@dataclass(frozen=True)
class Anchor:
    keyed_from: int  # the first seq chained with the key
    seq: int  # the newest row known to be committed (0: none)
    row_hash: str  # its hash (GENESIS for none)


@dataclass(frozen=True)
class AuditSeal:
    """The audit key and where the head is anchored. Never in the database."""

    key: bytes
    anchor_path: Path

    def __repr__(self) -> str:
        return f"AuditSeal(anchor_path={str(self.anchor_path)!r})"

    def row_mac(self, prev_hash: str, row: dict[str, Any]) -> str:
        return hmac.new(self.key, b"row\0" + _canonical(prev_hash, row), hashlib.sha256).hexdigest()

    def _anchor_mac(self, anchor: Anchor) -> str:
        message = f"anchor\0{anchor.keyed_from}\0{anchor.seq}\0{anchor.row_hash}".encode()
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()

    def _anchor_text(self, anchor: Anchor) -> str:
        return json.dumps({"keyed_from": anchor.keyed_from, "seq": anchor.seq, "row_hash": anchor.row_hash,
                           "mac": self._anchor_mac(anchor)}) + "\n"

    def read_anchor(self) -> Anchor | None:
        """The anchor, None if there is none; AnchorInvalid if it is not one this key wrote."""
        try:
            document = json.loads(self.anchor_path.read_text())
        except FileNotFoundError:
            return None
        except ValueError:
            raise AnchorInvalid() from None
        try:
            anchor = Anchor(int(document["keyed_from"]), int(document["seq"]), str(document["row_hash"]))
            mac = str(document["mac"])
        except (KeyError, TypeError, ValueError):
            raise AnchorInvalid() from None
        if not hmac.compare_digest(mac, self._anchor_mac(anchor)):
            raise AnchorInvalid()
        return anchor

    def create_anchor(self, anchor: Anchor) -> bool:
        """Write the first anchor (0600); False if there already is one."""
        return create_file_once(self.anchor_path, self._anchor_text(anchor))

    def advance_anchor(self, seq: int, row_hash: str) -> None:
        """Move the anchor forward to `seq` (never back: processes commit in one order and may
        write here in another). Written aside and renamed into place: whole or not at all."""
        lock = os.open(self.anchor_path.with_name(self.anchor_path.name + ".lock"),
                       os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
            current = self.read_anchor()
            if current is None or seq <= current.seq:
                return  # none yet: prepare_store writes the first, with where the key begins
            aside = self.anchor_path.with_name(f".{self.anchor_path.name}.{os.getpid()}.{os.urandom(4).hex()}")
            fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(self._anchor_text(Anchor(current.keyed_from, seq, row_hash)))
            os.replace(aside, self.anchor_path)
        finally:
            os.close(lock)


# Which engine's log is chained with which seal: set by the store's preparation (consent_store/setup.py), read
# by `record` through the session's engine, so callers of `record` need not carry the key.
_SEALS: "weakref.WeakKeyDictionary[Engine, AuditSeal]" = weakref.WeakKeyDictionary()
_LISTENING = False


def seal_engine(engine: Engine, seal: AuditSeal) -> None:
    """From now on, rows appended through `engine` are chained with `seal`'s key and the anchor
    follows each commit."""
    global _LISTENING
    _SEALS[engine] = seal
    if not _LISTENING:
        sa_event.listen(Session, "before_commit", _note_head)
        sa_event.listen(Session, "after_commit", _advance_anchor)
        sa_event.listen(Session, "after_rollback", _forget_head)
        _LISTENING = True


def seal_of(session: Session) -> AuditSeal | None:
    bind = session.get_bind()
    return _SEALS.get(bind) if isinstance(bind, Engine) else None


def open_anchor(session: Session, seal: AuditSeal) -> Anchor | None:
    """The anchor; on the first start with a key, one is written at the log's head as it is, and
    rows from the next on are keyed (the rows before stay as they were written)."""
    try:
        anchor = seal.read_anchor()
        if anchor is None:
            head = _head(session)
            seal.create_anchor(Anchor(keyed_from=head[0] + 1, seq=head[0], row_hash=head[1]))
            anchor = seal.read_anchor()
    except AnchorInvalid:
        return None  # the service still starts; verify-audit reports it
    return anchor


def _head(session: Session) -> tuple[int, str]:
    last = session.execute(select(disclosures.c.seq, disclosures.c.row_hash)
                           .order_by(disclosures.c.seq.desc()).limit(1)).first()
    return (last.seq, last.row_hash) if last else (0, GENESIS)


def _note_head(session: Session) -> None:
    seal = session.info.get(_APPENDED)
    if seal is not None:  # still inside the transaction: the head it is about to commit
        session.info[_APPENDED] = (seal, _head(session))


def _advance_anchor(session: Session) -> None:
    noted = session.info.pop(_APPENDED, None)
    if isinstance(noted, tuple):
        seal, (seq, row_hash) = noted
        try:
            seal.advance_anchor(seq, row_hash)
        except (OSError, AnchorInvalid):  # committed already: the anchor trails, verify-audit says so
            pass


def _forget_head(session: Session) -> None:
    session.info.pop(_APPENDED, None)


def _lock(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})


def record(session: Session, subject_ref: str, event: str, now: datetime, service_id: str | None = None,
           sections: list[str] | tuple[str, ...] = (), profile_version: int | None = None,
           consent_id: str | None = None, digest: str | None = None) -> int:
    """Append one event to the log; returns its seq. Part of the caller's transaction."""
    _lock(session)
    seq, prev_hash = _head(session)
    seq += 1
    row = dict(seq=seq, recorded_at=now.astimezone(timezone.utc).isoformat(timespec="microseconds"),
               subject_ref=subject_ref, event=event, service_id=service_id,
               sections=json.dumps(sorted(sections)), profile_version=profile_version,
               consent_id=consent_id, digest=digest)
    seal = seal_of(session)
    # A database no prepared store has sealed (a bare test database) is chained as before, unkeyed;
    # verify-audit, which always has the key, reports any such row after the keyed start.
    row_hash = seal.row_mac(prev_hash, row) if seal else _plain_hash(prev_hash, row)
    session.execute(insert(disclosures).values(**row, prev_hash=prev_hash, row_hash=row_hash))
    if seal is not None:
        session.info[_APPENDED] = seal
    return seq


@dataclass(frozen=True)
class Problem:
    seq: int
    what: str


def verify_chain(session: Session, seal: AuditSeal | None = None, batch: int = 5000) -> tuple[int, list[Problem]]:
    """(rows checked, problems). Streams the log in seq order, in batches. With `seal`: rows from
    the anchor's `keyed_from` on must carry the key's MAC, and the log must reach the anchored head."""
    problems: list[Problem] = []
    anchor, keyed_from = None, None
    if seal is not None:
        try:
            anchor = seal.read_anchor()
        except AnchorInvalid:
            problems.append(Problem(0, f"the anchor of the log's head ({seal.anchor_path.name}) was not written "
                                       "with the audit key (edited or replaced)"))
        if anchor is None and not problems:
            problems.append(Problem(0, f"the anchor of the log's head ({seal.anchor_path.name}) is missing"))
        keyed_from = anchor.keyed_from if anchor else 1
    expected_seq, prev_hash, checked, after, anchored_hash = 1, GENESIS, 0, 0, None
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
            keyed = seal is not None and keyed_from is not None and row.seq >= keyed_from
            expected = seal.row_mac(row.prev_hash, fields) if seal is not None and keyed else \
                _plain_hash(row.prev_hash, fields)
            if not hmac.compare_digest(row.row_hash, expected):
                problems.append(Problem(row.seq, "its contents do not match its " +
                                        ("MAC (edited, or chained without the audit key)" if keyed else
                                         "hash (edited)")))
            if anchor is not None and row.seq == anchor.seq:
                anchored_hash = row.row_hash
            expected_seq, prev_hash, after = row.seq + 1, row.row_hash, row.seq
    if anchor is not None and anchor.seq > 0:
        if after < anchor.seq:
            problems.append(Problem(anchor.seq, f"the log ends at row {after}, but row {anchor.seq} was written: "
                                                "the newest rows were cut"))
        elif anchored_hash is None or not hmac.compare_digest(anchored_hash, anchor.row_hash):
            problems.append(Problem(anchor.seq, "is not the row that was written there (replaced)"))
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
    held: dict[str, dict[str, Any]] = {}
    for row in rows:
        at = datetime.fromisoformat(row.recorded_at)
        entry = held.setdefault(row.service_id, {"sections": set(), "since": at, "consents": []})
        entry["sections"].update(json.loads(row.sections))
        entry["last"], entry["version"] = at, row.profile_version
        if row.consent_id and row.consent_id not in entry["consents"]:
            entry["consents"].append(row.consent_id)
    return [Holding(service, tuple(sorted(e["sections"])), e["since"], e["last"], e["version"],
                    tuple(e["consents"])) for service, e in held.items()]


def events_of(session: Session, subject_ref: str) -> list[dict[str, Any]]:
    rows = session.execute(select(disclosures).where(disclosures.c.subject_ref == subject_ref)
                           .order_by(disclosures.c.seq)).all()
    return [{"seq": r.seq, "at": r.recorded_at, "event": r.event, "service_id": r.service_id,
             "sections": json.loads(r.sections), "profile_version": r.profile_version,
             "consent_id": r.consent_id, "digest": r.digest} for r in rows]


def count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(disclosures)).scalar_one())
