"""An overdose taken or meant, said as people type it (a stranger on the stack, session 17, got no help for three),
and the everyday talk of tablets that must not alarm. The sentences are written anew in the same shapes."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built
from bot.understanding.safeguarding.categories import OVERDOSE_TAKEN, SAMARITANS


@pytest.fixture(scope="module")
def detector():
    return built()

TAKEN = ["ive just swallowed 35 co-codamol", "took 25 of the paracetamol about 2 hours ago",
         "i took a load of my citalopram, like 30 of them", "im going to take all my tablets tonight",
         "necked a whole packet of ibuprofen", "i have taken twenty of my sleeping tablets",
         "gonna swallow all my meds after everyone goes to bed", "ive took loads of pills",
         # a second reader (session 17): missed at first
         "ive had 35 co-codamol", "had a whole box of paracetamol with vodka", "Ive swallowed all my tablets",
         "took fourty paracetamol",
         # a stranger (session 18): each got no word of A&E, or no help at all
         "ngl last wk i necked a whole strip of my mums cocodamol after a row, woke up fine tho",
         "swallowed my whole weeks dosette box in one go", "took 30 of my nans codeine last nite to sleep forever",
         "i had a go at overdosing on my amitriptyline on friday", "drank bleach on monday but im ok now",
         "smashed a load of my mums tablets after the row", "ive od'd on my sertraline"]
EVERYDAY = ["I took all my tablets this morning as usual", "I take 20mg of sertraline", "I took 10 mg amlodipine",
            "I take loads of tablets every day", "it took 20 minutes to get my tablets from the chemist",
            "I have a lot of tablets to take", "I take 12 tablets a day", "I took 2 paracetamol for my head",
            "took all my medicines to the pharmacy for a review", "ive been taking sertraline for 10 years",
            "I ate a whole jar of honey",
            # a second reader (session 17): each got "call 999 now or go to A&E" at first
            "Ive taken a whole course of antibiotics", "I have taken 10 tablets this morning as usual",
            "Mum took her 12 tablets this morning", "I will take all my meds to the GP for a review",
            "the nurse is going to take all my tablets and put them in a dosette box",
            "I want to have all my medicines in a blister pack", "I dont want to have to take all these tablets every day",
            "I had a lot of tablets to take",
            "I drink a lot of tea", "I clean the bathroom with bleach", "I'm not going to overdose on my meds",
            "my dosette box has all my tablets for the week in it"]


@pytest.mark.parametrize("said", TAKEN)
def test_an_overdose_gets_999_and_a_and_e_first(detector, said):
    found = detector.check(said)
    assert "suicidal" in found.categories and not found.tentative, said
    reply = found.reply() or ""
    assert reply.index(OVERDOSE_TAKEN) < reply.index(SAMARITANS), reply


@pytest.mark.parametrize("said", EVERYDAY)
def test_everyday_talk_of_tablets_is_no_overdose(detector, said):
    found = detector.check(said)
    assert not found.overdose and OVERDOSE_TAKEN not in (found.reply() or ""), said


def test_an_overdose_long_ago_is_no_overdose_now(detector):
    assert not detector.check("when i was 19 i took 40 paracetamol, that was 30 years ago").overdose


# Not waking up, hoped for or made sure of with tablets beyond the usual (a stranger, session 17: "ive been takin 20 of
# my tramadol at night so i dont wake up" was heard by the classifier alone, which heard "so i dont wake up at 3am"
# the same way)
NOT_TO_WAKE_WITH_TABLETS = ["ive been takin 20 of my tramadol at night so i dont wake up",
                            "been taking double my sleeping tablets so I never wake up again",
                            "ive got loads of my zopiclone saved so i wont wake up"]
HOPED_NOT_TO_WAKE = ["i hope i dont wake up", "Every night I pray I will not wake up in the morning",
                     "honestly hoping i dont wake up tomorrow"]
WAKING_EVERYDAY = ["i take my sleeping tablet so i dont wake up at 3am",
                   "I take 2 tramadol at night so i dont wake up in agony", "i hope i dont wake up the baby",
                   "I hope I don't wake up too early", "i hope i dont wake up with a headache",
                   "Ive had my tramadol so i dont wake up in pain"]


@pytest.mark.parametrize("said", NOT_TO_WAKE_WITH_TABLETS)
def test_tablets_taken_not_to_wake_get_999_first(detector, said):
    found = detector.check(said)
    assert found.categories == ["suicidal"] and not found.tentative and found.overdose, said
    reply = found.reply() or ""
    assert reply.index(OVERDOSE_TAKEN) < reply.index(SAMARITANS), reply


@pytest.mark.parametrize("said", HOPED_NOT_TO_WAKE)
def test_hoping_not_to_wake_is_heard_surely(detector, said):
    found = detector.check(said)
    assert found.categories == ["suicidal"] and not found.tentative and found.surest == 0.0, said
    assert not found.overdose, said


@pytest.mark.parametrize("said", WAKING_EVERYDAY)
def test_waking_early_or_in_pain_is_no_alarm(detector, said):
    assert not detector.check(said).categories, said


def test_an_overdose_someone_else_gave_is_no_overdose_taken(detector):
    assert not detector.check("the nurse gave me an overdose of insulin by mistake").overdose


@pytest.mark.parametrize("said", ["i had an odd reaction to amoxicillin", "i took the bleach and cleaned the toilet",
                                  "she had some domestos in the cupboard", "i hope the baby doesnt wake up",
                                  "i hope dad doesnt wake up while im out"])
def test_a_second_readers_ordinary_words_are_no_overdose_nor_a_hope_not_to_wake(detector, said):
    """A second reader (session 18): each got 999 and A&E, or sure thoughts of suicide."""
    found = detector.check(said)
    assert not found.overdose and "suicidal" not in found.categories, said


def test_a_hope_not_to_wake_with_lol_is_still_heard(detector):
    assert "suicidal" in detector.check("i hope i dont wake up tomorrow lol").categories


def test_a_hope_not_to_wake_beside_tablets_taken_keeps_999_first(detector):
    """Re-reading (session 18): the hope decided the help alone, and the tablets taken lost 999 and A&E."""
    found = detector.check("i hope i dont wake up, ive just taken 30 paracetamol")
    assert found.overdose and (found.reply() or "").index(OVERDOSE_TAKEN) < (found.reply() or "").index(SAMARITANS)


@pytest.mark.parametrize("said", ["i swallowed around 60 of mums tablets", "i have swallowed around 30 of my co-codamol",
                                  "ive taken around 20 of my sertraline", "i have taken around 40 paracetamol"])
def test_a_number_said_with_around_is_an_overdose(detector, said):
    """A second reader (session 19): a guard for "at 10" had taken "around 60" for a time."""
    found = detector.check(said)
    assert found.overdose and "suicidal" in found.categories, said
