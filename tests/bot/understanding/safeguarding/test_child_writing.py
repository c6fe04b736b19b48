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



@pytest.mark.parametrize("text", [
    "I'm 5'4 and my husband hits me",
    "im one of five and my brother hits me",
    "im 2 scared to go home, he hits me",  # "2": too
    "I'm 17 years married and he hits me",
])
def test_a_height_a_place_in_the_family_or_years_married_is_no_childs_age(listening, text):
    """A second read found each of these gave an adult the help for children, and "child at risk" in the
    profile staff read."""
    found = listening.check(text)
    assert found.concern and "child_at_risk" not in found.categories, found


@pytest.mark.parametrize("text", [
    "im a 14 year old girl and my stepdad hits me",
    "15 yr old here, my mums boyfriend hits me",
    "i am aged 13 and my dad hits me",
])
def test_an_age_said_other_ways_is_a_child(listening, text):
    assert listening.check(text).categories[0] == "child_at_risk"


# A child with an adult boyfriend or girlfriend far older is at risk of sexual exploitation though no harm
# is said: "im fifteen and my boyfriend is twenty eight" got no help (issue 19, a stranger on the stack).
@pytest.mark.parametrize("text", [
    "im fifteen and my boyfriend is twenty eight",
    "im 14 and seeing a guy who is 20",
    "im 16 and my boyfriend is 24",
    "I'm 13, my girlfriend's 19",
])
def test_a_child_with_an_adult_partner_gets_the_help_for_children(listening, text):
    found = listening.check(text)
    assert "child_at_risk" in found.categories, found
    assert "0808 800 5000" in urgent_help(found.categories)


@pytest.mark.parametrize("text", [
    "im 16 and my boyfriend is 17",
    "im 17 and my gf is 19",
    "im 13 and my bf is 14",
    "my boyfriend is 28 and im 34",
])
def test_partners_of_an_age_are_no_alarm(listening, text):
    assert "child_at_risk" not in listening.check(text).categories


# A stranger (session 36): a parent figure's sexual abuse in the home the writer shares with a parent, no age said,
# got only 999 and Rape Crisis; the writer is like enough a child. Failing before.
@pytest.mark.parametrize("text", [
    "my step dad comes in my room at nite when mums at work",
    "my stepdad touches me when mum's out",
    "my mums boyfriend keeps touching me, dont tell my mum",
])
def test_a_parent_figures_sexual_abuse_at_home_gets_the_help_for_children(listening, text):
    found = listening.check(text)
    assert found.categories[0] == "child_at_risk" and "sexual_abuse" in found.categories, found
    assert "0808 800 5000" in urgent_help(found.categories)


@pytest.mark.parametrize("text", [
    "my husband raped me in our room",
    "my stepdad is lovely, he drives me to college when mums at work",
])
def test_a_partner_or_a_kind_step_parent_is_no_child_at_risk(listening, text):
    assert "child_at_risk" not in listening.check(text).categories
