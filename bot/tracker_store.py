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

A turn costs the same at the hundredth message as at the first (SMS users send many short ones):
- a save appends only the events this turn added, sealed as one batch; the tracker remembers how
  many of its events are stored already (a tracker that does not, or a restart, starts again);
- Rasa is given the last session as a working tracker of bounded length: the state (slots, active
  loop) recorded with the batch KEEP_BATCHES saves back, as events, then every event since. Rasa's
  rules look only a few turns back, and everything it does per turn (the session check, the rules'
  states, the forms' undo) walks the whole tracker, so a longer one only costs time. The full
  history is still read and checked at every load, and `retrieve_full_tracker` gives all of it.
"""
from __future__ import annotations

import asyncio
import dataclasses
import itertools
import time
from datetime import timedelta
from typing import Any, Iterable, Optional

from rasa.core.tracker_store import SerializedTrackerAsText, TrackerStore
from rasa.shared.core.constants import ACTION_SESSION_START_NAME
from rasa.shared.core.conversation import Dialogue
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import deserialise_events
from rasa.shared.core.trackers import DialogueStateTracker

from bot.config import load_settings
from bot.runtime import utc_now
from bot.store import prepare_store
from consent_store import conversations
from consent_store.database import make_sessionmaker
from consent_store.people import handle_hash

PURGE_EVERY_SECONDS = 3600
# Saves (turns) of the last session given to Rasa in full; older ones as the state they left.
KEEP_BATCHES = 20
STORED = "_sealed_events"  # set on a tracker: how many of its events are stored already
BATCHES, LOOP = "_sealed_batches", "_sealed_loop"  # and how many batches, and its active loop's start
LISTEN = {"event": "action", "name": "action_listen"}


def _state(tracker: DialogueStateTracker, new: list[dict], seq: int) -> dict:
    """What a working tracker starting after this save (batch `seq`) needs: slots, the active loop,
    the batch it began in and whether it was ever rejected (an unhappy path, which Rasa reads from
    the whole loop's events: such a conversation is given to Rasa whole)."""
    loop = tracker.active_loop
    if not loop or not loop.name:
        return {"slots": tracker.current_slot_values(), "active_loop": None}
    before = getattr(tracker, LOOP, None) or {}
    began_here = any(e.get("event") == "active_loop" and e.get("name") == loop.name for e in new)
    same = not began_here and before.get("name") == loop.name and before.get("since")
    rejected = any(e.get("event") == "action_execution_rejected" and e.get("name") == loop.name for e in new)
    return {"slots": tracker.current_slot_values(), "active_loop": dataclasses.asdict(loop),
            "loop_since": before["since"] if same else (seq if began_here else None),
            "loop_unhappy": bool(rejected or (same and before.get("unhappy")))}


def _loop_of(state: dict | None) -> dict | None:
    loop = (state or {}).get("active_loop")
    return {"name": loop["name"], "since": state.get("loop_since"), "unhappy": state.get("loop_unhappy")} if loop else None


def _state_as_events(state: dict, initial: dict, timestamp: float) -> list[dict]:
    """Events that bring a fresh tracker to `state`."""
    events = [{"event": "slot", "timestamp": timestamp, "name": name, "value": value}
              for name, value in state.get("slots", {}).items() if name in initial and value != initial[name]]
    loop = state.get("active_loop") or {}
    if loop.get("name"):
        events.append({"event": "active_loop", "timestamp": timestamp, "name": loop["name"]})
        if loop.get("is_interrupted"):
            events.append({"event": "loop_interrupted", "timestamp": timestamp, "is_interrupted": True})
        if loop.get("rejected"):
            events.append({"event": "action_execution_rejected", "timestamp": timestamp, "name": loop["name"]})
    return events


def _is_session_start(event: dict) -> bool:
    return event.get("event") == "action" and event.get("name") == ACTION_SESSION_START_NAME


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

    def _save(self, sender_id: str, events: list[dict], state: dict, start_again: bool) -> None:
        restarts = [i for i, e in enumerate(events) if e.get("event") == "restart"]
        if restarts:  # a restart forgets what came before it
            events, start_again = events[restarts[-1]:], True
        now = self._now()
        with self.sessions.begin() as session:
            if start_again:
                conversations.replace(session, self.keyring, self._hash(sender_id), sender_id, events, now, state)
            else:
                conversations.append(session, self.keyring, self._hash(sender_id), sender_id, events, now, state)
            if time.monotonic() - self._purged_at > PURGE_EVERY_SECONDS:
                conversations.forget_older_than(session, now - self.retention)
                self._purged_at = time.monotonic()

    def _load(self, sender_id: str) -> conversations.Conversation | None:
        with self.reading.begin() as session:
            return conversations.load(session, self.keyring, self._hash(sender_id))

    async def _run(self, work, *args):
        return work(*args) if self.on_the_loop else await asyncio.to_thread(work, *args)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        stored, count = getattr(tracker, STORED, None), len(tracker.events)
        start_again = stored is None or stored > count  # not a tracker this store gave out: its events are all
        new = [event.as_dict() for event in itertools.islice(tracker.events, 0 if start_again else stored, None)]
        if new or start_again:
            seq = 1 if start_again else getattr(tracker, BATCHES, 0) + 1
            state = _state(tracker, new, seq)
            await self._run(self._save, tracker.sender_id, new, state, start_again)
            setattr(tracker, BATCHES, seq)
            setattr(tracker, LOOP, _loop_of(state))
        setattr(tracker, STORED, count)

    def _working_events(self, conversation: conversations.Conversation, initial: dict) -> list[dict]:
        """The last session (from its action_session_start on, as Rasa splits it), or, when that is
        longer, its state KEEP_BATCHES saves back followed by every event since. An active loop's
        first turns are kept too (after the state before them), as Rasa reads them in every turn of
        the loop; a loop ever rejected keeps the whole session."""
        events, batches = conversation.events, conversation.batches
        session_start = next((i for i in range(len(events) - 1, -1, -1) if _is_session_start(events[i])), 0)
        ends = list(itertools.accumulate(len(batch.events) for batch in batches))

        def state_after(j: int) -> list[dict] | None:  # events for the state after batch j (0-based)
            if j < 0:
                return [] if session_start == 0 else None
            if ends[j] < session_start or batches[j].state is None:
                return None
            timestamp = next((e["timestamp"] for e in events[ends[j]:] if "timestamp" in e), time.time())
            return _state_as_events(batches[j].state, initial, timestamp)

        cut = len(batches) - 1 - KEEP_BATCHES
        state = batches[cut].state if cut >= 0 else None
        loop = (state or {}).get("active_loop")
        context: list[dict] = []
        if loop:
            since = state.get("loop_since")
            if state.get("loop_unhappy") or not since:
                return events[session_start:]
            first = since - 2  # 0-based: the turn before the loop began, and the one it began in
            if first - 1 >= cut - 1:
                cut = first - 1
            else:
                before = state_after(first - 1)
                if before is None:
                    return events[session_start:]
                context = before + [LISTEN] + events[ends[first - 1] if first > 0 else 0:ends[since - 1]]
        if cut < 0 or ends[cut] <= session_start or (snapshot := state_after(cut)) is None:
            return events[session_start:]
        return context + snapshot + ([] if context else [LISTEN]) + events[ends[cut]:]

    async def _retrieve(self, sender_id: str, fetch_all_sessions: bool) -> Optional[DialogueStateTracker]:
        conversation = await self._run(self._load, sender_id)
        if conversation is None:
            return None
        tracker = self.init_tracker(sender_id)  # Rasa's deserialise_tracker without a JSON round trip
        if fetch_all_sessions:
            events = conversation.events
        else:
            events = self._working_events(conversation, tracker.current_slot_values())
        tracker.recreate_from_dialogue(Dialogue(sender_id, deserialise_events(events)))
        loop = (conversation.batches[-1].state or {}).get("active_loop") if conversation.batches else None
        if loop and tracker.active_loop and tracker.active_loop.name == loop.get("name"):
            tracker.active_loop.trigger_message = loop.get("trigger_message")
        setattr(tracker, STORED, len(tracker.events))
        setattr(tracker, BATCHES, len(conversation.batches))
        setattr(tracker, LOOP, _loop_of(conversation.batches[-1].state) if conversation.batches else None)
        return tracker

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        return await self._retrieve(sender_id, fetch_all_sessions=False)

    async def retrieve_full_tracker(self, sender_id: str) -> Optional[DialogueStateTracker]:
        return await self._retrieve(sender_id, fetch_all_sessions=True)

    async def keys(self) -> Iterable[str]:
        def read() -> list[str]:
            with self.reading.begin() as session:
                return conversations.all_sender_ids(session, self.keyring)

        return await self._run(read)
