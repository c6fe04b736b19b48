"""Choices a stranger made on the running stack in session 29 that were misread: a thing not to be told, a service
never asked for, a service to stop named by what it does, in a longer message."""
from __future__ import annotations

import pytest

from bot.conversation.meaning import menu_meaning, service_meaning, things_held_back


@pytest.mark.parametrize("said, thing", [
    ("yes but not my medicines, and dont tell them about the depression, dont want an employer knowing", "depression"),
    ("ok yes but dont put anything about Gary in it i dont want him in bother", "gary"),
    ("I dont want the doctors knowing about friday night", "friday night"),
    ("yes but leave Gary out", "gary"),
    ("yes, i dont want my son knowing about the debts", "debts"),
])
def test_a_thing_not_to_be_told_is_heard(said, thing):
    assert things_held_back(said) == [thing]


@pytest.mark.parametrize("said", ["yes", "dont tell them about my health", "no dont share anything",
                                  "yes but dont tell them anything about my money", "only my health and my goals"])
def test_a_part_or_a_plain_answer_is_no_thing_held_back(said):
    assert things_held_back(said) == []


def test_a_service_never_asked_for_is_not_chosen():
    offered = ["welfare-benefits", "community-nursing", "housing-adaptations", "gp-practice", "adult-social-care"]
    meant = service_meaning("I never said I wanted help with money? just the nurses and maybe the OT for the steps", offered)
    assert meant.kind == "value" and meant.value == ["community-nursing", "housing-adaptations"], meant
    meant = service_meaning("I want help with money and the nurses", offered)
    assert meant.value == ["welfare-benefits", "community-nursing"], meant


def test_a_service_to_stop_said_in_a_longer_message_is_a_stop():
    meant = menu_meaning("Sorry I change my mind. Please stop the job one, my husband will find out if they write letter")
    assert meant.kind == "value" and meant.value == "stop", meant
    assert menu_meaning("I want to update my story, my husband left").value == "update"
