"""Wrong fills a service would act on, found by the twenty-first fresh forms set (its wrong fills read in session 27, its
misses never), fixed in general and tested here in our own wording."""
from __future__ import annotations

import json
from typing import Any

import pytest

from bot.intake import facts
from bot.intake.home_facts import household_size
from tests.bot.intake.prefilled import filled


def _said(answers: Any) -> str:
    return json.dumps(answers).lower()


@pytest.mark.parametrize("story, dose, old", [
    ("I'm on citalopram 20mg, no wait they put it up to 40 in the summer.", "40", "20"),
    ("Mum takes levothyroxine 50 micrograms, well it was 50, they put it up to 75 in March.", "75", "50"),
])
def test_a_dose_put_up_since_is_the_dose_sent(structurer, story, dose, old):
    teller = "carer" if story.startswith("Mum") else "self"
    sent = _said(filled(structurer, "medical-history", story, teller=teller).get("mh-dose", []))
    assert dose in sent and old not in sent, sent


def test_a_dose_said_of_something_else_is_no_dose(structurer):
    sections = structurer.structure(["I take sertraline 50mg and my walking has gone up to 2 miles a day"])["sections"]
    assert [i.get("dose") for i in sections["medications"]] == ["50mg"]


@pytest.mark.parametrize("story", [
    "The doctor mentioned melatonin for her sleep but we've not started it. She takes sertraline.",
    "Her GP says she should start insulin but she hasn't yet. She takes sertraline.",
])
def test_a_medicine_not_started_is_not_sent(structurer, story):
    meds = _said(filled(structurer, "medical-history", story, teller="carer").get("mh-med", []))
    assert "sertraline" in meds and "melatonin" not in meds and "insulin" not in meds, meds


def test_a_fronted_allergy_is_an_allergy_not_a_medicine(structurer):
    """ "Penicillin I am allergic, my face is swelling" sent penicillin as a medicine taken."""
    answers = filled(structurer, "medical-history", "Amoxicillin I am allergic. I take metformin.")
    assert "amoxicillin" in _said(answers.get("mh-substance", [])), answers
    assert "amoxicillin" not in _said(answers.get("mh-med", [])), answers


@pytest.mark.parametrize("story, drinks", [
    ("i dont drink much, a couple of glasses of wine at the weekend", True),
    ("I don't drink much, just a sherry at Christmas", True),
    ("I don't drink.", False),
])
def test_not_drinking_much_is_drinking(structurer, story, drinks):
    assert facts.drinks(structurer.structure([story])["sections"]) is drinks


def test_smoked_for_years_then_stopped_is_an_ex_smoker(structurer):
    sections = structurer.structure(["I smoke 40 years, but after the heart attack I stop completely."])["sections"]
    assert facts.smoking(sections).key == "past"


def test_never_smoked_is_told_apart_from_not_smoking_now(structurer):
    answers = filled(structurer, "medical-history", "He has never smoked. He takes amlodipine.", teller="carer")
    assert "266919005" in _said(answers.get("mh-smoking", [])), answers


def test_a_fall_years_ago_and_none_this_year_is_no_fall_in_the_last_year(structurer):
    sections = structurer.structure(["I fell once four years ago in the garden and hurt my hip, this year no falls."])["sections"]
    assert facts.falls(sections) is False


def test_a_fall_this_year_is_a_fall(structurer):
    assert facts.falls(structurer.structure(["I had a fall in the kitchen in March."])["sections"]) is True


@pytest.mark.parametrize("story, size", [
    ("I am her husband, my wife Pat has dementia. Our granddaughter Chloe lives with us while she's at uni.", 3),
])
def test_someone_who_lives_with_us_is_the_household_not_us(structurer, story, size):
    """ "Our grandson Jordan lives with us while he's at college" sent "us while he's" as whom they live with."""
    sections = structurer.structure([story], teller="carer")["sections"]
    assert household_size(sections) == size
    who = _said(filled(structurer, "home-and-habits", story, teller="carer").get("living.who", []))
    assert "chloe" in who and "while" not in who, who


@pytest.mark.parametrize("story", ["Owen lives with us, he is 19.", "me dad dont live with us but he visits"])
def test_the_person_or_someone_who_does_not_live_there_is_no_household(structurer, story):
    who = _said(filled(structurer, "home-and-habits", story, teller="carer").get("living.who", []))
    assert "dont" not in who and "owen" not in who, who


def test_an_age_put_right_with_i_tell_a_lie_is_the_age(structurer):
    sections = structurer.structure(["She's 83, no, I tell a lie, she's 82."], teller="carer")["sections"]
    assert [i.get("value") for i in sections["about_me"] if i.get("kind") == "age"] == [82]


def test_a_result_clear_after_what_was_thought_is_no_condition(structurer):
    story = "Last month they thought a chest infection was making her confused but the tests came back clear."
    conditions = _said(filled(structurer, "medical-history", story, teller="carer").get("mh-condition", []))
    assert "infection" not in conditions, conditions
