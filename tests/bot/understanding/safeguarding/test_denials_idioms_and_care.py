"""Three wrongs a stranger found (issue 17, session 13): a plain denial ("nobody hits me") got the help for domestic
abuse, because the classifier read the harm's words and overruled the rules' denial; "my boss is going to kill me",
a figure of speech, scored 0.41 for suicide and got the Samaritans; and a carer telling what they do ("I do all her
shopping and cleaning", "I have to settle him") got a safety line. A denial is answered gently; the idiom and the
carer's care raise nothing; near twins that tell a harm are still heard."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("said", [
    "nobody hits me",
    "no one hits me",
    "he never hits me",
    "my husband doesnt hit me",
])
def test_a_plain_denial_gets_at_most_the_gentle_word(listening, said):
    found = listening.check(said)
    assert found.categories == [], found
    assert "domestic_abuse" in found.negated, found


@pytest.mark.parametrize("said", [
    "my boss is going to kill me",
    "my boss is gonna kill me if im late again",
    "my teacher is going to murder me, i forgot my homework",
])
def test_someone_else_killing_me_as_a_figure_of_speech_is_not_suicide(listening, said):
    assert "suicidal" not in listening.check(said).categories, listening.check(said)


@pytest.mark.parametrize("said", [
    "I do all her shopping and cleaning",
    "he gets confused in the evenings and I have to settle him",
    "i help him wash and dress in the mornings",
    "we take her to all her appointments and do her meals",
])
def test_a_carer_telling_the_care_they_give_raises_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


@pytest.mark.parametrize("said, category", [
    ("nobody hits me but he takes all my money", "financial_abuse"),
    ("he never hits me, he just locks me in and takes my phone", "coercive_control"),
    ("he is going to kill me, he said so last night", "domestic_abuse"),
    ("i want to die, nobody would miss me", "suicidal"),
    ("i do all her shopping and her son takes her pension every week", "financial_abuse"),
])
def test_a_harm_said_beside_them_is_still_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)
