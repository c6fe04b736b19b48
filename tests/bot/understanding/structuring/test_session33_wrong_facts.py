"""Wrong facts the seventeenth fresh structuring set (session 33) showed, fixed in general and tested here in our own
words: medicines a nurse gives patients filed as her own, a medicine's name that was a part in a play, a guess at a
diagnosis not yet confirmed, tests that came back fine, a medicine "mentioned" if a scan shows something, a medicine a
doctor stopped, a diagnosis the consultant said it isn't (in a West Country voice), an event had and recovered from, an
event since which something else began, a waiting list, "a pain" as a nuisance, a sugar drink at a test, being tired as
a time of day, an infection that is finished."""
from __future__ import annotations

import pytest


def _items(structurer, said, section, teller="carer"):
    profile = structurer.structure([said], teller=teller, subject_name="Rose" if teller == "carer" else None,
                                   relationship="daughter" if teller == "carer" else None)
    return [(i["text"].lower(), i["status"], i["about"]) for i in profile["sections"][section]]


def _status(structurer, said, section, words, teller="carer"):
    found = [status for text, status, about in _items(structurer, said, section, teller)
             if words in text and about == "subject"]
    assert found, _items(structurer, said, section, teller)
    return found[0]


@pytest.mark.parametrize("said, section, words, status", [
    ("the memory clinic think its prob dementia but they havent confirmed it", "health", "dementia", "hypothetical"),
    ("they did bloods and her b12 and thyroid came back fine", "health", "thyroid", "negated"),
    ("they checked her thyroid n iron came back fine", "health", "thyroid", "negated"),
    ("she had lung cancer in 2019, surgery and radiotherapy, now the doctor say no sign of the cancer", "health",
     "radiotherapy", "past"),
    ("the consultant mentioned memantine if the next scan is worse", "medications", "memantine", "hypothetical"),
    ("Two year ago doctor stop the metformin.", "medications", "metformin", "past"),
    ("They said twas Parkinson's but the consultant said no, tisn't Parkinson's, tis a tremor from her tablets.",
     "health", "parkinson", "negated"),
    ("She had a mini stroke, a TIA they called it, back in 2021 but she's been right as rain since.", "health",
     "mini stroke", "past"),
    ("She got covid in March 2022 and she has had long covid since then, she is exhausted.", "health", "covid-19", "past"),
    ("She got covid in March 2022 and she has had long covid since then, she is exhausted.", "health", "long covid",
     "current"),
    ("She had a heart attack in 2019 and she's had angina since.", "health", "heart attack", "past"),
    ("She had a heart attack in 2019 and she's had angina since.", "health", "angina", "current"),
    ("We moved her bed downstairs since she had the heart attack.", "health", "heart attack", "past"),
    ("Last winter she had a cough for weeks, they did tests, no pneumonia, it was just a virus, all finished now.",
     "health", "cough", "past"),
    ("She had bowel cancer in 2020, surgery and chemotherapy, and now the scans are clear.", "health", "chemotherapy",
     "past"),
    ("The physio waiting list is twelve weeks.", "services_involved", "physio", "hypothetical"),
    ("The memory clinic has got a six month wait.", "services_involved", "memory clinic", "hypothetical"),
])
def test_the_status_said_around_it(structurer, said, section, words, status):
    assert _status(structurer, said, section, words) == status


@pytest.mark.parametrize("said, section, words", [
    ("I'm a nurse and at work I give morphine and insulin to patients all day, I only take vitamins myself",
     "medications", "morphine"),
    ("I'm a nurse and at work I give morphine and insulin to patients all day, I only take vitamins myself",
     "medications", "insulin"),
    ("Our granddaughter is playing Senna in the school play next week.", "medications", "senna"),
    ("They moved me off warfarin because the blood tests were a pain.", "health", "pain"),
    ("In the test with the sugar drink they found diabetes in my pregnancy.", "health", "drinking"),
    ("English is my second language and I'm more comfortable in Polish when I'm tired.", "health", "tired"),
])
def test_nothing_of_the_persons_own_is_made_of_it(structurer, said, section, words):
    assert not [text for text, _, about in _items(structurer, said, section, teller="self") if words in text
                and about == "subject"]


