"""Key rotation: re-wrap every person's data key, and every sealed conversation's, under a new
key-encryption key.

Ciphertexts are not touched: they are sealed with each person's (or conversation's) data key, which
does not change. Only the small wrapped copy of that key in each `persons` and `conversations` row
is replaced, one row per transaction, and only where the row still names an old key, so the work
can stop at any point and resume where it left off.

With key files (the embedded default) `start_rotation` makes the new key current:
1. a new key is written to `master.key.next` (fsync'd) unless one is already there;
2. the current key is copied to `retired/<id>.key`, so rows not yet re-wrapped stay readable;
3. the rotation is recorded in `key_rotations`, and `master.key.next` replaces `master.key`.
A crash between any two steps is picked up by running the command again. With keys from the
environment, set TELL_MASTER_KEY to the new key and TELL_RETIRED_KEYS to the old one, then `rewrap`.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session, sessionmaker

from consent_store import crypto
from consent_store.crypto import KEY_BYTES, KeyEncryptionKey
from consent_store.keys import Keyring, decode_key, load_keyring, retired_folder, write_secret
from consent_store.schema import conversations, key_rotations, persons


@dataclass(frozen=True)
class Rewrapped:
    rewrapped: int
    remaining: int
    key_id: str


def unfinished_rotation(sessions: sessionmaker[Session]) -> str | None:
    with sessions.begin() as session:
        row = session.execute(select(key_rotations.c.new_kek_id)
                              .where(key_rotations.c.finished_at.is_(None))).first()
    return row.new_kek_id if row else None


def start_rotation(sessions: sessionmaker[Session], master_path: Path, now: datetime) -> Keyring:
    """Make a new key current (file mode); returns the keyring to re-wrap with. Resumes a rotation
    that was interrupted instead of starting another."""
    next_path = master_path.with_name(master_path.name + ".next")
    if unfinished_rotation(sessions) and not next_path.exists():
        return load_keyring(master_path)  # the new key is already current: only re-wrapping is left
    if not next_path.exists():
        write_secret(next_path, os.urandom(KEY_BYTES))
    new = KeyEncryptionKey.from_bytes(decode_key(next_path.read_text()))
    current = load_keyring(master_path).current
    if current.key_id != new.key_id:
        retired = retired_folder(master_path) / f"{current.key_id}.key"
        if not retired.exists():
            retired.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            partial = retired.with_suffix(".partial")
            shutil.copyfile(master_path, partial)
            os.chmod(partial, 0o600)
            os.replace(partial, retired)
    with sessions.begin() as session:
        if not session.execute(select(key_rotations).where(key_rotations.c.new_kek_id == new.key_id)).first():
            session.execute(insert(key_rotations).values(new_kek_id=new.key_id, started_at=now, finished_at=None))
    os.replace(next_path, master_path)
    return load_keyring(master_path)


@dataclass(frozen=True)
class _Wrapped:
    """A table whose rows each hold a data key wrapped by a key-encryption key, bound to the row's key."""
    table: Table
    key: str  # the column the wrapping is bound to (and rows are found by)
    unchanged: tuple[str, ...] = ()  # columns a concurrent writer changes: re-wrap only if they did not


# People's data keys, and Rasa's sealed conversations (a conversation saved since the rotation began
# has a fresh data key under the new key already; one saved meanwhile under the old key is left for
# the next run, as its revision changed).
PEOPLE = _Wrapped(persons, "id")
CONVERSATIONS = _Wrapped(conversations, "handle_hash", ("revision",))


def _wrapped_where(sessions: sessionmaker[Session], conversation_sessions: sessionmaker[Session] | None
                   ) -> tuple[tuple[_Wrapped, sessionmaker[Session]], ...]:
    """Each table with the sessions of the database it is in (the conversations may be apart)."""
    return ((PEOPLE, sessions), (CONVERSATIONS, conversation_sessions or sessions))


def rewrap(sessions: sessionmaker[Session], keyring: Keyring, now: datetime, batch: int = 200,
           after_each: Callable[[], None] | None = None,
           conversation_sessions: sessionmaker[Session] | None = None) -> Rewrapped:
    """Re-wrap every data key not yet under `keyring.current`, one row per transaction.
    `conversation_sessions`: for Rasa's conversations, if they are in a database of their own."""
    new = keyring.current
    done = 0
    for wrapped, where in _wrapped_where(sessions, conversation_sessions):
        key = wrapped.table.c[wrapped.key]
        while True:
            with where.begin() as session:
                ids = session.execute(select(key).where(wrapped.table.c.kek_id != new.key_id)
                                      .order_by(key).limit(batch)).scalars().all()
            if not ids:
                break
            progressed = 0
            for row_key in ids:
                with where.begin() as session:
                    progressed += _rewrap_one(session, keyring, wrapped, row_key)
                if after_each:
                    after_each()
            done += progressed
            if not progressed:
                break  # rows still under a key this keyring cannot change now: reported as remaining
    remaining = 0
    for wrapped, where in _wrapped_where(sessions, conversation_sessions):
        with where.begin() as session:
            remaining += len(session.execute(select(wrapped.table.c[wrapped.key])
                                             .where(wrapped.table.c.kek_id != new.key_id)).all())
    with sessions.begin() as session:
        session.execute(update(key_rotations).where(key_rotations.c.new_kek_id == new.key_id,
                                                    key_rotations.c.finished_at.is_(None)).values(finished_at=now))
    return Rewrapped(done, remaining, new.key_id)


def _rewrap_one(session: Session, keyring: Keyring, wrapped: _Wrapped, row_key: str) -> int:
    table, key = wrapped.table, wrapped.table.c[wrapped.key]
    row = session.execute(select(table).where(key == row_key).with_for_update()).first()
    if row is None or row.kek_id == keyring.current.key_id:
        return 0  # erased meanwhile, or done by another run
    data_key = crypto.unwrap_data_key(keyring.key_for(row.kek_id), row.wrapped_data_key, row_key)
    still = [table.c[name] == getattr(row, name) for name in wrapped.unchanged]
    changed = cast(CursorResult, session.execute(update(table).where(  # an UPDATE's result has a rowcount
        key == row_key, table.c.kek_id == row.kek_id, *still).values(
        kek_id=keyring.current.key_id,
        wrapped_data_key=crypto.wrap_data_key(keyring.current, data_key, row_key))))
    return 1 if changed.rowcount else 0


def keys_still_used(sessions: sessionmaker[Session], conversation_sessions: sessionmaker[Session] | None = None) -> set[str]:
    used: set[str] = set()
    for wrapped, where in _wrapped_where(sessions, conversation_sessions):
        with where.begin() as session:
            used.update(session.execute(select(wrapped.table.c.kek_id).distinct()).scalars())
    return used
