"""Honest failure: a person is told plainly when what they sent was not kept; never an empty answer.

In the action server (installed by bot/rasa/server.py over rasa-sdk's executor), every action runs
inside `answer_failures`. An action that raises returns no events, so nothing half-done is recorded
in the conversation (a form's validation sets the slots it was given back to empty: the form still
waits for the same slot, and the person's next message is taken as the one that was lost), and one
plain reply instead of what it had said so far:
- replies.RECORD_UNREADABLE when a sealed record did not open (consent_store's RecordUnreadable,
  anywhere in the chain): a way on, and a line in the operator's log (`note_unreadable`);
- replies.NOT_KEPT for anything else (a store that refuses writes, a database away, a bug).
The failure is logged with its traceback, which bot/rasa/quiet_logs.py redacts. An `action_ask_*` (a
form's next question: "Thank you, I have kept that...") is not run after such a reply in the same
turn, nor is the reply said twice.

In the Rasa server, the last resort (`install_last_resort`): a user message in whose turn a call to
the action server failed (the server down, or answering an error), or that got no reply at all, is
answered with replies.NOT_KEPT, on every channel (REST, the web chat through it, SMS); one whose
conversation (Rasa's sealed tracker) does not open gets replies.RECORD_UNREADABLE, noted for staff
as "conversation" (Rasa's own fallback, which started such a conversation afresh in silence and then
overwrote it, is taken away: `no_silent_fallback`).

The operator's log of unreadable records (var/log/unreadable-records.log: per failure its time and
where it happened, no words, no ids) is consent_store/unreadable.py's; `python -m consent_store
unreadable-records` reports it.
"""
from __future__ import annotations

import contextlib
import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Awaitable, Callable

from bot.conversation.wording import NOT_KEPT, RECORD_UNREADABLE
from consent_store.errors import RecordUnreadable
from consent_store.unreadable import note_unreadable

log = logging.getLogger(__name__)

FAILURE_REPLIES = frozenset({NOT_KEPT.text, RECORD_UNREADABLE.text})
_FAILED = "_tell_action_failed"  # set on a Rasa output channel when an action call failed
_ANSWERS_FAILURES = "_tell_answers_failures"  # marks rasa-sdk's run once wrapped by install_action_failures
_LISTENS_AFTER_BREAK = "_tell_listens_after_break"  # marks MessageProcessor.__init__ once wrapped
_NOTES_FAILURES = "_tell_notes_failures"  # marks Rasa's RemoteAction.run once wrapped by install_last_resort
Json = dict[str, Any]  # an action call, a tracker, an event or a response as Rasa sends them


def unreadable_in(error: BaseException) -> bool:
    """Whether a sealed record failing to open is `error` or among its causes and contexts."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, RecordUnreadable):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def noting_unreadable(var_dir: Path, where: str, read: Callable[..., Any],
                      clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> Callable[..., Any]:
    """`read`, with a record that fails its check noted in the operator's log (and still raised)."""
    def reading(*args: Any, **kwargs: Any) -> Any:
        try:
            return read(*args, **kwargs)
        except Exception as error:
            if unreadable_in(error):
                note_unreadable(var_dir, where, clock())
            raise
    return reading


# --- the action server ------------------------------------------------------------------------

def _turn(tracker: Json) -> list[Json]:
    """The events of the current turn: from the latest user message on."""
    events = list(tracker.get("events") or [])
    starts = [i for i, event in enumerate(events) if event.get("event") == "user"]
    return events[starts[-1]:] if starts else events


def already_told(action_call: Json) -> bool:
    """Whether the person was already told, in this turn, that something failed."""
    return any(event.get("event") == "bot" and event.get("text") in FAILURE_REPLIES
               for event in _turn(action_call.get("tracker") or {}))


