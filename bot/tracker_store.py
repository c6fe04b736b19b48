"""Rasa's tracker store, sealed: the conversation history never sits in plain text.

Configured in endpoints.yml (`tracker_store: type: bot.tracker_store.EncryptedTrackerStore`); the
launcher imports the class before starting Rasa and stops with a plain message if it cannot, because
Rasa itself would silently fall back to an in-memory store. Rows are sealed by
`consent_store.conversations`, in the consent store's database (PostgreSQL with TELL_DATABASE_URL),
or in SQLite (the embedded default) a file of their own, `var/conversations.sqlite3`
(TELL_CONVERSATIONS_DATABASE_URL). Only this store writes that file, so a save never waits for the
consent store's writers, and it is read and written on Rasa's event loop: about a millisecond, where
handing it to a thread cost more in waiting for Python's lock under load than the work itself. A
database over the network is used from a thread, so a slow answer holds up one message, not all.
A conversation untouched for the retention period is deleted, and erasing a person deletes theirs.
Events before a restart are not kept: a restart (after "delete everything") is a fresh start.
"""
from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from typing import Any, Iterable, Optional

from rasa.core.tracker_store import SerializedTrackerAsText, TrackerStore
from rasa.shared.core.constants import ACTION_SESSION_START_NAME
from rasa.shared.core.conversation import Dialogue
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.config import load_settings
from bot.runtime import utc_now
from bot.store import prepare_store
from consent_store import conversations
from consent_store.database import make_sessionmaker
from consent_store.people import handle_hash

PURGE_EVERY_SECONDS = 3600


class EncryptedTrackerStore(TrackerStore, SerializedTrackerAsText):
    def __init__(self, domain: Optional[Domain] = None, host: Optional[str] = None, event_broker=None,
                 **kwargs: Any) -> None:
        super().__init__(domain, event_broker, **kwargs)
        self.settings = load_settings()
        store = prepare_store(self.settings)
        self.keyring, self.lookup_key = store.keyring, store.lookup_key
        self.sessions = make_sessionmaker(store.conversations_engine)
        self.reading = make_sessionmaker(store.conversations_engine, read_only=True)
        self.on_the_loop = store.conversations_apart and store.conversations_engine.dialect.name == "sqlite"
        self.retention = timedelta(days=self.settings.conversation_retention_days)
        self._purged_at = 0.0

    def _hash(self, sender_id: str) -> str:
        return handle_hash(self.lookup_key, sender_id)

    def _now(self):
        return utc_now()

    def _save(self, sender_id: str, dialogue: dict) -> None:
        events = dialogue.get("events", [])
        restarts = [i for i, e in enumerate(events) if e.get("event") == "restart"]
        if restarts:  # a restart forgets what came before it
            dialogue = {**dialogue, "events": events[restarts[-1]:]}
        now = self._now()
        with self.sessions.begin() as session:
            conversations.save(session, self.keyring, self._hash(sender_id),
                               {"sender_id": sender_id, "dialogue": dialogue}, now)
            if time.monotonic() - self._purged_at > PURGE_EVERY_SECONDS:
                conversations.forget_older_than(session, now - self.retention)
                self._purged_at = time.monotonic()

    def _load(self, sender_id: str) -> dict | None:
        with self.reading.begin() as session:
            document = conversations.load(session, self.keyring, self._hash(sender_id))
        return document["dialogue"] if document else None

    async def _run(self, work, *args):
        return work(*args) if self.on_the_loop else await asyncio.to_thread(work, *args)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        await self._run(self._save, tracker.sender_id, tracker.as_dialogue().as_dict())

    async def _retrieve(self, sender_id: str, fetch_all_sessions: bool) -> Optional[DialogueStateTracker]:
        dialogue = await self._run(self._load, sender_id)
        if dialogue is None:
            return None
        if not fetch_all_sessions:  # the last session: from its action_session_start on, as Rasa splits it
            events = dialogue.get("events") or []
            start = next((i for i in range(len(events) - 1, -1, -1) if events[i].get("event") == "action"
                          and events[i].get("name") == ACTION_SESSION_START_NAME), 0)
            dialogue = {**dialogue, "events": events[start:]}
        tracker = self.init_tracker(sender_id)  # Rasa's deserialise_tracker without a JSON round trip
        tracker.recreate_from_dialogue(Dialogue.from_parameters(dialogue))
        return tracker

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        return await self._retrieve(sender_id, fetch_all_sessions=False)

    async def retrieve_full_tracker(self, sender_id: str) -> Optional[DialogueStateTracker]:
        return await self._retrieve(sender_id, fetch_all_sessions=True)

    async def keys(self) -> Iterable[str]:
        def read() -> list[str]:
            with self.reading.begin() as session:
                return [d["sender_id"] for d in conversations.all_documents(session, self.keyring)]

        return await self._run(read)
