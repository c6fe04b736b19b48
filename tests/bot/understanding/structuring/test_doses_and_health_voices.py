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


def health(profile):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"]["health"]]


@pytest.mark.parametrize("story", [
    "I've the sugar, type 2, and the blood pressure, and my chest is bad.",
    "I've got the blood pressure.",
    "Myself I have asthma and the high pressure.",
])
def test_the_blood_pressure_had_is_high_blood_pressure(structurer, story):
    assert ("high blood pressure", "current", "subject") in health(structurer.structure([story]))


@pytest.mark.parametrize("story", [
    "The nurse comes to check the blood pressure.",
    "I have to check the blood pressure every day.",
    "I have a high pressure job in the city.",
])
def test_the_blood_pressure_checked_is_no_condition(structurer, story):
    assert not [h for h in health(structurer.structure([story])) if "pressure" in h[0]]


@pytest.mark.parametrize("story", [
    "They took her leg off below the knee in March.",
    "He had his foot off after the infection.",
])
def test_a_leg_taken_off_is_an_amputation(structurer, story):
    assert "amputation" in [h[0] for h in health(structurer.structure([story], teller="carer"))]


@pytest.mark.parametrize("story, name", [
    ("Mum does humalog with her meals and levemir 14 units at night.", "insulin lispro (humalog)"),
    ("Mum does humalog with her meals and levemir 14 units at night.", "insulin detemir (levemir)"),
    ("Baclofen 10mg three times a day for her spasms.", "baclofen"),
])
def test_a_name_said_with_its_dose_is_a_medicine(structurer, story, name):
    names = [m["name"] for m in structurer.structure([story], teller="carer")["sections"]["medications"]]
    assert name in names


@pytest.mark.parametrize("story", [
    "I live alone since my Maureen passed two years ago, God rest her, the cancer of the bowel it was.",
    "Since my wife died in 2019, dementia it was, I live on my own.",
])
def test_the_illness_of_who_died_is_not_the_persons(structurer, story):
    assert not [h for h in health(structurer.structure([story])) if h[2] == "subject"]


def test_a_death_then_the_persons_own_condition(structurer):
    found = health(structurer.structure(["My husband died last year, I have diabetes and arthritis."]))
    assert ("diabetes", "current", "subject") in found and ("arthritis", "current", "subject") in found


def test_a_death_then_the_persons_own_low_mood(structurer):
    found = health(structurer.structure(["Since my wife passed, depression has hit me hard."]))
    assert ("depression", "current", "subject") in found


def allergies(profile):
    return {(i["text"], i["status"]): (i.get("reaction"), i.get("kind")) for i in profile["sections"]["allergies"]}


@pytest.mark.parametrize("story, teller, allergen, reaction", [
    ("Amoxicillin brings me out in hives.", "self", "amoxicillin", "brings me out in hives"),
    ("Sticking plasters give me a blistering rash.", "self", "sticking plasters", "a blistering rash"),
    ("Allergic to latex, his skin blisters up.", "carer", "latex", "his skin blisters up"),
    ("She is allergic to morphine, she vomits.", "carer", "morphine", "she vomits"),
])
def test_an_allergy_keeps_its_reaction(structurer, story, teller, allergen, reaction):
    found = allergies(structurer.structure([story], teller=teller))
    assert found[(allergen, "current")] == (reaction, None)


def test_a_medicine_that_made_her_sick_stays_an_intolerance(structurer):
    found = allergies(structurer.structure(["They stopped the sertraline as it made her sick."], teller="carer"))
    assert found[("sertraline", "past")][1] == "intolerance"


def test_plasters_that_give_the_carer_a_rash_are_not_the_persons(structurer):
    assert not structurer.structure(["Mum has dementia. Plasters give me a rash."], teller="carer")["sections"]["allergies"]


@pytest.mark.parametrize("story", ["No allergy.", "No allergy. I never smoke."])
def test_no_allergy_said_in_the_singular(structurer, story):
    assert ("any known allergies", "negated") in allergies(structurer.structure([story]))


def test_no_allergy_for_medicine_is_still_about_medicines(structurer):
    assert ("any known allergies", "negated") not in allergies(structurer.structure(["No allergy for medicine."]))


def test_diabetes_said_beside_its_type_is_one_condition(structurer):
    found = health(structurer.structure(
        ["im typing for me dad cos his eyes r bad wiv the diabetes. he has had type 1 diabetes since he was a bairn."],
        teller="carer"))
    assert [h for h in found if "diabetes" in h[0]] == [("type 1 diabetes", "current", "subject")]


def test_a_stroke_and_a_mini_stroke_are_two(structurer):
    found = [h[0] for h in health(structurer.structure(["I had a stroke in 2015 and a mini stroke in 2020."]))]
    assert "stroke" in found and "mini stroke" in found


@pytest.mark.parametrize("story", [
    "I live with my partner Sam. Sam has bipolar and is on lithium, which is a whole other story.",
    "My husband Dave is great. Dave has angina and takes a GTN spray for it.",
])
def test_a_medicine_of_someone_named_is_theirs(structurer, story):
    assert not [m for m in structurer.structure([story])["sections"]["medications"] if m["about"] == "subject"]


def test_the_persons_own_medicine_after_naming_someone(structurer):
    meds = structurer.structure(["My partner Sam helps me. I take lithium 400mg at night."])["sections"]["medications"]
    assert [(m["name"], m["about"]) for m in meds] == [("lithium", "subject")]


def test_a_list_of_inhalers_without_punctuation(structurer):
    meds = structurer.structure(["on two inhalers trelegy one puff in the morning and the blue one salbutamol when i "
                                 "need it prednisolone five mg every day"])["sections"]["medications"]
    assert [(m["name"], m.get("dose"), m.get("frequency")) for m in meds] == [
        ("trelegy", "one puff", "in the morning"), ("salbutamol", None, "when i need it"),
        ("prednisolone", "five mg", "every day")]
