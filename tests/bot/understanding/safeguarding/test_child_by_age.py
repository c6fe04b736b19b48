"""A child harmed, said as a child by the age told of them (a stranger on the stack, session 24: "im rlly worried bout
my sister tho he hits her 2 n shes only 9" and "our grandson Leo is 6 … little round burn marks on his arm and said
daddy did it with his cigarette" got the Domestic Abuse Helpline and no NSPCC): the help for a child at risk first.
An age that is no child's (a height, a count of times, an adult's) changes nothing. Written anew."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built


@pytest.fixture(scope="module")
def detector():
    return built()


@pytest.mark.parametrize("said", [
    "my step dad slaps my brother, hes only 11",
    "our granddaughter Mia is 4 and she told us mummy's boyfriend hits her",
    "he kicks my cousin when he's drunk and she is just seven",
])
def test_a_child_by_age_gets_the_help_for_a_child(detector, said):
    assert "child_at_risk" in detector.check(said).categories, said


@pytest.mark.parametrize("said", [
    "my husband hits me, he is 6 foot and I am terrified",
    "he hit me 3 times last week",
    "my son is 34 and he hits me when he is drunk",
    # a second reader of the first form of this rule (session 24)
    "my husband hits me, we have been married just 2 years",
    "he hits me and honestly its just one of those things now",
    "My partner punches me when he drinks, our flat is 2 bedroom and I cant get away",
])
def test_an_age_or_number_that_is_no_childs_adds_no_child(detector, said):
    found = detector.check(said)
    assert found.concern and "child_at_risk" not in found.categories, (said, found.categories)
