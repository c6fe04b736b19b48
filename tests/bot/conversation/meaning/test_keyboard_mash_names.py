"""A name typed alone whose letters lie on one row of the keyboard is a name, not keys pressed at random
("Piotr", "Hafsa", "Dasha" were asked for again and again: is_keyboard_mash took them for "qwerty")."""
from __future__ import annotations

import pytest

from bot.conversation.meaning import carer_answer
from bot.conversation.meaning.words import is_keyboard_mash


@pytest.mark.parametrize("name", ["Piotr", "Hafsa", "Dasha", "Kasha", "Kaja", "Tyrie", "Sadja"])
def test_a_name_of_one_row_is_a_name(name):
    assert not is_keyboard_mash(name)
    assert carer_answer("name", name) == name


@pytest.mark.parametrize("text", ["hjkhjk", "asdfgh", "qwerty", "kdjfh", "asdasd", "sdfsdf"])
def test_keys_pressed_at_random_are_still_no_name(text):
    assert is_keyboard_mash(text)
    assert carer_answer("name", text) is None
