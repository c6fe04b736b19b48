"""Wrong facts a fourth fresh held-out set (heldout_fresh4.yml, session 21) showed on its first run, written anew in
other words and voices: what other people at the person's work have and take; drinks that are no alcohol; a
relative's or a friend's condition; things tested for, stopped or over said as if current."""
from __future__ import annotations

import pytest


def _items(structurer, parts, teller="self", sections=("health", "medications")):
    profile = structurer.structure(parts, teller=teller)
    return {(section, i["text"].lower(), i["status"], i["about"])
            for section in sections for i in profile["sections"][section]}


def _texts(items):
    return {t[1] for t in items}


# the conditions and medicines of the people a care worker looks after at work are theirs, not the worker's
@pytest.mark.parametrize("said, theirs", [
    ("I work on a dementia ward at night. Most of the patients have Alzheimer's and I give them their "
     "oxycodone and the fentanyl patches. I have asthma myself.", {"alzheimer's", "oxycodone", "fentanyl"}),
    ("I'm a support worker. Half the residents are on warfarin and I hand them their inhalers.", {"warfarin"}),
    ("im a care assistant, loads of the clients have diabetes n i do them their insulin", {"diabetes", "insulin"}),
])
def test_what_people_at_work_have_is_not_the_workers(structurer, said, theirs):
    assert not _texts(_items(structurer, [said])) & theirs


def test_the_workers_own_condition_is_still_theirs(structurer):
    items = _items(structurer, ["I work in a care home, the residents have dementia, and I have asthma and take "
                                "salbutamol."])
    assert {"asthma", "salbutamol"} <= _texts(items)
    assert "dementia" not in _texts(items)


def test_a_carer_giving_the_person_their_medicine_keeps_it_theirs(structurer):
    items = _items(structurer, ["My mum has COPD and I give her her inhalers twice a day."], teller="carer")
    assert "copd" in _texts(items)


# drinks that are no alcohol, one drink a year, and drink said only as what caused something: no drinking now
@pytest.mark.parametrize("said", [
    "The hospital put him on those build-up drinks because he's so thin.",
    "I'm on protein shakes and energy drinks to keep my weight up.",
    "She has nutritional drinks twice a day from the dietitian.",
    "He drinks a lot of fizzy pop and eats crisps all day.",
    "The only drink I have is a sherry on Boxing Day.",
    "Only drink he takes is a whisky at New Year.",
    "The drink's wrecked his liver, he's got cirrhosis now.",
])
def test_no_drinking_now(structurer, said):
    items = _items(structurer, ["My grandad is 88.", said], teller="carer", sections=("health",)) \
        if said.startswith(("He ", "She ", "Only", "The drink")) else _items(structurer, [said], sections=("health",))
    assert not {t for t in items if t[1] == "drinking" and t[2] == "current"}


def test_drinking_said_is_still_drinking(structurer):
    for said in ("I drink about four cans a night.", "I drink heavily, especially at Christmas."):
        items = _items(structurer, [said], sections=("health",))
        assert ("health", "drinking", "current", "subject") in items


# another person's condition or allergy, said as "her …" or "he's got …" after them, is theirs
@pytest.mark.parametrize("said, theirs", [
    ("I go swimming with my auntie on a Monday, she's 80 and still swims faster than me despite her arthritis.",
     ("arthritis", "auntie")),
    ("I used to walk with my friend Moira, but Moira's in a care home now with her Alzheimer's.",
     ("alzheimer's", "friend")),
    ("I had my son Jack 3 months ago. Jack has reflux and he's got an egg allergy.", ("egg", "son")),
])
def test_someone_elses_condition_is_theirs(structurer, said, theirs):
    items = _items(structurer, [said], sections=("health", "allergies"))
    assert not {t for t in items if t[1] == theirs[0] and t[3] == "subject"}
    assert {t for t in items if t[1] == theirs[0] and t[3] == theirs[1]}


def test_irish_himself_is_the_husband(structurer):
    items = _items(structurer, ["I live in Cork with himself, Paddy. Himself has Parkinson's now, so I mind him."])
    assert ("health", "parkinson's", "family", "husband") in items
    own = _items(structurer, ["He dresses himself but can't do buttons. I have Parkinson's."])
    assert ("health", "parkinson's", "current", "subject") in own


def test_a_carers_own_condition_said_after_myself(structurer):
    profile = structurer.structure(["My wife Ann is 80 and has COPD. Meself, I've got the sugar, tablets for it, an "
                                    "me back's gone from lifting her."], teller="carer")
    assert not [i for i in profile["sections"]["health"] if "diabetes" in i["text"] and i["about"] == "subject"]


