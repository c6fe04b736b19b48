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


def test_a_second_agreement_carries_the_open_referral_over(rt):
    """A second reader (session 16): the new agreement ended the old one but left its referral open, so the
    service held two referrals for one person, the first for an agreement no longer live. The open referral
    now goes on under the new agreement: the service sees one referral, updated."""
    from consent_store import referrals as referral_store
    first = sharing.share_with(rt, SENDER, "gp-practice", "self")
    second = sharing.share_with(rt, SENDER, "gp-practice", "self", only=[first.sections[0]])
    with rt.reading.begin() as session:
        person = person_for(rt, session, SENDER)
        found = [r for r in referral_store.referrals_of(session, person) if r.service_id == "gp-practice"]
        bodies = [json.loads(outbox.delivery_body(session, person, d)) for d in (first.delivery_id, second.delivery_id)]
    assert len(found) == 1, [r.status for r in found]
    assert found[0].status == referral_store.REQUESTED
    assert bodies[0]["task"]["id"] == bodies[1]["task"]["id"] == found[0].id


def test_a_referral_the_service_ended_is_not_carried_over(rt):
    from consent_store import referrals as referral_store
    first = sharing.share_with(rt, SENDER, "gp-practice", "self")
    with rt.sessions.begin() as session:
        person = person_for(rt, session, SENDER)
        (ended,) = referral_store.referrals_of(session, person)
        referral_store.apply_update(session, ended.id, referral_store.COMPLETED, None, "m-1", rt.now())
    sharing.share_with(rt, SENDER, "gp-practice", "self", only=[first.sections[0]])
    with rt.reading.begin() as session:
        person = person_for(rt, session, SENDER)
        statuses = [r.status for r in referral_store.referrals_of(session, person)]
    assert statuses == [referral_store.COMPLETED, referral_store.REQUESTED]


def test_the_download_says_the_earlier_agreement_was_replaced_not_stopped(rt):
    """The download's receipt for the earlier agreement said "you stopped sharing with … nothing more is sent",
    which was not so: the person had agreed again."""
    from consent_store import export
    first = sharing.share_with(rt, SENDER, "gp-practice", "self")
    second = sharing.share_with(rt, SENDER, "gp-practice", "self", only=[first.sections[0]])
    with rt.reading.begin() as session:
        person = person_for(rt, session, SENDER)
        receipts = export.export_record(session, person)["consents"]
    assert [r["event"] for r in receipts] == ["replaced", "given"]
    said = " ".join(receipts[0]["summary"])
    assert "stopped sharing" not in said
    assert second.receipt_code in said
