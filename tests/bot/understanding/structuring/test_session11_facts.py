"""Wrong facts found by the fourth fresh forms set and the v13 structuring batch (session 11), each
fixed in general and tested here on the team's own wording: a middle name taken for the surname, a
past infection and its antibiotics read as current, an ex-smoker as a non-smoker, an operation and the
organ as two facts, one thyroid condition said twice, a generic "insulin" beside the insulins named, a
dose given to the wrong medicine of a list typed with "n", a widower's wife as a supporter, and work that was as work that is."""
from __future__ import annotations

import pytest


def health(profile):
    return [(i["text"], i["status"]) for i in profile["sections"]["health"]]


def medicines(profile):
    return [(i["text"], i["status"]) for i in profile["sections"]["medications"]]


@pytest.mark.parametrize("story, name", [
    ("Im writing for my mum Irene Patricia Doyle, DOB 17/08/1936", "Irene Patricia Doyle"),
    ("I am writing on behalf of my husband Kenneth Arthur Bamford, born 3rd March 1949.", "Kenneth Arthur Bamford"),
    ("I am writing for my dad Frank. He is 80.", "Frank"),
])
def test_the_persons_name_in_full(structurer, story, name):
    profile = structurer.structure([story], teller="carer")
    assert [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "name"] == [name]


def test_an_infection_cleared_up_is_past_and_so_are_its_antibiotics(structurer):
    profile = structurer.structure(["Mum has dementia.", "She had a UTI in october that made her really confused "
                                    "but thats cleared up with antibiotics."], teller="carer")
    assert ("urinary tract infection", "past") in health(profile)
    assert medicines(profile) == [("antibiotics", "past")]


@pytest.mark.parametrize("story, status", [
    ("He had pneumonia back in March but he is fine from that now.", "past"),
    ("He had a stroke in March but he is fine now.", "current"),  # a stroke's effects last
    ("He had a chest infection last week and he is still not right.", "current"),
])
def test_an_event_over_is_past(structurer, story, status):
    profile = structurer.structure(["Grandad is 80.", story], teller="carer")
    assert [s for _, s in health(profile)] == [status]


@pytest.mark.parametrize("story, status", [
    ("I dont smoke, I gave up in nineteen eighty, and I have the odd pint on a Sunday", "past"),
    ("doesnt drink, stopped years ago", "past"),
    ("I dont smoke, never have", "negated"),
    ("I don't smoke, I stopped work in 2010", "negated"),
])
def test_a_habit_given_up_is_past(structurer, story, status):
    assert [s for _, s in health(structurer.structure([story]))] == [status]


@pytest.mark.parametrize("story, facts", [
    ("Last year I have operation for gallbladder, now is finish, no problem.", [("gallbladder operation", "past")]),
    ("I need an operation for my cataracts", [("operation", "hypothetical"), ("cataracts", "current")]),
    ("I have rheumatoid arthritis and also the thyroid is low, hypothyroidism.",
     [("rheumatoid arthritis", "current"), ("hypothyroidism", "current")]),
])
def test_one_fact_said_once(structurer, story, facts):
    assert health(structurer.structure([story])) == facts


def test_the_insulins_named_and_each_its_own_dose(structurer):
    profile = structurer.structure(["got type 1 diabetes n use insulin, novorapid w meals n lantus 18 units at nite"])
    assert [i["text"] for i in profile["sections"]["medications"]] == ["insulin aspart (novorapid)",
                                                                            "insulin glargine (lantus) 18 units at nite"]


def test_a_dose_after_n_is_the_next_medicines(structurer):
    profile = structurer.structure(["i take metformin n ramipril 5mg"])
    assert [i["text"] for i in profile["sections"]["medications"]] == ["metformin", "ramipril 5mg"]


@pytest.mark.parametrize("story", ["Wife's been gone six year now, God rest her", "my husband has been gone two years"])
def test_someone_gone_is_a_bereavement(structurer, story):
    profile = structurer.structure([story])
    assert [i.get("kind") for i in profile["sections"]["about_me"]] == ["bereavement"]
    assert profile["sections"]["support_network"] == []


@pytest.mark.parametrize("story, status", [
    ("I'd a job on the buildings till my back went", "past"),
    ("Before he work in the fish factory", "past"),
    ("I work at Tesco", "current"),
])
def test_work_that_was(structurer, story, status):
    assert [i["status"] for i in structurer.structure([story])["sections"]["work_money"]] == [status]


@pytest.mark.parametrize("story", [
    "He used to be an engineer and he still loves fixing clocks.",
    "She was a seamstress and still loves to feel nice fabrics.",
])
def test_what_they_still_love_matters(structurer, story):
    assert structurer.structure([story])["sections"]["what_matters"] != []


