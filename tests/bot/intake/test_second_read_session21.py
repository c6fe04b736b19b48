"""A second reader of session 21's change found these, each a form fill lost, written here with the reader's words
and our own: "long-term" before whom they live with read the household as only hoped for. (The structurer's part:
tests/bot/understanding/structuring/test_second_read_session21.py.)"""
from __future__ import annotations

import pytest

from bot.intake import facts
from bot.intake.home_facts import household_size


@pytest.mark.parametrize("said, size", [
    ("I live with my long-term partner Dave and my son.", 3),
    ("I live with my long term boyfriend Marek and his daughter.", 3),
])
def test_a_long_term_partner_lived_with_is_the_household(structurer, said, size):
    sections = structurer.structure([f"I am 45. {said}"])["sections"]
    assert facts.lives_with(sections) is not None
    assert household_size(sections) == size


def test_long_term_as_a_hope_is_still_no_household(structurer):
    story = "I'm Kath, writing about my son Joe, he's 24. Long-term we'd like him in supported living with his mates."
    assert facts.lives_with(structurer.structure([story], teller="carer")["sections"]) is None
