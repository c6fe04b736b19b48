"""A stranger on the stack (session 27) answered "What is the name of the person you care for?" with "me nan Doris"
(Northern and Scouse "me" for "my") and was asked for "just their name" again and again."""
from __future__ import annotations

import pytest

from bot.conversation.meaning.carer import name_of


@pytest.mark.parametrize("said, name", [("me nan Doris", "Doris"), ("me mam Sheila", "Sheila"),
                                        ("ma granny Senga", "Senga"), ("my nan Doris", "Doris")])
def test_a_relative_named_with_me_for_my(said, name):
    assert name_of(said) == name


@pytest.mark.parametrize("said", ["me and my husband", "me", "nan is 84 she had a fall"])
def test_no_name_said(said):
    assert name_of(said) is None
