"""A second reader (session 16): the returning menu's 'Share with a service' offered the GP that already had the
story; 'only my health' was asked about and agreed as health alone, and the GP was sent the medicines too (a
service's view joins its live agreements, and the earlier, wider one stayed live). A service sharing already is
not offered again, and an agreement made with a service is the whole of what it may have."""
from __future__ import annotations

import json

import pytest

from bot.conversation.journey import sharing
from bot.conversation.journey.person import person_for
from bot.conversation.steps import returning_menu
from bot.conversation.steps.turn import Turn
from consent_store import outbox
from tests.bot.conversation.conftest import saved_story

SENDER = "share-again"


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, "I have asthma and I take salbutamol. I live alone in a flat. "
                                                   "My daughter helps with shopping.") as runtime:
        yield runtime


def test_a_service_already_sharing_is_not_offered_again(rt):
    sharing.share_with(rt, SENDER, "gp-practice", "self")
    step = returning_menu.after(rt, Turn(SENDER, {"teller": "self", "menu_reply": "share"}, text="Share with a service"))
    said = " ".join(r.text for r in step.replies)
    assert rt.services["gp-practice"].name not in said


def test_a_narrower_second_agreement_sends_only_what_was_agreed(rt):
    first = sharing.share_with(rt, SENDER, "gp-practice", "self")
    assert len(first.sections) > 1
    keep = [first.sections[0]]
    second = sharing.share_with(rt, SENDER, "gp-practice", "self", only=keep)
    assert second.sections == keep  # what the person was told and agreed to now
    with rt.reading.begin() as session:
        person = person_for(rt, session, SENDER)
        body = json.loads(outbox.delivery_body(session, person, second.delivery_id))
    assert body["sections"] == keep, body["sections"]
