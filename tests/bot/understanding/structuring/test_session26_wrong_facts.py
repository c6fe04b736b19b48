"""Wrong facts a service would act on, found in session 26 (strangers on the running stack and the session's new
unseen sets: their wrong facts read, never their misses); each fixed in general and tested here in our own wording."""
from __future__ import annotations

import pytest


def about_me(profile, kind):
    return [i.get("value", i["text"]) for i in profile["sections"]["about_me"] if i.get("kind") == kind
            and i["about"] == "subject"]


@pytest.mark.parametrize("parts, teller, age, sex", [
    (["My mum is 79 and has COPD.", "Correction: she is female and she's 82"], "carer", 82, "female"),
    (["My dad is 79 and has COPD.", "Correction: she is a woman and she is 84"], "carer", 84, "female"),
    (["My mum is 79 and has COPD.", "Correction: she is 82 and she has asthma"], "carer", 82, "female"),
    (["My mum is 79.", "Correction: her age is eighty four"], "carer", 84, "female"),
    (["I am 79 and have COPD.", "Correction: im 61 and im a woman"], "self", 61, "female"),
    (["I am 79 and have COPD.", "Correction: my age is 83"], "self", 83, None),
])
def test_an_age_put_right_at_the_read_back_is_the_age_whatever_else_the_correction_says(structurer, parts, teller, age,
                                                                                      sex):
    """ "she is female and she's 79" said at the read-back (a stranger, session 25) kept the age read before, and an age
    put right further than three years from it ("she is 82" for 79) was never put right: the form got the old age."""
    profile = structurer.structure(parts, teller=teller)
    assert about_me(profile, "age") == [age]
    if sex:
        assert about_me(profile, "gender") == [sex]


@pytest.mark.parametrize("parts, teller", [
    (["I am 79 and have COPD.", "Correction: he is 82"], "self"),    # someone else, in their own story
    (["My mum is 79 and has COPD.", "Correction: I'm 52"], "carer"),  # the carer's own age
    (["My mum is 79.", "Correction: my grandson is 12"], "carer"),
])
def test_someone_elses_age_in_a_correction_is_not_the_persons(structurer, parts, teller):
    assert about_me(structurer.structure(parts, teller=teller), "age") == [79]


def test_a_name_and_a_sex_put_right_together_are_both_put_right(structurer):
    profile = structurer.structure(["My dad is 79 and has COPD.", "Correction: she is a woman and her name is Joan Smith"],
                                   teller="carer")
    assert about_me(profile, "name") == ["Joan Smith"] and about_me(profile, "gender") == ["female"]


@pytest.mark.parametrize("parts, teller, name, sex", [
    (["My name is John Smith, I am 79.", "Correction: my name is Joan Smith and I am a woman"], "self", "Joan Smith",
     "female"),
    (["Hi I'm a man aged 79", "Correction: I am a woman and my name is Joan Smith"], "self", "Joan Smith", "female"),
])
def test_a_name_and_a_sex_said_in_one_correction_are_both_kept(structurer, parts, teller, name, sex):
    """Only the first of them was applied, and the rest of the correction was dropped with it."""
    profile = structurer.structure(parts, teller=teller)
    assert about_me(profile, "name") == [name] and about_me(profile, "gender") == [sex]


@pytest.mark.parametrize("parts, teller, sex", [
    (["My mum is 79", "Correction: I am a man"], "carer", "female"),  # the carer's own
    (["I am a woman. I am 79", "Correction: she is a man"], "self", "female"),  # someone else, in their own story
])
def test_someone_elses_sex_in_a_correction_is_not_the_persons(structurer, parts, teller, sex):
    assert about_me(structurer.structure(parts, teller=teller), "gender") == [sex]