@pytest.mark.parametrize("said, section, words, status", [
    ("I give him his insulin twice a day", "medications", "insulin", "current"),
    ("She gets tired all the time and sleeps in the afternoon", "health", "tired", "current"),
    ("Her back pain is a nightmare", "health", "back pain", "current"),
    ("She had a stroke in March and she's still weak down her left side", "health", "stroke", "current"),
    ("she still coughs every night since the infection", "health", "cough", "current"),
    ("She is on the waiting list but the district nurses come daily", "services_involved", "district nurse", "current"),
])
def test_their_near_twins_keep_their_meaning(structurer, said, section, words, status):
    assert _status(structurer, said, section, words) == status


# The twenty-seventh fresh forms set (session 33): its wrong fills, each from a fact read wrongly, fixed in general and
# tested here in our own words
@pytest.mark.parametrize("said, section, words, status", [
    ("the doctor sent her for a camera for bowel cancer, all clear thank god", "health", "bowel cancer", "negated"),
    ("they tested her 4 coeliac n it came bk negative", "health", "coeliac", "negated"),
    ("At first they thought it was lupus, but the bloods ruled that out.", "health", "lupus", "negated"),
    ("She takes ramipril, which replaced the amlodipine she used to be on.", "medications", "amlodipine", "past"),
    ("She takes ramipril, which replaced the amlodipine she used to be on.", "medications", "ramipril", "current"),
    ("The consultant mentioned memantine but said it wouldn't help her, so she isn't on it.", "medications", "memantine",
     "negated"),
    ("She smoke when she is young woman, she stop 30 year.", "health", "smoking", "past"),
    ("She fell down the stairs in 2022 and hurt her back, so she's in a wheelchair now.", "health", "injured back",
     "current"),
    ("She fell down the stairs in 2022 and hurt her back, it healed fine.", "health", "injured back", "past"),
])
def test_what_the_forms_set_showed(structurer, said, section, words, status):
    assert _status(structurer, said, section, words) == status


def test_the_doctor_talking_of_a_tablet_not_taken_is_no_tablet_taken(structurer):
    found = _items(structurer, "the doctor said about a water tablet for her ankles but she hasnt bothered with it",
                   "medications")
    assert found and all(status != "current" for _, status, _ in found), found


@pytest.mark.parametrize("said, allergen, status", [
    ("Medicine allergy, no. But eggs I have allergy, my lips swell.", "medicines", "negated"),
    ("Medicine allergy, no. But eggs I have allergy, my lips swell.", "egg", "current"),
    ("no allergies to medicines as far as i know but cats make me sneeze", "medicines", "negated"),
])
def test_allergies_said_as_people_say_them(structurer, said, allergen, status):
    found = [s for text, s, _ in _items(structurer, said, "allergies", teller="self") if allergen in text]
    assert found == [status], _items(structurer, said, "allergies", teller="self")


def test_no_allergy_to_medicines_is_never_no_allergy_at_all(structurer):
    said = "no allergies to medicines as far as i know but cats make me sneeze"
    assert not [t for t, _, _ in _items(structurer, said, "allergies", teller="self") if "any known" in t]


def test_twice_a_day_said_as_two_times_every_day(structurer):
    found = _items(structurer, "now I take metformin two times every day", "medications", teller="self")
    assert any("two times every day" in text for text, _, _ in found), found


