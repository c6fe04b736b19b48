"""Doses, conditions, medicines and allergies as people say them (tuning-voices set, session 15): how
often written "two times daily" must never be read as once daily, a dose in words or a bare number
after the name is kept, and a condition or medicine that is someone else's is not the person's."""
import pytest


def medicine(profile, name):
    [found] = [i for i in profile["sections"]["medications"] if i["name"] == name]
    return found.get("dose"), found.get("frequency")


@pytest.mark.parametrize("story, name, dose, frequency", [
    ("I take gliclazide 80mg two times daily.", "gliclazide", "80mg", "two times daily"),
    ("I am on levetiracetam 250mg 2 times a day.", "levetiracetam", "250mg", "2 times a day"),
    ("I take metformin 1 gram two times a day.", "metformin", "1 gram", "two times a day"),
    ("I take metformin 850 twice a day.", "metformin", "850", "twice a day"),
    ("I take prednisolone ten mg every day.", "prednisolone", "ten mg", "every day"),
    ("I take ramipril 10mg of a morning.", "ramipril", "10mg", "of a morning"),
    ("I take amlodipine 5mg twice daily.", "amlodipine", "5mg", "twice daily"),
])
def test_dose_and_how_often_as_said(structurer, story, name, dose, frequency):
    assert medicine(structurer.structure([story]), name) == (dose, frequency)


def test_a_number_of_years_is_no_dose(structurer):
    assert medicine(structurer.structure(["I have taken metformin 10 years now."]), "metformin")[0] is None
