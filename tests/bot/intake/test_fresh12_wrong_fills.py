"""Wrong fills a service would act on, found by the twelfth fresh forms set (its wrong fills read in session 19),
each fixed in general and tested here in our own wording."""
from __future__ import annotations

import pytest


def of(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


def named(profile):
    return [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "name"]


@pytest.mark.parametrize("said, name", [
    ("Hiya, I'm Donna, mum to our Kayleigh. She's 19 and has autism. She lives with me and my partner Gary.",
     "Kayleigh"),
    ("I'm Paul, dad of my Jessica, she's 30. She lives with me and my wife Sandra in Leeds.", "Jessica"),
    ("Hello, I'm Sue, mother to our Daniel, he's 22. He lives with me and my husband Rob, Rob works nights.",
     "Daniel"),
])
def test_the_person_a_parent_is_mum_to_is_named_never_the_parents_partner(structurer, said, name):
    """ "I'm Karen, mum to our Bethany, …; she lives with me and my partner Steve" named Beth "Steve" (her
    mum's partner) on nine forms: the worst wrong fill, a wrong name on every form."""
    assert named(structurer.structure([said], teller="carer")) == [name]


def test_a_short_name_said_with_the_surname_gives_the_full_name(structurer):
    profile = structurer.structure(["I'm Donna, mum to our Kayleigh, Kay for short, Kay Whitlock. She's 19."],
                                   teller="carer")
    assert named(profile) == ["Kayleigh Whitlock"]


@pytest.mark.parametrize("said, allergen", [
    ("I am allergy for penicillin, my face become swollen.", "penicillin"),
    ("I'm allergy to codeine, I get very sick.", "codeine"),
    ("My husband say I am allergy with latex gloves.", "latex gloves"),
    ("we are allergy for nuts, all the family.", "nuts"),
])
def test_am_before_allergy_is_no_allergen(structurer, said, allergen):
    """ "I am allergy for aspirin, my lips become big" (English a second language) gave the allergy "am", on
    five forms, and "am" as the medicine a council referral asks to avoid."""
    profile = structurer.structure([f"I have asthma. {said}"])
    assert [text for text, _, _ in of(profile, "allergies")] == [allergen]
