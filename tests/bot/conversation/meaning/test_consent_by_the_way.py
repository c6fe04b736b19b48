"""A part named by the way after a yes is no choice of parts: "yes that's fine, the GP knows all about my health anyway"
shared the health section alone, so the GP got no name (a stranger on the stack, session 24). "only", "just" and what
is held back still choose."""
from __future__ import annotations

import pytest

from bot.conversation.meaning.consent import consent_meaning

OFFERED = ["about_me", "health", "medications", "home"]


@pytest.mark.parametrize("said", ["yes that's fine, the GP knows all about my health anyway",
                                  "yes go on, he knows all about my medicines anyway"])
def test_a_part_named_by_the_way_is_a_yes(said):
    assert consent_meaning(said, OFFERED).kind == "yes"


@pytest.mark.parametrize("said, parts", [("yes, only my health", ["health"]),
                                         ("yes but not my medicines", ["about_me", "health", "home"])])
def test_parts_chosen_are_still_chosen(said, parts):
    meant = consent_meaning(said, OFFERED)
    assert meant.kind == "value" and meant.value == parts


def test_a_part_sent_because_the_rest_is_had_is_a_choice():
    """A second reader: "yes send my health bit, they have got the rest already" was read as yes to all of it."""
    meant = consent_meaning("yes send my health bit, they have got the rest already", OFFERED)
    assert meant.kind == "value" and meant.value == ["health"]
