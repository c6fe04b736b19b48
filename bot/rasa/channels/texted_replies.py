"""A text that replies to a question texted to the person in the same conversation session (issue
21): before Rasa reads it, the conversation is made ready to take it as the answer
(bot/conversation/steps/service_questions_back.py's `same_session_reply`: the returning form at the
question, or at the PIN first). A text that starts a new session is the session start's business
(bot/conversation/steps/session_start.py), so nothing is done here then.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa.shared.core.events import ActiveLoop, Event, SlotSet

from bot.conversation.journey import questions_back
from bot.conversation.steps import service_questions_back
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import get_runtime

log = logging.getLogger(__name__)


async def prepare(agent: Any, sender_id: str) -> None:
    """Ready the conversation `sender_id` for a reply to a texted question, if one is waiting. A
    failure is logged (without the message) and the text goes on as conversation."""
    try:
        await _prepare(agent, sender_id)
    except Exception:  # noqa: BLE001 - the person must still get their reply
        log.exception("could not ready the conversation for a reply to a texted question")


async def _prepare(agent: Any, sender_id: str) -> None:
    processor = getattr(agent, "processor", None)
    if processor is None or not await asyncio.to_thread(questions_back.texted, get_runtime(), sender_id):
        return  # nothing texted waits (the usual case: the tracker is not read twice)
    tracker = await processor.get_tracker(sender_id)
    if not tracker.applied_events() or processor._has_session_expired(tracker):
        return  # a new session: its start readies the form
    turn = Turn(sender_id=sender_id, slots=tracker.current_slot_values(), form=tracker.active_loop_name)
    step = await asyncio.to_thread(service_questions_back.same_session_reply, get_runtime(), turn)
    if step is None:
        return
    events: list[Event] = [SlotSet(name, value) for name, value in step.slots.items()]
    if step.form:
        events.append(ActiveLoop(step.form))
    tracker.update_with_events(events, processor.domain)
    await processor.save_tracker(tracker)