# A stranger on the running stack (session 33): each was delivered to a service as had now or in the past
@pytest.mark.parametrize("said, section, words, status", [
    ("She takes ramipril and the apixaban, the heart doctor suggested it but she hasn't started it yet.", "medications",
     "apixaban", "hypothetical"),
    ("She takes ramipril and the apixaban, the heart doctor suggested it but she hasn't started it yet.", "medications",
     "ramipril", "current"),
    ("they thought she had angina but the angiogram was completely clear", "health", "angina", "negated"),
    ("the doctors thought it was gallstones at first but it wasnt", "health", "gallstones", "negated"),
    ("they said she might have epilepsy after the blackouts but the tests said no", "health", "epilepsy", "negated"),
])
def test_what_a_stranger_showed(structurer, said, section, words, status):
    assert _status(structurer, said, section, words) == status


@pytest.mark.parametrize("said, words", [
    ("they thought she had angina and the angiogram confirmed it", "angina"),
    ("they thought it was gallstones but it wasnt too bad, she had them out", "gallstones"),
])
def test_found_and_not_found_clear_is_never_denied(structurer, said, words):
    assert _status(structurer, said, "health", words) != "negated"


# A second reader (session 33) found these made wrong by the first forms of this session's rules; each is right again
@pytest.mark.parametrize("said, section, words, status", [
    ("His diabetes bloods came back fine, his HbA1c is 48 on the metformin", "health", "diabetes", "current"),
    ("Her warfarin levels came back fine", "medications", "warfarin", "current"),
    ("He stops the metformin when he's poorly and then restarts it", "medications", "metformin", "current"),
    ("She had a stroke in March and hasn't been right since, can't use her left arm", "health", "stroke", "current"),
    ("He had a chest infection last month, the antibiotics are all finished now but he's still coughing", "health",
     "chest infection", "current"),
    ("Her diabetes clinic waiting list is six months", "health", "diabetes", "current"),
    ("They replaced her pacemaker last year", "health", "pacemaker", "current"),
    ("He smokes a pipe, he stopped 2 years but started again", "health", "smoking", "current"),
    ("She fractured her ankle in 2019 but it healed so she's walking fine now", "health", "ankle", "past"),
    ("He broke his hip in December last year and is still in rehab", "health", "hip", "current"),
    ("At the home they give donepezil to the residents with dementia, Rose included", "medications", "donepezil", "current"),
])
def test_what_the_first_forms_of_the_rules_made_wrong(structurer, said, section, words, status):
    assert _status(structurer, said, section, words) == status


@pytest.mark.parametrize("said, words", [
    ("I've got covid at the moment, I'm worried it'll turn into long covid", "covid-19"),
    ("I'm still on chemotherapy tablets, capecitabine, but the scan was all clear", "chemotherapy"),
])
def test_in_their_own_story_what_goes_on_is_current(structurer, said, words):
    assert [status for text, status, _ in _items(structurer, said, "health", teller="self") if words in text] == ["current"]


@pytest.mark.parametrize("said, allergen", [
    ("Well I have allergy to cats", "cat"),
    ("Now I have allergy to nuts", "nut"),
])
def test_a_word_before_i_have_allergy_is_no_allergen_unless_it_is_one(structurer, said, allergen):
    found = [text for text, _, _ in _items(structurer, said, "allergies", teller="self")]
    assert found and all(allergen in text for text in found), found


def test_no_allergies_to_medicines_food_or_anything_is_none_at_all(structurer):
    found = _items(structurer, "No allergies to medicines, food, anything.", "allergies", teller="self")
    assert ("any known allergies", "negated", "subject") in found, found


def test_never_had_the_one_said_before_puts_it_right(structurer):
    """A stranger's correction at the read-back (session 33): "no thats wrong, I never had the mini stroke, they ruled it
    out at the hospital" was read back "You had a mini stroke in the past"."""
    health = structurer.structure(["I have high blood pressure and I had a mini stroke last year.",
                                   "no thats wrong, I never had the mini stroke, they ruled it out at the hospital"],
                                  teller="self")["sections"]["health"]
    assert [(i["text"], i["status"]) for i in health if "stroke" in i["text"]] == [("mini stroke", "negated")], health