def of(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


def test_a_mistyped_common_word_is_no_condition(structurer):
    """ "my numbr is 07700 900123" was read back "You have numbness. (You wrote 'numbr')" (a stranger, session 26)."""
    profile = structurer.structure(["my numbr is 07700 900123"])
    assert not profile["sections"]["health"], of(profile, "health")


def test_real_misspellings_are_still_read(structurer):
    profile = structurer.structure(["I take asprin and metformn for diabeties"])
    assert {i["text"] for i in profile["sections"]["medications"]} >= {"aspirin", "metformin"}
    assert [i["text"] for i in profile["sections"]["health"]] == ["diabetes"]


@pytest.mark.parametrize("said, term", [
    ("I take my tablets so I don't get another stroke, I nearly died in 2019", "stroke"),
    ("She's on warfarin to stop her having another clot", "clot"),
])
def test_another_kept_off_was_had_once(structurer, said, term):
    """ "… so I don't get another stroke" was read back "You do not have a stroke"."""
    teller = "carer" if said.startswith("She") else "self"
    statuses = [i["status"] for i in structurer.structure([said], teller=teller)["sections"]["health"] if term in i["text"]]
    assert statuses == ["past"], statuses


@pytest.mark.parametrize("said", ["My neighbour Mrs Khan who is 70 has diabetes", "My neighbour Mrs Khan has diabetes",
                                  "my friend Bob, who is 80, has parkinsons"])
def test_a_neighbours_or_friends_condition_said_with_their_name_is_theirs(structurer, said):
    """ "My neighbour Mrs Khan who is 70 has diabetes" was read back "You have diabetes"."""
    health = structurer.structure([said])["sections"]["health"]
    assert health and all(i["about"] != "subject" for i in health), health


@pytest.mark.parametrize("said, status", [
    ("the doctor said it might be gout at first but they ruled that out", "negated"),
    ("the GP thought it might be gout, then the bloods ruled it out", "negated"),
    ("the doctor thinks it might be angina but they havent ruled it out", "hypothetical"),
    ("might be angina and they want to rule it out", "hypothetical"),
])
def test_a_maybe_ruled_out_later_in_the_sentence_is_not_had(structurer, said, status):
    """ "they ruled that out" (gout) was read back "You mentioned gout as a worry or a possibility"."""
    assert [i["status"] for i in structurer.structure([said])["sections"]["health"]] == [status]


@pytest.mark.parametrize("said, teller, medicine, status", [
    # the tenth fresh set's wrong facts (session 26), in our own words
    ("He's on bisoprolol. They talked about digoxin for a while but his pulse settled so that never happened.", "carer",
     "digoxin", "negated"),
    ("The GP says he must start insulin but he refuses, he sticks to his gliclazide.", "carer", "insulin", "negated"),
    ("First they gave me ibuprofen but it made me sick so now I take paracetamol", "self", "ibuprofen", "past"),
    ("I took clopidogrel for a year, now finished, now only aspirin", "self", "clopidogrel", "past"),
    ("I got some tramadol off my brother but I don't take it now", "self", "tramadol", "past"),
    ("The consultant talked about methotrexate maybe, I am not sure", "self", "methotrexate", "hypothetical"),
])
def test_a_medicine_not_taken_now_as_the_rest_of_the_sentence_says(structurer, said, teller, medicine, status):
    found = [i["status"] for i in structurer.structure([said], teller=teller)["sections"]["medications"]
             if medicine in i["text"]]
    assert found == [status], found


@pytest.mark.parametrize("said, teller, taken", [
    ("First they gave me ibuprofen but it made me sick so now I take paracetamol", "self", "paracetamol"),
    ("I take ramipril, and it's done me good", "self", "ramipril"),
    ("He's on bisoprolol. They talked about digoxin for a while but his pulse settled so that never happened.", "carer",
     "bisoprolol"),
])
def test_the_medicine_taken_stays_taken(structurer, said, teller, taken):
    found = [i["status"] for i in structurer.structure([said], teller=teller)["sections"]["medications"]
             if taken in i["text"]]
    assert found == ["current"], found


@pytest.mark.parametrize("said, section", [
    ("honestly bored af at home", "health"), ("sorry this message is long af", "health"),
    ("I'm a bit OCD about my kitchen, everything has to be just so", "health"),
    ("We walk down to the pill at Helford to watch the boats", "medications"),
    ("I'm not ill, just allergic to Mondays and housework haha", "allergies"),
])
def test_words_in_another_sense_are_no_fact(structurer, said, section):
    """Read as atrial fibrillation, OCD, the contraceptive pill and allergies by the tenth fresh set (session 26)."""
    assert not structurer.structure([said])["sections"][section]


@pytest.mark.parametrize("said, section, text", [
    ("I have AF and take apixaban", "health", "atrial fibrillation"), ("I have OCD and anxiety", "health", "ocd"),
    ("I'm on the pill", "medications", "contraceptive pill"),
    ("allergic to penicillin and housework lol", "allergies", "penicillin"),
])
def test_the_words_themselves_still_say_it(structurer, said, section, text):
    assert text in [i["text"] for i in structurer.structure([said])["sections"][section]]


@pytest.mark.parametrize("said", [
    "I live alone since my wife Margaret passed, in a flat in Hull",
    "on my own up here since my husband Dai went",
    "My husband he leave us last year",
    "mams been low since dad moved out in june",
])
def test_someone_who_died_or_left_is_no_current_support(structurer, said):
    """The tenth fresh set (session 26): each was read back under "People who support you" as now."""
    support = structurer.structure([said])["sections"]["support_network"]
    # (since session 41 "mams been low" is her mam's low mood, a clause of the mam's, and no one is kept from it)
    assert (support or said.startswith("mams")) and all(i["status"] == "past" for i in support), support


@pytest.mark.parametrize("said", ["my husband went to the shop for me", "my husband left me some money in his will",
                                  "my wife Jean passed her driving test and drives me everywhere"])
def test_a_help_going_about_their_day_is_still_a_help(structurer, said):
    support = structurer.structure([said])["sections"]["support_network"]
    assert all(i["status"] == "current" for i in support), support


@pytest.mark.parametrize("said, term, status, about", [
    ("She has epilepsy. Her last big seizure was in March.", "seizure", "past", "subject"),
    ("I've had long covid since I caught covid in March 2021", "covid-19", "past", "subject"),
    ("I have three kids, the youngest one has asthma", "asthma", "family", "child"),
])
def test_the_last_one_the_one_caught_and_the_youngest_one(structurer, said, term, status, about):
    teller = "carer" if said.startswith("She") else "self"
    found = [(i["status"], i["about"]) for i in structurer.structure([said], teller=teller)["sections"]["health"]
             if term in i["text"]]
    assert found == [(status, about)], found


@pytest.mark.parametrize("said, name", [("my name is Edna Briggs I'm 88, I live in Bolton", "Edna Briggs"),
                                        ("My name is Ida Jones Im 79", "Ida Jones")])
def test_im_after_a_name_is_no_part_of_it(structurer, said, name):
    """ "my name is Edna Briggs I'm 88" was delivered to the GP as "Edna Briggs I'm" (a stranger, session 26)."""
    assert about_me(structurer.structure([said]), "name") == [name]


# A second reader of the session's first forms of these rules (session 26): each of these was misread by them
@pytest.mark.parametrize("said, teller, section, text, status", [
    ("I take metformin but it upsets my stomach so I take it with food.", "self", "medications", "metformin", "current"),
    ("I'm on amlodipine but it makes my ankles swell so I take it at night.", "self", "medications", "amlodipine",
     "current"),
    ("I'm on lansoprazole and I used to take ibuprofen but I don't take it now.", "self", "medications", "lansoprazole",
     "current"),
    ("I'm on co-codamol, the doctor said he'd refer me for an operation but that never happened.", "self", "medications",
     "co-codamol", "current"),
    ("I'm on sertraline but it never started working properly.", "self", "medications", "sertraline", "current"),
    ("I'm on sertraline and the counselling, that is finished now.", "self", "medications", "sertraline", "current"),
    ("My last insulin was at 8 and my sugar is high now.", "self", "medications", "insulin", "current"),
    ("He has to go on warfarin but he refuses the blood tests, he's been on it a year now.", "carer", "medications",
     "warfarin", "current"),
    ("I think the amlodipine maybe gives me headaches.", "self", "medications", "amlodipine", "current"),
    ("I went back to the pill after the baby.", "self", "medications", "contraceptive pill", "current"),
    ("I go to the Warfarin Clinic every week for my INR.", "self", "medications", "warfarin", "current"),
    ("Dad has copd, diabetes & af.", "carer", "health", "atrial fibrillation", "current"),
    ("She had a stroke due to af.", "carer", "health", "atrial fibrillation", "current"),
    ("I have two inhalers, the big one is for COPD.", "self", "health", "copd", "current"),
    ("I take lithium to prevent another bipolar episode.", "self", "health", "bipolar", "current"),
    ("I got pneumonia in January and I'm still on antibiotics for it.", "self", "health", "pneumonia", "current"),
    ("They think it might be angina but they ruled out a heart attack.", "self", "health", "angina", "hypothetical"),
])
def test_what_the_first_forms_of_the_rules_misread(structurer, said, teller, section, text, status):
    found = [i["status"] for i in structurer.structure([said], teller=teller)["sections"][section]
             if text in i["text"] and i["about"] == "subject"]
    assert found and found[0] == status, (said, found)


@pytest.mark.parametrize("said", ["My husband went and got my prescription for me.",
                                  "My wife leaves me my tablets out every morning.",
                                  "My partner leaves me meals in the fridge before work."])
def test_a_help_doing_their_helping_is_still_a_help(structurer, said):
    support = structurer.structure([said])["sections"]["support_network"]
    assert support and all(i["status"] == "current" for i in support), support


@pytest.mark.parametrize("parts, kind, value", [
    (["I live on my own and I have diabetes.", "Sorry, his name is Jack, my son, he helps me."], "name", None),
    (["I am 79 and I have arthritis.", "Correction: I live with my mum, aged 98."], "age", 79),
])
def test_someone_elses_name_or_age_in_a_correction_is_not_the_persons(structurer, parts, kind, value):
    assert about_me(structurer.structure(parts), kind) == ([value] if value else [])


def test_an_allergy_listed_after_a_joke_is_still_an_allergy(structurer):
    profile = structurer.structure(["I'm allergic to exercise and penicillin."])
    assert [i["text"] for i in profile["sections"]["allergies"]] == ["penicillin"]
    assert not profile["sections"]["medications"]
