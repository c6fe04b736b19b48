"""Wrong facts a service would act on, found in session 28 (what session 27 left as found, a stranger on the running
stack, and the session's new unseen structuring set: its wrong facts read, never its misses); each fixed in general and
tested here in our own wording."""
from __future__ import annotations

import pytest

from bot.conversation.readback import read_back


def items(profile, section):
    return [(i["text"].lower(), i["status"], i["about"]) for i in profile["sections"][section]]


def lines(profile, teller):
    return [line for group in read_back(profile, teller) for line in group["lines"]]


@pytest.mark.parametrize("story, teller", [
    (["My partner Steve helps me with everything. Steve's dad's got type 2 diabetes. I have asthma."], "self"),
    (["Steve's dad has diabetes and I have asthma."], "self"),
    (["Kerry's mum has type 2 diabetes. I have asthma."], "self"),
])
def test_a_named_persons_relatives_illness_is_not_the_persons(structurer, story, teller):
    """ "Steve's dad's got type 2 diabetes" (Steve the partner) was the person's own diabetes, read back and sent to
    every form as hers (session 27, left as found); "Steve's dad has diabetes" was her dad's."""
    profile = structurer.structure(story, teller=teller)
    diabetes = [i for i in profile["sections"]["health"] if "diabetes" in i["text"].lower()]
    assert diabetes and all(i["status"] == "family" and i["about"] not in ("subject", "dad", "mum") for i in diabetes), \
        items(profile, "health")
    said = " ".join(lines(profile, teller)).lower()
    assert "you have type 2 diabetes" not in said and "your dad" not in said and "your mum" not in said, said


def test_a_named_persons_relative_is_said_back_by_name(structurer):
    profile = structurer.structure(["Steve's dad has diabetes. I have asthma."], teller="self")
    assert "Steve's dad has diabetes." in lines(profile, "self")


def test_a_partners_father_is_a_father_in_law(structurer):
    profile = structurer.structure(["My partner Steve helps me. Steve's dad's got type 2 diabetes."], teller="self")
    assert "Your father-in-law has type 2 diabetes." in lines(profile, "self")


@pytest.mark.parametrize("story", [
    "My dad's got type 2 diabetes.",
    "My mum has diabetes and my brother Steve has asthma.",
])
def test_the_persons_own_relatives_stay_family(structurer, story):
    profile = structurer.structure([story], teller="self")
    assert [i for i in profile["sections"]["health"] if i["status"] == "family" and i["about"] in ("dad", "mum")], \
        items(profile, "health")


def health(profile):
    return [(i["text"].lower(), i["status"], i["about"]) for i in profile["sections"]["health"]]


def test_af_typed_in_lower_case_after_a_feeling_is_slang(structurer):
    """ "it made me dizzy af" was atrial fibrillation, in the past (the twelfth fresh set, session 28)."""
    profile = structurer.structure(["gp put me on propranolol for the shakes but i stopped it cos it made me dizzy af"])
    assert not [i for i in profile["sections"]["health"] if "fibrillation" in i["text"]], health(profile)


@pytest.mark.parametrize("said", ["he has af and takes apixaban", "she was diagnosed with af last year",
                                  "AF. On apixaban."])
def test_af_named_as_an_illness_stays(structurer, said):
    profile = structurer.structure([said], teller="carer")
    assert [i for i in profile["sections"]["health"] if "fibrillation" in i["text"]], health(profile)


@pytest.mark.parametrize("said", ["theres addiction in my family, my dad was a heroin addict",
                                  "there's a lot of heart disease on my dad's side"])
def test_an_illness_in_the_family_is_the_familys(structurer, said):
    profile = structurer.structure([said])
    assert profile["sections"]["health"] and all(i["status"] == "family" for i in profile["sections"]["health"]), \
        health(profile)


def test_the_persons_own_illness_beside_the_familys_stays_theirs(structurer):
    profile = structurer.structure(["I have asthma and there's diabetes in my family"])
    assert ("asthma", "current", "subject") in health(profile), health(profile)
    assert [i for i in profile["sections"]["health"] if i["text"] == "diabetes" and i["status"] == "family"]


