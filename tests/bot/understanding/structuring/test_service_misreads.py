"""Misreads a service would act on, found in conversations (each a wrong or lost fact), read through the
structurer: a comma list of allergens, a name said with more words after it or with a short name in
brackets, a condition told in a carer's complaint, a church friend, a condition said again, a language
preferred for the doctor, and whose relatives a grandchild or a carer names."""
import pytest


def facts(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


def names_in(profile):
    return [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "name"]


@pytest.mark.parametrize("story, allergens", [
    ("I'm allergic to nuts, eggs and penicillin", ["nuts", "eggs", "penicillin"]),
    ("Allergy to codeine, latex, shellfish", ["codeine", "latex", "shellfish"]),
    ("He is allergic to plasters, aspirin", ["plasters", "aspirin"]),
])
def test_every_allergen_of_a_comma_list_is_an_allergy_and_none_a_medicine(structurer, story, allergens):
    profile = structurer.structure([story])
    assert sorted(i["text"] for i in profile["sections"]["allergies"]) == sorted(allergens)
    assert all(i["status"] == "current" and i["about"] == "subject" for i in profile["sections"]["allergies"])
    assert profile["sections"]["medications"] == []


def test_an_allergy_list_ends_where_a_new_fact_starts(structurer):
    profile = structurer.structure(["I'm allergic to penicillin, I take metformin"])
    assert [i["text"] for i in profile["sections"]["allergies"]] == ["penicillin"]
    assert [i["name"] for i in profile["sections"]["medications"]] == ["metformin"]
