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
