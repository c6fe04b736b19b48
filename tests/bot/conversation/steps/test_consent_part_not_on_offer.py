"""A part held back that the service would not get anyway ("not my medicines", at the consent question of a service that
gets no medicines) was read as no: "Nothing has been shared with Home adaptations", the service the person most wanted (a
stranger, session 30). It is said so now, and the question asked again."""
from __future__ import annotations

import pytest

from bot.conversation.steps import service_choice, yes_no
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "part-not-on-offer"
STORY = ("I have arthritis and I take paracetamol. I can't get in the bath. I live alone in a bungalow. I want a walk-in "
         "shower.")


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, STORY) as runtime:
        yield runtime


def at_consent(text: str, service: str = "housing-adaptations") -> Turn:
    return Turn(SENDER, {"teller": "self", "stage": "consent", "service_id": service}, text=text)


def test_a_part_the_service_would_not_get_is_no_no(rt):
    parts = service_choice._sections(service_choice.offered(rt, at_consent(""))).get("housing-adaptations")
    assert parts and "medications" not in parts
    step = yes_no.no(rt, at_consent("not my medicines"))
    said = " ".join(r.text for r in step.replies)
    assert "would not get your medicines anyway" in said and "Do you agree" in said, said
    assert "Nothing has been shared" not in said


def test_a_part_the_service_would_get_is_still_left_out(rt):
    step = yes_no.no(rt, at_consent("not my medicines", "gp-practice"))
    said = " ".join(r.text for r in step.replies)
    assert "anyway" not in said and "Do you agree" in said, said
    assert "medications" not in (step.slots.get("sections_chosen") or [])
