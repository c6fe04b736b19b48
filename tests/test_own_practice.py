"""A stranger said "dr patel at the elms surgery" and was offered only Riverside Surgery (GP practice),
which would have received the story had they said yes: before a GP practice's questions or consent,
the person is told when the story names another practice. Through the running stack, and the rule."""
from __future__ import annotations

import uuid

import pytest

from bot.conversation.own_practice import another_practice
from bot.intake.services import load_registry
from bot.settings import load_settings
from tests.journey_steps import confirm_read_back, finish_story, rest_speaker

REGISTRY = load_registry(load_settings({}).services_dir)


def told(text: str) -> dict:
    return {"sections": {"services_involved": [{"text": text, "role": "gp", "about": "subject"}]}}


@pytest.mark.parametrize("text, practice", [
    ("My GP is dr patel at the elms surgery", "The Elms Surgery"),
    ("I see Dr Smith at Park Lane Medical Centre", "Park Lane Medical Centre"),
    ("I'm registered at Riverside Surgery", None), ("my gp is at the riverside medical centre", None),
    ("my gp surgery is good", None),
])
def test_another_practice_named_in_the_story(text, practice):
    assert another_practice(told(text), REGISTRY["gp-practice"]) == practice


def test_only_a_gp_practice_is_compared():
    assert another_practice(told("My GP is at the elms surgery"), REGISTRY["community-nursing"]) is None


def test_the_person_is_told_before_sharing_with_another_practice(embedded_stack):
    say = rest_speaker(embedded_stack, f"own-gp-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    say("I'm Edna, 84. I have COPD and use an inhaler. My GP is dr patel at the elms surgery. I live alone.")
    _, offers = confirm_read_back(say, finish_story(say))
    assert "Riverside Surgery" in offers, offers
    asked = say("Riverside Surgery")
    assert ("You told me your GP is at The Elms Surgery. This goes to Riverside Surgery. Only share it if you are "
            "registered there.") in asked, asked
