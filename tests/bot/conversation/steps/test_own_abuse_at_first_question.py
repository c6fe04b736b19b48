"""At the first question ("Is your story about you, or about someone you care for?"), a person telling of their own
abuse by a relative ("my son takes my pension and wont let me have my bank card") got the help and was then asked
"What is the name of the person you care for?": "my son" was read as whose story (a stranger, 2026-12-04)."""
from __future__ import annotations

import pytest

from bot.conversation.steps import anything_else
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    yield runtime
    runtime.engine.dispose()


@pytest.mark.parametrize("text", ["my son takes my pension and wont let me have my bank card",
                                  "he wont let me see my friends or family and checks where i go",
                                  "my husband makes me feel worthless"])
@pytest.mark.parametrize("start", [anything_else.story_asked, anything_else.whose_story, anything_else.reprompt])
def test_own_abuse_by_a_relative_starts_the_writers_own_story(rt, start, text):
    step = start(rt, Turn("own-abuse", {}, text=text, intent="tell_about_someone"))
    assert step.slots.get("teller") == "self"
    assert not any("care for" in reply.text for reply in step.replies)


@pytest.mark.parametrize("text", ["its for my mum, my brother takes her money", "my dad has dementia"])
def test_a_carer_telling_of_their_relative_is_still_a_carer(rt, text):
    step = anything_else.story_asked(rt, Turn("carer", {}, text=text, intent="tell_about_someone"))
    assert step.slots.get("teller") == "carer"
