"""The people who support, held back at the consent question by what they do (a stranger, session 27: "yeah but not my
meds or who supports me" left out the medicines only, and the supports were sent)."""
from __future__ import annotations

import pytest

from bot.conversation import meaning

OFFERED = ["about_me", "health", "medications", "home", "support_network", "goals", "risks"]


@pytest.mark.parametrize("reply, held", [
    ("yeah but not my meds or who supports me", ["medications", "support_network"]),
    ("not who helps her", ["support_network"]),
    ("everything except who looks after him", ["support_network"]),
    ("no helpers please", ["support_network"]),
])
def test_the_supports_named_by_what_they_do_are_held_back(reply, held):
    assert meaning.held_back_only(reply, OFFERED) == held


@pytest.mark.parametrize("reply", ["yes she helps me with everything", "yes", "yes please, the gp helps me a lot"])
def test_help_spoken_of_names_no_part(reply):
    assert "support_network" not in meaning.sections_named(reply, OFFERED)
