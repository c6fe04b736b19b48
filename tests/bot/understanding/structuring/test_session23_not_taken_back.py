"""A "no," that only opens the rest of the sentence takes nothing back (session 23, a second reader of the day's
changes): "X, no, it's a bad one", "X, nope, it's under control", "X - no - it's for my heart" go on about X and name
nothing in its place; "X, well I was on Y" says Y is past, not X. Each kept the fact before the day's change and lost
it after; said here in our own words, same shapes."""
from __future__ import annotations

import pytest


def kept(profile, section, word):
    return [i for i in profile["sections"][section] if word in i["text"].lower()
            and i["status"] == "current" and i["about"] == "subject"]


def test_an_allergy_then_no_its_a_bad_one_is_kept(structurer):
    profile = structurer.structure(["allergic to amoxicillin, no, it's a nasty one, i came out in a rash all over"],
                                   teller="self")
    assert kept(profile, "allergies", "amoxicillin")


@pytest.mark.parametrize("said, medicine", [
    ("Im on apixaban, no, the consultant says it's for good", "apixaban"),
    ("I take apixaban, no, that's the blood thinning one", "apixaban"),
    ("I take rivaroxaban, no, that's the blood thinner one", "rivaroxaban"),
    ("I'm on citalopram, no, that's my main one", "citalopram"),
    ("i take ramipril - no - its for my heart", "ramipril"),
    ("I take gliclazide, no, not insulin yet", "gliclazide"),
])
def test_a_medicine_then_a_no_that_goes_on_about_it_is_kept(structurer, said, medicine):
    assert kept(structurer.structure([said], teller="self"), "medications", medicine)


@pytest.mark.parametrize("said, condition", [
    ("I have osteoporosis, no, it's not too bad", "osteoporosis"),
    ("i have eczema, nope, its under control", "eczema"),
    ("I've got Parkinson's, no, it is early days", "parkinson"),
    ("i have kidney disease, no, that is what the renal doctor said", "kidney"),
    ("I've got emphysema, no, I don't smoke now", "emphysema"),
    ("i have anxiety, no, it is getting easier", "anxiety"),
    ("i have gallstones, or is it just wind sometimes", "gallstone"),
])
def test_a_condition_then_a_no_that_goes_on_about_it_is_kept(structurer, said, condition):
    assert kept(structurer.structure([said], teller="self"), "health", condition)


@pytest.mark.parametrize("said, medicine", [
    ("I'm on naproxen, well I was on ibuprofen but they swapped it", "naproxen"),
    ("I'm on Humira, well I was on methotrexate before", "humira"),
])
def test_well_i_was_on_another_medicine_leaves_this_one_current(structurer, said, medicine):
    assert kept(structurer.structure([said], teller="self"), "medications", medicine)


@pytest.mark.parametrize("said, medicine", [
    ("I'm on mirtazapine, well I was on mirtazapine", "mirtazapine"),
    ("I'm on lithium, well I was", "lithium"),
])
def test_well_i_was_on_the_same_medicine_is_past(structurer, said, medicine):
    meds = structurer.structure([said], teller="self")["sections"]["medications"]
    assert [i["status"] for i in meds if medicine in i["text"].lower()][:1] == ["past"]


@pytest.mark.parametrize("said", ["I have psoriasis, no, it's mild.", "i have glaucoma, no, its fine now"])
def test_a_condition_then_one_word_for_how_it_is_is_kept(structurer, said):
    profile = structurer.structure([said], teller="self")
    assert any(i["status"] == "current" and i["about"] == "subject" for i in profile["sections"]["health"])
