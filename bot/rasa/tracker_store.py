"""Rasa's tracker store, sealed: the conversation history never sits in plain text.

Configured in endpoints.yml (`tracker_store: type: bot.rasa.tracker_store.EncryptedTrackerStore`); the
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
  states, the forms' undo) walks the whole tracker, so a longer one only costs time;
- a turn opens only the sealed head and the batches that working tracker is made of (each batch
  records where the last session and its active loop began, so nothing older is needed to know
  which). Each batch opened is checked against its place, and the head against the conversation.
  The whole history is checked (every batch there, and the head's digest chain over them) by
  `retrieve_full_tracker`, which gives all of it, and by every FULL_CHECK_EVERY-th turn, so a batch
  tampered with where no turn reads it is still noticed within that many turns.
"""
from __future__ import annotations

import asyncio
import dataclasses
import itertools
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable, Iterable, Optional, TypeVar

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SerializedTrackerAsText, TrackerStore
from rasa.shared.core.constants import ACTION_SESSION_START_NAME
from rasa.shared.core.conversation import Dialogue
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import deserialise_events
from rasa.shared.core.trackers import DialogueStateTracker

from bot.ops.runtime import utc_now
from bot.rasa.channels import SMS_FROM
from bot.settings import load_settings
from consent_store import conversations
from consent_store.database import make_sessionmaker
from consent_store.people import handle_hash
from consent_store.setup import prepare_store

PURGE_EVERY_SECONDS = 3600
# Saves (turns) of the last session given to Rasa in full; older ones as the state they left. Our
# rules (data/rules) are each one turn long; ten turns are about what the first ten messages give.
KEEP_BATCHES = 10
FULL_CHECK_EVERY = 20  # a turn reading a conversation of a multiple of this many batches checks it all
STORED = "_sealed_events"  # set on a tracker: how many of its events are stored already
BATCHES, LOOP = "_sealed_batches", "_sealed_loop"  # and how many batches, and its active loop's start
SESSION = "_sealed_session"  # and the batch its last session began in (0: none)
LISTEN = {"event": "action", "name": "action_listen"}
Json = dict[str, Any]  # an event or a saved state, as Rasa serialises them
_T = TypeVar("_T")


def _without_number(event: Json) -> Json:
    """An event as kept: without the number an SMS came from (its metadata, for that turn only)."""
    if SMS_FROM not in (event.get("metadata") or {}) and SMS_FROM not in ((event.get("parse_data") or {}).get("metadata") or {}):
        return event
    kept = {**event, "metadata": {k: v for k, v in (event.get("metadata") or {}).items() if k != SMS_FROM}}
    if isinstance(event.get("parse_data"), dict):
        parsed = event["parse_data"]
        kept["parse_data"] = {**parsed, "metadata": {k: v for k, v in (parsed.get("metadata") or {}).items()
                                                     if k != SMS_FROM}}
    return kept


def _state(tracker: DialogueStateTracker, new: list[Json], seq: int) -> Json:
    """What a working tracker starting after this save (batch `seq`) needs: slots, the active loop,
    the batch it began in and whether it was ever rejected (an unhappy path, which Rasa reads from
    the whole loop's events: such a conversation is given to Rasa whole), and the batch the last
    session began in (None where that is not known: such a conversation is read whole)."""
    began = any(_is_session_start(e) for e in new)
    session = seq if began else (0 if seq == 1 else getattr(tracker, SESSION, None))
    loop = tracker.active_loop
    if not loop or not loop.name:
        return {"slots": tracker.current_slot_values(), "active_loop": None, "session": session}
    before = getattr(tracker, LOOP, None) or {}
    began_here = any(e.get("event") == "active_loop" and e.get("name") == loop.name for e in new)
    same = not began_here and before.get("name") == loop.name and before.get("since")
    rejected = any(e.get("event") == "action_execution_rejected" and e.get("name") == loop.name for e in new)
    return {"slots": tracker.current_slot_values(), "active_loop": dataclasses.asdict(loop),
            "loop_since": before["since"] if same else (seq if began_here else None),
            "loop_unhappy": bool(rejected or (same and before.get("unhappy"))), "session": session}


def _loop_of(state: Json | None) -> Json | None:
    given = state or {}
    loop = given.get("active_loop")
    return {"name": loop["name"], "since": given.get("loop_since"), "unhappy": given.get("loop_unhappy")} if loop else None


def _state_as_events(state: Json, initial: Json, timestamp: float) -> list[Json]:
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


def _is_session_start(event: Json) -> bool:
    return event.get("event") == "action" and event.get("name") == ACTION_SESSION_START_NAME


