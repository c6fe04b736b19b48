"""An age said again later with "now" ("oops im seventy eight now", "Correction: she's ninety one now") is the age,
not the one said first: the first age was kept whatever came after (issue 18, session 19). Written anew."""
from __future__ import annotations

import pytest


def _ages(structurer, parts, teller="self"):
    profile = structurer.structure(parts, teller=teller)
    return [i["value"] for i in profile["sections"]["about_me"] if i.get("kind") == "age"]


@pytest.mark.parametrize("parts, teller, age", [
    (["I'm 77 and I live in a bungalow.", "oops im seventy eight now, birthday was yesterday"], "self", 78),
    (["Mum is 90 and has dementia.", "Correction: she's ninety one now."], "carer", 91),
    (["I am 66. I have COPD.", "Actually I'm 67 now."], "self", 67),
])
def test_an_age_said_again_now_is_the_age(structurer, parts, teller, age):
    assert _ages(structurer, parts, teller) == [age]


def test_one_age_said_once_stays(structurer):
    assert _ages(structurer, ["I'm 70 now and I had a stroke when I was 65."]) == [70]
