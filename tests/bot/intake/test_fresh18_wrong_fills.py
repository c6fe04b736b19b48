"""Wrong fills a service would act on, found by the eighteenth fresh forms set (its wrong fills and extra items read
in session 24, its misses never), fixed in general and tested here in our own wording."""
from __future__ import annotations

import json
from typing import Any

import pytest

from tests.bot.intake.prefilled import filled


def _filled(structurer, form: str, story: str, teller: str = "self") -> dict[str, list[Any]]:
    return filled(structurer, form, story, teller, carer="their daughter")


def _said(answers: dict[str, list[Any]]) -> str:
    return json.dumps(answers).lower()


def test_a_first_name_that_is_a_short_form_of_a_condition_is_no_condition(structurer):
    """ "hiya so im tia, tia morgan, 19" gave her a mini stroke (TIA) on every form."""
    story = "hi im tia, tia evans, 20. i have asthma and use a blue inhaler"
    assert "mini stroke" not in _said(_filled(structurer, "medical-history", story))
    assert "mini stroke" in _said(_filled(structurer, "medical-history", "I had a TIA in March. I have asthma."))


def test_a_side_effect_that_stopped_a_medicine_is_no_condition(structurer):
    """ "ramipril … but it gave him a terrible dry cough so the GP stopped it" listed a cough as a condition."""
    story = "I was on lisinopril but it gave me an awful tickly cough so they stopped it. I have high blood pressure."
    filled = _said(_filled(structurer, "medical-history", story))
    assert "cough" not in filled and "high blood pressure" in filled


@pytest.mark.parametrize("story", [
    "I was renting a room at 9 Mill Row, Leeds LS6 1AA but the landlord sold up in the summer. I sleep on my "
    "sister's sofa now.",
    "My old landlord evicted me in August and now I stay at my nan's.",
])
def test_a_tenancy_that_ended_is_not_renting_privately(structurer, story):
    """ "I was renting a one bed flat at <address> but the landlord sold up" was "Rents privately", and the address his
    own, for a man on a friend's sofa."""
    filled = _filled(structurer, "social-care-profile", story)
    assert "privately" not in _said(filled.get("/home/tenure", []))
    assert "mill row" not in _said(_filled(structurer, "patient-details", story))


def test_a_benefit_someone_is_urged_to_claim_is_not_had(structurer):
    """ "He doesn't get any benefits apart from his pension, I keep telling him to claim Attendance Allowance" filled
    "Does the person get benefits? Yes: Attendance Allowance"."""
    story = ("I'm writing about my dad Ken, he is 83 and has COPD. He doesn't get any benefits apart from his pension, "
             "I keep telling him to claim Attendance Allowance, he says he is not bothered.")
    filled = _filled(structurer, "carers-assessment", story, teller="carer")
    assert "attendance allowance" not in _said(filled)
    assert '"code": "y"' not in _said(filled.get("cared.benefits", []))


@pytest.mark.parametrize("story, wanted, unwanted", [
    ("My address is 27 Park Lane, no sorry, 29 Park Lane, Derby DE1 3AA.", "29 park lane", "27 park lane"),
    ("I'm 58, sorry, no, I'm 59. I have asthma.", "59", "58"),
])
def test_what_was_put_right_as_it_was_said_is_what_is_sent(structurer, story, wanted, unwanted):
    """ "44 Cedar Street, no sorry, 41 Cedar Street" sent 44; "He's 84, sorry, no, he's 85" sent 84."""
    filled = _said(_filled(structurer, "patient-details", story))
    assert wanted in filled and unwanted not in filled
