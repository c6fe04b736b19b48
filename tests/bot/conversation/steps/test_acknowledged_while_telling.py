"""A stranger typed "ok", then "yes", after "Tell me more, or say "that's all" when you have finished": each
was kept as part of the story ("Thank you, I have kept that. Tell me more…"), and again, in a loop. A
reply that only acknowledges is nothing more to add: the story goes on to its next step (a follow-up
question or the read-back), and is never kept as story."""
from __future__ import annotations

import pytest

from bot.conversation.journey import story
from bot.conversation.meaning import understand
from bot.conversation.steps import telling
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings


@pytest.fixture
def rt(tmp_path, structurer):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}), structurer)
    yield runtime
    runtime.engine.dispose()


def telling_turn(text: str, asked: list[str] | None = None) -> Turn:
    return Turn("alice", {"teller": "self", "stage": "telling", "followups_asked": asked or []}, text=text,
                form="story_form")


@pytest.mark.parametrize("text", ["ok", "OK.", "yes", "yeah", "okay", "ok thanks", "thank you", "yep ok", "alright"])
def test_an_acknowledgement_is_nothing_more_to_add(text):
    assert understand("telling", text).kind == "done"


@pytest.mark.parametrize("text", ["yes she also has asthma", "ok so she lives alone", "yes i have more",
                                  "fine most days but not at night"])
def test_more_said_after_a_yes_is_story(text):
    assert understand("telling", text).kind == "story"


def test_ok_after_tell_me_more_goes_on_and_is_not_kept(rt):
    story.add_to_story(rt, "alice", "I have asthma and I live alone in a flat.")
    step = telling.story_reply(rt, telling_turn("ok"), "ok")
    assert story.story_parts(rt, "alice") == ["I have asthma and I live alone in a flat."]
    said = " ".join(reply.text for reply in step.replies)
    assert "kept that" not in said and (step.slots.get("story_done") is True or "followups_asked" in step.slots), said
    step = telling.story_reply(rt, telling_turn("yes", ["goals"]), "yes")  # at the follow-up question: on again
    assert story.story_parts(rt, "alice") == ["I have asthma and I live alone in a flat."]
    assert step.slots.get("story_done") is True or step.slots.get("followups_asked") == ["goals", "what_matters"]


def test_ok_before_anything_is_told_asks_for_the_story(rt):
    step = telling.story_reply(rt, telling_turn("ok"), "ok")
    assert story.story_parts(rt, "alice") == []
    assert "not heard" in " ".join(reply.text for reply in step.replies)
