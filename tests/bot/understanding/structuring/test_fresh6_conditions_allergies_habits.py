"""Wrong facts a service would act on, found by the sixth fresh forms set (session 15) about the person's
conditions, their status, allergies and habits, each fixed in general and tested here in our own wording:
a reaction said as what a food does to the lips, a stopped medicine's reason filed as a condition, a
recent stroke with lasting effects or a condition "already had" filed as over, a little drinking filed as
none, a Geordie "divvent" read as a yes, "high tension" missed, and a month said with a year dropped."""
from __future__ import annotations

import pytest


def facts(profile, section):
    return [(i["text"], i["status"]) for i in profile["sections"][section] if i["about"] == "subject"]


@pytest.mark.parametrize("said, teller, allergen", [
    ("Prawns make my lips swell up.", "self", "prawns"),
    ("Peanuts make me mouth itch, no drug allergies.", "self", "peanuts"),
    ("Kiwi makes mi tongue tingle.", "self", "kiwi"),
    ("I come out in hives with eggs.", "self", "eggs"),
    ("She comes up in a rash if she eats tomatoes.", "carer", "tomatoes"),
    ("Sesame makes her throat swell.", "carer", "sesame"),
])
def test_a_food_said_by_what_it_does_is_an_allergy(structurer, said, teller, allergen):
    """ "Strawberries make my lips swell up, no drug allergies" was sent as "No known drug allergies" alone."""
    profile = structurer.structure([said], teller=teller, relationship="daughter" if teller == "carer" else None)
    assert (allergen, "current") in facts(profile, "allergies")
    assert not [t for t, _ in facts(profile, "health") if "swell" in t or "itch" in t]


@pytest.mark.parametrize("said", ["The heat makes my ankles swell.", "Walking makes my legs ache."])
def test_what_the_weather_or_walking_does_is_no_allergy(structurer, said):
    assert not structurer.structure([said])["sections"]["allergies"]


def test_a_carers_own_food_reaction_is_not_the_persons(structurer):
    profile = structurer.structure(["Mum has dementia. Eggs make my lips swell."], teller="carer", relationship="mum")
    assert not profile["sections"]["allergies"]


def test_the_reaction_said_after_an_allergy_is_no_condition(structurer):
    """ "allergic to aspirin, my face is swelling" gave a condition "swelling" on a medical history."""
    profile = structurer.structure(["I am allergic to penicillin, my lips is swelling."])
    assert ("penicillin", "current") in facts(profile, "allergies")
    assert not [t for t, _ in facts(profile, "health") if "swell" in t]


@pytest.mark.parametrize("said", [
    "The doctor took me off the glipizide last year, I was having hypos.",
    "I was on lisinopril but they stopped it because I was getting a bad cough.",
])
def test_why_a_medicine_was_stopped_is_no_condition(structurer, said):
    """ "They took me off the gliclazide, I was having hypos" listed hypoglycaemia as a past condition."""
    profile = structurer.structure([said])
    assert not facts(profile, "health")
    assert [s for _, s in facts(profile, "medications")] == ["past"]


@pytest.mark.parametrize("said", [
    "They had me on atorvastatin but it gave mi arms pain so they stopped it.",
    "Codeine I take before but it make me dizzy so doctor stop it.",
])
def test_a_stopped_medicines_side_effect_is_no_complaint_of_now(structurer, said):
    profile = structurer.structure([said])
    assert not facts(profile, "health")
    assert [s for _, s in facts(profile, "medications")] == ["past"]


def test_a_complaint_in_the_next_sentence_after_a_stopped_medicine_is_kept(structurer):
    profile = structurer.structure(["I was on metformin. I was having chest pains so I went to A&E."])
    assert [t for t, _ in facts(profile, "health")] == ["chest pain"]


@pytest.mark.parametrize("said", [
    "Had a stroke end of May, right side's gone weak.",
    "Had a stroke at the start of April.",
])
def test_a_recent_stroke_with_lasting_effects_is_current(structurer, said):
    assert ("stroke", "current") in facts(structurer.structure([said]), "health")


def test_a_stroke_said_again_as_a_time_stays_current(structurer):
    profile = structurer.structure(["Had a stroke in March, my left side is still weak. I stopped smoking the day of "
                                    "the stroke."])
    assert ("stroke", "current") in facts(profile, "health")


def test_a_medicine_started_in_place_of_another_stays_taken(structurer):
    """ "Tablets: apixaban 5mg …. Was on aspirin but they stopped it when they started the apixaban": apixaban
    was sent as stopped."""
    profile = structurer.structure(["I take edoxaban 60mg once a day. I was on clopidogrel but they stopped it when "
                                    "they started the edoxaban."])
    assert dict(facts(profile, "medications")) == {"edoxaban 60mg once a day": "current", "clopidogrel": "past"}


def test_conditions_already_had_are_current(structurer):
    profile = structurer.structure(["Already had asthma and high blood pressure before the heart attack."])
    assert {("asthma", "current"), ("high blood pressure", "current")} <= set(facts(profile, "health"))


@pytest.mark.parametrize("said", ["I dont really drink, maybe 3 gins once a month.", "Don't drink, only a pint on a Friday."])
def test_a_little_drinking_is_drinking(structurer, said):
    assert ("drinking", "current") in facts(structurer.structure([said]), "health")


@pytest.mark.parametrize("said", ["I don't drink, never have.", "I don't drink 30 units a week any more."])
def test_no_drinking_stays_no_drinking(structurer, said):
    assert ("drinking", "current") not in facts(structurer.structure([said]), "health")


@pytest.mark.parametrize("said, habit, status", [
    ("I don't drink, but I smoke 20 a day.", "drinking", "negated"),
    ("Don't smoke, 2 pints a night though.", "smoking", "negated"),
])
def test_the_other_habits_amount_says_nothing_of_this_one(structurer, said, habit, status):
    [found] = [i for i in structurer.structure([said])["sections"]["health"] if i["text"] == habit]
    assert (found["status"], found.get("amount")) == (status, None)


def test_a_geordie_divvent_is_a_no(structurer):
    assert ("drinking", "negated") in facts(structurer.structure(["Divvent smoke or drink now."]), "health")


def test_high_tension_is_high_blood_pressure(structurer):
    profile = structurer.structure(["Doctor say I have high tension and diabetes."])
    assert ("high blood pressure", "current") in facts(profile, "health")


def test_a_zimmer_is_a_walking_aid(structurer):
    [aids] = [i["aids"] for i in structurer.structure(["She has a zimmer indoors and a wheelchair outside."],
                                                       teller="carer", relationship="nan")["sections"]["daily_living"]]
    assert aids == ["zimmer frame", "wheelchair"]


def test_the_month_said_with_the_year_is_kept(structurer):
    [injury] = structurer.structure(["In March 2023 I had a head injury at work."])["sections"]["health"]
    assert (injury.get("year"), injury.get("month")) == (2023, 3)
