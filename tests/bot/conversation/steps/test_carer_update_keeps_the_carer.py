"""A carer's update told as the person's own (a stranger on the stack, session 19, F11 and F9): Tom, who tells
his mum Lily's story, came back (a new conversation: no carer's answers left), typed his PIN and said "update my
story". The update was read back as his own ("Your health: You have multiple sclerosis. Your mum has pressure
sore.") and went to the carers' team as "Told once by the person", with no basis for sharing, Lily's name moved
to "Still to ask" and her conditions gone. An update now goes on as the saved story was told: by the carer."""
from __future__ import annotations

import json

import pytest

from bot.conversation.journey import sharing, story
from bot.conversation.journey.person import person_for
from bot.conversation.readback import read_back
from bot.conversation.steps import returning_menu
from bot.conversation.steps.turn import Turn
from consent_store import outbox
from tests.bot.conversation.conftest import carers_saved_story

SENDER = "carer-update"
CARER = {"name": "Lily Evans", "relationship": "son", "carer_name": "Tom Evans", "basis": "own_agreement",
         "knows": "yes"}
TOLD = "Mum has multiple sclerosis and uses a wheelchair. I do all her personal care. She takes baclofen."
CHANGE = "mum has started getting pressure sores on her heels"


@pytest.fixture
def rt(tmp_path, structurer):
    with carers_saved_story(tmp_path, structurer, SENDER, CARER, TOLD) as runtime:
        sharing.share_with(runtime, SENDER, "carers-assessment", "carer")
        yield runtime


def _updating(rt):
    """'Update my story' at the menu, in a conversation that has forgotten who was telling (a restart)."""
    step = returning_menu.after(rt, Turn(SENDER, {"menu_reply": "update"}, text="update my story"))
    return Turn(SENDER, {"stage": "telling", **step.slots})


def test_an_update_goes_on_as_the_carers(rt):
    turn = _updating(rt)
    assert turn.teller == "carer"
    assert turn.carer is not None and turn.carer["name"] == "Lily Evans" and turn.carer["basis"] == "own_agreement"


def test_the_update_is_read_back_as_lilys(rt):
    turn = _updating(rt)
    story.add_to_story(rt, SENDER, CHANGE)
    profile = story.draft_profile(rt, SENDER, turn.teller, turn.carer, updating=True)
    said = "\n".join(line for group in read_back(profile, turn.teller) for line in [group["title"], *group["lines"]])
    assert "Your health" not in said and "You have multiple sclerosis" not in said, said
    assert "Your mum" not in said, said


def test_the_update_reaches_the_carers_team_as_told_by_the_carer(rt):
    turn = _updating(rt)
    story.add_to_story(rt, SENDER, CHANGE)
    story.confirm_profile(rt, SENDER, turn.teller, turn.carer, updating=True)
    [sent] = sharing.send_update(rt, SENDER)
    with rt.reading.begin() as session:
        body = json.loads(outbox.delivery_body(session, person_for(rt, session, SENDER), sent.delivery_id))
    summary = body["summary"]
    assert "Told once by their son, on the basis of the person's own agreement" in summary, summary
    assert "Name of the person cared for: Lily Evans" in summary, summary
    assert "multiple sclerosis" in summary.lower(), summary