@pytest.mark.parametrize("said", [
    "I work as carer for agency, I go in houses of old people and I give them tablets, morphine patches, insulin",
    "the old ladies i visit, i give them their insulin",
])
def test_what_a_care_worker_gives_the_people_they_visit_is_theirs(structurer, said):
    profile = structurer.structure([said + ". I take metformin myself."])
    taken = [i["text"].lower() for i in profile["sections"]["medications"]]
    assert "metformin" in taken and not {"morphine", "insulin"} & set(taken), taken


@pytest.mark.parametrize("said", [
    "Not really about me, I just wanted to say my dog Biscuit has been on Vetmedin for his heart and Metacam for his "
    "arthritis since the spring, and the vet says he's got a bit of dementia too, bless him.",
    "my dog Biscuit has arthritis, and the vet says he's got a bit of dementia too",
])
def test_a_dogs_illnesses_are_not_the_persons(structurer, said):
    profile = structurer.structure([said])
    assert not profile["sections"]["health"] and not profile["sections"]["medications"], health(profile)


def test_a_persons_illness_beside_what_the_vet_says_of_the_dog_stays(structurer):
    profile = structurer.structure(["I have arthritis and the vet says the dog is fine"])
    assert ("arthritis", "current", "subject") in health(profile), health(profile)


@pytest.mark.parametrize("said, condition", [("I have a disc hernia in my lower back", "herniated disc"),
                                             ("Ive got a prolapsed disc and nerve pain", "prolapsed disc")])
def test_a_disc_in_the_back_is_no_hernia(structurer, said, condition):
    """ "disc hernia" was sent to two services as a hernia (a stranger, session 28)."""
    profile = structurer.structure([said])
    names = [i["text"] for i in profile["sections"]["health"]]
    assert condition in names and "hernia" not in names, names


def test_a_paramedics_shift_is_not_their_overdose(structurer):
    """ "last night we had a stabbing and two overdoses" was read back "You had overdose in the past" (a stranger)."""
    profile = structurer.structure(["I work as a paramedic actually, last night we had a stabbing and two overdoses lol "
                                    "the joys. I have bipolar."])
    assert ("bipolar disorder", "current", "subject") in health(profile), health(profile)
    assert not [i for i in profile["sections"]["health"] if "overdose" in i["text"]], health(profile)
    assert not profile["sections"]["risks"], profile["sections"]["risks"]


def test_the_persons_own_strokes_stay_theirs(structurer):
    profile = structurer.structure(["I had three strokes and I get seizures"])
    assert [i for i in profile["sections"]["health"] if i["text"] == "stroke"], health(profile)


def test_roof_shingles_and_waterfalls_are_nothing(structurer):
    profile = structurer.structure(["the lads put new shingles on the shed roof. Stopped for a pot of tea by the falls at "
                                    "Aysgarth."])
    assert not profile["sections"]["health"] and not profile["sections"]["risks"], profile["sections"]


def test_someone_asked_to_be_left_out_is_left_out(structurer):
    """ "our son Paul lives near but leave Paul out of it please" was read back under risks and sent so to two services
    (a stranger on the stack, session 28); whatever else was said of Paul goes too."""
    profile = structurer.structure(["Brian has dementia and takes donepezil. Paul does his shopping. Our son Paul lives "
                                    "near but leave Paul out of it please, hes got enough on."], teller="carer",
                                   subject_name="Brian", relationship="husband")
    everything = [i["text"] for items in profile["sections"].values() for i in items]
    assert not [t for t in everything if "Paul" in t or "leave" in t.lower()], everything
    assert [i for i in profile["sections"]["medications"] if i["text"] == "donepezil"], everything


def test_a_wish_to_leave_someone_out_is_not_filed(structurer):
    profile = structurer.structure(["my nephew Gary comes round, dont put him in any of this mind. I have COPD."])
    everything = [i["text"] for items in profile["sections"].values() for i in items]
    assert not [t for t in everything if "Gary" in t], everything
    assert ("copd", "current", "subject") in health(profile), health(profile)


# The twenty-second fresh forms set's wrong fills (session 28), in our own words


def about_me(profile, kind):
    return [i.get("value") for i in profile["sections"]["about_me"] if i.get("kind") == kind]


