"""What the person hears of their deliveries: the outcome of a share, waited for a few seconds,
and outcomes they have not heard yet (each told once)."""
from __future__ import annotations

import asyncio
import time

from bot.conversation import pathway, wording
from bot.conversation.journey import deliveries
from bot.ops.runtime import Runtime
from consent_store import outbox

POLL_SECONDS = 0.2


def untold(rt: Runtime, sender_id: str) -> list[wording.Reply]:
    """Delivery outcomes, and what services did with the referrals (bot/conversation/pathway.py), that
    the person has not heard yet, now marked as told."""
    outcomes = [wording.delivery_news(name, delivery.status, delivery.last_error)
                for name, delivery in deliveries.delivery_news(rt, sender_id)]
    return outcomes + pathway.untold_news(rt, sender_id, rt.now())


async def outcome(rt: Runtime, sender_id: str, delivery_id: str) -> outbox.Delivery | None:
    """The outbox worker sends it; wait a few seconds (without blocking other conversations) so
    the person hears how it went. If it is still going, they are told it will keep trying."""
    deadline = time.monotonic() + rt.settings.share_wait_seconds
    while True:
        delivery = deliveries.delivery_status(rt, sender_id, delivery_id)
        if delivery is None or delivery.status in outbox.FINAL or time.monotonic() >= deadline:
            return delivery
        await asyncio.sleep(POLL_SECONDS)


def shared(delivery: outbox.Delivery | None) -> tuple[str, str | None]:
    """How a share went, as the person is told it: the delivery's status and why (still pending if
    it could not be found)."""
    return (delivery.status, delivery.last_error) if delivery else (outbox.PENDING, None)
