"""Misreads found by the fresh structuring batch v14 (session 13), each fixed in general and tested here
on our own wording: a stroke whose side is still weak read as history, "never drank" read as drinking,
a treatment finished read as current, a neighbour's own name and help lost, a medicine said after
"also" lost, and a grandchild's relatives not said as the grandparent's."""
from __future__ import annotations

import pytest


def facts(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


@pytest.mark.parametrize("teller, said", [
    ("carer", "Mum had a stroke three years ago and her right side is still weak."),
    ("carer", "He had a stroke a few years back, right side weak."),
    ("self", "I had a stroke in 2019 and my left side is weak."),
])
def test_a_stroke_whose_side_is_still_weak_is_current(structurer, teller, said):
    profile = structurer.structure([said], teller=teller)
    assert [f for f in facts(profile, "health") if f[0] == "stroke"] == [("stroke", "current", "subject")]
    assert any(f[0].endswith("weakness") and f[1] == "current" for f in facts(profile, "health"))


def test_a_stroke_long_ago_with_no_side_still_weak_stays_past(structurer):
    profile = structurer.structure(["I had a stroke in 2009."])
    assert ("stroke", "past", "subject") in facts(profile, "health")


@pytest.mark.parametrize("said", [
    "She never smoked or drank.",
    "He has never smoked nor drank.",
    "Packed in the fags years ago an ah dinnae drink.",
    "Gave up smoking in 2001 and he doesnt drink.",
    "I stopped smoking years ago, I dont drink either.",
])
def test_not_drinking_is_a_negation_after_another_habit(structurer, said):
    profile = structurer.structure([said], teller="carer" if said.startswith(("She", "He ", "Gave")) else "self")
    assert [f for f in facts(profile, "health") if f[0] == "drinking"] == [("drinking", "negated", "subject")]


@pytest.mark.parametrize("said, status", [
    ("I finished chemo in May.", "past"),
    ("She completed her radiotherapy last year.", "past"),
    ("He's done with the chemotherapy now.", "past"),
    ("Her radiotherapy finished in August.", "past"),
    ("I'm having radiotherapy at the moment.", "current"),
    ("She has chemo every three weeks.", "current"),
])
def test_a_treatment_finished_is_past_and_one_going_on_current(structurer, said, status):
    profile = structurer.structure([said], teller="self" if said.startswith("I") else "carer")
    treatments = [f for f in facts(profile, "health") if f[0] in ("chemotherapy", "radiotherapy")]
    assert [f[1] for f in treatments] == [status]


def test_a_neighbour_carer_who_names_herself_is_the_carer_not_the_person(structurer):
    profile = structurer.structure(["I'm Jean, the next door neighbour of Mr Khan, Tariq. He's 88.",
                                    "I put his bins out and check on him every evening."], teller="carer",
                                   subject_name="Tariq")
    support = profile["sections"]["support_network"]
    own = [i for i in support if i["about"] == "narrator"]
    assert any(i.get("name") == "Jean" and i.get("relationship") == "neighbour" for i in own), support
    assert any("bins" in i["text"] for i in own), support
    assert not any(i.get("name") == "Mr Khan" for i in support)


@pytest.mark.parametrize("said", [
    "My neighbour Pat pops in to help with shopping.",
    "Pat my neighbour pops in to help with the shopping.",
    "Pat, my neighbour, helps me with shopping.",
])
def test_a_neighbours_name_and_what_they_help_with(structurer, said):
    support = structurer.structure([said])["sections"]["support_network"]
    assert [(i.get("relationship"), i.get("name"), i["about"]) for i in support] == [("neighbour", "Pat", "subject")]
    assert "shopping" in support[0]["text"]


@pytest.mark.parametrize("said", [
    "I take warfarin for my heart, also blood pressure tablets.",
    "She's on warfarin for her heart and blood pressure pills.",
    "He takes bp tablets.",
])
def test_blood_pressure_tablets_are_a_medicine_as_well_as_the_condition(structurer, said):
    profile = structurer.structure([said], teller="self" if said.startswith("I") else "carer")
    assert any("blood pressure" in i["text"] or "bp" in i["text"].lower() for i in profile["sections"]["medications"])
    assert ("high blood pressure", "current", "subject") in facts(profile, "health")


def test_a_grandchilds_uncle_and_grandmother_are_the_grandads_son_and_wife(structurer):
    profile = structurer.structure(["Grandad is 88 and has COPD. My uncle has diabetes. Nan had a stroke before she died."],
                                   teller="carer", relationship="grandchild")
    health = facts(profile, "health")
    assert ("copd", "current", "subject") in health
    assert ("diabetes", "family", "son") in health
    assert ("stroke", "family", "wife") in health


def test_a_grandparent_named_with_the_kin_word_makes_the_grandchilds_relatives_theirs(structurer):
    profile = structurer.structure(["Gran (Edna) is 90 and has glaucoma. Grandad died of a heart attack, "
                                    "and my auntie Rose has bipolar."], teller="carer", subject_name="Edna")
    health = facts(profile, "health")
    assert ("heart attack", "family", "husband") in health
    assert ("bipolar disorder", "family", "daughter") in health


# The batch's further misses, fixed in general


def test_relatives_who_had_the_same_are_each_family_history_and_no_support(structurer):
    profile = structurer.structure(["My husband Tom has prostate cancer, he finished radiotherapy in June. "
                                    "His dad and his uncle both had it too."], teller="carer")
    health = facts(profile, "health")
    assert ("prostate cancer", "family", "dad") in health and ("prostate cancer", "family", "uncle") in health
    assert not profile["sections"]["support_network"]
    profile = structurer.structure(["Mums got lung cancer.", "Dad died of the same thing 3 year ago."], teller="carer")
    assert ("lung cancer", "family", "husband") in facts(profile, "health")


def test_a_condition_with_none_for_a_while_since_is_past(structurer):
    profile = structurer.structure(["He has a history of seizures but none for five years now."], teller="carer")
    assert [f[1] for f in facts(profile, "health") if "seizure" in f[0]] == ["past"]


def test_a_medicine_carried_after_an_allergy_is_a_medicine_not_an_allergen(structurer):
    profile = structurer.structure(["Ali is allergic to sesame and carries an epipen."], teller="carer")
    assert [i["text"] for i in profile["sections"]["allergies"]] == ["sesame"]
    assert [i["text"] for i in profile["sections"]["medications"]] == ["epipen"]


def test_the_next_medicine_of_a_list_taken_is_a_medicine(structurer):
    profile = structurer.structure(["on humalog with meals n tresiba at night"])
    assert {i["term"].lower() for i in profile["sections"]["medications"]} == {"humalog", "tresiba"}


@pytest.mark.parametrize("said", ["I sort out her medication every week.", "I struggle to lift her.",
                                  "I'm minding my brother since his operation."])
def test_a_carers_own_part(structurer, said):
    profile = structurer.structure(["My nan is 90.", said], teller="carer")
    assert any(i["about"] == "narrator" and i["text"] == said.rstrip(".") for i in profile["sections"]["support_network"])


def test_paid_carers_from_the_council_are_a_service_not_a_supporter(structurer):
    profile = structurer.structure(["dad has carers 3 times a day from the council"], teller="carer")
    assert not profile["sections"]["support_network"]
    assert [i["role"] for i in profile["sections"]["services_involved"]] == ["carers"]


def test_right_as_very_is_no_side(structurer):
    profile = structurer.structure(["The tramadol makes me right constipated."])
    assert ("constipation", "current", "subject") in facts(profile, "health")


def test_so_and_a_relative_starts_a_clause_about_them(structurer):
    profile = structurer.structure(["My mum Jean is 80. Dad is in a care home now so mum lives on her own."],
                                   teller="carer", subject_name="Jean")
    assert [(i["text"], i["about"]) for i in profile["sections"]["home"]
            if "on her own" in i["text"]] == [("mum lives on her own", "subject")]


def test_taking_care_of_someone_in_ones_own_story_is_caring(structurer):
    support = structurer.structure(["My wife has MS and I take care of her."])["sections"]["support_network"]
    assert [i.get("kind") for i in support] == ["caring"]


def test_a_date_of_birth_after_a_name_is_no_age_and_its_heading_no_part_of_the_name(structurer):
    about = structurer.structure(["my name is Alan Price DOB 09/11/1958, i have asthma"])["sections"]["about_me"]
    assert [(i["kind"], i["text"]) for i in about if i["kind"] != "date_of_birth"] == [("name", "Alan Price")]


def test_an_operation_for_gallstones_is_one_past_fact(structurer):
    for said in ("I had an operation for gallstones in 2020, no problem since.",
                 "Before I had the operation for gallstones, two years now, no problem since."):
        health = facts(structurer.structure([said]), "health")
        assert len(health) == 1 and health[0][0].startswith("gallstones") and health[0][1:] == ("past", "subject")


def test_a_treatment_not_wanted_is_no_treatment(structurer):
    profile = structurer.structure(["If the cancer comes back he doesnt want any more chemotherapy."], teller="carer")
    assert not [f for f in facts(profile, "health") if f[0] == "chemotherapy"]


def test_covid_had_is_past_beside_long_covid_now(structurer):
    assert facts(structurer.structure(["had covid twice, long covid now"]), "health") == [
        ("covid-19", "past", "subject"), ("long covid", "current", "subject")]


def test_covid_caught_in_a_year_gone_is_past(structurer):
    profile = structurer.structure(["In 2022 she caught covid and after that she got long covid."], teller="carer")
    assert ("covid-19", "past", "subject") in facts(profile, "health")
