"""Short, plain messages (issue 17): a tuning batch of them (data/safeguarding/tuning_short.tsv) scored
331/360 disclosures on its first run. What it showed, each on phrasings not in the batch: typing made
plain ("again" was read "againg" and "his" as "hi", so no rule with "his" ever matched; "want 2 die";
"cnt"), and the ways of saying each concern the rules missed. Through the product's detector."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding.typed import lemma, plain_words


def test_typing_made_plain():
    assert plain_words("he did it again, wants 2 die, cnt cope, dosent care") == [
        "he", "did", "it", "again", "wants", "to", "die", "can", "not", "cope", "does", "not", "care"]
    assert plain_words("im lookin after him") == ["i", "am", "looking", "after", "him"]
    assert plain_words("2 times a day") == ["2", "times", "a", "day"]  # a number stays a number
    assert [lemma(w) for w in ("his", "this", "putting", "stabbed", "added", "falling")] == [
        "his", "this", "put", "stab", "add", "fall"]


@pytest.mark.parametrize("text, kind", [
    ("what is the point of living", "suicidal"),
    ("i want everything to stop forever", "suicidal"),
    ("i have the urge to hurt myself again", "self_harm"),
    ("he wallops me", "domestic_abuse"),
    ("i have to walk on eggshells round him", "coercive_control"),
    ("my nephew has bled me dry", "financial_abuse"),
    ("the care staff laugh at her", "care_abuse"),
    ("i could do her harm, im that tired", "carer_breaking_point"),
    ("i thought about a pillow over her face", "carer_breaking_point"),
    ("my ex is outside the flat again", "not_safe_at_home"),
    ("they promised me a job and now i am stuck here", "exploitation"),
])
def test_said_short_and_plain(listening, text, kind):
    assert kind in listening.check(text).categories, listening.check(text)


# Not here, because they still alarm (the classifier alone, learnt from the batch's near twins): "i hit my head
# again on the cupboard" (self harm, 0.61, with a rule for hitting one's head again), "he is outside the house
# mowing the lawn" (not safe at home, 0.77), "he is outside the shop waiting for me" (0.53), "my son is outside in
# the car" (0.75; before this batch they alarmed too, as domestic or care abuse). Recall first; false alarms stay
# the open half of issue 17.
@pytest.mark.parametrize("text", ["i cut my finger cooking tea", "what is the point of this form",
                                  "the carers laugh with her, she loves them", "i want the noise to stop"])
def test_ordinary_words_near_them_get_no_alarm(listening, text):
    assert listening.check(text).categories == [], listening.check(text)
