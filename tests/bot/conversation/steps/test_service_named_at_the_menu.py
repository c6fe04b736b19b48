"""A reader (session 18, issue 18): "community nursing", typed at the returning menu, was "not one of the choices": a
service's name said there chooses that service, its questions and consent asked at once."""
from __future__ import annotations

import pytest

from bot.conversation.steps import returning_menu
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "named-at-menu"


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, "I have COPD and leg ulcers that need dressing. I live alone and "
                                                   "I cant get out to the GP.") as runtime:
        yield runtime


@pytest.mark.parametrize("said", ["community nursing", "the district nurses please"])
def test_a_service_named_at_the_menu_is_chosen(rt, said):
    chose = returning_menu.choose(rt, Turn(SENDER, {"teller": "self"}, text=said), said, None)
    assert chose.slots.get("menu_reply") == "share", [r.text for r in chose.replies]
    after = returning_menu.after(rt, Turn(SENDER, {"teller": "self", "menu_reply": "share"}, text=said))
    said_after = " ".join(r.text for r in after.replies)
    assert rt.services["community-nursing"].name in said_after, said_after
    assert after.slots.get("service_id") == "community-nursing" or "community-nursing" in str(after.slots), after.slots


def test_words_that_name_no_service_are_still_not_a_choice(rt):
    chose = returning_menu.choose(rt, Turn(SENDER, {"teller": "self"}, text="banana"), "banana", None)
    assert chose.slots.get("menu_reply") is None
