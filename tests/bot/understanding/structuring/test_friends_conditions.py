"""A friend's, a mate's or a colleague's condition is theirs (`family`, about them), never the person's: a second
fresh held-out set (heldout_fresh2.yml, session 19) gave a teller their mate's diabetes. Each sentence is written
anew, in many voices (none is the set's own)."""
from __future__ import annotations

import pytest


def _the_persons(structurer, parts, teller="self", subject_name=None):
    profile = structurer.structure(parts, teller=teller, subject_name=subject_name)
    return {(i["text"], i["status"]) for section in ("health", "medications") for i in profile["sections"][section]
            if i["about"] == "subject"}


@pytest.mark.parametrize("said, term", [
    ("My best friend has epilepsy so I know what to do if she has a fit.", "epilepsy"),
    ("Me pal Dave's got COPD and I take him to the pub quiz on Thursdays.", "copd"),
    ("A colleague of mine has MS and we share a lift to work.", "multiple sclerosis"),
    ("i've got a mate with parkinsons who comes to the allotment wiv me", "parkinson's"),
    ("one of my friends is diabetic so we always eat at set times when we go out", "diabetes"),
    ("My oldest friend Maureen has dementia now and I visit her on Sundays.", "dementia"),
    ("my mucker Gaz has had a stroke so i drive him about", "stroke"),
    ("I sit with me neighbour Bill, he's got cancer, most afternoons.", "cancer"),
    ("my work friend suffers with migraines and I cover her shifts", "migraine"),
    ("a good friend of mine has bipolar so I know the signs.", "bipolar disorder"),
])
def test_a_friends_condition_is_not_the_persons(structurer, said, term):
    assert not {t for t in _the_persons(structurer, ["I'm 41 and I work in a call centre.", said]) if t[0] == term}


def test_a_friend_named_before_keeps_the_condition_said_of_them_later(structurer):
    parts = ["My best mate is Kieran, we go back years.", "Kieran is type 1 diabetic so I keep sweets in the car."]
    assert not {t for t in _the_persons(structurer, parts) if "diabetes" in t[0]}


def test_the_persons_own_condition_said_beside_a_friend_stays_theirs(structurer):
    assert ("asthma", "current") in _the_persons(structurer, ["I have asthma and my best friend helps me with my shopping."])
    assert ("epilepsy", "current") in _the_persons(structurer, ["My friend drove me to A&E when I had a fit, I have epilepsy."])


