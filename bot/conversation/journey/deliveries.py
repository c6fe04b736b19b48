"""How this person's deliveries went: one as it stands now, and the outcomes they have not been
told yet (each told once)."""
from __future__ import annotations

from bot.conversation.journey.person import person_for
from bot.ops.runtime import Runtime
from consent_store import outbox


def delivery_status(rt: Runtime, sender_id: str, delivery_id: str) -> outbox.Delivery | None:
    """One of this person's deliveries as it stands now (None if it is not theirs)."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        delivery = outbox.get_delivery(session, delivery_id)
        if not person or not delivery or delivery.person_id != person.id:
            return None
        if delivery.status in outbox.FINAL:
            outbox.mark_told(session, delivery_id, rt.now())
        return delivery


def delivery_news(rt: Runtime, sender_id: str) -> list[tuple[str, outbox.Delivery]]:
    """Outcomes the person has not been told yet (service name, delivery), now marked as told."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return []
        news = outbox.untold_outcomes(session, person, rt.now())
    return [(rt.services[d.service_id].name if d.service_id in rt.services else d.service_id, d) for d in news]