@pytest.mark.parametrize("said, born", [
    ("I was born the third of March 1940 - no, what am I saying, 1941, the third of March 1941.", "1941-03-03"),
    ("dob 3/4/1950 no sorry 1951", "1951-04-03"),
    ("born 3/4/1950, no, 4/3/1950", "1950-03-04"),
    ("born 3/4/1950 and I live at 4 Elm Road, Leeds LS6 2AB", "1950-04-03"),
])
def test_a_date_of_birth_put_right_at_once_is_the_one_kept(structurer, said, born):
    """ "born the fourteenth of February 1940 - no, what am I saying, 1941, ..." was sent as 1940, and her age from it."""
    assert about_me(structurer.structure([said]), "date_of_birth") == [born]


@pytest.mark.parametrize("said, age", [("im 43 no 44 now had my birthday last week", 44), ("I'm 80, sorry, 81", 81),
                                       ("my names Ann im 70 no 71", 71), ("im 50 no kids", 50)])
def test_an_age_put_right_at_once_is_the_one_kept(structurer, said, age):
    assert about_me(structurer.structure([said]), "age") == [age]


@pytest.mark.parametrize("said, age", [("Dad's date of birth I never remember, he's 89 on Tuesday.", 88),
                                       ("she is 80 next week", 79), ("he is 89", 89)])
def test_an_age_said_with_a_birthday_to_come_is_a_year_less_now(structurer, said, age):
    assert about_me(structurer.structure([said], teller="carer"), "age") == [age]


def test_a_number_to_ring_someone_else_on_is_theirs(structurer):
    """ "If anything happens, ring Graham on 07700 900318" (her son's) was sent as her mobile."""
    profile = structurer.structure(["Our Graham, my son, comes over every Sunday. If anything happens, ring Graham on "
                                    "07700 900318. My phone's 01632 960214."])
    phones = [i.get("value") for i in profile["sections"]["communication"] if i.get("kind") == "phone"]
    assert phones == ["01632 960214"], phones


@pytest.mark.parametrize("said, condition", [
    ("the memory clinic were clear it's not Alzheimer's", "alzheimer's"),
    ("They thought it was angina at one point, the chest pains, but the hospital did all the tests and said it wasn't my "
     "heart at all", "angina"),
    ("The GP wondered about dementia because he gets muddled, but the memory test came back normal.", "dementia"),
])
def test_an_illness_said_not_to_be_is_not_had(structurer, said, condition):
    profile = structurer.structure([said], teller="carer")
    found = [i for i in profile["sections"]["health"] if i["text"] == condition]
    assert found and all(i["status"] == "negated" for i in found), health(profile)


def test_what_follows_a_dash_aside_is_not_in_it(structurer):
    """ "…diagnosed in 2023 - the memory clinic were clear it's not Alzheimer's - and type 2 diabetes and osteoporosis":
    the diabetes and the osteoporosis were past."""
    profile = structurer.structure(["She's got vascular dementia, diagnosed in 2023 - the memory clinic were clear it's "
                                    "not Alzheimer's - and type 2 diabetes and osteoporosis."], teller="carer")
    assert {("type 2 diabetes", "current", "subject"), ("osteoporosis", "current", "subject"),
            ("vascular dementia", "current", "subject")} <= set(health(profile)), health(profile)


def test_a_part_of_the_body_beside_its_illness_is_not_a_second_illness(structurer):
    profile = structurer.structure(["He has prostate cancer, kept under control with the prostate injection."],
                                   teller="carer")
    assert [i["text"] for i in profile["sections"]["health"]] == ["prostate cancer"], health(profile)


@pytest.mark.parametrize("said", ["I have cataract in left eye, they do operation next month.",
                                  "my hip replacement is booked for next week"])
def test_an_operation_to_come_is_not_one_had(structurer, said):
    """ "cataract in left eye, they do operation next month" was read back "You had an operation" (the twelfth fresh
    structuring set, session 28)."""
    profile = structurer.structure([said])
    planned = [i for i in profile["sections"]["health"] if i["text"] in ("operation", "hip replacement")]
    assert planned and all(i["status"] == "hypothetical" for i in planned), health(profile)


# A second reader's findings on the first forms of this session's rules (old against new), each now as it should be


