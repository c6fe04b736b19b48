"""Words read wrong by the seventh fresh held-out structuring set (heldout_fresh7.yml, session 23), fixed in general and
tested in our own words: pre-diabetes is not diabetes, National Service is no service involved, a relative named and
taken back at once ("My son, sorry, my stepson Dean") is no one who supports them."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("said", [
    "I'm not diabetic, I'm borderline, the nurse called it pre-diabetes.",
    "Pre diabetes, they said at my check-up, and asthma.",
    "I have prediabetes and asthma.",
])
def test_pre_diabetes_is_not_diabetes(structurer, said):
    health = structurer.structure([said], teller="self")["sections"]["health"]
    assert not [i for i in health if i["text"] == "diabetes" and i["status"] == "current"]
    assert [i["text"] for i in health if "pre-diabetes" in i["text"]] == ["pre-diabetes"]


@pytest.mark.parametrize("said", [
    "I did my National Service in Aden in 1960. Deaf in one ear now.",
    "Forty years in the Civil Service, retired now, and I have COPD.",
])
def test_a_service_served_or_worked_for_is_no_service_involved(structurer, said):
    profile = structurer.structure([said], teller="self")
    assert profile["sections"]["services_involved"] == []


def test_a_fire_service_is_still_a_service(structurer):
    profile = structurer.structure(["The Fire Service came and fitted a smoke alarm."], teller="self")
    assert profile["sections"]["services_involved"]


@pytest.mark.parametrize("said, wrong", [
    ("My son, sorry, my stepson Dean drives me to the clinic.", "son"),
    ("My sister, no, my sister-in-law Pam does my shopping.", "sister"),
])
def test_a_relative_taken_back_at_once_is_no_support(structurer, said, wrong):
    network = structurer.structure([said], teller="self")["sections"]["support_network"]
    assert wrong not in [i.get("relationship") for i in network]


@pytest.mark.parametrize("said, relation", [
    ("My sister-in-law Pam does my shopping.", "sister-in-law"),
    ("My brother-in-law helps with the garden.", "brother-in-law"),
])
def test_an_in_law_written_with_hyphens_is_an_in_law(structurer, said, relation):
    network = structurer.structure([said], teller="self")["sections"]["support_network"]
    assert [i.get("relationship") for i in network] == [relation]


@pytest.mark.parametrize("said, status", [
    ("They put me on apixaban after the clot. I have asthma.", "past"),
    ("I've got a blood clot in my leg, on rivaroxaban.", "current"),
])
def test_a_clot_is_an_event_over_once_it_happened(structurer, said, status):
    health = structurer.structure([said], teller="self")["sections"]["health"]
    assert [i["status"] for i in health if "clot" in i["text"]] == [status]


@pytest.mark.parametrize("said, medicine", [
    ("My brother has an aripiprazole depot injection once a month.", "aripiprazole"),
    ("She gets a monthly paliperidone depot injection from the nurse.", "paliperidone"),
])
def test_a_depot_injection_named_with_its_medicine_is_that_medicine(structurer, said, medicine):
    medications = structurer.structure([said], teller="carer")["sections"]["medications"]
    assert [i["name"] for i in medications] == [medicine]
