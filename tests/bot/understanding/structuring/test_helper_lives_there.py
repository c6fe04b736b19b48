"""In a carer's story, where a relative who helps lives, said in the next sentence, is theirs, not the person's
home: "My sister helps with shopping. She lives in Leeds." made Leeds the mum's home (issue 18, session 19). Each
story is written anew."""
from __future__ import annotations

import pytest


def _homes(structurer, parts, subject_name=None):
    profile = structurer.structure(parts, teller="carer", subject_name=subject_name)
    return [(i["text"], i["about"]) for i in profile["sections"]["home"]]


@pytest.mark.parametrize("parts, place", [
    (["Mum is 84 and has Parkinson's. My sister does the shopping for us. She lives in Sheffield."], "Sheffield"),
    (["My nan is 91, she's very frail. My aunt pops in on Tuesdays. She lives about ten miles away in Rotherham."],
     "Rotherham"),
    (["Dad's got dementia and I'm his main carer. My brother helps at weekends. He lives in Carlisle now."],
     "Carlisle"),
])
def test_where_a_relative_who_helps_lives_is_not_the_persons_home(structurer, parts, place):
    assert not [text for text, about in _homes(structurer, parts) if place in text and about == "subject"]


@pytest.mark.parametrize("parts, place", [
    (["My mum is 86 and has dementia. She lives in Sheffield on her own."], "Sheffield"),
    (["Mum has COPD. My sister visits her on Sundays. She lives in Rotherham in a bungalow."], "Rotherham"),
])
def test_where_the_person_lives_is_still_their_home(structurer, parts, place):
    assert [text for text, about in _homes(structurer, parts) if place in text and about == "subject"]
