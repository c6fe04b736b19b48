"""Ordinary answers to the assistant's questions raise no alarm (issue 17): strangers trying the
running stack got the crisis-help reply for "i'd rather not say", "he owns it", an address, "don't
know", a goal and a question about their data. A crisis reply to an ordinary answer makes people
distrust the product. Through the product's detector; each kind beside near twins that must still be
heard. The stranger's own words are in data/safeguarding/tuning_answers.tsv; the variants are not."""
from __future__ import annotations

import pytest

STRANGERS = [
    "i'd rather not say",
    "he owns it",
    "14 Acacia Avenue, Leeds LS6 2AB",
    "only my health and the work stuff",
    "don't know",
    "i want to stay in my own home and be abel to get in the bath again",
    "who got my stuff",
    "She wants to get out to the shops and to chapel",
    # a third stranger, later (2026-12-03)
    "i havent been here before, im new",
    "let my brother dave see my referrals",
    "I can not hear well on the left side. Please write to me rather than telephone",
    "to keep looking after Ron at home",
]

# Their kind, said otherwise (none of these is in the corpus).
VARIANTS = [
    "i would rather not tell you that",
    "dont know sorry",
    "no idea mate",
    "cant remember to be honest",
    "my wife owns the house",
    "he owns the bungalow",
    "15 Ferndale Road, Bridgend CF31 1AA",
    "flat 7, 3 Bridge Street",
    "07700 900555",
    "only my health stuff and my job",
    "just the stuff about my medication",
    "who has got my stuff now",
    "what happened to my details",
    "he wants to get out to the pub and to the football",
    "i want to be able to get in the shower again and stay in my flat",
    "to get to the chapel on a Sunday",
]


@pytest.mark.parametrize("said", STRANGERS + VARIANTS)
def test_an_ordinary_answer_raises_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


@pytest.mark.parametrize("said, category", [
    ("i'd rather not say, i just want to die", "suicidal"),
    ("he owns it and he hits me when i ask for anything", "domestic_abuse"),
    ("dont know, ive been cutting myself again", "self_harm"),
    ("she wants to get out to the shops but her son locks her in the house", "coercive_control"),
    ("my nephew got my pension card and takes all my money", "financial_abuse"),
])
def test_a_near_twin_that_tells_a_harm_is_still_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)


# An answer that does not know or will not say, then a harm after a comma: the "not" is the answer's,
# not the harm's (these were taken as denials, and got only the gentle word).
@pytest.mark.parametrize("said, category", [
    ("no idea, she locks me in my room", "coercive_control"),
    ("not sure, my carer slaps me", "care_abuse"),
    ("dont know, he hits me", "domestic_abuse"),
])
def test_a_harm_after_an_answer_that_does_not_know_is_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)


@pytest.mark.parametrize("said, category", [
    ("No, he has never hit me", "domestic_abuse"),
    ("nobody hits me, i am fine", "domestic_abuse"),
])
def test_a_denial_with_a_comma_is_still_a_denial(listening, said, category):
    found = listening.check(said)
    assert found.categories == [] and category in found.negated, found


@pytest.mark.parametrize("text", [
    # A question about one's data that names someone, or harm, is heard in full (a second read of
    # 34c86d5: these got no help once such questions were judged by the rules alone).
    "what if he finds my notes he will kill me",
    "has my carer been taking my stuff",
])
def test_a_question_about_my_data_with_someone_or_harm_in_it_is_heard(listening, text):
    assert listening.check(text).categories


@pytest.mark.parametrize("text", [
    # A question about one's data, then something told of oneself: the telling is heard (a second read
    # of 48ed1f3: judged by the rules alone, these got no help though the classifier was sure; no rule
    # hears them).
    "where did my info go i am not safe here",
    "can i get my records i was beaten last night",
    "will my notes say i am being hurt",
    "can i see my notes i keep getting hurt",
])
def test_a_question_about_my_data_then_a_disclosure_is_heard(listening, text):
    assert listening.check(text).categories, listening.check(text)


@pytest.mark.parametrize("text", ["my mum said i could do this for her", "my dad wanted me to fill this in for him",
                                  "My aunt said its fine for me to do this, she cant use the phone"])
def test_a_carer_saying_they_may_tell_the_story_is_no_alarm(listening, text):
    """A carer's first words, "my mum said i could do this for her", got the Samaritans in full (the
    classifier, 0.50): permission to tell the story, written in many voices, is in the tuning answers."""
    assert listening.check(text).categories == []


@pytest.mark.parametrize("text", ["mum said i could have her tablets if i wanted, she doesnt want to be here any more",
                                  "my landlord said i could pay the rent another way and he keeps coming round"])
def test_said_i_could_with_a_harm_is_still_heard(listening, text):
    assert listening.check(text).categories


# A guess at an answer: "74 i think", typed by a stranger at the carer's name question (session 19), got the
# Samaritans in full (the classifier alone, 0.34: thoughts of suicide are never quietened at an answer).
@pytest.mark.parametrize("said", ["74 i think", "about 80 i reckon", "shes 91 or 92 i think", "eighty i guess",
                                  "probably 67", "i think its Doreen", "Jim i believe", "around 70 ish"])
def test_a_guess_at_an_answer_raises_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


@pytest.mark.parametrize("said, category", [
    ("74 i think, i just want to die", "suicidal"),
    ("i think i want to end it", "suicidal"),
    ("i reckon hes hitting her", "domestic_abuse"),
])
def test_a_guess_with_a_harm_is_still_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)
