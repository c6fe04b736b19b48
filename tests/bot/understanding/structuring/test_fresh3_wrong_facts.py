"""A third fresh held-out set (heldout_fresh3.yml, session 20) gave people facts that were not theirs, or not now.
Each cause is written anew here in other words and voices (none is the set's own sentence): a mum's illness typed
"mums got"; a Geordie or Scots "don't"; a medicine "used tae" be taken, or "packed in", or "stopped" in the next
clause; a dog named by its breed; "the Depression" of the 1930s; a carer's "ma ain heart". Words misread as
another section's: test_fresh3_misread_words.py."""
from __future__ import annotations

import pytest

TERMS = ("health", "medications")


def _items(structurer, parts, teller="self", subject_name=None, sections=TERMS):
    profile = structurer.structure(parts, teller=teller, subject_name=subject_name)
    return {(section, i["text"], i["status"], i["about"]) for section in sections for i in profile["sections"][section]}


def _current_own(items, word):
    return {t for t in items if word in t[1].lower() and t[2] == "current" and t[3] == "subject"}


# a relative's illness, the possessive typed without its apostrophe: "mums got", "dads had", "nans on"
@pytest.mark.parametrize(("said", "word"), [
    ("my mums got diabetes so i do the cooking", "diabetes"),
    ("mums got copd n i do her shopping", "copd"),
    ("Dads got dementia, I'm his main carer now.", "dementia"),
    ("me nans got arthritis real bad in her hands", "arthritis"),
    ("my wifes got MS and she lives with us", "multiple sclerosis"),
    ("His dads had a stroke so he goes round there every night", "stroke"),
])
def test_a_relatives_illness_without_an_apostrophe_is_theirs(structurer, said, word):
    items = _items(structurer, [said])
    assert not _current_own(items, word)
    assert any(word in t[1].lower() for t in items)  # still kept, as the relative's


def test_a_relatives_medicine_without_an_apostrophe_is_not_theirs(structurer):
    assert not _current_own(_items(structurer, ["me grandads on warfarin now so I do his tablets"]), "warfarin")


def test_the_persons_own_illness_beside_a_relative_is_still_theirs(structurer):
    items = _items(structurer, ["my mums got diabetes and i have asthma"])
    assert _current_own(items, "asthma")


# "don't drink" said in Geordie or Scots
@pytest.mark.parametrize("said", [
    "I divn't drink, never have, me da was a drinker.",
    "divnt drink at all, just the odd pop",
    "Ah dinna drink, it disagrees wi me.",
])
def test_a_dialect_dont_drink_is_no_drinking(structurer, said):
    assert not _current_own(_items(structurer, [said]), "drink")


# a medicine taken before, said the ways people say it
@pytest.mark.parametrize(("said", "medicine"), [
    ("Ah used tae be on lansoprazole but the doctor stopped it.", "lansoprazole"),
    ("I used tae tak metformin fur ma sugar", "metformin"),
    ("I was given pregabalin but it made me feel drunk so I packed it in.", "pregabalin"),
    ("Had a go on the amitriptyline, couldn't get up in the morning so I jacked it in", "amitriptyline"),
    ("Been on simvastatin for years, but that got stopped last month.", "simvastatin"),
    ("They tried me on mirtazapine but it was stopped cos of the weight gain", "mirtazapine"),
])
def test_a_medicine_given_up_is_past(structurer, said, medicine):
    items = _items(structurer, [said])
    assert any(medicine in t[1].lower() and t[2] == "past" for t in items)
    assert not _current_own(items, medicine)


@pytest.mark.parametrize(("said", "medicine"), [
    ("I'm on sertraline and it's stopped the panic attacks.", "sertraline"),
    ("I take ramipril and the doctor stopped my amlodipine.", "ramipril"),
])
def test_a_medicine_taken_now_beside_a_stopping_word_is_current(structurer, said, medicine):
    assert _current_own(_items(structurer, [said]), medicine)


