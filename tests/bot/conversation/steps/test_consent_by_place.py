"""Parts named by their place at the consent question ("the first two", "the last one"), through the
step that takes a choice of parts (service_choice.understood_at_a_choice): read as the parts on screen, in
the order they were asked (the meaning was read, and the step dropped it: nothing was chosen)."""
from __future__ import annotations

import pytest

from bot.conversation.steps import service_choice
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "by-place"
STORY = "I have asthma and I take salbutamol. I'm allergic to penicillin. I live alone in a flat."


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, STORY) as runtime:
        yield runtime


def at_consent(text: str, **slots) -> Turn:
    return Turn(SENDER, {"teller": "self", "stage": "consent", "service_id": "gp-practice", **slots}, text=text)


def test_parts_by_their_place_are_the_parts_on_screen(rt):
    offered = service_choice._sections(service_choice.offered(rt, at_consent(""))).get("gp-practice")
    assert offered is not None and len(offered) >= 3
    step = service_choice.understood_at_a_choice(rt, at_consent("the first two"))
    assert step is not None and step.slots["sections_chosen"] == offered[:2]
    step = service_choice.understood_at_a_choice(rt, at_consent("just the last one"))
    assert step is not None and step.slots["sections_chosen"] == offered[-1:]
    # asked again with some parts: "the first two" are the first two of those, never one left out
    shown = [offered[0], offered[-1]]
    step = service_choice.understood_at_a_choice(rt, at_consent("the first two", sections_chosen=shown))
    assert step is not None and step.slots["sections_chosen"] == shown
