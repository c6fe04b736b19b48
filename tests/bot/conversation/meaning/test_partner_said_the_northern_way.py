"""A carer naming her husband the Scots and northern way at the name question: "Its ma man, Wullie Baird" was kept as the
name "Ma Man Wullie Baird", and every later reply said "Ma's story" (a stranger on the stack, session 39)."""
from __future__ import annotations

import pytest

from bot.conversation.meaning.carer import name_of


@pytest.mark.parametrize("said, name", [("its ma man, Tam Reid", "Tam Reid"), ("me fella, Gaz", "Gaz"),
                                        ("my other half Sue Platt", "Sue Platt"), ("Man Ray", "Man Ray")])
def test_a_partner_word_is_no_part_of_the_name(said, name):
    assert name_of(said) == name