@pytest.mark.parametrize(("said", "teller"), [
    ("Mum has the salbutamol when she needs it. Smoked thirty a day till her sixties, then packed it in.", "carer"),
    ("I use my salbutamol when I'm puffed. I smoked for years, jacked it in when Dad died.", "self"),
])
def test_giving_up_smoking_after_a_medicine_leaves_the_medicine(structurer, said, teller):
    assert _current_own(_items(structurer, [said], teller=teller, subject_name="Mum" if teller == "carer" else None),
                        "salbutamol")


# a dog or cat named by its breed, with its own illness
@pytest.mark.parametrize(("said", "word"), [
    ("Our Jack Russell has diabetes and needs his jabs twice a day.", "diabetes"),
    ("the old labrador has arthritis in his back legs", "arthritis"),
    ("My springer spaniel has epilepsy, she's on tablets from the vet.", "epilepsy"),
    ("and the westie has a heart murmur now, poor thing", "heart murmur"),
])
def test_a_dogs_illness_by_its_breed_is_no_ones_own(structurer, said, word):
    assert not _current_own(_items(structurer, [said]), word)


def test_the_owners_illness_beside_a_breed_is_theirs(structurer):
    assert _current_own(_items(structurer, ["I walk my westie every day despite my arthritis"]), "arthritis")


# the Depression of the 1930s
@pytest.mark.parametrize("said", [
    "I grew up in the Depression so I never waste a thing.",
    "my mam was born during the great depression in Jarrow",
    "We had nothing in the Depression years, nothing at all.",
    "I was a child in the Great Depression, we went hungry.",
])
def test_the_great_depression_is_no_depression(structurer, said):
    assert not {t for t in _items(structurer, [said]) if "depression" in t[1].lower()}


@pytest.mark.parametrize("said", [
    "I've had depression since my divorce.",
    "The depression is back and I can't get out of bed.",
    "I was born with a hole in the heart and I have depression.",
])
def test_a_real_depression_is_still_read(structurer, said):
    assert {t for t in _items(structurer, [said]) if "depression" in t[1].lower()}


# a carer's own body, in Scots "ma ain"
@pytest.mark.parametrize("said", [
    "Ma ain heart's no great, I've had two stents.",
    "my ain back is knackered fae liftin her",
])
def test_a_carers_ain_body_is_the_carers(structurer, said):
    items = _items(structurer, ["It's ma wife Jean. She has dementia.", said], teller="carer", subject_name="Jean")
    assert not _current_own(items, "heart") and not _current_own(items, "back")


# what a medicine did, said as why it was stopped, is no condition of theirs
@pytest.mark.parametrize(("said", "word"), [
    ("They put me on fluoxetine but I stopped it cos it made me feel numb", "numb"),
    ("doc give us pregabalin but I come off it cos it made us proper dizzy", "dizz"),
    ("I was given mirtazapine and I stopped taking it because it made me feel drowsy all day", "drows"),
])
def test_why_a_medicine_was_stopped_is_no_condition(structurer, said, word):
    assert not {t for t in _items(structurer, [said], sections=("health", "risks")) if word in t[1].lower()}


def test_a_condition_beside_a_stopped_medicine_is_still_theirs(structurer):
    items = _items(structurer, ["I stopped the sertraline cos it made me sick, but my depression is bad again."])
    assert _current_own(items, "depression")


# weight lost then, said as when something else got better, is no weight loss now
@pytest.mark.parametrize("said", [
    "My knees got better when I lost weight.",
    "my sugars came down a lot after i lost weight last year",
    "The doctor took me off the tablets once I lost weight.",
])
def test_weight_lost_as_when_is_past(structurer, said):
    assert not _current_own(_items(structurer, [said]), "weight")


@pytest.mark.parametrize("said", ["I've lost weight and I'm not eating much.",
                                  "none of my trousers fit since I lost weight"])
def test_weight_being_lost_now_is_current(structurer, said):
    assert _current_own(_items(structurer, [said]), "weight")