def candidates_undone(action_call: Json) -> list[Json]:
    """For a form's validation: each slot it was asked to validate set back to empty, as for a
    reply it did not accept, and the same slot requested, so the form waits for it again instead
    of taking the lost message as filled. Nothing for any other action."""
    if not str(action_call.get("next_action") or "").startswith("validate_"):
        return []
    from rasa_sdk.events import SlotSet
    from rasa_sdk.interfaces import Tracker

    tracker = Tracker.from_dict(action_call.get("tracker") or {})
    # The slot asked for stays the one asked for (Rasa would otherwise ask for the domain's first
    # empty slot, and take the message sent again as the answer to that).
    return [*(SlotSet(name, None) for name in tracker.slots_to_validate()),
            SlotSet("requested_slot", tracker.get_slot("requested_slot"))]


def failure_response(text: str | None, events: list[Json] | None = None) -> Json:
    """What rasa-sdk's executor answers: `events` (none by default) and the plain reply, if there
    is one to say."""
    messages: list[Json] = [] if text is None else [{"text": text, "buttons": [], "elements": [], "custom": {},
                                         "template": None, "response": None, "image": None,
                                         "attachment": None}]
    return {"events": events or [], "responses": messages}


def well_formed(action_call: Any) -> bool:
    """Whether `action_call` is shaped as Rasa sends one: anything else is not a person's turn, and
    its failure is the action server's opaque 500 (bot/rasa/action_server_guard.py), not a reply."""
    tracker = action_call.get("tracker") if isinstance(action_call, dict) else None
    return (isinstance(tracker, dict) and isinstance(tracker.get("slots", {}), dict)
            and isinstance(tracker.get("events", []), list)
            and all(isinstance(event, dict) for event in tracker.get("events", []))
            and isinstance(tracker.get("latest_message") or {}, dict))


