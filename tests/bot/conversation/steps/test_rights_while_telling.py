"""bot/conversation/steps/telling.py: a right asked for while the story is told ("who has my story",
"download my story", "update my story" got "Thank you, I have kept that.", a stranger on the stack,
2026-12-04, teen.txt): answered plainly, and never kept as story."""
from __future__ import annotations

import pytest

from bot.conversation import wording
from bot.conversation.journey import story
from bot.conversation.stages import Stage
from bot.conversation.steps import telling
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    yield runtime
    runtime.engine.dispose()


def _said(rt, sender, text, **slots):
    turn = Turn(sender, {"teller": "self", "stage": Stage.TELLING.value, **slots}, text=text)
    return telling._reply(rt, turn, text)


@pytest.mark.parametrize("said", ["who has my story", "Who has his story?", "download my story",
                                  "update my story", "stop sharing", "can i download my story pls",
                                  "I want to update my details please", "whos got my story"])
def test_a_right_asked_for_is_answered_and_not_kept(rt, said):
    story.add_to_story(rt, "rights-1", "I have gout.")
    step = _said(rt, "rights-1", said)
    assert step.slots.get("story_done") is None
    assert step.replies and "kept that" not in step.replies[0].text
    assert "telling me your story now" in step.replies[0].text
    assert story.story_parts(rt, "rights-1") == ["I have gout."]


def test_update_my_story_while_updating_asks_what_has_changed(rt):
    step = _said(rt, "rights-2", "update my story", updating=True)
    assert step.replies == [wording.ASK_UPDATE]
    assert story.story_parts(rt, "rights-2") == []


@pytest.mark.parametrize("said", ["my son helps me update my story on the laptop",
                                  "I stopped sharing a flat with my brother last year",
                                  "the nurse asked who has my details and I did not know"])
def test_a_story_sentence_with_the_same_words_is_kept(rt, said):
    step = _said(rt, "rights-3", said)
    assert not step.replies
    assert story.story_parts(rt, "rights-3") == [said]
