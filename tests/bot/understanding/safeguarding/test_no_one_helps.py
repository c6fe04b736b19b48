"""A stranger (session 16): "no one helps me" got the neglect help while "nobody helps me" got none. "no one",
"no-one", "noone" and "no1" are read as "nobody" (typed.py), by the rules and the classifier alike, so the same
words get the same answer; that nobody helps, said alone, is no disclosure, but with going without food, washing
or warmth it is self-neglect (bot/understanding/safeguarding/)."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import typed

_FORMS = ["nobody", "no one", "no-one", "noone", "no1"]


@pytest.mark.parametrize("form", _FORMS)
def test_every_way_of_typing_no_one_is_read_as_nobody(form):
    assert typed.plain_words(f"{form} helps me") == ["nobody", "helps", "me"]


@pytest.mark.parametrize("said", ["{} helps me", "{} helps me with anything", "{} helps me, i live alone",
                                  "i do it all myself, {} helps me", "{} helps me with the garden"])
def test_that_nobody_helps_said_alone_is_no_disclosure(listening, said):
    for form in _FORMS:
        assert not listening.check(said.format(form)).concern, said.format(form)


@pytest.mark.parametrize("said", ["{} helps me and I havent eaten in days", "{} helps me, i havent washed for weeks",
                                  "{} feeds me", "{} helps me and theres no food in the house for days"])
def test_that_nobody_helps_with_going_without_is_neglect(listening, said):
    for form in _FORMS:
        assert "neglect" in listening.check(said.format(form)).categories, said.format(form)


@pytest.mark.parametrize(("said", "who"), [("nobody hits me except my son", "son"),
                                           ("no one hurts me but him", "him"),
                                           ("noone touches me apart from my stepdad", "stepdad"),
                                           ("nobody hits her except her husband", "husband")])
def test_a_denial_that_excepts_someone_names_who_harms(listening, said, who):
    found = listening.check(said)
    assert found.concern and not found.negated, said
    assert who in {harm.by for harm in listening.harms(said)}, said


@pytest.mark.parametrize("said", ["nobody hits me", "no one has ever hurt me", "nobody hurts me, not ever"])
def test_a_plain_denial_is_still_a_denial(listening, said):
    found = listening.check(said)
    assert not found.concern and found.negated, said


@pytest.mark.parametrize("text", ["Flat 9, Peel House, Eccles M30 0AB", "flat 3, 22 Rose St, Bolton BL1 4DX"])
def test_an_address_with_its_postcode_is_no_disclosure(listening, text):
    """A stranger (session 16) got the help for not being safe at home for her address, from the classifier alone."""
    assert not listening.check(text).concern


def test_harm_told_with_an_address_is_still_heard(listening):
    assert listening.check("i am not safe at home 22 Rose St BL1 4DX").concern


@pytest.mark.parametrize("text", ["12 Rose St Eccles M30 0AB. husband hitting. send help",
                                  "12 Rose St Eccles M30 0AB, partner drunk and violent, scared"])
def test_a_plea_said_with_an_address_is_still_heard(listening, text):
    """A second reader: with a postcode in it, a plea for help was taken for an address alone."""
    assert listening.check(text).concern
