"""A name said with a sign-off after it is the name alone ("Sue thats all" was "Sue Thats All"), and a
carer who is "just a fella from church" is a friend, not the person's partner (found by a second read
of the structuring, session 12)."""
from __future__ import annotations

import pytest

from bot.conversation.meaning.carer import name_of, relationship_of


@pytest.mark.parametrize(("said", "name"), [("Sue thats all", "Sue"), ("sue thats it thanks", "Sue"),
                                            ("Sue, that is all", "Sue"), ("Sue Tate", "Sue Tate"),
                                            ("Thatcher", "Thatcher")])
def test_a_name_with_a_sign_off_after_it(said, name):
    assert name_of(said) == name


@pytest.mark.parametrize(("said", "role"), [("just a fella from church", "friend"), ("a lady from church", "friend"),
                                            ("the bloke from the pub", "friend"), ("a man from next door", "neighbour"),
                                            ("my fella", "partner"), ("he's my husband", "partner")])
def test_someone_from_church_is_a_friend_not_a_partner(said, role):
    assert relationship_of(said) == role


@pytest.mark.parametrize(("said", "role"), [("im the lady from the care agency", "paid carer"),
                                            ("the girl from the agency", "paid carer"),
                                            ("a lady from the council", None), ("the woman from social services", None),
                                            ("the man at number 4", None), ("a woman in the flat upstairs", None)])
def test_someone_from_a_service_or_a_place_is_no_friend(said, role):
    """A second read: each of these had become "friend" by the church rule."""
    assert relationship_of(said) == role
