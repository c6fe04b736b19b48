"""A harm told in the past and then said to be put right now, in so many words, is over (context.put_right_since):
"i wanted to kill myself after my divorce but im loads better now" raised suicidal thoughts by a rule, as it would
said today (session 21, from the tuning files' false alarms). What is said after the words of recovery, or anything
that says it is not over ("but", "still", "again", "creeping back"), is heard as before; and three holes a reader
found beside it: what follows "im fine now" in the same clause was dropped with it, a job lost made a sentence
"about the subject", and another's attempt ("she tried to kill herself") had no rule. Through the product's
detector."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "i wanted to kill myself after my divorce but im loads better now",
    "my dad was self harming after mum went, but now he is much better",
    "I was in a dark place when the twins were born and wanted to die, now I am happy",
    "me brother tried to top himself last year but hes doing great now",
])
def test_a_harm_put_right_since_is_no_alarm(listening, text):
    found = listening.check(text)
    assert found.categories == [], found


@pytest.mark.parametrize("text,kind", [
    # not put right after all
    ("i wanted to kill myself after my divorce, im better now but the thoughts are creeping back", "suicidal"),
    ("i wanted to kill myself after my divorce. im better now. still think about it some nights", "suicidal"),
    # a harm said after the words of recovery, or now
    ("i was low after the op, im ok now. he hits me every day", "domestic_abuse"),
    ("i want to kill myself but im fine now", "suicidal"),  # said now, nothing past
])
def test_what_is_not_put_right_still_alarms(listening, text, kind):
    assert kind in listening.check(text).categories, text


@pytest.mark.parametrize("text,kind", [
    # what follows the words of recovery in one clause (the plain words have no commas)
    ("i was depressed after the baby but im fine now, my husband hits me though", "domestic_abuse"),
    ("i had a breakdown in the spring, im ok now, my son takes my pension every week tho", "financial_abuse"),
    # a job lost is no subject talked about
    ("i wanted to kill myself after i lost my job, im better now but the thoughts are creeping back", "suicidal"),
    ("since i lost my job i just want to die", "suicidal"),
    # another's attempt or wish, told by a carer
    ("she tried to kill herself last year", "suicidal"),
    ("my son keeps talking about ending himself", "suicidal"),
    ("he threatened to hang himself if i leave", "suicidal"),
])
def test_holes_found_beside_it(listening, text, kind):
    assert kind in listening.check(text).categories, text


@pytest.mark.parametrize("text", ["my job is to support people who want to kill themselves",
                                  "she volunteers for a charity for people who have tried to end their lives"])
def test_a_subject_talked_about_is_still_left_to_the_classifier(listening, text):
    assert listening.check(text).categories == [], text


# A second reader of session 21: each of these raised help by a rule before this session's "put right since" and, with
# its first form, none after: "ok", "fine", "safe" say one survived it, not that it is over; something recent is not
# over; another's recovery is not the writer's
@pytest.mark.parametrize("text", [
    "tried 2 kill myself on sat but im ok now",
    "i tried to end my life on sunday, i am ok now",
    "I was try to kill myself last week, now I am fine",
    "i tried to hang myself yesterday, im alright now",
    "i took an od last wk but im fine now",
    "i was going to jump off the bridge yesterday, im ok now",
    "i wanted to kill myself this morning but im ok now",
    "she took an overdose last night, she is fine now",
    "i was raped at the party, im fine now",
    "my husband was punching me all weekend, im ok now",
    "he was threatening me with a knife, im safe now",
    "mum was being hit by her carer, she is safe now",
    "my son was taking my money every week, im ok now",
    "the carers didnt come for 3 days and mum had no food, shes ok now",
    "my son tried to hang himself last week, he is ok now",
    "she tried to kill herself on friday, shes much better now",
    "i wanted to kill myself after my divorce but my daughter is much better now",
    "i tried to kill myself a few days ago but im feeling better now",
])
def test_a_harm_survived_recently_or_someone_elses_recovery_still_alarms(listening, text):
    assert listening.check(text).categories, text


@pytest.mark.parametrize("text", ["she wants to hang them herself but she cant reach the rail",
                                  "he says hell kill himself on that ladder one day",
                                  "a lot of my work is with people who want to kill themselves"])
def test_curtains_a_ladder_and_a_job_are_no_alarm(listening, text):
    assert listening.check(text).categories == [], text


def test_a_threat_to_kill_oneself_with_a_weapon_is_still_heard(listening):
    assert "suicidal" in listening.check("he said he will kill himself with a knife if i leave").categories


# Missed before this session too (a second reader of session 21)
@pytest.mark.parametrize("text,kind", [
    ("he had a knife to my throat, i am okay now, can you help me get a new flat", "domestic_abuse"),
    ("she held the scissors to my neck last night", "domestic_abuse"),
    ("im so tired. do you think anyone would miss me", "suicidal"),
    ("Is it bad that i feel like this? I just want everything to stop.", "suicidal"),
    ("honestly i just want it all to end", "suicidal"),
    ("he doesnt hit me often, im fine", "domestic_abuse"),
    ("my son doesnt take my pension every week, just when hes short", "financial_abuse"),
])
def test_missed_before_now_heard(listening, text, kind):
    assert kind in listening.check(text).categories, text


@pytest.mark.parametrize("text", ["he doesnt hit me anymore", "i want the building work to stop before the weekend",
                                  "i want the pain in my knee to stop"])
def test_a_denial_and_an_ordinary_wish_are_no_alarm(listening, text):
    assert listening.check(text).categories == [], text
