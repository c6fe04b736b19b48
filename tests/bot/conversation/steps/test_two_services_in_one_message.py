"""Two services asked for in one message are both taken, in turn (bot/conversation/steps/service_choice.py): "the home
adaptions one and my doctors please" shared only with the GP, and "what about the home adaptions one i asked for" was
then not understood; "employment support. no wait, the GP. actually both" shared only with the GP, without a word about
employment support (a stranger, session 32). A misspelt service's name is still its name, and "both" said after a change
of mind means both of those named."""
from __future__ import annotations

import asyncio

import pytest

from bot.conversation.steps import service_choice, yes_no
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "two-services"
STORY = ("I have arthritis in my knees and I take paracetamol. I can't get in the bath. I live alone in a bungalow and I "
         "own it. I want a walk-in shower. I lost my job at the warehouse because of my knees and I want to get back "
         "to work.")


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, STORY) as runtime:
        yield runtime


def _chosen(rt, text: str, service_named: str | None = None) -> Turn:
    return Turn(SENDER, {"teller": "self", "stage": "choose_service"}, text=text, intent="choose_service",
                service_named=service_named)


@pytest.mark.parametrize("text,service_named,both", [
    ("the home adaptions one and my doctors please", "gp-practice", {"housing-adaptations", "gp-practice"}),
    ("employment support. no wait, the GP. actually both", "gp-practice", {"employment-support", "gp-practice"}),
])
def test_both_services_are_taken_in_turn(rt, text, service_named, both):
    step = service_choice.show_consent(rt, _chosen(rt, text, service_named))
    first = step.slots["service_id"]
    assert first == "gp-practice" and step.slots.get("services_queue") == sorted(both - {first})
    # its consent given, the other one is asked about next
    at_consent = Turn(SENDER, {"teller": "self", "stage": "consent", "service_id": first,
                               "services_queue": step.slots["services_queue"]}, text="yes", intent="affirm")
    after = asyncio.run(yes_no.yes(rt, at_consent))
    said = " ".join(r.text for r in after.replies)
    assert "Riverside Surgery" in said
    assert after.slots["service_id"] == (both - {first}).pop(), said


def test_the_one_asked_for_is_taken_when_asked_about_after(rt):
    done = Turn(SENDER, {"teller": "self", "stage": "done"}, text="what about the home adaptions one i asked for")
    step = service_choice.understood_at_a_choice(rt, done)
    assert step is not None and step.slots.get("service_id") == "housing-adaptations"
