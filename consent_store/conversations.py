"""Rasa's conversation history, sealed and appended to: a head row per conversation, found by the
keyed hash of its id, and one sealed batch of events per save.

A conversation has its own AES-256-GCM data key, wrapped by the key-encryption key in its head row
(`conversations`); key rotation re-wraps that one copy, which reaches every batch. Each save appends
one batch (`conversation_batches`), sealed with associated data naming the conversation's hash, its
revision and the batch's number, so a batch edited, swapped with another, moved to another
conversation or left over from an earlier revision does not open. The head holds, sealed and bound
to the conversation and revision, the sender id, how many batches there are and a digest chain
over every batch's sealed bytes: a batch missing from the middle or the end is noticed too. Any of
these raises the one opaque RecordUnreadable. (A whole conversation put back as it was, head and
batches together, cannot be told from the real one; nor could it before.)

A save costs the same at the hundredth message as at the first, and so can a read: `open_head`
opens the head alone, and `Reader.batches` only the batches asked for, each checked against its
place. `Reader.verify` checks the whole history without opening it (the digest chain, which is
hashing, not decrypting and parsing), and `load` (`Reader.everything`) opens and checks it all.

`replace` starts the conversation again (a restart, or a history Rasa rebuilt): a new revision and a
new data key, the old batches deleted. Conversations sealed before batches existed (one blob in the
head row, `batches` NULL) still open; the first save after that moves their events into batch 1.

The hash is the one `persons.handle_hash` holds, so erasing a person deletes their conversation too.
"""
from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable

import orjson
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from consent_store import crypto
from consent_store.errors import RecordUnreadable
from consent_store.keys import Keyring
from consent_store.schema import conversation_batches, conversations

KIND = "conversation"  # the single blob of the first format
HEAD, BATCH = "conversation-head", "conversation-batch"
CHAIN_START = hashlib.sha256(b"conversation-batches").digest()
# orjson writes and reads these in a fraction of the standard library's time.
ORJSON_OPTIONS = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS


@dataclass(frozen=True)
class Batch:
    """What one save appended: its events, and what the conversation's state was after them (slots,
    active loop; None where it was not recorded)."""
    events: list[dict[str, Any]]
    state: dict[str, Any] | None = None


@dataclass(frozen=True)
class Conversation:
    sender_id: str
    batches: list[Batch] = field(default_factory=list)

    @property
    def events(self) -> list[dict[str, Any]]:
        return [event for batch in self.batches for event in batch.events]


def _as_plain(value: Any) -> Any:
    if hasattr(value, "tolist"):  # a NumPy number or array (a classifier's confidence)
        return value.tolist()
    raise TypeError(f"{type(value).__name__} cannot be kept in a conversation")


def _serialise(document: Any) -> bytes:
    try:
        return orjson.dumps(document, option=ORJSON_OPTIONS)
    except TypeError:  # what orjson will not write (an integer beyond 64 bits): the standard library
        return json.dumps(document, ensure_ascii=False, default=_as_plain).encode()


def _deserialise(plain: bytes) -> Any:
    try:
        return orjson.loads(plain)
    except orjson.JSONDecodeError:  # NaN or Infinity, which the standard library writes and orjson refuses
        return json.loads(plain)


def _head_aad(handle_hash: str, revision: int) -> bytes:
    return crypto.associated_data(handle_hash, HEAD, revision)


def _batch_aad(handle_hash: str, revision: int, seq: int) -> bytes:
    return crypto.associated_data(handle_hash, BATCH, f"{revision}.{seq}")


def _chain(digest: bytes, ciphertext: bytes) -> bytes:
    """The digest over every batch so far, extended by the next one's sealed bytes."""
    return hashlib.sha256(digest + ciphertext).digest()


def _seal_head(data_key: bytes, handle_hash: str, revision: int, sender_id: str, batches: int,
               digest: bytes) -> bytes:
    return crypto.seal(data_key, _serialise({"sender_id": sender_id, "batches": batches, "digest": digest.hex()}),
                       _head_aad(handle_hash, revision))


def _open_head(data_key: bytes, row: Any) -> dict[str, Any]:
    head: dict[str, Any] = _deserialise(crypto.unseal(data_key, row.ciphertext,
                                                      _head_aad(row.handle_hash, row.revision)))
    if head.get("batches") != row.batches:
        raise RecordUnreadable()  # the count in clear was changed (batches cut off the end)
    return head


