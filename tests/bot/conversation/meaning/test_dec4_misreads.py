"""Misreads found by a stranger on the stack, 2026-12-04: "i dont no its the council" at a yes or no
question got "Please answer yes or no." (widow.txt; "i dont no" alone was read as a NO), and "gp. no wait,
number 2 instead" at the services on offer queued both forms (changer.txt)."""
from __future__ import annotations

import pytest

from bot.conversation import meaning

OFFERED = ["gp-practice", "adult-social-care", "community-nursing", "housing-adaptations", "welfare-benefits"]


@pytest.mark.parametrize("said", ["i dont no its the council", "I don't no its council owned", "i dont no if they would"])
def test_dont_no_is_dont_know_never_a_no(said):
    assert meaning.understand("gap_yesno", said).kind == "skip"


@pytest.mark.parametrize("said", ["i dont, no", "we dont no", "i dont no"])
def test_a_no_said_so_is_still_a_no(said):
    assert meaning.understand("gap_yesno", said).kind == "no"


@pytest.mark.parametrize("said, chosen", [("gp. no wait, number 2 instead", ["adult-social-care"]),
                                          ("gp no wait 2", ["adult-social-care"]),
                                          ("1, 2 and 3 sorry i mean 1 and 3", ["gp-practice", "community-nursing"]),
                                          ("the gp, actually no, the nurses", ["community-nursing"])])
def test_a_corrected_choice_is_only_the_later_one(said, chosen):
    assert meaning.service_meaning(said, OFFERED) == meaning.Meaning("value", chosen)


@pytest.mark.parametrize("said", ["gp. no wait, number 2 instead", "the gp, sorry i mean the nurses"])
def test_a_service_corrected_away_is_not_chosen_from_those_not_listed_either(said):
    assert meaning.services_named(said, ["gp-practice"], listed=False) == []


def test_a_sorry_that_corrects_nothing_leaves_the_choice():
    assert meaning.service_meaning("the gp sorry, they were rude last time", OFFERED).value == ["gp-practice"]
