"""Ordinary messages that got the urgent help (issue 17, session 12): a question about who will see what is
told, a goal to bathe again without fear, a figure of speech about the boss, a wish to keep one's job. Each
kind beside near twins that tell a harm and must still be heard. The strangers' own words are in
data/safeguarding/tuning_answers.tsv and tuning_voices3.tsv; the variants here are not."""
from __future__ import annotations

import pytest

STRANGERS = [
    "Who will see this? I dont want Gary to get in trouble",  # got the Samaritans
    "i want to have a bath again without being frightened",  # got the Samaritans
    "my boss is going to murder me lol",
    "I want to keep my job",  # got the modern slavery helpline
    "help to keep my job",
]

# Their kind, said otherwise (none of these is in the corpus).
VARIANTS = [
    "who can see this? i dont want my son in trouble",
    "Will anyone else read this? I don't want my daughter to get into trouble.",
    "I'd like to have a shower again without being frightened",
    "to get in the bath again without being scared",
    "My boss is going to murder me",
    "my boss will kill me",
    "my manager is gonna kill me lol",
    "I want to keep my job and my flat",
    "i just want to keep my job",
]


@pytest.mark.parametrize("said", STRANGERS + VARIANTS)
def test_an_ordinary_message_raises_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


@pytest.mark.parametrize("said, category", [
    ("who can see this? i dont want my son in trouble but he hits me", "domestic_abuse"),
    ("i dont want to have a bath ever again, i want to die", "suicidal"),
    ("my husband is going to kill me, he said so last night", "domestic_abuse"),
    ("i want to keep my job but my boss took my passport and doesnt pay me", "exploitation"),
    ("my boss will kill me if i tell anyone he keeps my passport", "exploitation"),
])
def test_a_near_twin_that_tells_a_harm_is_still_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)

