"""A condition held back at the consent question is held back with the medicines that tell it: a stranger (session 31)
said "yes but dont tell them about the depression"; her health was left out, and the GP still got "sertraline 50"."""
from __future__ import annotations

import pytest

from bot.conversation.steps import service_choice
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "medicines-that-tell"
STORY = ("I have asthma and I use an inhaler. Also I have the depression after accident, doctor give me sertraline 50. "
         "I live with my husband. I want to go back to work.")


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, STORY) as runtime:
        yield runtime


def at_consent(text: str) -> Turn:
    return Turn(SENDER, {"teller": "self", "stage": "consent", "service_id": "gp-practice"}, text=text)


@pytest.mark.parametrize("said", ["yes but dont tell them about the depression", "ok but not my mental health"])
def test_the_medicines_that_tell_a_condition_held_back_are_held_back(rt, said):
    step = service_choice.understood_at_a_choice(rt, at_consent(said))
    assert step is not None
    chosen = step.slots["sections_chosen"]
    assert "health" not in chosen and "medications" not in chosen, chosen
    assert "services_involved" in chosen, chosen  # the rest is still shared
    assert "medicines" in " ".join(r.text for r in step.replies), [r.text for r in step.replies]


def test_a_condition_no_medicine_tells_leaves_the_medicines(rt):
    step = service_choice.understood_at_a_choice(rt, at_consent("yes but dont tell them about the asthma"))
    assert step is not None and "medications" not in step.slots["sections_chosen"]  # the inhaler names asthma
    step = service_choice.understood_at_a_choice(rt, at_consent("yes but dont mention my husband"))
    assert step is not None and "medications" in (step.slots["sections_chosen"] or ["medications"]), step.slots
