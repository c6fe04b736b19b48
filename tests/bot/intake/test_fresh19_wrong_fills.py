"""Wrong fills a service would act on, found by the nineteenth fresh forms set (its wrong fills read in session 25, its
misses never), fixed in general and tested here in our own wording."""
from __future__ import annotations

import json
from typing import Any

from tests.bot.intake.prefilled import filled


def _said(answers: Any) -> str:
    return json.dumps(answers).lower()


def test_an_allergen_put_right_is_sent_as_the_allergy_and_never_as_a_medicine(structurer):
    """ "I'm allergic to penicillin" no hang on she says its not penicillin its aspirin … she says penicillin is fine":
    penicillin went to the medical history as a medicine taken, and no allergy to aspirin was sent."""
    story = ("I'm writing for my gran. She's allergic to penicillin, no hang on, she says its not penicillin its "
             "aspirin, it made her stomach bleed. She says penicillin is fine. She takes levothyroxine every morning.")
    answers = filled(structurer, "medical-history", story, teller="carer")
    assert "penicillin" not in _said(answers.get("mh-med", [])) and "levothyroxine" in _said(answers.get("mh-med", []))
    assert "aspirin" in _said(answers) and "aspirin" not in _said(answers.get("mh-med", []))


def test_a_habit_said_with_before_as_a_second_language_says_it_is_given_up(structurer):
    """ "Before I smoke, 20 per day, but I stop two years ago" was "Smoker" with 20 a day."""
    story = "Before I smoke, 30 per day, but I stop last year when my son ask me. Beer only weekend."
    answers = filled(structurer, "home-and-habits", story)
    assert _said(answers.get("smoke", [])) != "" and '"y"' not in _said(answers.get("smoke", []))
    assert "30" not in _said(answers.get("smoke.amount", []))


def test_a_medicine_a_doctor_may_try_later_is_not_taken(structurer):
    """ "Doctor say maybe next month he try gabapentin if physio not help" was a medicine taken."""
    story = "I take amlodipine 5 mg. Doctor say maybe after Christmas he try pregabalin if physio not help."
    meds = _said(filled(structurer, "medical-history", story).get("mh-med", []))
    assert "amlodipine" in meds and "pregabalin" not in meds


def test_the_carers_own_relatives_illness_said_as_not_her_side_is_no_family_history(structurer):
    """A grandson's "my dad has got COPD but thats not her side obviously" was his nan's family history."""
    story = ("I'm typing for my nan, she has osteoporosis. Her sister had the osteoporosis as well. "
             "My dad has got COPD but thats not her side obviously.")
    answers = filled(structurer, "family-health-history", story, teller="carer")
    assert "copd" not in _said(answers) and "osteoporosis" in _said(answers)


def test_a_condition_said_as_what_a_stopped_medicine_was_bad_for_is_had_now(structurer):
    """ "i stopped takin it in the summer cos it made me not wanna eat which is bad with my diabetes" added a second,
    inactive diabetes to the medical history of a girl with type 1 diabetes."""
    story = ("i have type 1 diabetes since i was 9. i was on methylphenidate but i stopped takin it cos it made me not "
             "wanna eat which is bad with my diabetes innit")
    assert "inactive" not in _said(filled(structurer, "medical-history", story).get("mh-status", []))


def test_the_persons_own_words_quoted_by_a_carer_fill_the_persons_details(structurer):
    """A grandson typing his nan's words in quotes: her phone number and age were his, her osteoporosis his."""
    story = ("hi this is liam, im typing for my nan, shes telling me what to put so this is her words. "
             '"My name is Ivy Thompson. My phone is 01632 960239. I\'ve got osteoporosis." '
             "my number is 07700 900472")
    details = _said(filled(structurer, "patient-details", story, teller="carer"))
    assert "960239" in details and "900472" not in details
    assert "osteoporosis" in _said(filled(structurer, "medical-history", story, teller="carer"))
