"""What the sixteenth fresh held-out set's writer (session 31) wrote and the detector missed, read and heard again in our
own words (the set is marked read in data/safeguarding/README.md): "like ending it" as the whole answer; an app on the
phone that lets him see every message, with a laugh; a relative's money spent on one's own mortgage; a pension collected
and never seen; cheques for work never done; bruises the shape of fingers in a care home; food locked away as a
punishment; extra sleeping tablets to make someone less work; a child nobody remembers to feed; a carer who would leave
her mother at A&E and not come back. Then rule-raised false alarms from the set, each alarmed before: help with money or
a password asked for; a passport kept in a safe because things get lost; a question about the signs of self-neglect; a
scratch from a rose bush; a temper lost with the council; a friend's son lost to suicide."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built


@pytest.fixture(scope="module")
def detector():
    return built()


HEARD = [
    ("suicidal", "feeling like ending it"),
    ("coercive_control", "my partner put a tracker on my phone so she can see every text i send haha"),
    ("financial_abuse", "my sister has been using mums money to pay for her own holidays"),
    ("financial_abuse", "My grandson collects my pension for me and I never see any of it."),
    ("financial_abuse", "a man keeps getting dad to write cheques for work on the driveway that never gets done"),
    ("care_abuse", "Mum is in a nursing home and she has bruises shaped like fingers on both arms"),
    ("care_abuse", "the staff at his supported living lock the fridge as a punishment"),
    ("care_abuse", "the night carer gives my husband extra sleeping pills so he's less bother"),
    ("child_at_risk", "my dad forgets to feed us when hes drinking, my sister is 4"),
    ("carer_breaking_point", "some days I want to leave him at the hospital and never come back"),
]


@pytest.mark.parametrize("kind, said", HEARD)
def test_heard(detector, kind, said):
    assert kind in detector.check(said).categories, said


QUIET = [
    "My daughter draws my pension out of the post office for me on Thursdays because my legs are bad.",
    "my grandson reads my emails to help me with them, i asked him to",
    "My son keeps my will in the safe at his house because I forget where I put things.",
    "What are the signs of neglect? I have just started volunteering with a befriending charity.",
    "I caught my hand on a bramble in the garden and it bled a bit",
    "I lost my temper with the DWP on the phone today, an hour on hold",
    "My cousin lost his son to suicide two years ago and I want to help him through the anniversary",
    "my son put an app on my phone for the bus times",
    "my daughter put the nhs app on my phone so i can see my test results",
]


@pytest.mark.parametrize("said", QUIET)
def test_quiet(detector, said):
    assert not detector.check(said).concern, (said, detector.check(said).categories)


# the same words, with the harm said: still heard
STILL_HEARD = [
    ("financial_abuse", "My son takes my pension out for me but I never see any of it"),
    ("suicidal", "My friend lost her son to suicide last year and I want to die too"),
    ("carer_breaking_point", "I lost my temper with the council and then with dad, i pushed him"),
    ("coercive_control", "my son keeps my passport in his safe and wont give it me"),
]


@pytest.mark.parametrize("kind, said", STILL_HEARD)
def test_still_heard(detector, kind, said):
    assert kind in detector.check(said).categories, said


# a second reader's regressions of the first forms of these readings (session 31): each alarmed before them, and again
SECOND_READER_HEARD = [
    ("suicidal", "she lost her daughter to suicide and now she says she wants to die"),
    ("suicidal", "my mate lost his brother to suicide and hes talking about ending it himself"),
    ("suicidal", "lost my boy to suicide, whats the point in anything now"),
    ("suicidal", "i lost my son to suicide"),
    ("not_safe_at_home", "i am not in a safe place at home"),
    ("carer_breaking_point", "lost my temper with the council and then i hit dad"),
    ("carer_breaking_point", "i lost my temper with the bank then i shook dad"),
    ("self_harm", "i scratched my arm on a nail again, i do it to feel something"),
    ("self_harm", "i cut my arm on the glass deliberately"),
    ("coercive_control", "i gave him my password because i forget, he now checks my messages and tells me who i can talk to"),
    ("coercive_control", "he does my banking because i forget, he wont let me see the statements"),
]


@pytest.mark.parametrize("kind, said", SECOND_READER_HEARD)
def test_a_second_reader_still_heard(detector, kind, said):
    assert kind in detector.check(said).categories, (said, detector.check(said).categories)


SECOND_READER_QUIET = [
    "i feel like ending it with my boyfriend hes useless",
    "I moved in with my daughter so Id be less trouble for her",
    "the doctor gave me more sleeping tablets",
    "mum forgets to feed her fish",
    "the carers lock the kitchen at night so dad doesnt leave the gas on",
    "i use dads money to pay for his own carers",
    "i need money, i cant work, ive never done nothing wrong",
    "my pension is tiny and i hardly get any of it left after bills",
    "we left dad at the hospital overnight and did not go back until the morning",
]


@pytest.mark.parametrize("said", SECOND_READER_QUIET)
def test_a_second_reader_quiet(detector, said):
    assert not any(h.raised for h in detector.evidence(said)), (said, detector.check(said).categories)

