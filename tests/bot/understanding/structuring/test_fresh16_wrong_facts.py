"""Wrong facts a service would act on, found by the sixteenth fresh forms set (its wrong fills and extra items read in
session 22, its misses never), each fixed in general and tested here in our own wording. (The pre-filler's part:
tests/bot/intake/test_fresh16_wrong_fills.py.)"""
from __future__ import annotations

import pytest


def own_health(profile):
    return sorted(i["text"] for i in profile["sections"]["health"] if i["about"] == "subject"
                  and i["status"] == "current")


def own_medicines(profile):
    return [i["text"] for i in profile["sections"]["medications"] if i["about"] == "subject"
            and i["status"] == "current"]


@pytest.mark.parametrize("aside", [
    "(Megan: I have epilepsy myself so I can't drive her anywhere.)",
    "[Megan here - I've got epilepsy too, so no driving for me.]",
    "Megan: I have epilepsy myself, so I can't take her out in the car.",
])
def test_what_the_one_typing_says_of_themselves_is_not_the_persons(structurer, aside):
    """A granddaughter typing for her grandad put in her own "(<her name>: I've got asthma myself …)": asthma was
    written as his on a medical history, a council referral, a housing form and a social care profile."""
    story = ("This is Megan typing for my nan, she tells me what to put. I'm Doris Pike, 88, and I have arthritis in "
             f"my hips. {aside} I take paracetamol.")
    assert own_health(structurer.structure([story])) == ["arthritis in the hips"]


def test_what_the_one_typing_says_of_the_person_is_still_theirs(structurer):
    story = ("This is Megan typing for my nan. I'm Doris Pike, 88. (Megan: she has glaucoma as well, it's on her "
             "notes.) I have arthritis.")
    assert own_health(structurer.structure([story])) == ["arthritis", "glaucoma"]


@pytest.mark.parametrize("said", [
    "I take ramipril and bumetanide, the water tablet, after breakfast.",
    "I'm on ramipril and bumetanide, the water tablet.",
])
def test_a_medicine_named_then_what_kind_it_is_is_one_medicine(structurer, said):
    """ "I take <a> and <b>, the water tablet, in a morning" listed "water tablet" as a third medicine on a medical
    history, a council referral and a social care profile."""
    assert own_medicines(structurer.structure([f"I'm Doris Pike, 88. {said}"])) == ["ramipril", "bumetanide"]


def test_a_water_tablet_said_as_another_medicine_is_still_listed(structurer):
    story = "I'm Doris Pike, 88. I take ramipril, and a water tablet in the morning."
    medicines = own_medicines(structurer.structure([story]))
    assert len(medicines) == 2 and medicines[0] == "ramipril" and medicines[1].startswith("water tablet")


def test_the_kind_of_medicine_in_a_list_that_goes_on_is_another_medicine(structurer):
    story = "I'm Doris Pike, 88. Tablets: metformin, the water tablet, and a statin."
    medicines = own_medicines(structurer.structure([story]))
    assert medicines[0] == "metformin" and any(m.startswith("water tablet") for m in medicines)


@pytest.mark.parametrize("said, medicine", [
    ("My name is Albert, I am 94, my granddaughter Chloe types for me. (Chloe: I order the repeat prescriptions - metformin 500mg, ramipril 5mg)", "metformin"),
    ("My name is Albert, I am 94, my granddaughter Chloe types for me. (Chloe: I have noticed the insulin isnt working so well)", "insulin"),
])
def test_what_the_typist_does_for_the_person_keeps_the_persons_medicines(structurer, said, medicine):
    """A second reader (session 22): the first form of the typist's-aside filter dropped the person's medicines the typist
    orders or watches, as if they were the typist's own."""
    names = {i.get("name") for i in structurer.structure([said])["sections"]["medications"]}
    assert medicine in names
