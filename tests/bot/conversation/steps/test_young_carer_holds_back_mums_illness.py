"""A young carer's "dont put mums bipolar in" (a stranger on the stack, session 41): Amber, 16, telling her own story as a
carer, said at the carer's assessment's consent question "ok but dont put mums bipolar in, she doesnt know im doing this
and she'd be so angry". The urgent help came (the detector heard more than it should), the question was asked again,
she said yes, and the assessment got "i look after my mum who has bipolar". A thing put in, held back in those words,
is now held back, after the help too."""
from __future__ import annotations

import pytest

from bot.conversation import meaning
from bot.conversation.journey import sharing
from bot.conversation.steps import service_choice
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "amber"
TOLD = ("im 16 and i look after my mum who has bipolar and my brother whos 9. i do the cooking and get him to school. "
        "im really tired and my grades are dropping.")
SERVICE = "carers-assessment"
SAID = "ok but dont put mums bipolar in, she doesnt know im doing this and she'd be so angry"


@pytest.mark.parametrize("said, thing", [(SAID, "bipolar"), ("dont put dads drinking in it", "drinking"),
                                         ("please dont put her depression on the form", "depression")])
def test_a_thing_put_in_is_held_back(said, thing):
    assert thing in meaning.things_held_back(said)


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, TOLD) as runtime:
        yield runtime


@pytest.mark.parametrize("helped", [True, False])
def test_mums_illness_never_goes(rt, helped):
    parts = sharing.offers(rt, SENDER)
    offered = dict((s.id, p) for s, p in parts)[SERVICE]
    holding = sharing.sections_naming(rt, SENDER, ["bipolar"], offered)
    assert holding, offered
    turn = Turn(SENDER, {"teller": "self", "stage": "consent", "service_id": SERVICE}, text=SAID, helped=helped)
    step = service_choice.choose_sections(rt, turn)
    assert step is not None
    chosen = step.slots.get("sections_chosen") or []
    assert not set(chosen) & set(holding), (chosen, holding)
    assert any("bipolar" in r.text for r in step.replies), step.replies
