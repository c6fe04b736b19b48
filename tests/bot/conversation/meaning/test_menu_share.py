"""bot/conversation/meaning/returning.py: a returning person could not share with a service they had not chosen
before ("share my story", "send it to a service" got "Sorry, I did not catch that": a stranger on the stack,
2026-12-04). Sharing with a service is a choice of the menu, its button last so the numbers keep their meaning."""
from __future__ import annotations

import pytest

from bot.conversation import meaning
from bot.conversation.questions import MENU


@pytest.mark.parametrize("said", ["Share with a service", "share my story", "send it to a service",
                                  "i want to share my story with another service", "share it with the nurses too",
                                  "i want to send it to adult social care", "7"])
def test_sharing_with_a_service_is_a_choice_of_the_menu(said):
    assert meaning.menu_choice(said) == "share"


@pytest.mark.parametrize("said, choice", [("stop sharing", "stop"), ("who have i shared it with", "who"),
                                          ("update my story", "update"), ("4", "download"), ("6", "finished")])
def test_the_other_choices_stay_as_they_were(said, choice):
    assert meaning.menu_choice(said) == choice


def test_the_share_button_comes_last():
    assert MENU[-1][0] == "share" and [key for key, _ in MENU[:6]] == ["who", "update", "stop", "download",
                                                                          "delete", "finished"]
