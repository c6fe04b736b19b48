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


EPILEPSY = "epilepsy-medicines"


@pytest.fixture
def epileptic(tmp_path, structurer):
    with saved_story(tmp_path, structurer, EPILEPSY, "I have epilepsy and I take levetiracetam 750mg twice a day. "
                     "I also take paracetamol for my back. I want a job in a warehouse.") as runtime:
        yield runtime


@pytest.mark.parametrize("said", ["yes but dont tell them about my epilepsy", "ok but not the seizures"])
def test_an_epilepsy_held_back_holds_back_its_medicines(epileptic, said):
    # A stranger (session 35): "dont tell them about my epilepsy" left out the health part, and the employment service
    # still got "sodium valproate 500 mg two times a day"
    turn = Turn(EPILEPSY, {"teller": "self", "stage": "consent", "service_id": "employment-support"}, text=said)
    step = service_choice.understood_at_a_choice(epileptic, turn)
    assert step is not None
    assert "medications" not in (step.slots["sections_chosen"] or []), step.slots
