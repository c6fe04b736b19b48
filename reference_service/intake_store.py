"""What the reference service keeps: the intakes it was sent and its referrals' statuses.

Intakes are kept in a SQLite file, each document encrypted (Fernet) with the receiver's own key: it
stands for a service's records system, so it keeps what it is sent, and what it keeps is not plain
text on disk.
"""
from __future__ import annotations

import base64
import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

Json = dict[str, Any]  # an intake, a referral row or a FHIR resource as JSON


class IntakeStore:
    """What the service has received: one row per delivery id, documents encrypted."""

    def __init__(self, path: Path, key: bytes):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._fernet = Fernet(base64.urlsafe_b64encode(key))
        self._lock = threading.Lock()
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))  # 0600 before SQLite opens it; its -wal too
        os.chmod(path, 0o600)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS intakes (delivery_id TEXT PRIMARY KEY, service_id TEXT "
                         "NOT NULL, received_at REAL NOT NULL, document BLOB NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS referrals (task_id TEXT PRIMARY KEY, service_id TEXT NOT "
                         "NULL, delivery_id TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, updated_at REAL NOT NULL)")
        # Where a referral was when staff asked the person a question (it goes back there when answered),
        # and the answers the referrer sent, each kept once by its message id (documents encrypted).
        self._db.execute("CREATE TABLE IF NOT EXISTS holds (task_id TEXT PRIMARY KEY, held_from TEXT NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (message_id TEXT PRIMARY KEY, task_id TEXT NOT NULL, "
                         "received_at REAL NOT NULL, document BLOB NOT NULL)")
        # When staff last asked the person to check their story is still true (issue 21).
        self._db.execute("CREATE TABLE IF NOT EXISTS checks_asked (task_id TEXT PRIMARY KEY, asked_at REAL NOT NULL)")

    def add(self, delivery_id: str, service_id: str, document: Json, now: float) -> bool:
        """Keep an intake received at `now` (seconds since the epoch); False if this delivery id was
        already kept (nothing changes then)."""
        sealed = self._fernet.encrypt(json.dumps(document, ensure_ascii=False).encode())
        with self._lock:
            cursor = self._db.execute("INSERT OR IGNORE INTO intakes VALUES (?, ?, ?, ?)",
                                      (delivery_id, service_id, now, sealed))
            return cursor.rowcount == 1

    def _open(self, row: tuple[Any, ...]) -> Json:
        try:
            document = json.loads(self._fernet.decrypt(row[3]))
        except InvalidToken:
            document = {}
        return {"delivery_id": row[0], "service_id": row[1], "received_at": row[2], **document}

    def of_service(self, service_id: str) -> list[Json]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM intakes WHERE service_id = ? ORDER BY received_at",
                                    (service_id,)).fetchall()
        return [self._open(row) for row in rows]

    def get(self, service_id: str, delivery_id: str) -> Json | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM intakes WHERE service_id = ? AND delivery_id = ?",
                                   (service_id, delivery_id)).fetchone()
        return self._open(row) if row else None

    def count(self) -> int:
        with self._lock:
            count: int = self._db.execute("SELECT count(*) FROM intakes").fetchone()[0]
            return count

    def add_referral(self, task_id: str, service_id: str, delivery_id: str, status: str, now: float) -> bool:
        """Note a referral's Task as first delivered; False if it is known (an update of the story)."""
        with self._lock:
            return self._db.execute("INSERT OR IGNORE INTO referrals VALUES (?, ?, ?, ?, NULL, ?)",
                                    (task_id, service_id, delivery_id, status, now)).rowcount == 1

    def referrals_of(self, service_id: str) -> list[Json]:
        with self._lock:
            rows = self._db.execute("SELECT task_id, delivery_id, status, reason, updated_at FROM referrals "
                                    "WHERE service_id = ? ORDER BY updated_at", (service_id,)).fetchall()
        return [dict(zip(("task_id", "delivery_id", "status", "reason", "updated_at"), row, strict=True)) for row in rows]

    def referral(self, service_id: str, task_id: str) -> Json | None:
        return next((r for r in self.referrals_of(service_id) if r["task_id"] == task_id), None)

    def move_referral(self, task_id: str, status: str, reason: str | None, from_status: str, now: float) -> bool:
        """Set the status the referrer took, if it is still `from_status` (False otherwise)."""
        with self._lock:
            return self._db.execute("UPDATE referrals SET status = ?, reason = ?, updated_at = ? WHERE task_id = ? "
                                    "AND status = ?", (status, reason, now, task_id, from_status)).rowcount == 1

    def note_hold(self, task_id: str, held_from: str) -> None:
        """Staff asked a question of a referral that was `held_from` (kept until it is answered)."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO holds VALUES (?, ?)", (task_id, held_from))

    def held_from(self, task_id: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT held_from FROM holds WHERE task_id = ?", (task_id,)).fetchone()
        return str(row[0]) if row else None

    def add_answer(self, message_id: str, task_id: str, document: Json, now: float) -> bool:
        """Keep an answer the referrer sent; False if this message was kept already."""
        sealed = self._fernet.encrypt(json.dumps(document, ensure_ascii=False).encode())
        with self._lock:
            return self._db.execute("INSERT OR IGNORE INTO answers VALUES (?, ?, ?, ?)",
                                    (message_id, task_id, now, sealed)).rowcount == 1

    def answers_to(self, task_id: str) -> list[Json]:
        with self._lock:
            rows = self._db.execute("SELECT message_id, task_id, received_at, document FROM answers WHERE task_id = ? "
                                    "ORDER BY received_at", (task_id,)).fetchall()
        found = []
        for message_id, _, received_at, sealed in rows:
            try:
                document = json.loads(self._fernet.decrypt(sealed))
            except InvalidToken:
                document = {}
            found.append({"message_id": message_id, "received_at": received_at, **document})
        return found

    def note_check_asked(self, task_id: str, now: float) -> None:
        """Staff asked the person to check their story (the referrer took it) at `now`."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO checks_asked VALUES (?, ?)", (task_id, now))

    def check_asked_at(self, task_id: str) -> float | None:
        with self._lock:
            row = self._db.execute("SELECT asked_at FROM checks_asked WHERE task_id = ?", (task_id,)).fetchone()
        return float(row[0]) if row else None

    def close(self) -> None:
        self._db.close()
