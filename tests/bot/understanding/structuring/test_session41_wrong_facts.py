"""Wrong facts a service would have acted on, found by the thirty-fifth fresh forms set (session 41, its wrong fills read,
never its misses). Each case failed before its fix."""
from __future__ import annotations

import pytest


def _items(structurer, said, section, teller="self", relationship=None):
    return [(i["text"], i["status"], i.get("about")) for i in
            structurer.structure([said], teller=teller, relationship=relationship)["sections"][section]]


def test_a_medicine_turned_down_in_scots_is_not_taken(structurer):
    """"the doctor wanted me tae go on mirtazapine for ma mood but a telt him naw": sent to the GP as taken."""
    said = "the doctor wanted me tae go on mirtazapine for ma mood but a telt him naw."
    assert ("mirtazapine", "negated", "subject") in _items(structurer, said, "medications")


@pytest.mark.parametrize("said, relation", [
    ("an ma maws got the sugar.", "maw"),  # "ma maws": her mother's (the person's own diabetes on the medical history)
    ("my mums got the sugar.", "mum"),  # "got the sugar" is a term of its own, straight after "mums"
    ("i have copd. my mums diabetic", "mum"),
    ("my dads diabetes is bad", "dad"),
])
def test_a_relatives_illness_typed_without_the_apostrophe_is_theirs(structurer, said, relation):
    health = _items(structurer, said, "health")
    assert ("diabetes", "family", relation) in health, health
    assert not [h for h in health if h[0] == "diabetes" and h[2] == "subject"], health


def test_a_carers_mum_is_still_the_person(structurer):
    """The same words in a son's story of his mother stay hers: "mums dementia" is the person's."""
    health = _items(structurer, "mums dementia is getting worse and she has copd", "health", "carer", "son or daughter")
    assert ("dementia", "current", "subject") in health, health


def test_a_habit_said_as_the_cause_in_scots_is_no_habit_now(structurer):
    """"chronic pancreatitis fae the drink so a havnae touched a drop since": "drinking" went as current."""
    said = "they said its chronic pancreatitis fae the drink so a havnae touched a drop since."
    assert not [h for h in _items(structurer, said, "health") if "drink" in h[0] and h[1] == "current"]


@pytest.mark.parametrize("said, medicine", [
    ("They sent me home with tramadol for the knee but it made me proper loopy so I've stopped it, paracetamol does me.",
     "tramadol"),
    ("she only come home Friday, the antibiotics finished Tuesday.", "antibiotics"),
])
def test_a_medicine_stopped_or_finished_is_past(structurer, said, medicine):
    assert (medicine, "past", "subject") in _items(structurer, said, "medications")


def test_what_is_still_taken_stays_current(structurer):
    meds = _items(structurer, "I take metformin and it makes me sick when I have it without food. I stopped "
                              "smoking and I have paracetamol when needed.", "medications")
    assert ("metformin", "current", "subject") in meds and ("paracetamol when needed", "current", "subject") in meds, meds
