"""'No' at the services on offer after sharing with one (bot/conversation/steps/yes_no.py), over a real
runtime: a stranger on the stack shared with the carer's assessment, said "no thats it" to the
services left, and was told "Nothing has been shared with any service"."""
from __future__ import annotations

import pytest

from bot.conversation.journey import sharing
from bot.conversation.steps import yes_no
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "no-more-services"


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, "I have asthma and I take salbutamol. I live alone in a flat.") as runtime:
        yield runtime


def said(rt) -> str:
    step = yes_no.no(rt, Turn(SENDER, {"teller": "self", "stage": "choose_service"}, text="no thats it"))
    return " ".join(r.text for r in step.replies)


def test_no_more_services_after_sharing_says_who_has_it(rt):
    assert "Nothing has been shared with any service" in said(rt)
    sharing.share_with(rt, SENDER, "gp-practice", "person")
    reply = said(rt)
    assert "Nothing has been shared" not in reply
    assert rt.services["gp-practice"].name in reply and "No other service will get it" in reply