def _data_key(keys: Keyring, row: Any) -> bytes:
    return crypto.unwrap_data_key(keys.key_for(row.kek_id), row.wrapped_data_key, row.handle_hash)


def _insert_batch(session: Session, data_key: bytes, handle_hash: str, revision: int, seq: int,
                  batch: Batch) -> bytes:
    ciphertext = crypto.seal(data_key, _serialise({"events": batch.events, "state": batch.state}),
                             _batch_aad(handle_hash, revision, seq))
    session.execute(insert(conversation_batches).values(handle_hash=handle_hash, seq=seq, ciphertext=ciphertext))
    return ciphertext


def _head_for_update(session: Session, handle_hash: str) -> Any:
    return session.execute(select(conversations).where(conversations.c.handle_hash == handle_hash)
                           .with_for_update()).first()


def replace(session: Session, keys: Keyring, handle_hash: str, sender_id: str, events: list[dict[str, Any]],
            now: datetime, state: dict[str, Any] | None = None) -> None:
    """Start the conversation again with `events` (a new revision and data key; the old batches go)."""
    row = _head_for_update(session, handle_hash)
    revision = (row.revision + 1) if row else 1
    data_key, kek = crypto.new_data_key(), keys.current
    session.execute(delete(conversation_batches).where(conversation_batches.c.handle_hash == handle_hash))
    first = _insert_batch(session, data_key, handle_hash, revision, 1, Batch(events, state))
    values = dict(kek_id=kek.key_id, wrapped_data_key=crypto.wrap_data_key(kek, data_key, handle_hash),
                  revision=revision, batches=1, updated_at=now,
                  ciphertext=_seal_head(data_key, handle_hash, revision, sender_id, 1, _chain(CHAIN_START, first)))
    if row:
        session.execute(update(conversations).where(conversations.c.handle_hash == handle_hash).values(**values))
    else:
        session.execute(insert(conversations).values(handle_hash=handle_hash, **values))


def append(session: Session, keys: Keyring, handle_hash: str, sender_id: str, events: list[dict[str, Any]],
           now: datetime, state: dict[str, Any] | None = None) -> int:
    """Seal `events` as the conversation's next batch (starting it if there is none); returns how
    many batches it now has. The batches before are neither read nor sealed again (but once, to
    begin the digest chain of a head sealed before it)."""
    row = _head_for_update(session, handle_hash)
    if row is None:
        replace(session, keys, handle_hash, sender_id, events, now, state)
        return 1
    data_key = _data_key(keys, row)
    if row.batches is None:  # the first format: its events become batch 1 of a new revision
        old = _open_legacy(data_key, row)
        replace(session, keys, handle_hash, old.sender_id, old.events, now)
        return append(session, keys, handle_hash, sender_id, events, now, state)
    head = _open_head(data_key, row)  # the head must be this conversation's before it is extended
    if "digest" in head:
        digest = bytes.fromhex(head["digest"])
    else:  # a head sealed before the digest chain: every batch checked once, and the chain begun
        digest = Reader(session, row, data_key, head).verify()
    seq: int = row.batches + 1
    ciphertext = _insert_batch(session, data_key, handle_hash, row.revision, seq, Batch(events, state))
    session.execute(update(conversations).where(conversations.c.handle_hash == handle_hash).values(
        batches=seq, updated_at=now,
        ciphertext=_seal_head(data_key, handle_hash, row.revision, sender_id, seq, _chain(digest, ciphertext))))
    return seq


def _open_legacy(data_key: bytes, row: Any) -> Conversation:
    document = _deserialise(crypto.unseal(data_key, row.ciphertext,
                                          crypto.associated_data(row.handle_hash, KIND, row.revision)))
    dialogue = document.get("dialogue") or {}
    return Conversation(document.get("sender_id", ""), [Batch(list(dialogue.get("events") or []))])


