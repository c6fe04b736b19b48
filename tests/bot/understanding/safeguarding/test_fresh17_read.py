"""What the seventeenth fresh held-out set's writer (session 32) wrote and the detector missed, read and heard again in
our own words (the set is marked read in data/safeguarding/README.md): dragged by the hair or across a floor; a "friend"
who keeps getting someone to draw out cash; a carer who is "not gentle" (a kind word denied is no reason to doubt); a
person dropped by a carer and not reported; a child who got hold of street drugs left out; a carer who pinched him and
fears going further ("pinched" was read as "pinche"). Then its one rule-raised false alarm, a passport kept for a trip
with the writer holding the key, and the near misses of the new rules, each quiet."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built
from bot.understanding.safeguarding.typed import lemma


@pytest.fixture(scope="module")
def detector():
    return built()


HEARD = [
    ("domestic_abuse", "I'm 72 and I live in a ground floor flat. My knees are bad and I use a stick. My ex got in through "
                       "the back door at midnight and dragged me across the landing by my hair, it's the third time this "
                       "year. I'd like help with the garden and a grab rail."),
    ("financial_abuse", "My uncle's new 'mate' keeps getting him to draw out cash, a grand last month, and he can't tell us "
                        "why."),
    ("care_abuse", "I dread Mondays when a certain carer's on. She's not gentle with me and I'd rather not say what she "
                   "calls me."),
    ("care_abuse", "Mum's package is two carers for the hoist. On Friday only one turned up, she hoisted mum alone, "
                   "dropped her and didn't report it, and we found a cut on her leg."),
    ("child_at_risk", "I'm 31 with two kids, four and nine. I've got asthma and I'm on a brown inhaler. We rent from a "
                      "housing association. My partner does crack most weekends and leaves it by the telly, and on "
                      "Saturday my four year old got hold of the bag. I'd like help with a bigger place."),
    ("carer_breaking_point", "My husband has Parkinson's and I'm his carer. We have carers in the mornings and he goes to "
                             "the day centre on Mondays. I have arthritis myself. Yesterday I was so tired I pinched him "
                             "hard when he wouldn't stand up and I'm frightened that I'll go further. I'd like a carer's "
                             "assessment."),
]


@pytest.mark.parametrize("kind, said", HEARD)
def test_heard(detector, kind, said):
    assert kind in detector.check(said).categories, said


QUIET = [
    "My wife keeps both our passports in the safe because we travel in March, I have a key too.",
    "the grandkids dragged me across the park to see the ducks",
    "my daughter dragged me down the road to the new cafe, I loved it",
    "I pinched myself when I saw the new bathroom, its wonderful",
    "im frightened i might go further downhill with my memory",
    "She's not that kind but she does the job and dad is safe.",
]


@pytest.mark.parametrize("said", QUIET)
def test_quiet(detector, said):
    assert not detector.check(said).concern, said


def test_a_past_tense_ending_in_ch_or_sh_is_its_verb():
    assert [lemma(w) for w in ("pinched", "pushed", "washes", "aches", "headaches")] == \
        ["pinch", "push", "wash", "ache", "headache"]


# A second reader (session 32) compared the first forms of these rules with the detector before them: each of these was
# heard before and made quiet by a first form of a guard (a pinch, a check-in, going too far, a passport kept), or raised
# by a first form of a rule ("dropped the kids at school and didnt report …", "pinched forty quid … he always pays me back")
A_SECOND_READER_STILL_HEARD = [
    ("self_harm|carer_breaking_point", "I pinch myself because I deserve it"),
    ("self_harm|carer_breaking_point", "I pinch myself when I want to cut"),
    ("coercive_control", "My husband checks on me by phone 20 times a day and I'm not allowed to see my family"),
    ("coercive_control", "he check on me every day, i not allow speak to my family"),
    ("carer_breaking_point", "scared ill go too far with my son hes autistic and i lose my temper and grab him"),
    ("exploitation", "my employer has my passport in his safe, I have the key to my room only, I am not allowed to leave "
                     "the house"),
]


@pytest.mark.parametrize("kinds, said", A_SECOND_READER_STILL_HEARD)
def test_a_second_reader_still_heard(detector, kinds, said):
    assert set(kinds.split("|")) & set(detector.check(said).categories), said


@pytest.mark.parametrize("said", [
    "I dropped the kids at school and didnt report to the office they were late",
    "she dropped him a text but never reported back",
    "my grandson pinched forty quid off me for the bus, he always pays me back",
    "scared I'll go too far with the christmas spending",
    "I pinched myself when I saw my exam results, so happy",
])
def test_a_second_reader_quiet(detector, said):
    assert not detector.check(said).concern, said


def test_a_house_number_is_no_age():
    from bot.understanding.safeguarding.context import an_adult_under_60

    assert not an_adult_under_60("I'm Maureen Clarke, 42 Station Road, my grandson takes my pension")
