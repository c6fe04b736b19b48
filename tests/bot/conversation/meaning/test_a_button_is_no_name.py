"""A button pressed again at the name question is no name: "/tell_about_someone" (an earlier "Someone I care for",
clicked when asked the name) was the person's name, "Tell_about_someone", in every later reply (a stranger on the
stack, session 24)."""
from __future__ import annotations

import pytest

from bot.conversation.meaning.carer import name_of


@pytest.mark.parametrize("said", ["/tell_about_someone", "/tell_about_me", " /stop"])
def test_a_payload_is_no_name(said):
    assert name_of(said) is None


@pytest.mark.parametrize("said, name", [("Brian Walsh", "Brian Walsh"), ("his name is dave", "Dave")])
def test_a_name_is_still_a_name(said, name):
    assert name_of(said) == name