def test_a_neighbour_by_the_persons_name_is_the_narrator(structurer):
    profile = structurer.structure(["I'm Albert's next door neighbour. He is 88 and lives alone."], teller="carer",
                                   subject_name="Albert")
    assert [i["about"] for i in profile["sections"]["support_network"]] == ["narrator"]


@pytest.mark.parametrize("story", [
    "We had fish and chips at the pub for Dad's birthday",
    "My neighbour's dog is aggressive so I don't walk that way",
    "I'm not family, just her neighbour",
    "I'm 19, got kicked out by my stepdad 3 weeks ago",
    "me n his mum split up last year",
    "My parents don't speak to me since I came out",
])
def test_no_one_who_supports_them(structurer, story):
    assert structurer.structure([story])["sections"]["support_network"] == []


@pytest.mark.parametrize("story", ["Me nan's ninety two and still does her own shopping", "my daughter helps me every day",
                                   "I stay at my daughter's house at weekends", "My wife's amazing, she does everything for me",
                                   "My son moved out last year but he pops in every day to help me"])
def test_someone_who_supports_them_still(structurer, story):
    assert structurer.structure([story])["sections"]["support_network"] != []


def test_a_carer_from_an_agency_is_a_service(structurer):
    profile = structurer.structure(["a carer from Helping Hands comes monday wednesday and friday to help me shower"])
    assert profile["sections"]["support_network"] == []
    assert [i.get("organisation") for i in profile["sections"]["services_involved"]] == ["Helping Hands"]


def test_an_interpreter_for_the_doctor_is_a_need_not_a_service(structurer):
    assert structurer.structure(["I need Arabic interpreter for the doctor please"])["sections"]["services_involved"] == []
    assert structurer.structure(["im waiting for the physio"])["sections"]["services_involved"] != []


def _said(profile):
    return {(section, i["text"], i["status"], i["about"]) for section, items in profile["sections"].items()
            for i in items}


@pytest.mark.parametrize("teller, story, present, absent", [
    # a second read of this session's changes: each was right before them and wrong after
    ("self", "allergic to penicillin and on warfarin", ("medications", "warfarin"), ("allergies", "on warfarin")),
    ("self", "No allergies only metformin 500mg twice a day", ("medications", "metformin 500mg twice a day"),
     ("allergies", "metformin")),
    ("self", "no allergies, only takes paracetamol", ("medications", "paracetamol"), ("allergies", "takes paracetamol")),
    ("carer", "She has a UTI and it hasn't cleared up yet", ("health", "urinary tract infection", "current"), None),
    ("carer", "He has pneumonia now, he's over 90", ("health", "pneumonia", "current"), None),
    ("self", "I have a chest infection, no problems with my memory though", ("health", "chest infection", "current"),
     None),
    ("carer", "He had a chest infection in May, he's fine now and takes amlodipine for blood pressure",
     ("medications", "amlodipine", "current"), None),
    ("self", "I'm allergic to cats. Stress gives me migraines", ("health", "migraine", "current"), None),
    ("carer", "I've been up all night so Ann's COPD must be bad", ("health", "copd", "current", "subject"), None),
    ("self", "We lived in Leeds for 20 years", ("home", "We lived in Leeds for 20 years", "past"), None),
    ("self", "My husband has been gone three weeks in hospital", None, ("about_me", "My husband has been gone three weeks in hospital")),
])
def test_what_a_second_read_found(structurer, teller, story, present, absent):
    kw = {"teller": "carer", "subject_name": "Ann"} if teller == "carer" else {}
    said = _said(structurer.structure([story], **kw))
    if present:
        assert any(fact[:len(present)] == present for fact in said), said
    if absent:
        assert not any(fact[:len(absent)] == absent for fact in said), said


def test_a_carers_own_town_is_not_the_persons(structurer):
    profile = structurer.structure(["I live in Manchester, two hours from Mum"], teller="carer", subject_name="Ann")
    assert not any(i.get("town") for i in profile["sections"]["home"])


def test_giving_up_another_habit_is_no_ex_smoker(structurer):
    from bot.intake import facts
    profile = structurer.structure(["I dont smoke, I gave up drinking last year"])
    assert facts.smoking(profile["sections"]).key == "not"


def test_an_update_told_on_a_saved_version_whose_items_have_no_place(structurer):
    """The check of a story ("Is this still true?") failed with "something went wrong on our side": this session's
    rules read where the last allergy, illness or habit ended in the words, and a saved version's items have
    no place in the words told now (a clean-clone CI run caught it)."""
    import copy

    saved = structurer.structure(["I am allergic to penicillin. I had pneumonia. I dont smoke."])
    base = copy.deepcopy(saved)
    for items in base["sections"].values():
        for i in items:
            i.pop("source", None)
    profile = structurer.structure(["I have diabetes now, thats cleared up. I gave up years ago."], base=base)
    assert "diabetes" in [i["text"] for i in profile["sections"]["health"]]
