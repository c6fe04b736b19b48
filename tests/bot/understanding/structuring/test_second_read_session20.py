"""A second reader of session 20's change found these, each a wrong fact a service would act on, written here in
our own words: a condition said before the person it describes ("my diabetic husband") was filed as the carer's own
health; a benefit a carer gets or applies for the person ("i get dla for him") was filed as the carer's own money."""
from __future__ import annotations

import pytest


def _items(structurer, parts, sections):
    profile = structurer.structure(parts, teller="carer")
    return [(section, i) for section in sections for i in profile["sections"][section]]


@pytest.mark.parametrize("said", [
    "I care for my diabetic husband Bill, hes 80.",
    "I look after my autistic son Sam, hes 19.",
    "i look after my epileptic daughter",
    "Im carer for my asthmatic mum",
])
def test_a_condition_said_before_the_person_is_never_the_carers(structurer, said):
    items = _items(structurer, [said], ("health",))
    assert not [i for _, i in items if i["about"] == "narrator"], items


@pytest.mark.parametrize("said", [
    "i applied for attendance allowance for mum",
    "i get dla for him",
    "I claim PIP for her now",
])
def test_a_benefit_got_for_the_person_is_not_the_carers_money(structurer, said):
    items = _items(structurer, ["Its about my mum Jean, shes 84.", said], ("support_network", "work_money"))
    assert not [i for _, i in items if i["about"] == "narrator" and "for" in i["text"]], items


def test_the_carers_own_benefit_is_still_the_carers(structurer):
    items = _items(structurer, ["Its about my mum Jean, shes 84.", "im on universal credit and carers allowance"],
                   ("support_network",))
    assert [i for _, i in items if i["about"] == "narrator"], items


@pytest.mark.parametrize("said, who", [
    ("My granddaughter Amy helps me with shopping, she's 19, she passed her driving test", "Amy"),
    ("My son Dave helps me, he passed his exams last year", "Dave"),
    ("my nephew Carl does my garden, he passed his apprenticeship", "Carl"),
])
def test_someone_who_passed_a_test_is_no_death(structurer, said, who):
    """A bare "passed" after someone is named was read as their death: the granddaughter who helps was filed as a
    bereavement and dropped from the people who support (a second reader, session 20)."""
    profile = structurer.structure([said], teller="self")
    assert not [i for i in profile["sections"]["about_me"] if i["status"] == "past"], profile["sections"]["about_me"]
    assert [i for i in profile["sections"]["support_network"] if who in i["text"]], profile["sections"]["support_network"]


def test_someone_who_passed_is_still_a_death(structurer):
    profile = structurer.structure(["My husband Jim, he had a stroke, he passed in 2019."], teller="self")
    assert not [i for i in profile["sections"]["support_network"] if i["status"] == "current" and "Jim" in i["text"]]
