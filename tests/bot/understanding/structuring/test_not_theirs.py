"""A fresh batch of stories (v16, session 17) was written to trap invented facts; on its first run the structurer
gave the person 20 conditions and medicines nobody in the story had. Among them: a dog's Metacam and a cat's
thyroid tablets, the insulin a pharmacy worker hands out, a neighbour's warfarin the person collects, the tablets
a nurse gives residents, "Mrs Parkinson next door", "depressed the button", "nearly had a heart attack when…",
and lithium batteries. Each sentence here is written anew in the same shape (none is the batch's own)."""
from __future__ import annotations

import pytest

TERMS = ("health", "medications")


def _terms(structurer, parts, teller="self", subject_name=None):
    profile = structurer.structure(parts, teller=teller, subject_name=subject_name)
    return {(section, i["text"], i["status"], i["about"]) for section in TERMS for i in profile["sections"][section]}


@pytest.mark.parametrize("said", [
    "Our cat Smudge is on steroids for her skin and the vet says she has arthritis.",
    "my old labrador has diabetes and has insulin jabs twice a day",
    "The pony gets bute for his laminitis, costs a fortune.",
    "We have a rabbit called Pip. Pip has an eye infection and gets chloramphenicol drops.",
    "Our dog Bonnie has epilepsy and is on phenobarbital, the kids help give it her in cheese.",
])
def test_an_animals_illness_or_medicine_is_nobodys(structurer, said):
    assert _terms(structurer, [said]) == set()


@pytest.mark.parametrize("said", [
    "I work on the counter at a chemist so I hand out other peoples methadone and inhalers all day.",
    "Every Friday I collect Mr Okafors metformin and his inhalers from the pharmacy.",
    "On my shift I give residents their medicines, paracetamol, senna and eye drops.",
])
def test_medicines_handled_for_other_people_are_not_the_persons(structurer, said):
    assert not {t for t in _terms(structurer, [said]) if t[0] == "medications"}


@pytest.mark.parametrize("said", [
    "Mrs Crohn across the road waves at me every morning.",
    "I live at 3 Parkinson Road, the flat above the shop.",
    "Nearly had a heart attack when the fire alarm went off at 3am.",
    "My heart sank when the letter came.",
    "I depressed the button on the machine three times and nothing happened.",
    "I recycle the old lithium batteries from the shop.",
])
def test_a_name_or_a_figure_of_speech_is_no_condition(structurer, said):
    assert _terms(structurer, [said]) == set()


@pytest.mark.parametrize("parts, wanted", [
    (["My dog has arthritis and I take naproxen for my own back."], ("medications", "naproxen")),
    (["I walk the dog every day despite my asthma."], ("health", "asthma")),
    (["Mrs Jones next door gave me some paracetamol."], ("medications", "paracetamol")),
    (["I had a heart attack in 2019 and had two stents."], ("health", "heart attack")),
    (["I have been depressed since my husband died."], ("health", "depression")),
])
def test_the_persons_own_said_beside_them_stays_theirs(structurer, parts, wanted):
    assert wanted in {(t[0], t[1]) for t in _terms(structurer, parts)}


def test_a_birth_mother_s_illness_is_family_history(structurer):
    """The same batch: a foster carer's "His birth mum has bipolar disorder" was the boy's own bipolar disorder."""
    found = _terms(structurer, ["I foster Kyle, hes 11.", "His birth mum has schizophrenia and his real dad has epilepsy."],
                   teller="carer", subject_name="Kyle")
    assert {(t[1], t[2]) for t in found} == {("schizophrenia", "family"), ("epilepsy", "family")}


@pytest.mark.parametrize("said", ["I had my cataracts done in 2020 and I can see fine now.",
                                  "got my hernia repaired at the Royal last spring"])
def test_a_condition_had_done_is_over(structurer, said):
    assert {t[2] for t in _terms(structurer, [said]) if t[0] == "health"} == {"past"}


@pytest.mark.parametrize("parts, teller, wanted", [
    # a second reader (session 17): each of these lost the person's own condition or medicine at first
    (["I look after my dog and have COPD"], "self", "copd"),
    (["I got bitten by a dog and needed antibiotics"], "self", "antibiotics"),
    (["I have a dog and a cat and epilepsy"], "self", "epilepsy"),
    (["I have the cat for company, diabetes means I cant get out much"], "self", "diabetes"),
    (["I love walking the dog but its getting harder. But arthritis in both knees is the main thing now"], "self",
     "arthritis in both knees"),
    (["I was in the Stroke Unit for 3 weeks"], "self", "stroke"),
    (["Mum lives with her dog, she has dementia and takes donepezil"], "carer", "donepezil"),
    (["Nan dotes on her cat, she is on warfarin"], "carer", "warfarin"),
    (["Dad takes the dog out, despite his arthritis"], "carer", "arthritis"),
])
def test_an_animal_the_person_has_or_meets_takes_none_of_their_own(structurer, parts, teller, wanted):
    found = {(t[1], t[3]) for t in _terms(structurer, parts, teller=teller)}
    assert (wanted, "subject") in found, found


def test_a_titled_name_that_is_the_person_keeps_their_facts(structurer):
    found = _terms(structurer, ["I care for my neighbour Mrs Khan.", "Mrs Khans dementia is getting worse"],
                   teller="carer", subject_name="Mrs Khan")
    assert ("health", "dementia", "current", "subject") in found, found
