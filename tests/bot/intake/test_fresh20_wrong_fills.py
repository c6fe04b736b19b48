"""Wrong fills a service would act on, found by the twentieth fresh forms set (its wrong fills read in session 26, its
misses never), fixed in general and tested here in our own wording."""
from __future__ import annotations

import json
from typing import Any

import pytest

from bot.intake import facts
from bot.intake.home_facts import HOUSING, housing
from tests.bot.intake.prefilled import filled


def _said(answers: Any) -> str:
    return json.dumps(answers).lower()


@pytest.mark.parametrize("story", [
    "Doctor say maybe I need also lansoprazole for the stomach but I not start it yet. I take ramipril 5 mg.",
    "The GP talked about maybe starting donepezil later but said wait and see. I take ramipril 5 mg.",
])
def test_a_medicine_only_talked_of_is_not_sent_as_taken(structurer, story):
    meds = _said(filled(structurer, "medical-history", story).get("mh-med", []))
    assert "ramipril" in meds and "lansoprazole" not in meds and "donepezil" not in meds, meds


def test_a_place_named_like_a_medicine_is_no_medicine(structurer):
    """ "he goes to Senna House day centre on mondays" sent senna as a medicine he takes."""
    story = "Dad takes levothyroxine every morning. He goes to Senna House day centre on Tuesdays."
    meds = _said(filled(structurer, "medical-history", story, teller="carer").get("mh-med", []))
    assert "levothyroxine" in meds and "senna" not in meds, meds


def test_an_allergy_said_to_be_a_named_relatives_is_not_the_persons(structurer):
    """ "I'm allergic to the sulpha antibiotics... no, hang on, that was our Edna, my sister, not me" was her allergy."""
    story = ("I take amlodipine. I'm allergic to penicillin... no, wait, that was our Joan, my sister, not me. "
             "I'm not allergic to anything.")
    answers = filled(structurer, "medical-history", story)
    assert "penicillin" not in _said(answers.get("mh-substance", [])), answers


@pytest.mark.parametrize("story, status", [
    ("my partner lost his job at the garage so we are behind on rent. i work 20 hours a week at a bakery", "part-time"),
    ("I work 37 hours a week in an office.", "full-time"),
])
def test_hours_a_week_are_work_and_a_partners_lost_job_is_not_the_persons(structurer, story, status):
    """ "since jordan lost his job at the car wash … i do 16hrs a week at a cafe" was "Unemployed" and "not working"."""
    sections = structurer.structure([story])["sections"]
    found = facts.employment(sections)
    assert found is not None and found.key == status and facts.working(sections) is True


def test_kipping_on_a_mates_settee_is_no_housing_of_their_own(structurer):
    """ "been kipping on me mate Dales settee since, 15 Raby Street" was "I have housing" (it was kept with the mate)."""
    sections = structurer.structure(["split up with my girlfriend in june, been kipping on me mate Kev's settee since, "
                                     "22 Hope Street, Leeds LS2 7AA"])["sections"]
    assert housing(sections) == HOUSING["homeless"]