# tested for, maybe later, taken once, a job till retiring: none of them is had now
@pytest.mark.parametrize("teller, said, text, status", [
    ("self", "The nurse is testing me for thyroid problems, the bloods were a bit off.", "thyroid", "hypothetical"),
    ("carer", "My dad is 70. The GP wants to check him for dementia.", "dementia", "hypothetical"),
    ("carer", "My dad is 70. He's been tested for diabetes and he hasn't got it.", "diabetes", "negated"),
    ("self", "They checked me for a blood clot but it came back clear.", "blood clot", "negated"),
    ("carer", "My dad is 70. Warfarin the consultant said maybe next year if his heart gets worse.", "warfarin",
     "hypothetical"),
    ("self", "Amitriptyline I took for a while but it did nothing and was stopped.", "amitriptyline", "past"),
    ("self", "I had anxiety at 20 and was on sertraline for a year but nothing since.", "sertraline", "past"),
])
def test_not_had_now(structurer, teller, said, text, status):
    items = _items(structurer, [said], teller=teller)
    assert {(t[1], t[2]) for t in items if t[1] == text} == {(text, status)}


def test_a_test_that_found_it_or_a_condition_had_is_still_now(structurer):
    assert ("health", "diabetes", "current", "subject") in _items(structurer, ["I have diabetes, the nurse checks my "
                                                                               "feet every year."])
    assert ("medications", "sertraline", "current", "subject") in _items(structurer, ["I'm on sertraline for my "
                                                                                      "nerves."])


def test_a_job_till_retiring_is_past(structurer):
    profile = structurer.structure(["My dad Ted is 76. He drove lorries out of the Trafford yard for thirty years "
                                    "till he retired."], teller="carer")
    assert [i["status"] for i in profile["sections"]["work_money"]] == ["past"]


@pytest.mark.parametrize("said", ["I'm Ellie's mum. Ellie is 9 and has autism.",
                                  "I'm writing about my brother Sam. I'm his only family now. Sam has bipolar."])
def test_who_the_carer_is_to_the_person_is_theirs(structurer, said):
    profile = structurer.structure([said], teller="carer")
    told = [i for i in profile["sections"]["support_network"] if i["text"].startswith("I'm") and "writing" not in i["text"]]
    assert told and all(i["about"] == "narrator" for i in told)


def test_a_cancer_cleared_then_come_back_spread_is_two_facts(structurer):
    items = _items(structurer, ["My wife, 69, had bowel cancer in 2012 and was clear for ten years. This year she was "
                                "diagnosed with secondary bowel cancer in her liver."], teller="carer",
                   sections=("health",))
    assert ("health", "bowel cancer", "past", "subject") in items
    assert ("health", "secondary bowel cancer", "current", "subject") in items


def test_a_medicine_that_brings_them_out_in_a_bad_rash_is_an_allergy(structurer):
    profile = structurer.structure(["My grandad is 88.", "Aspirin brings him out in a terrible rash."], teller="carer")
    assert not profile["sections"]["medications"]
    assert [i["text"] for i in profile["sections"]["allergies"]] == ["aspirin"]


def test_an_age_in_brackets_after_someone_else_is_theirs(structurer):
    profile = structurer.structure(["i look after my dad kev hes got MS. we live in a house in Leeds, me, dad n Kai "
                                    "(hes 6)."], teller="carer")
    assert not [i for i in profile["sections"]["about_me"] if i.get("kind") == "age"]
    profile = structurer.structure(["My mum Sue (she's 50) has lupus."], teller="carer")
    assert [i["value"] for i in profile["sections"]["about_me"] if i.get("kind") == "age"] == [50]


@pytest.mark.parametrize("said", ["I work as a senior carer in a hospice in Bath, night shifts.",
                                  "I work as a night nurse in a care home in Derby, long shifts.",
                                  "I work as a carer for an agency."])
def test_where_someone_works_is_no_home_service_or_caring(structurer, said):
    sections = structurer.structure([said])["sections"]
    assert not sections["home"] and not sections["services_involved"] and not sections["support_network"]
    assert sections["work_money"]


def test_a_care_home_lived_in_and_a_carer_had_are_kept(structurer):
    assert structurer.structure(["Dad moved into a nursing home in May."], teller="carer")["sections"]["home"]
    assert structurer.structure(["I have a carer who comes in the morning."])["sections"]["support_network"]


def test_a_mothers_own_condition_said_after_her_baby_is_hers(structurer):
    """A new mother's own condition, said after her baby is named, is hers (what the health visitor thinks she has
    is current, as the tuning part has it)."""
    items = _items(structurer, ["hiya im jess, 24, had my son Leo 6 weeks ago and the midwife thinks ive got postnatal "
                                "depression"], sections=("health",))
    assert items == {("health", "postnatal depression", "current", "subject")}  # not her son's, not past
    still = _items(structurer, ["My son has asthma and I've got eczema."], sections=("health",))
    assert ("health", "asthma", "family", "son") in still and ("health", "eczema", "current", "subject") in still
