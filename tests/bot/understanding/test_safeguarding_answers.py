"""The safeguarding detector on answers, deaths, the past and figures of speech (issue 17): the
ordinary things said in a story that got the urgent help, each beside its near twin that must still
get it. Through the real detector (the product's, fitted on the tuning corpus); none of these
sentences is in the corpus."""
from __future__ import annotations

import pytest


# Found by a stranger trying the stack: an answer to the name question got the help for abuse of
# older people, and a grandmother's health, a death and a wish to stay at home the suicide help.
@pytest.mark.parametrize("said", [
    "her names doreen",
    "nan is 87 n has copd and her memorys going, grandad died last yr. she wants to stay living in her own home",
])
def test_what_a_stranger_typed_raises_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


# Their kind: answers to the name, relationship and who-lives-there questions (the classifier has read
# kin words beside disclosures, and alone heard danger in "me and my brother").
@pytest.mark.parametrize("said", [
    "her son", "me and my brother", "just me and my husband", "his names derek, he is my uncle",
    "its my grandad, his name is ron", "neighbour and friend",
])
def test_an_answer_about_who_raises_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


@pytest.mark.parametrize("said, category", [
    ("her names doreen, her son hits her", "domestic_abuse"),
    ("his name is ron and his nephew takes his pension", "financial_abuse"),
])
def test_an_answer_that_tells_a_harm_is_still_heard(listening, said, category):
    assert category in listening.check(said).categories


@pytest.mark.parametrize("said", [
    "he would like to die in his own bed when the time comes",
    "grandma wants to die peacefully at home, we have done an advance care plan",
    "mum does not want to go into a nursing home",
    "the stroke took her memory and grandad passed in june",
])
def test_a_natural_death_planned_for_and_not_wanting_a_care_home_raise_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


@pytest.mark.parametrize("said, category", [
    ("she says she wants to die, she has been saving her tablets", "suicidal"),
    ("i dont want to go home tonight, hes there", "not_safe_at_home"),
])
def test_their_near_twins_are_still_heard(listening, said, category):
    assert category in listening.check(said).categories


@pytest.mark.parametrize("said", ["I have never wanted to end my life",
                                  "i never thought about killing myself, i just want a carer"])
def test_never_having_wanted_it_is_a_denial_answered_gently(listening, said):
    finding = listening.check(said)
    assert not finding.concern and "suicidal" in finding.negated, finding


def test_a_denial_of_being_heard_still_does_not_hide_the_harm(listening):
    assert "domestic_abuse" in listening.check("nobody wants to know, my husband hits me").categories


def test_a_harm_told_as_long_over_raises_no_alarm_and_its_return_does(listening):
    assert not listening.check("I used to cut myself but I have not for five years now").concern
    assert "self_harm" in listening.check("I used to cut myself and now ive started again").categories


def test_a_threat_said_as_a_joke_raises_no_alarm_but_a_blow_said_with_a_laugh_does(listening):
    assert not listening.check("my sister threatened to eat my chocolate lol").concern
    assert "domestic_abuse" in listening.check("he hit me again lol").categories


def test_safety_said_in_words_calms_the_classifier_but_not_a_harm_told_beside_it(listening):
    assert not listening.check("i feel safe where i am now, i only need help with forms").concern
    assert "domestic_abuse" in listening.check("i feel safe in my flat now but he still hits me").categories
    assert "not_safe_at_home" in listening.check(
        "The flat was my safe place. It is not any more and I am frightened").categories
