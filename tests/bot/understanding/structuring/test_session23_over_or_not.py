"""Status read wrong by the seventh fresh held-out structuring set (heldout_fresh7.yml, session 23), fixed in general and
tested in our own words: a condition "done" (operated on) is past, a cancer followed by "in remission now" in a later
sentence is past, a service that "discharged" them is past, and a medicine started "when they stopped" another is
taken now."""
from __future__ import annotations

import pytest


def status_of(profile, section, word):
    return [i["status"] for i in profile["sections"][section] if word in i["text"].lower()]


@pytest.mark.parametrize("said, word", [
    ("Glaucoma. Cataract done in the left eye in March.", "cataract"),
    ("Gallstones removed in 2019, and I've got gout.", "gallstones"),
])
def test_a_condition_done_is_past(structurer, said, word):
    profile = structurer.structure([said], teller="self")
    assert status_of(profile, "health", word) == ["past"]


def test_a_condition_to_be_done_is_not_past(structurer):
    profile = structurer.structure(["Cataract done next month hopefully, and I've got gout."], teller="self")
    assert "past" not in status_of(profile, "health", "cataract")


@pytest.mark.parametrize("parts", [
    ["I was diagnosed with breast cancer in 2019.", "Had surgery and radiotherapy, in remission now."],
    ["She found out she had ovarian cancer in 2020. She had chemo and she's in remission now."],
])
def test_a_cancer_then_in_remission_is_past(structurer, parts):
    profile = structurer.structure(parts, teller="self" if parts[0].startswith("I") else "carer")
    assert status_of(profile, "health", "cancer") == ["past"]


def test_a_cancer_not_yet_in_remission_stays_current(structurer):
    profile = structurer.structure(["I was diagnosed with bowel cancer last year. Not in remission yet, more chemo."],
                                   teller="self")
    assert status_of(profile, "health", "bowel cancer") == ["current"]


def test_crohns_in_remission_is_still_had(structurer):
    profile = structurer.structure(["I've got Crohn's disease. In remission at the moment."], teller="self")
    assert status_of(profile, "health", "crohn") == ["current"]


@pytest.mark.parametrize("said, word", [
    ("Depression. The community mental health team discharged me in May.", "community mental health team"),
    ("The physio discharged him a fortnight ago.", "physio"),
])
def test_a_service_that_discharged_them_is_past(structurer, said, word):
    profile = structurer.structure([said], teller="self" if said.startswith("Depression") else "carer")
    assert status_of(profile, "services_involved", word) == ["past"]


@pytest.mark.parametrize("said, stopped, started", [
    ("The GP stopped my amlodipine when she started me on losartan.", "amlodipine", "losartan"),
    ("They stopped her naproxen when they started the omeprazole.", "naproxen", "omeprazole"),
])
def test_a_medicine_started_when_another_stopped_is_taken_now(structurer, said, stopped, started):
    profile = structurer.structure([said], teller="self" if " my " in said else "carer")
    assert status_of(profile, "medications", stopped) == ["past"]
    assert status_of(profile, "medications", started) == ["current"]


@pytest.mark.parametrize("said, section, word", [
    ("We had a stairlift fitted last year, she has MS.", "daily_living", "stairlift"),
    ("We had the house adapted with a level access shower in 2022.", "home", "level access shower"),
])
def test_an_aid_or_adaptation_they_had_put_in_is_there_now(structurer, said, section, word):
    profile = structurer.structure([said], teller="carer")
    assert status_of(profile, section, word) == ["current"]


def test_an_adaptation_had_before_a_move_is_past(structurer):
    profile = structurer.structure(["She had a wet room before she moved."], teller="carer")
    assert status_of(profile, "home", "wet room") == ["past"]