class Reader:
    """One conversation with its head opened: its sender id, how many batches it has, and its
    batches opened on request (`batches`), or checked (`verify`) or opened (`everything`) whole."""

    def __init__(self, session: Session, row: Any, data_key: bytes, head: dict[str, Any] | None) -> None:
        self._session, self._row, self._key = session, row, data_key
        self._digest = bytes.fromhex(head["digest"]) if head and "digest" in head else None
        self._opened: dict[int, Batch] = {}
        if head is None:  # the first format: one blob, which is batch 1
            legacy = _open_legacy(data_key, row)
            self.sender_id, self.count, self._opened[1] = legacy.sender_id, 1, legacy.batches[0]
        else:
            self.sender_id, self.count = head["sender_id"], row.batches

    def _sealed(self, wanted: Iterable[int] | None = None) -> list[tuple[int, bytes]]:
        query = (select(conversation_batches.c.seq, conversation_batches.c.ciphertext)
                 .where(conversation_batches.c.handle_hash == self._row.handle_hash))
        if wanted is not None:
            query = query.where(conversation_batches.c.seq.in_(sorted(wanted)))
        return [(row.seq, row.ciphertext) for row in self._session.execute(query.order_by(conversation_batches.c.seq))]

    def _open_batch(self, seq: int, ciphertext: bytes) -> Batch:
        plain = _deserialise(crypto.unseal(self._key, ciphertext, _batch_aad(self._row.handle_hash,
                                                                            self._row.revision, seq)))
        return Batch(plain["events"], plain.get("state"))

    def batches(self, seqs: Iterable[int]) -> dict[int, Batch]:
        """Batches by number (1 to `count`), each opened and checked against its place; the others
        are not read."""
        wanted = {seq for seq in seqs if 1 <= seq <= self.count}
        missing = wanted - self._opened.keys()
        if missing:
            sealed = self._sealed(missing)
            if [seq for seq, _ in sealed] != sorted(missing):
                raise RecordUnreadable()  # a batch the head counts is not there
            for seq, ciphertext in sealed:
                self._opened[seq] = self._open_batch(seq, ciphertext)
        return {seq: self._opened[seq] for seq in sorted(wanted)}

    def _whole(self) -> list[tuple[int, bytes]]:
        sealed = self._sealed()
        if [seq for seq, _ in sealed] != list(range(1, self.count + 1)):
            raise RecordUnreadable()  # a batch missing, or one too many
        return sealed

    def verify(self) -> bytes:
        """Check the whole history against the head without opening it: every batch there, none
        more, and the digest chain over their sealed bytes the head's (a head from before the chain:
        every batch opened instead). Returns the chain's digest."""
        if self._row.batches is None:
            return b""  # the first format: the blob was checked when the head was opened
        sealed, digest = self._whole(), CHAIN_START
        for seq, ciphertext in sealed:
            digest = _chain(digest, ciphertext)
            if self._digest is None:
                crypto.unseal(self._key, ciphertext, _batch_aad(self._row.handle_hash, self._row.revision, seq))
        if self._digest is not None and not hmac.compare_digest(digest, self._digest):
            raise RecordUnreadable()
        return digest

    def everything(self) -> Conversation:
        """Every batch, opened and checked, and the whole checked against the head."""
        if self._row.batches is None:
            return Conversation(self.sender_id, [self._opened[1]])
        sealed, digest = self._whole(), CHAIN_START
        batches = []
        for seq, ciphertext in sealed:
            digest = _chain(digest, ciphertext)
            batches.append(self._opened.get(seq) or self._open_batch(seq, ciphertext))
        if self._digest is not None and not hmac.compare_digest(digest, self._digest):
            raise RecordUnreadable()
        return Conversation(self.sender_id, batches)


def open_head(session: Session, keys: Keyring, handle_hash: str) -> Reader | None:
    """The conversation's head, opened and checked, or None; no batch is read yet."""
    row = session.execute(select(conversations).where(conversations.c.handle_hash == handle_hash)).first()
    if row is None:
        return None
    data_key = _data_key(keys, row)
    return Reader(session, row, data_key, None if row.batches is None else _open_head(data_key, row))


def load(session: Session, keys: Keyring, handle_hash: str) -> Conversation | None:
    """The conversation, every batch opened and checked, or None; raises RecordUnreadable if any
    part of it was tampered with, reordered, moved or removed."""
    reader = open_head(session, keys, handle_hash)
    return reader.everything() if reader else None


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
