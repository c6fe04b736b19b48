"""Strangers and readers (session 18, issue 18): what they told was misfiled, doubled or refused. Sentences written
anew in the same shapes; none is held-out data."""
from __future__ import annotations

import pytest


def _self(structurer, *parts):
    return structurer.structure(list(parts), teller="self")["sections"]


@pytest.mark.parametrize("said, name, age, home", [
    ("im jean smith 78 i live on my own and i have copd", "Jean Smith", 78, "i live on my own"),
    ("Im Tom Barker 81 i live alone and i have copd", "Tom Barker", 81, "i live alone"),
    ("i am edna 90 i live on my own and i have copd", "Edna", 90, "i live on my own")])
def test_an_unpunctuated_introduction_is_each_fact_its_own(structurer, said, name, age, home):
    """"im jean smith 78 i live on my own and i have copd" was one home item, the name and the age lost."""
    sections = _self(structurer, said)
    assert [i["text"] for i in sections["about_me"] if i.get("kind") == "name"] == [name]
    assert [i["value"] for i in sections["about_me"] if i.get("kind") == "age"] == [age]
    assert [i["text"] for i in sections["home"]] == [home]
    assert [i["term"] for i in sections["health"]] == ["copd"]


@pytest.mark.parametrize("said", ["im quite frail 80", "im very tired 80", "im fed up 80"])
def test_what_someone_is_before_an_age_is_no_name(structurer, said):
    assert not [i for i in _self(structurer, said)["about_me"] if i.get("kind") == "name"]


def _health_read_back(structurer, said, teller="self"):
    from bot.conversation.readback import read_back
    groups = read_back(structurer.structure([said], teller=teller), teller)
    return next(g["lines"] for g in groups if g["handle"] == "health")


@pytest.mark.parametrize("said, line", [
    ("I have pain in my knees", "You have pain in your knees."),
    ("I have knee pain in my knees", "You have knee pain."),
    ("I have pain in both knees", "You have pain in both knees."),
    ("I get hip pain", "You have hip pain."),
    ("I used to have pain in my back", "You had pain in your back in the past.")])
def test_a_pain_in_a_part_is_read_back_once_plainly(structurer, said, line):
    """"You have knee pain in the knees" (and "You have a problem with your knee" beside "You have knee pain"): a
    reader found the part said twice over."""
    assert _health_read_back(structurer, said) == [line]


def test_a_carers_pain_in_a_part_is_theirs(structurer):
    assert _health_read_back(structurer, "my dad has pain in his chest", "carer") == ["They have pain in their chest."]


def _read_back(structurer, parts, teller, relationship=None):
    from bot.conversation.readback import read_back
    profile = structurer.structure(parts, teller=teller, relationship=relationship)
    return profile, {g["handle"]: g["lines"] for g in read_back(profile, teller)}


@pytest.mark.parametrize("said, relationship", [
    ("I look after my mum, she has dementia. My sister helps, she lives in Leeds.", "daughter"),
    ("Mum has dementia. my sister helps when she can, she lives in Leeds", None)])
def test_a_relatives_home_is_never_the_persons(structurer, said, relationship):
    """"my sister helps, she lives in Leeds", in a daughter's story about Mum: read back as "She lives in Leeds." under
    their home, it was Mum's town to the carer who checked it."""
    profile, lines = _read_back(structurer, [said], "carer", relationship)
    assert not [i for i in profile["sections"]["home"] if i["about"] == "subject"]
    assert lines["home"] == ["Your sister lives in Leeds."]


def test_the_persons_own_relatives_home_is_said_as_theirs(structurer):
    _, lines = _read_back(structurer, ["my mum has dementia. her son helps, he lives in a flat in Leeds"], "carer")
    assert lines["home"] == ["Their son lives in a flat in Leeds."]


@pytest.mark.parametrize("said, organisation", [
    ("Bluebell Homecare come twice a day.", "Bluebell Homecare"),
    ("Carewell girls come in the mornings", "Carewell"),
    ("Sunrise Care visit me every morning", "Sunrise Care"),
    ("I have a carer from Bluebell Homecare twice a day", "Bluebell Homecare")])
def test_a_care_company_named_first_is_paid_carers(structurer, said, organisation):
    """"Bluebell Homecare come twice a day" gave nothing, and "I have a carer from …" made the person a carer."""
    sections = _self(structurer, said)
    assert [i.get("organisation") for i in sections["services_involved"]] == [organisation]
    assert sections["services_involved"][0]["role"] in ("carer", "carers")
    assert not sections["support_network"]


def test_a_carers_story_keeps_the_agency_as_the_persons_service(structurer):
    sections = structurer.structure(["my mum has dementia. Bluebell Homecare come twice a day to wash her"],
                                    teller="carer")["sections"]
    assert [(i["role"], i["organisation"], i["about"]) for i in sections["services_involved"]] == [
        ("carers", "Bluebell Homecare", "subject")]
    assert not sections["support_network"]


@pytest.mark.parametrize("said", ["Mary comes twice a day", "Social Care have been useless", "I am his carer"])
def test_a_name_or_a_public_service_is_no_care_company(structurer, said):
    assert not [i for i in _self(structurer, said)["services_involved"] if i.get("role") == "carers"]


def test_carers_said_first_are_no_company_and_the_neighbour_beside_them_stays(structurer):
    sections = _self(structurer, "Carers come twice a day from Helping Hands and my neighbour Pat does the shopping")
    assert [i.get("organisation") for i in sections["services_involved"]] == ["Helping Hands"]
    assert [i.get("relationship") for i in sections["support_network"]] == ["neighbour"]


@pytest.mark.parametrize("story", ["Both girls come every day to help Mum. She has dementia.",
                                   "Church ladies visit her on Sundays. She has dementia.",
                                   "Two girls come after school to sit with her. She has dementia."])
def test_a_quantity_or_a_group_before_girls_is_no_care_company(structurer, story):
    """A second reader (session 18): "Both girls come every day" became a service from an organisation called "Both"."""
    profile = structurer.structure([story], teller="carer", relationship="son")
    assert not any(i.get("organisation") for i in profile["sections"]["services_involved"])
