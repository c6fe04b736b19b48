"""A second reader (session 16): the returning menu's new "share" words took wishes not to share, downloads and updates."""
from __future__ import annotations

import pytest

from bot.conversation import meaning


@pytest.mark.parametrize("said", ["please dont share it with the council", "never share it with the council",
                                  "can you not send it to the gp", "dont share with my ex"])
def test_a_wish_not_to_share_is_never_a_wish_to_share(said):
    assert meaning.menu_choice(said) != "share"


@pytest.mark.parametrize("said, was", [("send it to me", "download"), ("send it to me please", "download"),
                                       ("i have moved to a new place", "update"), ("send it to my new address", "update"),
                                       ("send the changes to my gp", "update")])
def test_what_was_understood_before_is_understood_still(said, was):
    assert meaning.menu_choice(said) == was


@pytest.mark.parametrize("said", ["did you send it to the gp", "why did you send it to the council"])
def test_a_question_about_where_it_went_is_not_a_wish_to_share(said):
    assert meaning.menu_choice(said) != "share"
