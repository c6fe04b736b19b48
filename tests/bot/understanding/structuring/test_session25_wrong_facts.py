"""Wrong facts a service would act on, found in session 25 (the hazards strangers on the running stack left in
docs/clinical-safety.md, and the session's new unseen sets: their wrong facts read, never their misses); each fixed
in general and tested here in our own wording."""
from __future__ import annotations

import pytest


def of(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


@pytest.mark.parametrize("said, teller, taken, avoided", [
    ("I cant take anything with paracetamol in because I take co-codamol", "self", "co-codamol", "paracetamol"),
    ("I can't have paracetamol as it's already in my co-codamol.", "self", "co-codamol", "paracetamol"),
    ("Mum cant have anything with paracetamol in as shes on co-codamol", "carer", "co-codamol", "paracetamol"),
    ("Mum can't take ibuprofen because she takes warfarin.", "carer", "warfarin", "ibuprofen"),
])
def test_a_medicine_avoided_because_of_another_is_no_intolerance_and_not_taken(structurer, said, teller, taken, avoided):
    """ "I cant take anything with paracetamol in because I take co-codamol" was sent as an intolerance to paracetamol
    (a stranger on the stack, session 24): it is kept from being taken twice, not one the body cannot take."""
    profile = structurer.structure([said], teller=teller)
    assert not [i for i in profile["sections"]["allergies"] if avoided in i["text"]], of(profile, "allergies")
    medicines = [i["text"] for i in profile["sections"]["medications"]]
    assert any(taken in m for m in medicines) and not any(avoided in m for m in medicines), medicines


@pytest.mark.parametrize("said, avoided", [
    ("I cant take paracetamol because it makes me sick", "paracetamol"),
    ("I can't take ibuprofen as I have asthma.", "ibuprofen"),
    ("I can't have anything with codeine in, it makes me sick", "codeine"),
])
def test_a_medicine_that_cannot_be_taken_for_its_own_sake_is_still_one(structurer, said, avoided):
    profile = structurer.structure([said])
    assert [i for i in profile["sections"]["allergies"] if avoided in i["text"]], of(profile, "allergies")


def statuses(profile, section, text):
    return [i["status"] for i in profile["sections"][section] if i["about"] == "subject" and text in i["text"]]


@pytest.mark.parametrize("said, term, status", [
    # only a maybe, later (the nineteenth fresh forms set: gabapentin was sent as taken)
    ("Doctor say maybe after Christmas she try pregabalin if physio not working.", "pregabalin", "hypothetical"),
    ("My GP said perhaps next year they'll start me on insulin.", "insulin", "hypothetical"),
    # said to be a thing that might help (the ninth fresh structuring set: fampridine sent as taken)
    ("The consultant mentioned memantine might help but we have to wait.", "memantine", "hypothetical"),
    # a doctor will not give it (the ninth fresh structuring set: HRT sent as taken)
    ("The GP won't prescribe me HRT because of my clots.", "hrt", "negated"),
    ("The doctor won't give him any more diazepam.", "diazepam", "past"),
    # clean of it since (the ninth fresh structuring set: heroin sent as current)
    ("I used heroin for ten years, clean four years now.", "heroin", "past"),
])
def test_a_medicine_only_maybe_refused_by_the_doctor_or_given_up_is_not_taken_now(structurer, said, term, status):
    profile = structurer.structure([said], teller="self")
    found = statuses(profile, "medications", term) + statuses(profile, "health", term)
    assert found == [status], (said, of(profile, "medications"), of(profile, "health"))


@pytest.mark.parametrize("said, term", [
    ("I take sertraline, it might help me sleep too.", "sertraline"),
    ("The amitriptyline might help, I started it last week.", "amitriptyline"),
    ("I have been sober 2 years but I still take acamprosate.", "acamprosate"),
])
def test_a_medicine_taken_stays_taken_beside_those_words(structurer, said, term):
    assert statuses(structurer.structure([said]), "medications", term) == ["current"]
