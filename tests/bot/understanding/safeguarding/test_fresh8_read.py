"""What the eighth fresh held-out set's writer (session 23) wrote and the detector missed, read and heard again in new
words (the set is marked read in data/safeguarding/README.md): abuse told only by what it leaves (bruises explained away,
hit where nobody can see, cover-up worn), self-harm told as a habit to stop, money taken by one trusted with it, a carer
who is not gentle, meals not bothered with in Scots, and abuse long ago told for the first time. The near misses beside
each stay quiet."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built


@pytest.fixture(scope="module")
def detector():
    return built()


HEARD = [
    ("self_harm", "the practice nurse dressed my arm again this week. i know i have to stop doing this to myself"),
    ("domestic_abuse", "he makes sure he only ever hits me where nobody can see"),
    ("domestic_abuse", "hes never punched me in the face cos folk would notice, its my stomach he goes for"),
    ("domestic_abuse", "i always have a story ready to explain the bruises, walked into a door, slipped on the step"),
    ("domestic_abuse", "hes fine mostly, its just when i get his tea wrong i end up wearing polo necks in july"),
    ("financial_abuse", "my sister is our mums attorney and shes been spending mums pension on her own holidays"),
    ("financial_abuse", "my nephew does my cash machine runs but he always draws out more than i asked for"),
    ("care_abuse", "one of the carers is ever so rough, not gentle at all when she washes me"),
    ("neglect", "im no bothering wi my dinners these days, cannae be bothered"),
    ("sexual_abuse", "when i was small my grandad did things to me. i have never told anyone before today"),
    ("sexual_abuse", "my stepfather used to come into my bedroom at night when i was a boy, who would have believed me"),
]


@pytest.mark.parametrize("kind, said", HEARD)
def test_heard(detector, kind, said):
    found = detector.check(said)
    assert kind in found.categories, (said, found.categories)


QUIET = [
    "I spend my pension on my own little treats and why not",
    "my daughter takes out more than i need at the cashpoint and always gives me the change back",
    "my son takes out my money at the cashpoint for me and brings the receipt",
    "the physio is not gentle but it is helping my shoulder",
    "something happened when i was nine, i had counselling and i am at peace with it now",
    "i bruise easily on warfarin so i wear long sleeves",
    "i bruise so easily on my blood thinners that i have a story ready to explain the bruises to the nurses",
]


@pytest.mark.parametrize("said", QUIET)
def test_quiet(detector, said):
    found = detector.check(said)
    assert not found.concern or found.tentative, (said, found.categories)