def _working_events(count: int, session: int, get: Callable[[Iterable[int]], dict[int, conversations.Batch]],
                    initial: Json) -> list[Json]:
    """The last session (from its action_session_start on, as Rasa splits it; it began in batch
    `session`, 0 if none), or, when that is longer, its state KEEP_BATCHES saves back followed by
    every event since. An active loop's first turns are kept too (after the state before them), as
    Rasa reads them in every turn of the loop; a loop ever rejected keeps the whole session. `get`
    opens batches by number (1 to `count`); only those needed are asked for."""
    def events_of(first: int, last: int) -> list[Json]:
        return [e for batch in get(range(max(first, 1), last + 1)).values() for e in batch.events]

    def session_start() -> int:  # where in its batch the last session began
        began = get([session])[session].events
        return next((i for i in range(len(began) - 1, -1, -1) if _is_session_start(began[i])), 0)

    def whole_session() -> list[Json]:
        return events_of(1, count) if session == 0 else events_of(session, count)[session_start():]

    def state_after(seq: int) -> list[Json] | None:  # events for the state after batch `seq`
        if seq < 1:
            return [] if session == 0 else None
        # not a state from an earlier session (the one just before a session beginning its batch is)
        earlier = seq < session - 1 or (seq == session - 1 and session_start() > 0)
        state = None if earlier else get([seq])[seq].state
        if state is None:
            return None
        timestamp = next((e["timestamp"] for e in events_of(seq + 1, min(seq + 1, count)) if "timestamp" in e),
                         time.time())
        return _state_as_events(state, initial, timestamp)

    cut = count - KEEP_BATCHES  # the batch whose state the working tracker starts from
    if cut < 1 or cut < session:
        return whole_session()
    state = get(range(cut, count + 1))[cut].state or {}
    context: list[Json] = []
    if state.get("active_loop"):
        since = state.get("loop_since")
        if state.get("loop_unhappy") or not since or since > cut:
            return whole_session()
        get({since - 2, since - 1, since, session})  # and one for the loop's first turns
        before = state_after(since - 2)  # the state before the turn before the loop began
        if before is None:
            return whole_session()
        context = before + [LISTEN] + events_of(since - 1, since)
    snapshot = state_after(cut)
    if snapshot is None:
        return whole_session()
    return context + snapshot + ([] if context else [LISTEN]) + events_of(cut + 1, count)


@dataclass(frozen=True)
class _Loaded:
    events: list[Json]  # what Rasa is given
    batches: int
    latest: Json | None  # the state recorded with the last batch
    session: int | None


class EncryptedTrackerStore(TrackerStore, SerializedTrackerAsText):  # type: ignore[misc]  # Rasa ships no types
    def __init__(self, domain: Optional[Domain] = None, host: Optional[str] = None,
                 event_broker: Optional[EventBroker] = None,
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

    def _now(self) -> datetime:
        return utc_now()

    def _save(self, sender_id: str, events: list[Json], state: Json, start_again: bool) -> None:
        now = self._now()
        with self.sessions.begin() as session:
            if start_again:
                conversations.replace(session, self.keyring, self._hash(sender_id), sender_id, events, now, state)
            else:
                conversations.append(session, self.keyring, self._hash(sender_id), sender_id, events, now, state)
            if time.monotonic() - self._purged_at > PURGE_EVERY_SECONDS:
                conversations.forget_older_than(session, now - self.retention)
                self._purged_at = time.monotonic()

    def _load(self, sender_id: str, initial: Json, everything: bool) -> _Loaded | None:
        with self.reading.begin() as session:
            reader = conversations.open_head(session, self.keyring, self._hash(sender_id))
            if reader is None:
                return None
            count = reader.count  # one read for the batches from the cut on (all of a short conversation)
            latest = reader.batches(range(max(1, count - KEEP_BATCHES), count + 1))[count].state
            began = (latest or {}).get("session")
            if everything or not isinstance(began, int) or not 0 <= began <= count:
                # (and a conversation whose batches did not yet note where its session began)
                batches = reader.everything().batches
                began = max((seq for seq, batch in enumerate(batches, start=1)
                             if any(_is_session_start(e) for e in batch.events)), default=0)
                if everything:
                    return _Loaded([e for batch in batches for e in batch.events], count, latest, began)
                events = _working_events(count, began, lambda seqs: {n: batches[n - 1] for n in seqs if 1 <= n <= count},
                                         initial)
            else:
                if count % FULL_CHECK_EVERY == 0:
                    reader.verify()
                events = _working_events(count, began, reader.batches, initial)
            return _Loaded(events, count, latest, began)

    async def _run(self, work: Callable[..., _T], *args: Any) -> _T:
        return work(*args) if self.on_the_loop else await asyncio.to_thread(work, *args)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        stored, count = getattr(tracker, STORED, None), len(tracker.events)
        start_again = stored is None or stored > count  # not a tracker this store gave out: its events are all
        new = [_without_number(event.as_dict())
               for event in itertools.islice(tracker.events, 0 if start_again else stored, None)]
        restarts = [i for i, e in enumerate(new) if e.get("event") == "restart"]
        if restarts:  # a restart forgets what came before it (so the batch numbers start again too)
            new, start_again = new[restarts[-1]:], True
        if new or start_again:
            seq = 1 if start_again else getattr(tracker, BATCHES, 0) + 1
            state = _state(tracker, new, seq)
            await self._run(self._save, tracker.sender_id, new, state, start_again)
            setattr(tracker, BATCHES, seq)
            setattr(tracker, LOOP, _loop_of(state))
            setattr(tracker, SESSION, state["session"])
        setattr(tracker, STORED, count)

    async def _retrieve(self, sender_id: str, fetch_all_sessions: bool) -> Optional[DialogueStateTracker]:
        tracker = self.init_tracker(sender_id)  # Rasa's deserialise_tracker without a JSON round trip
        loaded = await self._run(self._load, sender_id, tracker.current_slot_values(), fetch_all_sessions)
        if loaded is None:
            return None
        tracker.recreate_from_dialogue(Dialogue(sender_id, deserialise_events(loaded.events)))
        loop = (loaded.latest or {}).get("active_loop")
        if loop and tracker.active_loop and tracker.active_loop.name == loop.get("name"):
            tracker.active_loop.trigger_message = loop.get("trigger_message")
        setattr(tracker, STORED, len(tracker.events))
        setattr(tracker, BATCHES, loaded.batches)
        setattr(tracker, LOOP, _loop_of(loaded.latest))
        setattr(tracker, SESSION, loaded.session)
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