@pytest.mark.parametrize("said, condition, status", [
    ("they thought it was a heart attack but the doctor said it wasn't a massive one", "heart attack", "past"),
    ("wondered about dementia but they said it was not too advanced yet, early stage", "dementia", "current"),
    ("the GP suspected a UTI but the nurse told me it wasn't bad, gave me antibiotics", "urinary tract infection",
     "current"),
])
def test_what_was_said_of_an_illness_had_does_not_rule_it_out(structurer, said, condition, status):
    profile = structurer.structure([said])
    assert (condition, status, "subject") in health(profile), health(profile)


@pytest.mark.parametrize("said", ["chronic af, on warfarin", "new onset af, they started me on bisoprolol",
                                  "I have known af and high blood pressure", "taking edoxaban 4 af",
                                  "I have bad af and get breathless"])
def test_af_said_as_the_illness_in_lower_case_stays(structurer, said):
    profile = structurer.structure([said])
    assert [i for i in profile["sections"]["health"] if "fibrillation" in i["text"]], health(profile)


@pytest.mark.parametrize("said, kept", [("theres a pain in my side when I walk", "pain"),
                                        ("we get seizures most nights", "seizures"),
                                        ("I had shingles last year, now I've got new shingles on my back", "shingles")])
def test_ordinary_words_near_the_new_rules_keep_the_fact(structurer, said, kept):
    profile = structurer.structure([said])
    assert (kept, "current", "subject") in health(profile), health(profile)


@pytest.mark.parametrize("said, age", [("I'm 80, sorry 81 next week", 80), ("I'm 67 on the 3rd floor", 67)])
def test_an_age_near_the_new_rules(structurer, said, age):
    assert about_me(structurer.structure([said]), "age") == [age]


@pytest.mark.parametrize("said", ["best to ring Tuesday on 07700 900456",
                                  "My name is Graham Smith, ring Graham on 07700 900318"])
def test_the_persons_own_number_said_with_a_name_or_a_day(structurer, said):
    profile = structurer.structure([said])
    assert [i for i in profile["sections"]["communication"] if i.get("kind") == "phone"], profile["sections"]


@pytest.mark.parametrize("story, teller, kept", [
    (["Mum lives with me and my husband.", "Mum needs help washing.", "Dont put Mum in a home."], "carer", "washing"),
    (["I have dementia and I forget my tablets, I never write them down"], "self", "dementia"),
    (["dont put her in respite, she has dementia."], "carer", "dementia"),
    (["dont mention Paul's drinking to the GP. My name is Paul Jones and I have asthma."], "self", "Paul Jones"),
    (["I care for my husband Paul, he has COPD. Leave Paul out of it please."], "carer", "COPD"),
])
def test_words_like_a_wish_to_leave_out_keep_the_facts(structurer, story, teller, kept):
    profile = structurer.structure(story, teller=teller, subject_name="Paul" if "husband Paul" in story[0] else None)
    everything = " ".join(i["text"] for items in profile["sections"].values() for i in items)
    assert kept.lower() in everything.lower(), everything


def test_an_age_said_as_not_the_one_before_puts_it_right(structurer):
    """ "Im 85 not 84, I got mixed up", typed in an update, was dropped without a word (a stranger, session 28)."""
    assert about_me(structurer.structure(["Im 84 and I live alone", "Im 85 not 84, I got mixed up"]), "age") == [85]
    before = structurer.structure(["Im 84 and I live alone"])
    after = structurer.structure(["and Im 85 not 84, I got mixed up"], base=before)
    assert about_me(after, "age") == [85], after["sections"]["about_me"]


def test_someone_elses_age_said_so_is_not_the_persons(structurer):
    assert about_me(structurer.structure(["Im 84", "my husband is 85 not 84"]), "age") == [84]


def test_a_danger_told_with_a_wish_to_leave_them_out_is_still_a_risk(structurer):
    """The wish is honoured for what is said of them, but a harm they do stays under risks (shared only with consent)."""
    profile = structurer.structure(["I have asthma. Leave Paul out of it, Paul hits me when hes drunk."])
    assert [i for i in profile["sections"]["risks"] if "hits me" in i["text"]], profile["sections"]["risks"]
