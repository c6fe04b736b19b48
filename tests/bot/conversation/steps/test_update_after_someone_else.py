"""Hazard H5 at an update: someone without the PIN began a story in a person's conversation ("hello, im
jaydens mum … im Karen, i have fibromyalgia", then stopped at the PIN); when the person came back, typed
their PIN and updated their story, Karen's words were read back and saved as theirs (a stranger on the
stack, 2026-12-04). Now whoever updates is asked first whether those words were theirs."""
from __future__ import annotations

import pytest

from bot.conversation import wording
from bot.conversation.journey import story
from bot.conversation.steps import returning_menu, telling
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "update-after-someone-else"


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, "Im Jayden, 17. I have ADHD and dyslexia.", pin="5183") as runtime:
        yield runtime


def _update(rt):
    return returning_menu.after(rt, Turn(SENDER, {"teller": "self", "menu_reply": "update"}))


def test_an_update_over_words_someone_else_began_asks_first_and_no_keeps_them_out(rt):
    story.add_to_story(rt, SENDER, "im Karen, 48, i have fibromyalgia and take amitriptyline")
    step = _update(rt)
    asked = step.slots["resume_asked"]
    assert asked == {"earlier": 1, "asked": False} and step.slots["updating"] is True
    slots = {"teller": "self", "stage": "telling", "updating": True, "resume_asked": asked}
    said = "got a job interview next week"
    first = telling.story_reply(rt, Turn(SENDER, slots, text=said), said)
    assert [r.text for r in first.replies] == [wording.RESUME_KEPT.text]
    no = telling.story_reply(rt, Turn(SENDER, {**slots, "resume_asked": first.slots["resume_asked"]}, text="no"), "no")
    assert no.slots["resume_asked"] is None and "Tell me what has changed" in no.replies[0].text
    assert story.story_parts(rt, SENDER) == [said]
    draft = story.draft_profile(rt, SENDER, "self", None, True)
    told = str(draft)
    assert "fibromyalgia" not in told and "amitriptyline" not in told


def test_an_update_with_nothing_left_over_asks_nothing(rt):
    step = _update(rt)
    assert "resume_asked" not in step.slots and step.slots["updating"] is True
