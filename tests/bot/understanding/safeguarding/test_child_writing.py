"""A child telling of harm gets the help for children (NSPCC, 999) first: a stranger trying the stack
wrote "my stepdad comes in my room at night and i dont like it, im 12" and got only the Rape Crisis
line. Through the product's detector."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding.categories import urgent_help


@pytest.mark.parametrize("text", [
    "my stepdad comes in my room at night and i dont like it, im 12",
    "my dad hits her and sometimes me 2. im 14",
    "im fifteen n my mums boyfriend hits me",
    "I'm only 13 and my uncle touches me when mum is out",
])
def test_a_child_harmed_gets_the_help_for_children_first(listening, text):
    found = listening.check(text)
    assert found.categories[0] == "child_at_risk", found
    assert "0808 800 5000" in urgent_help(found.categories)


@pytest.mark.parametrize("text", [
    "my husband hits me, I'm 45",
    "I'm 5 foot 2 and my husband hits me",
])
def test_an_adult_harmed_is_no_child(listening, text):
    assert "child_at_risk" not in listening.check(text).categories


def test_an_age_alone_is_no_concern(listening):
    assert listening.check("im 12").categories == []

