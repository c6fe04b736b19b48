"""Ordinary health facts a stranger (session 19) got an alarm for, from the classifier alone: a symptom in a part of
the body ("I have weakness in my left arm." got the Samaritans; "I have numbness in my left leg." the help for abuse),
pressure sores, and a medicine a doctor stopped or started ("they stopped his metformin" got the Modern Slavery
helpline; "the gp took him off it" the Domestic Abuse Helpline). Written anew in those shapes; their near twins that
tell a harm are still heard."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built


@pytest.fixture(scope="module")
def detector():
    return built()


ORDINARY = ["I have weakness in my left arm.", "I have weakness in my legs.", "I have numbness in my left leg.",
            "she gets pins and needles in her hands", "mum has started getting pressure sores on her heels",
            "they stopped his metformin", "dad stopped the amlodipine last week, the gp took him off it",
            "the consultant started her on memantine", "they increased my sertraline to 100mg",
            "the doctor reduced his morphine", "my back hurts every day and i cant sleep.",
            "his knees are bad in the cold"]
HARM = ["he twisted my arm and i have pain in my arm now", "my carer leaves me with pressure sores and never turns me",
        "my son stopped giving me my tablets so he can sell them", "he hits me and i have bruises on my legs"]


@pytest.mark.parametrize("said", ORDINARY)
def test_a_symptom_or_a_medicine_changed_by_a_doctor_is_no_alarm(detector, said):
    found = detector.check(said)
    assert not found.concern, (said, found.categories)


@pytest.mark.parametrize("said", HARM)
def test_a_harm_told_with_them_is_still_heard(detector, said):
    assert detector.check(said).concern, said


LETTERS = ["i wrote letters to every1 just in case", "i wrote letters to everyone just in case",
           "sorted out my will n wrote letters to ppl", "ive left notes for the kids in case anything happens to me"]
NOT_LETTERS = ["i wrote letters to the council just in case they lost my form", "my will is sorted, i wrote it in 2015",
               "i write letters to my pen pal in canada"]


@pytest.mark.parametrize("said", LETTERS)
def test_letters_left_for_everyone_just_in_case_are_heard(detector, said):
    """A stranger's "i wrote letters to every1 just in case" (session 19) got "Thank you, I have kept that"."""
    found = detector.check(said)
    assert "suicidal" in found.categories and not found.tentative, (said, found.categories)


@pytest.mark.parametrize("said", NOT_LETTERS)
def test_letters_to_a_council_or_a_pen_pal_are_not(detector, said):
    assert "suicidal" not in detector.check(said).categories, said


@pytest.mark.parametrize("said", ["I will write a letter to my MP about the bins.", "The GP will leave a note for the nurse.",
                                  "The council will write a letter to us about the assessment."])
def test_will_as_in_will_do_is_no_will_made(detector, said):
    """A second reader (session 19): "will ~4 write ~2 letter" heard "I will write a letter to my MP" as suicidal."""
    assert "suicidal" not in detector.check(said).categories, said


@pytest.mark.parametrize("said", ["her hips are sore and nobody has helped her out of bed for three days",
                                  "she has ulcers on her legs and the carers just leave her",
                                  "my knees are bad and he makes me do all the housework or else",
                                  "my hands hurt and im so tired of everything i want to sleep forever",
                                  "they started him on morphine and i want to give him the lot so it ends"])
def test_a_symptom_beside_a_harm_is_no_reason_to_hear_less(detector, said):
    """A second reader (session 19): a sore part or a medicine started, anywhere in a message, had hidden these."""
    assert detector.check(said).concern, said
