"""Relatives' illnesses as the tuning stories in many voices tell them (session 15): each is family
history, never the person's own ("My elder brother had a heart bypass" was filed as the person's
bypass; "Him mother …, she have dementia now" as the person's dementia)."""
import pytest


def health(profile):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"]["health"]]


@pytest.mark.parametrize("story, teller, expected", [
    ("My elder brother in Punjab had a heart bypass.", "self", ("heart bypass", "family", "brother")),
    # Jamaican English "him mother" is his mother, and "she" after her is her
    ("Delroy walk with a stick. Him mother still living in Jamaica, she have dementia now.", "carer",
     ("dementia", "family", "mother")),
    # a relation called as a name, in the person's own words
    ("My brother died of a stroke. Mammy had diabetes too.", "self", ("diabetes", "family", "mammy")),
    ("Mum has dementia.", "self", ("dementia", "family", "mum")),
])
def test_a_relatives_illness_is_family_history(structurer, story, teller, expected):
    found = health(structurer.structure([story], teller=teller))
    assert expected in found
    assert not [f for f in found if f[0] == expected[0] and f[2] == "subject"]


def test_the_persons_own_illness_told_with_a_capital_stays_theirs(structurer):
    assert ("diabetes", "current", "subject") in health(structurer.structure(["Diabetes is my main problem."]))