async def answer_failures(run: Callable[[Json], Awaitable[Json]], action_call: Json, var_dir: Callable[[], Path],
                          clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> Json:
    """`run(action_call)` (rasa-sdk's), with a failure answered plainly instead of raised."""
    from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException

    if not well_formed(action_call):
        return await run(action_call)
    name = str(action_call.get("next_action") or "")
    if name.startswith("action_ask_") and already_told(action_call):
        return failure_response(None)  # "I have kept that" would contradict what was just said
    try:
        return await run(action_call)
    except (ActionExecutionRejection, ActionNotFoundException):
        raise  # rasa-sdk's own answers to Rasa, not failures
    except Exception as error:  # noqa: BLE001 - the person is told; the log gets no words
        unreadable = unreadable_in(error)
        log.error("an action failed; the person was told it was not kept", exc_info=error)
        if unreadable:
            try:
                note_unreadable(var_dir(), name, clock())
            except OSError:
                log.error("the unreadable record could not be noted in the operator's log")
        try:
            undone = candidates_undone(action_call)
        except Exception:  # noqa: BLE001 - the reply matters more than the form's tidiness
            log.error("the form's slots could not be set back", exc_info=True)
            undone = []
        if already_told(action_call):
            return failure_response(None, undone)
        return failure_response(RECORD_UNREADABLE.text if unreadable else NOT_KEPT.text, undone)


def install_action_failures() -> None:
    """Run every action of rasa-sdk's executor inside `answer_failures`."""
    from rasa_sdk.executor import ActionExecutor

    from bot.settings import load_settings

    run = ActionExecutor.run
    if getattr(run, _ANSWERS_FAILURES, False):
        return

    async def run_answering_failures(self: ActionExecutor, action_call: Json) -> Json:
        return await answer_failures(lambda call: run(self, call), action_call,
                                     lambda: load_settings().var_dir)

    setattr(run_answering_failures, _ANSWERS_FAILURES, True)
    ActionExecutor.run = run_answering_failures


# --- the Rasa server --------------------------------------------------------------------------

def needs_plain_reply(messages: list[Json], action_failed: bool, text: str | None) -> bool:
    """Whether a user message's replies must get replies.NOT_KEPT added: an action call failed in
    its turn, or nothing at all answered it (Rasa's own "/restart" and "/session_start" typed are
    answered too: domain.yml's utter_restart, bot/conversation/steps/session_start.py)."""
    if any(message.get("text") in FAILURE_REPLIES for message in messages):
        return False
    if action_failed:
        return True
    return not messages


def install_last_resort() -> None:
    """In the Rasa server: a failed call to the action server is noted on the message's output
    channel; a collected reply that `needs_plain_reply` gets replies.NOT_KEPT."""
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.core.channels.channel import CollectingOutputChannel, OutputChannel, UserMessage
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.settings import load_settings

    remote_run = RemoteAction.run
    if getattr(remote_run, _NOTES_FAILURES, False):
        return

    async def run_noting_failure(self: RemoteAction, output_channel: OutputChannel, nlg: Any,
                                 tracker: DialogueStateTracker, domain: Domain) -> Any:
        try:
            return await remote_run(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise  # a form's own way of saying "not this slot": not a failure
        except Exception:
            try:
                setattr(output_channel, _FAILED, True)
            except AttributeError:
                pass
            raise

    setattr(run_noting_failure, _NOTES_FAILURES, True)
    RemoteAction.run = run_noting_failure

    handle_message = MessageProcessor.handle_message

    async def handle_message_plainly(self: MessageProcessor, message: UserMessage) -> Any:
        channel = message.output_channel
        try:
            answered = await handle_message(self, message)
        except Exception as error:
            if not (unreadable_in(error) and isinstance(channel, CollectingOutputChannel)):
                raise
            # The conversation itself (Rasa's tracker, sealed) did not open: said plainly, noted for staff.
            log.error("a conversation did not open; the person was told", exc_info=error)
            with contextlib.suppress(OSError):
                note_unreadable(load_settings().var_dir, "conversation", datetime.now(timezone.utc))
            await channel.send_text_message(message.sender_id, RECORD_UNREADABLE.text)
            return channel.messages
        if isinstance(channel, CollectingOutputChannel) and needs_plain_reply(
                channel.messages, getattr(channel, _FAILED, False), message.text):
            await channel.send_text_message(message.sender_id, NOT_KEPT.text)
            return channel.messages
        return answered

    MessageProcessor.handle_message = handle_message_plainly
    no_silent_fallback()
    listen_after_circuit_break()


def listen_after_circuit_break() -> None:
    """When Rasa's circuit breaker stops a turn (too many actions predicted in a row), the turn ends
    listening. Rasa leaves it without, so every later message of that conversation counted the stopped
    turn's actions too, tripped the breaker at once and got no reply: the conversation was lost for good."""
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.constants import ACTION_LISTEN_NAME
    from rasa.shared.core.events import ActionExecuted

    init = MessageProcessor.__init__
    if getattr(init, _LISTENS_AFTER_BREAK, False):
        return

    def listen(tracker: Any, _output_channel: Any, _nlg: Any) -> None:
        tracker.update(ActionExecuted(ACTION_LISTEN_NAME))

    def init_listening(self: MessageProcessor, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        if self.on_circuit_break is None:
            self.on_circuit_break = listen

    setattr(init_listening, _LISTENS_AFTER_BREAK, True)
    MessageProcessor.__init__ = init_listening


def no_silent_fallback() -> None:
    """Rasa wraps the tracker store in a FailSafeTrackerStore that, when the store fails, answers a
    read with no conversation (the person silently starts again, and the next save replaces the
    conversation that did not open) and keeps a save in memory only (lost at the next restart). Here
    a failure is raised instead, so the person is told (above; or the channel's plain reply)."""
    from rasa.core.tracker_store import FailSafeTrackerStore
    from rasa.shared.core.trackers import DialogueStateTracker

    async def retrieve(self: FailSafeTrackerStore, sender_id: str) -> DialogueStateTracker | None:
        return await self._tracker_store.retrieve(sender_id)

    async def retrieve_full_tracker(self: FailSafeTrackerStore, sender_id: str) -> DialogueStateTracker | None:
        return await self._tracker_store.retrieve_full_tracker(sender_id)

    async def save(self: FailSafeTrackerStore, tracker: DialogueStateTracker) -> None:
        await self._tracker_store.save(tracker)

    FailSafeTrackerStore.retrieve = retrieve
    FailSafeTrackerStore.retrieve_full_tracker = retrieve_full_tracker
    FailSafeTrackerStore.save = save
