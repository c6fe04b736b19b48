"""The street, town and postcode a form gets from the address a story tells."""
from __future__ import annotations

import pytest

from bot.intake import home_facts
from bot.intake.address import read_address


@pytest.mark.parametrize("story, street, town, postcode", [
    # a district before the town is no town: forms said the city was "Sparkbrook" and "St Pauls"
    ("I live at 22 Ladypool Road, Sparkbrook, Birmingham B12 8LF with my husband.",
     "22 Ladypool Road", "Birmingham", "B12 8LF"),
    ("We live in our own house, 15 Brunswick Street, St Pauls, Bristol BS2 8PE, with our grandson.",
     "15 Brunswick Street", "Bristol", "BS2 8PE"),
    # the person lives there, though the house is their son's: it was no address at all
    ("I live in my son's house at 48 Lady Margaret Road, Southall UB1 2PW, with Manpreet and his wife.",
     "48 Lady Margaret Road", "Southall", "UB1 2PW"),
])
def test_the_town_is_the_place_told_before_the_postcode(structurer, story, street, town, postcode):
    sections = structurer.structure([story])["sections"]
    told = next(i["value"] for i in sections["home"] if i.get("kind") == "address")
    found = read_address(told)
    assert (found.street, home_facts.town(sections), found.postcode) == (street, town, postcode)


def test_a_town_after_the_postcode_is_still_read_when_none_is_before_it():
    assert read_address("12 Rose Lane, LS6 2AB Leeds").town == "Leeds"


def test_someone_elses_address_is_still_theirs(structurer):
    sections = structurer.structure(["My son lives at 48 Lady Margaret Road, Southall UB1 2PW. I live in Leeds."])["sections"]
    assert not [i for i in sections["home"] if i.get("kind") == "address"]


def test_an_address_typed_as_said_with_its_numbers_in_words(structurer):
    """All lower case, no commas, numbers in words: the street, the town of the gazetteer, the postcode."""
    sections = structurer.structure(["my names gareth pugh i live at forty two heol y nant merthyr tydfil cf forty "
                                     "seven eight dw with my wife carol"])["sections"]
    told = next(i["value"] for i in sections["home"] if i.get("kind") == "address")
    found = read_address(told)
    assert (found.street, home_facts.town(sections), found.postcode) == ("42 heol y nant", "Merthyr Tydfil", "CF47 8DW")


@pytest.mark.parametrize("story", [
    "i live at forty two acacia avenue in hope",  # no postcode said: where the street ends is not known
    "i live at number nine with my son",
    "we live at two and a half miles from town",
])
def test_no_address_in_words_without_a_postcode_and_a_town(structurer, story):
    sections = structurer.structure([story])["sections"]
    assert not [i for i in sections["home"] if i.get("kind") == "address" and "," in i["value"]]
