"""A second fresh held-out set (heldout_fresh2.yml, session 19) gave the person six conditions and medicines
nobody said were theirs. Four of its causes, each written anew here in other words and voices (none is the set's
own): a verb or another sense of "stroke"; a star sign read as cancer; a pacemaker who sets the pace in a race; "no
tablets" (one negated item, as the gold writes it). A friend's condition: test_friends_conditions.py."""
from __future__ import annotations

import pytest

TERMS = ("health", "medications")


def _terms(structurer, parts, teller="self", subject_name=None):
    profile = structurer.structure(parts, teller=teller, subject_name=subject_name)
    return {(section, i["text"], i["status"], i["about"]) for section in TERMS for i in profile["sections"][section]}


@pytest.mark.parametrize("said", [
    "I like to stroke the dog when I'm anxious, it calms me.",
    "Stroking my cat Bella is the best part of my day.",
    "i give the dog a good stroke every morning before work",
    "The grandkids love to stroke the horses at the farm.",
    "It was a stroke of genius from my daughter to get me the tablet.",
    "Moving here was a real stroke of good fortune.",
    "I swim breast stroke at the leisure centre twice a week.",
    "I can only do back stroke because of my neck.",
    "She stroked my hand and told me it would be ok.",
])
def test_stroke_in_another_sense_is_no_stroke(structurer, said):
    assert not {t for t in _terms(structurer, [said]) if t[1] == "stroke"}


@pytest.mark.parametrize("said", [
    "I had a stroke the year before last and my left side is weak.",
    "Since my stroke I can't use my right hand.",
    "Dad had a stroke and now I stroke his hair when he's upset.",
])
def test_a_real_stroke_is_still_read(structurer, said):
    assert {t for t in _terms(structurer, [said]) if t[1] == "stroke"}


@pytest.mark.parametrize("said", [
    "I'm a Cancer so I love being at home with a cuppa.",
    "im a cancer n proud, home bird through and through",
    "My star sign is Cancer, for what it's worth.",
    "my sign is Cancer so I worry about everything",
    "Being a Cancer star sign I like my home comforts.",
    "I'm a typical Cancer, moody but loyal.",
    "I'm a Cancer and my husband is a Leo so we clash!",
])
def test_a_star_sign_is_no_cancer(structurer, said):
    assert not {t for t in _terms(structurer, [said]) if "cancer" in t[1]}


@pytest.mark.parametrize("said", [
    "I had cancer in 2019 and I'm in remission now.",
    "I'm a cancer survivor and I run for the charity.",
    "My sign is on the door. I have bowel cancer.",
])
def test_a_real_cancer_is_still_read(structurer, said):
    assert {t for t in _terms(structurer, [said]) if "cancer" in t[1]}


@pytest.mark.parametrize("said", [
    "I'm the pacemaker for the 30 minute group at parkrun most Saturdays.",
    "I volunteer as a pacemaker at the Sunday 10k.",
    "i was pacemaker for the sub 4 hour runners at the marathon",
    "On Saturdays I'm one of the pacemakers at our running club.",
])
def test_a_pacemaker_in_a_race_is_no_pacemaker(structurer, said):
    assert not {t for t in _terms(structurer, [said]) if "pacemaker" in t[1]}


@pytest.mark.parametrize("said", [
    "I had a pacemaker fitted last year and I still do parkrun.",
    "I've got a pacemaker so I walk the 5k at the back.",
])
def test_a_fitted_pacemaker_is_still_read(structurer, said):
    assert {t for t in _terms(structurer, [said]) if "pacemaker" in t[1]}


@pytest.mark.parametrize("said", ["No health problems, no tablets.", "no health issues n no meds", "Not on any pills."])
def test_no_medicines_said_is_one_negated_item_as_the_gold_writes_it(structurer, said):
    """The tuning gold writes "I don't take any medication" as `medicines @negated` (data/structuring/stories.yml):
    never a medicine taken, and nothing in health."""
    profile = structurer.structure([said])
    assert all(i["status"] == "negated" for i in profile["sections"]["medications"])
    assert not profile["sections"]["health"]


@pytest.mark.parametrize("text, term", [("My dad had a cancer and is having chemo.", "cancer"), ("I've had a cancer.", "cancer"),
                                        ("I had a right side stroke in 2019.", "stroke"),
                                        ("I had a left side stroke last year", "stroke"),
                                        ("I had two strokes my left arm is weak", "stroke")])
def test_the_condition_itself_is_kept(structurer, text, term):
    """A second reader (session 19): the other senses had taken these for a star sign or a stroke of the hand."""
    profile = structurer.structure([text])
    assert any(term in i["text"].lower() for i in profile["sections"]["health"]), profile["sections"]["health"]
