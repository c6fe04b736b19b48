"""Rasa's conversation history, sealed and appended to: a head row per conversation, found by the
keyed hash of its id, and one sealed batch of events per save.

A conversation has its own AES-256-GCM data key, wrapped by the key-encryption key in its head row
(`conversations`); key rotation re-wraps that one copy, which reaches every batch. Each save appends
one batch (`conversation_batches`), sealed with associated data naming the conversation's hash, its
revision and the batch's number, so a batch edited, swapped with another, moved to another
conversation or left over from an earlier revision does not open. The head holds, sealed and bound
to the conversation and revision, the sender id and how many batches there are: a batch missing
from the middle or the end is noticed too. Any of these raises the one opaque RecordUnreadable.
(A whole conversation put back as it was, head and batches together, cannot be told from the real
one; nor could it before.) A save costs the same at the hundredth message as at the first.

`replace` starts the conversation again (a restart, or a history Rasa rebuilt): a new revision and a
new data key, the old batches deleted. Conversations sealed before batches existed (one blob in the
head row, `batches` NULL) still open; the first save after that moves their events into batch 1.

The hash is the one `persons.handle_hash` holds, so erasing a person deletes their conversation too.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

import orjson
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from consent_store import crypto
from consent_store.errors import RecordUnreadable
from consent_store.keys import Keyring
from consent_store.schema import conversation_batches, conversations

KIND = "conversation"  # the single blob of the first format
HEAD, BATCH = "conversation-head", "conversation-batch"
# orjson writes and reads these in a fraction of the standard library's time.
ORJSON_OPTIONS = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS


@dataclass(frozen=True)
class Batch:
    """What one save appended: its events, and what the conversation's state was after them (slots,
    active loop; None where it was not recorded)."""
    events: list[dict]
    state: dict | None = None


@dataclass(frozen=True)
class Conversation:
    sender_id: str
    batches: list[Batch] = field(default_factory=list)

    @property
    def events(self) -> list[dict]:
        return [event for batch in self.batches for event in batch.events]


def _as_plain(value):
    if hasattr(value, "tolist"):  # a NumPy number or array (a classifier's confidence)
        return value.tolist()
    raise TypeError(f"{type(value).__name__} cannot be kept in a conversation")


def _serialise(document) -> bytes:
    try:
        return orjson.dumps(document, option=ORJSON_OPTIONS)
    except TypeError:  # what orjson will not write (an integer beyond 64 bits): the standard library
        return json.dumps(document, ensure_ascii=False, default=_as_plain).encode()


def _deserialise(plain: bytes):
    try:
        return orjson.loads(plain)
    except orjson.JSONDecodeError:  # NaN or Infinity, which the standard library writes and orjson refuses
        return json.loads(plain)


def _head_aad(handle_hash: str, revision: int) -> bytes:
    return crypto.associated_data(handle_hash, HEAD, revision)


def _batch_aad(handle_hash: str, revision: int, seq: int) -> bytes:
    return crypto.associated_data(handle_hash, BATCH, f"{revision}.{seq}")


def _seal_head(data_key: bytes, handle_hash: str, revision: int, sender_id: str, batches: int) -> bytes:
    return crypto.seal(data_key, _serialise({"sender_id": sender_id, "batches": batches}),
                       _head_aad(handle_hash, revision))


def _open_head(data_key: bytes, row) -> dict:
    head = _deserialise(crypto.unseal(data_key, row.ciphertext, _head_aad(row.handle_hash, row.revision)))
    if head.get("batches") != row.batches:
        raise RecordUnreadable()  # the count in clear was changed (batches cut off the end)
    return head


def _data_key(keys: Keyring, row) -> bytes:
    return crypto.unwrap_data_key(keys.key_for(row.kek_id), row.wrapped_data_key, row.handle_hash)


def _insert_batch(session: Session, data_key: bytes, handle_hash: str, revision: int, seq: int,
                  batch: Batch) -> None:
    session.execute(insert(conversation_batches).values(
        handle_hash=handle_hash, seq=seq,
        ciphertext=crypto.seal(data_key, _serialise({"events": batch.events, "state": batch.state}),
                               _batch_aad(handle_hash, revision, seq))))


def _head_for_update(session: Session, handle_hash: str):
    return session.execute(select(conversations).where(conversations.c.handle_hash == handle_hash)
                           .with_for_update()).first()


def replace(session: Session, keys: Keyring, handle_hash: str, sender_id: str, events: list[dict],
            now: datetime, state: dict | None = None) -> None:
    """Start the conversation again with `events` (a new revision and data key; the old batches go)."""
    row = _head_for_update(session, handle_hash)
    revision = (row.revision + 1) if row else 1
    data_key, kek = crypto.new_data_key(), keys.current
    session.execute(delete(conversation_batches).where(conversation_batches.c.handle_hash == handle_hash))
    _insert_batch(session, data_key, handle_hash, revision, 1, Batch(events, state))
    values = dict(kek_id=kek.key_id, wrapped_data_key=crypto.wrap_data_key(kek, data_key, handle_hash),
                  revision=revision, batches=1, updated_at=now,
                  ciphertext=_seal_head(data_key, handle_hash, revision, sender_id, 1))
    if row:
        session.execute(update(conversations).where(conversations.c.handle_hash == handle_hash).values(**values))
    else:
        session.execute(insert(conversations).values(handle_hash=handle_hash, **values))


def append(session: Session, keys: Keyring, handle_hash: str, sender_id: str, events: list[dict],
           now: datetime, state: dict | None = None) -> int:
    """Seal `events` as the conversation's next batch (starting it if there is none); returns how
    many batches it now has. The batches before are neither read nor sealed again."""
    row = _head_for_update(session, handle_hash)
    if row is None:
        replace(session, keys, handle_hash, sender_id, events, now, state)
        return 1
    data_key = _data_key(keys, row)
    if row.batches is None:  # the first format: its events become batch 1 of a new revision
        old = _open_legacy(data_key, row)
        replace(session, keys, handle_hash, old.sender_id, old.events, now)
        return append(session, keys, handle_hash, sender_id, events, now, state)
    _open_head(data_key, row)  # the head must be this conversation's before it is extended
    seq = row.batches + 1
    _insert_batch(session, data_key, handle_hash, row.revision, seq, Batch(events, state))
    session.execute(update(conversations).where(conversations.c.handle_hash == handle_hash).values(
        batches=seq, updated_at=now, ciphertext=_seal_head(data_key, handle_hash, row.revision, sender_id, seq)))
    return seq


def _open_legacy(data_key: bytes, row) -> Conversation:
    document = _deserialise(crypto.unseal(data_key, row.ciphertext,
                                          crypto.associated_data(row.handle_hash, KIND, row.revision)))
    dialogue = document.get("dialogue") or {}
    return Conversation(document.get("sender_id", ""), [Batch(list(dialogue.get("events") or []))])


def _open(session: Session, keys: Keyring, row) -> Conversation:
    data_key = _data_key(keys, row)
    if row.batches is None:
        return _open_legacy(data_key, row)
    head = _open_head(data_key, row)
    sealed = session.execute(select(conversation_batches.c.seq, conversation_batches.c.ciphertext)
                             .where(conversation_batches.c.handle_hash == row.handle_hash)
                             .order_by(conversation_batches.c.seq)).all()
    if [seq for seq, _ in sealed] != list(range(1, row.batches + 1)):
        raise RecordUnreadable()  # a batch missing, or one too many
    batches = []
    for seq, ciphertext in sealed:
        plain = _deserialise(crypto.unseal(data_key, ciphertext, _batch_aad(row.handle_hash, row.revision, seq)))
        batches.append(Batch(plain["events"], plain.get("state")))
    return Conversation(head["sender_id"], batches)


def load(session: Session, keys: Keyring, handle_hash: str) -> Conversation | None:
    """The conversation, every batch opened and checked, or None; raises RecordUnreadable if any
    part of it was tampered with, reordered, moved or removed."""
    row = session.execute(select(conversations).where(conversations.c.handle_hash == handle_hash)).first()
    return _open(session, keys, row) if row else None


def all_sender_ids(session: Session, keys: Keyring) -> list[str]:
    """Every conversation's sender id (Rasa's `keys()`): only the heads are opened, or the old blobs."""
    ids = []
    for row in session.execute(select(conversations)).all():
        data_key = _data_key(keys, row)
        ids.append(_open_legacy(data_key, row).sender_id if row.batches is None
                   else _open_head(data_key, row)["sender_id"])
    return ids


def forget(session: Session, handle_hash: str) -> None:
    session.execute(delete(conversation_batches).where(conversation_batches.c.handle_hash == handle_hash))
    session.execute(delete(conversations).where(conversations.c.handle_hash == handle_hash))


def forget_older_than(session: Session, cutoff: datetime) -> int:
    """Delete conversations untouched since `cutoff` (the retention period), every batch of them;
    returns how many conversations."""
    old = session.execute(select(conversations.c.handle_hash).where(conversations.c.updated_at < cutoff)
                          .with_for_update()).scalars().all()  # a save meanwhile waits, then starts afresh
    for start in range(0, len(old), 500):
        chunk = old[start:start + 500]
        session.execute(delete(conversation_batches).where(conversation_batches.c.handle_hash.in_(chunk)))
        session.execute(delete(conversations).where(conversations.c.handle_hash.in_(chunk)))
    return len(old)
