"""Wrong facts of the sixth fresh held-out structuring set (data/structuring/heldout_fresh6.yml, session 22:
stories told over several messages), each fixed in general and tested here in our own words and voices: a
medicine the person hands out at work; a medicine "usd to" be taken, typed short; a medicine of a past flare-up
said to be done now; a pregnancy said beside a medicine stopped for it; "it didn't work" of a medicine read as
work; someone said to be unsafe for the person kept as a support; care work the person does for an agency read as
a service they have and as caring for someone."""
from __future__ import annotations

import pytest


def facts(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


@pytest.mark.parametrize("said", [
    "I'm a chemist's assistant and dishing out buprenorphine every day is half my shift",
    "Ive worked on the ward nine years, giving out insulin at teatime is my job",
    "i'm a dispenser, I dispense warfarin all day long",
])
def test_a_medicine_the_person_hands_out_at_work_is_not_theirs(structurer, said):
    profile = structurer.structure([said], teller="self")
    assert facts(profile, "medications") == []


def test_a_medicine_handed_out_to_the_person_is_theirs(structurer):
    profile = structurer.structure(["the nurse hands out methadone to me every morning at the chemist"],
                                   teller="self")
    assert any("methadone" in t and s == "current" for t, s, _ in facts(profile, "medications"))


@pytest.mark.parametrize("said, old, new", [
    ("usd to take citalopram but it made me sick, on mirtazapine now", "citalopram", "mirtazapine"),
    ("I usd to be on amlodipine, ramipril now", "amlodipine", "ramipril"),
])
def test_used_to_typed_short_is_past(structurer, said, old, new):
    profile = structurer.structure([said], teller="self")
    status = {t.split()[0]: s for t, s, _ in facts(profile, "medications")}
    assert status[old] == "past"
    assert status[new] == "current"


@pytest.mark.parametrize("said, old, new", [
    ("my brother had a bad flare-up in May, antibiotics then, finished now. takes metformin", "antibiotics",
     "metformin"),
    ("had a chest infection at christmas, amoxicillin for that, all done now. on salbutamol", "amoxicillin",
     "salbutamol"),
])
def test_a_medicine_said_to_be_done_now_is_past(structurer, said, old, new):
    profile = structurer.structure([said], teller="carer")
    status = {t.split()[0]: s for t, s, _ in facts(profile, "medications")}
    assert status[old] == "past"
    assert status[new] == "current"


@pytest.mark.parametrize("said", [
    "the consultant stopped my lamotrigine when I got pregnant, due in March",
    "I stopped the valproate once I got pregnant",
])
def test_a_pregnancy_beside_a_medicine_stopped_for_it_is_current(structurer, said):
    profile = structurer.structure([said], teller="self")
    assert ("pregnancy", "current", "subject") in facts(profile, "health")
    assert all(s == "past" for _, s, _ in facts(profile, "medications"))


def test_a_pregnancy_over_is_still_past(structurer):
    profile = structurer.structure(["when I was pregnant with my eldest I had bad sickness"], teller="self")
    assert ("pregnancy", "current", "subject") not in facts(profile, "health")


@pytest.mark.parametrize("said", [
    "tried propranolol but it didnt work so they gave me sertraline",
    "the sleeping tablets did not work at all",
])
def test_a_medicine_that_did_not_work_says_nothing_of_a_job(structurer, said):
    profile = structurer.structure([said], teller="self")
    assert facts(profile, "work_money") == []


def test_not_working_oneself_is_still_work(structurer):
    profile = structurer.structure(["I don't work at the moment, I'm on universal credit"], teller="self")
    assert facts(profile, "work_money")


@pytest.mark.parametrize("said, who", [
    (["my niece Poppy (15) has ADHD. she stays with us now", "her stepdad isn't safe for her"], "stepdad"),
    (["Grandad Len has vascular dementia", "his brother Stan is not safe around him"], "Stan"),
    (["Mum has COPD. Her housemate Kev has been yelling at her and eating her food, she is terrified of him"], "Kev"),
])
def test_someone_said_to_be_unsafe_for_the_person_is_a_risk_not_a_support(structurer, said, who):
    profile = structurer.structure(said, teller="carer")
    assert not any(who in t for t, _, _ in facts(profile, "support_network"))
    assert any(who in t for t, _, _ in facts(profile, "risks"))


@pytest.mark.parametrize("said", [
    "I'm Marta, 39, I do domiciliary care for a company in town. My knees are bad",
    "Im Gosia, I work in home care, early shifts mostly",
])
def test_care_work_the_person_does_is_a_job_not_a_service_or_caring(structurer, said):
    profile = structurer.structure([said], teller="self")
    assert facts(profile, "services_involved") == []
    assert facts(profile, "support_network") == []


@pytest.mark.parametrize("said", [
    "I used to smoke weed every night but quit in april",
    "he used to smoke cannabis at uni, not now",
])
def test_cannabis_given_up_is_no_tobacco_smoking(structurer, said):
    profile = structurer.structure([said], teller="self" if said.startswith("I") else "carer")
    health = facts(profile, "health")
    assert ("cannabis", "past", "subject") in health
    assert not any(t == "smoking" for t, _, _ in health), health


@pytest.mark.parametrize("said, where", [
    ("I have pain in back since the car crash", "back"),
    ("she has much pain in knees, cannot walk far", "knee"),
])
def test_pain_said_where_without_my_keeps_where(structurer, said, where):
    profile = structurer.structure([said], teller="self" if said.startswith("I") else "carer")
    assert any(where in t for t, s, _ in facts(profile, "health") if "pain" in t), facts(profile, "health")
    assert "pain" not in [t for t, _, _ in facts(profile, "health")]


def test_an_expected_current_fact_is_not_counted_wrongly_current_for_a_relatives_shorter_one(structurer):
    from bot.understanding.structuring.gold import score

    story = {"id": "t-1", "teller": "carer", "parts": ["Dad has type 2 diabetes. his brother has diabetes as well"],
             "expect": {"health": ["type 2 diabetes", "diabetes @family brother"]}}
    assert score(structurer, [story]).wrongly_current == []


@pytest.mark.parametrize("parts, age", [
    (["hiya im Dean 40", "sorry 41 haha birthday was monday"], 41),
    (["Hello, I'm Marjorie and I'm 83", "sorry I meant 84"], 84),
])
def test_a_bare_new_age_in_the_next_message_replaces_the_old(structurer, parts, age):
    profile = structurer.structure(parts, teller="self")
    ages = [i["value"] for i in profile["sections"]["about_me"] if i.get("kind") == "age"]
    assert ages == [age]


@pytest.mark.parametrize("parts, teller", [
    (["I'm Dean, 40, I take inhalers", "sorry 3 times a day"], "self"),
    (["my daughter Ella is 40 and on sertraline 100mg. sorry 50, they halved it"], "carer"),
])
def test_sorry_with_a_count_or_a_dose_is_no_age(structurer, parts, teller):
    profile = structurer.structure(parts, teller=teller)
    assert [i["value"] for i in profile["sections"]["about_me"] if i.get("kind") == "age"] == [40]
