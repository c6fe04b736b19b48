"""What a stranger on the running stack found in session 18: help that put a child first where no child was at risk,
and a household listed at "Who lives with you?" heard as a child at risk."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built


@pytest.fixture(scope="module")
def detector():
    return built()


def test_children_beside_a_harm_to_the_writer_are_not_a_child_at_risk(detector):
    """A carer whose father, with dementia, pushed her, and who lives with her and her two kids, got the NSPCC first."""
    found = detector.check("he lives with me and my two kids. he gets aggressive when i try to wash him and he pushed "
                           "me over last month. honestly i cant cope anymore, im at the end of my rope")
    assert "child_at_risk" not in found.categories
    assert {"domestic_abuse", "carer_breaking_point"} <= set(found.categories)


@pytest.mark.parametrize("said", ["My husband hits me. He does it in front of the kids.",
                                  "we live together. nobody feeds the children upstairs and the baby cries all night"])
def test_children_in_the_sentence_of_the_harm_still_are(detector, said):
    assert "child_at_risk" in detector.check(said).categories


@pytest.mark.parametrize("said", ["I told already, wife and 2 kids", "me my partner and our three children"])
def test_a_household_listed_is_no_alarm(detector, said):
    assert not detector.check(said).categories


@pytest.mark.parametrize("said", ["my husband bit me on the arm", "my boyfriend bites me when hes angry"])
def test_a_partner_who_bites_is_heard(detector, said):
    found = detector.check(said)
    assert "domestic_abuse" in found.categories and not found.tentative


@pytest.mark.parametrize("said", ["my husband bit into an apple and broke his tooth", "the dog bit me"])
def test_biting_that_harms_no_one_is_no_alarm(detector, said):
    assert "domestic_abuse" not in detector.check(said).categories


@pytest.mark.parametrize("said", ["my husband hits me. the kids are in the house when it happens.",
                                  "my husband hits me. i have two kids"])
def test_children_living_with_domestic_abuse_are_at_risk(detector, said):
    """A second reader (session 18): narrowing children to the sentence of the harm lost these."""
    assert "child_at_risk" in detector.check(said).categories


@pytest.mark.parametrize("said", ["my wife bit her nails", "my grandson tripped me up with his toy car"])
def test_a_second_readers_harmless_bites_and_trips(detector, said):
    assert "domestic_abuse" not in detector.check(said).categories
