"""What the ninth fresh held-out set's writer (session 24) wrote and the detector missed, read and heard again in new
words (the set is marked read in data/safeguarding/README.md): a cut deeper than meant, a compass or a sharpener's
blade used when it gets bad, arms or legs "a mess again", a person left on a commode for hours beside the carers'
own record (each missed before). The near misses beside each stay quiet; and a forms set's "I can't have
anything with codeine in, it makes me sick" is an allergy, no coercive control."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built


@pytest.fixture(scope="module")
def detector():
    return built()


HEARD = [
    ("self_harm", "relapsed on friday, went deeper than normal and its sore and a bit gapey"),
    ("self_harm", "mostly with a compass when things get bad"),
    ("self_harm", "usually with my maths compass when it gets too much"),
    ("self_harm", "me legs are a bit of a mess again, did them saturday"),
    ("care_abuse", "she was left sat on the commode for three hours yesterday"),
    ("care_abuse", "dad was left on the commode for two hours and the care book says they stayed an hour"),
]


@pytest.mark.parametrize("kind, said", HEARD)
def test_heard(detector, kind, said):
    found = detector.check(said)
    assert kind in found.categories, (said, found.categories)


QUIET = [
    "I cant have anything with codeine in, it makes me sick as a dog",
    "the surgeon said the cut went deeper than usual but it has healed well",
    "I need a new compass for my sons maths class",
    "I am reading a book about self harm for my nursing course",
    "my kitchen is a mess again since the builders came",
    # a second reader of the first forms of these rules (session 24)
    "Mum's pressure sore is deeper than before and it keeps bleeding",
    "my leg ulcer is deeper than usual and very sore",
    "my legs are a mess again, the cellulitis is back",
    "he can be left on the loo for half an hour on his own, he likes his privacy",
    "the council wont fix our flat, the kitchen stinks of damp and mice everywhere",
]


@pytest.mark.parametrize("said", QUIET)
def test_quiet(detector, said):
    assert not detector.check(said).concern, said
