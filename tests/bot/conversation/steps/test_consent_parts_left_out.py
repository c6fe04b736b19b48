"""Parts left out at the consent question add up ("not my meds", then "not risks and safety": both left
out, never the first brought back), "the fall stuff" is the risks and safety part, and words that name no
part are said back with what will and will not be shared, never silently ignored (a stranger on the stack:
"ok but not the fall stuff and not my meds" kept risks and safety without a word)."""
from __future__ import annotations

import pytest

from bot.conversation import meaning
from bot.conversation.steps import service_choice
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "parts-left-out"
STORY = ("I have heart failure and I take ramipril 2.5mg and metformin 500mg. I'm allergic to penicillin. "
         "I had a fall last month and I am scared of falling again. I live alone in a flat.")


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, STORY) as runtime:
        yield runtime


def at_consent(text: str, **slots) -> Turn:
    return Turn(SENDER, {"teller": "self", "stage": "consent", "service_id": "gp-practice", **slots}, text=text)


def offered_parts(rt) -> list[str]:
    parts = service_choice._sections(service_choice.offered(rt, at_consent(""))).get("gp-practice")
    assert parts and "medications" in parts and "risks" in parts
    return parts


def test_the_fall_stuff_is_the_risks_part():
    offered = ["about_me", "health", "medications", "allergies", "risks"]
    assert meaning.consent_meaning("ok but not the fall stuff and not my meds", offered).value == \
        ["about_me", "health", "allergies"]
    assert meaning.unnamed_parts("ok but not the fall stuff and not my meds") == []
    assert meaning.unnamed_parts("yes but not the wotsit stuff") == ["the wotsit stuff"]
    assert meaning.unnamed_parts("no thanks") == [] and meaning.unnamed_parts("i do not mind") == []


def test_parts_left_out_add_up(rt):
    offered = offered_parts(rt)
    first = service_choice.understood_at_a_choice(rt, at_consent("ok but not my meds"))
    assert first is not None
    chosen = first.slots["sections_chosen"]
    assert "medications" not in chosen and "risks" in chosen
    step = service_choice.understood_at_a_choice(rt, at_consent("not risks and safety", sections_chosen=chosen))
    assert step is not None
    assert step.slots["sections_chosen"] == [s for s in offered if s not in ("medications", "risks")]
    # "only my health" still chooses afresh
    step = service_choice.understood_at_a_choice(rt, at_consent("only my health", sections_chosen=chosen))
    assert step is not None and step.slots["sections_chosen"] == ["health"]


def test_words_that_name_no_part_are_said_back(rt):
    offered = offered_parts(rt)
    step = service_choice.understood_at_a_choice(rt, at_consent("ok but not the wotsit stuff and not my meds"))
    assert step is not None
    said = " ".join(r.text for r in step.replies)
    assert "wotsit stuff" in said and "will not get" in said and "medicines" in said.split("will not get")[1]
    assert step.slots["sections_chosen"] == [s for s in offered if s != "medications"]
    step = service_choice.understood_at_a_choice(rt, at_consent("yes but not the wotsit stuff"))
    assert step is not None and step.then is None
    said = " ".join(r.text for r in step.replies)
    assert "wotsit stuff" in said and "Do you agree" in said
