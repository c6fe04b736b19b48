"""A reply to the consent question that adds parts to what is shared ("add work and money to that") keeps what was chosen
and adds the parts it names. A stranger (session 37) said "add work and money to that" and only work and money were to
be shared: the part the person had already agreed to was dropped."""
from __future__ import annotations

import pytest

from bot.conversation.meaning import added_sections, chosen_sections

OFFERED = ["about_me", "health", "medications", "work_money", "home"]


@pytest.mark.parametrize("said, before, shared", [
    ("add work and money to that", ["about_me", "health"], ["about_me", "health", "work_money"]),
    ("can you put my home in as well", ["health"], ["health", "home"]),
    ("work and money too please", ["about_me"], ["about_me", "work_money"]),
    ("yes and include the money bit", [], OFFERED),
])
def test_parts_added_keep_what_was_chosen(said, before, shared):
    assert added_sections(said, before, OFFERED) == shared


@pytest.mark.parametrize("said", ["only work and money", "not work and money", "just my health please",
                                  "leave out my home", "yes please"])
def test_a_reply_that_narrows_or_names_nothing_adds_nothing(said):
    assert added_sections(said, ["health"], OFFERED) is None


def test_only_still_means_only():
    assert chosen_sections("only work and money", OFFERED) == ["work_money"]
