"""Words a third fresh held-out set (heldout_fresh3.yml, session 20) saw filed in the wrong section, written anew in
other words and voices: a place called Walker read as a walking frame; feeling flat read as a flat to live in; weed
smoked read as tobacco."""
from __future__ import annotations

import pytest


def _items(structurer, parts, teller="self", sections=("health",)):
    profile = structurer.structure(parts, teller=teller)
    return {(section, i["text"], i["status"], i["about"]) for section in sections for i in profile["sections"][section]}


# a place called Walker, Frame or Chair: where someone is from, not a walking aid
@pytest.mark.parametrize("said", [
    "hi im Kayleigh, 31, from Walker",
    "Born and bred in Walker, me.",
    "I live in Walker now, near the shops.",
])
def test_a_place_is_no_walking_aid(structurer, said):
    items = _items(structurer, [said], sections=("daily_living",))
    assert not {t for t in items if "walker" in t[1].lower()}


def test_a_walker_to_walk_with_is_still_an_aid(structurer):
    items = _items(structurer, ["I use a walker round the house since my fall."], sections=("daily_living",))
    assert {t for t in items if "walker" in t[1].lower()}


# feeling flat is a mood, not a home
@pytest.mark.parametrize("said", [
    "I've felt a bit flat since Christmas.",
    "been feeling really flat n tired lately",
    "He seems very flat in himself these days.",
])
def test_feeling_flat_is_no_flat(structurer, said):
    items = _items(structurer, [said], sections=("home",))
    assert not items


def test_a_flat_lived_in_is_still_home(structurer):
    assert _items(structurer, ["I feel safe in my flat on the ground floor."], sections=("home",))


# weed smoked is no tobacco
@pytest.mark.parametrize("said", [
    "I smoke weed most nights to help me sleep.",
    "smokes cannabis every day, has done since school",
    "i smoke a bit of skunk at weekends",
])
def test_smoking_weed_is_no_tobacco(structurer, said):
    assert not {t for t in _items(structurer, [said]) if t[1] == "smoking"}


def test_tobacco_is_still_smoking(structurer):
    assert {t for t in _items(structurer, ["I smoke twenty a day and I know I should stop."]) if t[1] == "smoking"}


def _own_work(structurer, parts, teller="self"):
    return {t for t in _items(structurer, parts, teller, sections=("work_money",)) if t[3] == "subject"}


# "work" as making a thing go, a body not working, or work that is someone else's: no job of the person's
@pytest.mark.parametrize(("said", "teller"), [
    ("I can't work the remote for the telly any more", "self"),
    ("She can't work the washing machine now, she forgets which button.", "carer"),
    ("cant work the new phone my son got me", "self"),
    ("her kidneys aren't working like they should", "carer"),
    ("me legs dont work like they used to", "self"),
    ("Her heart is not working right, the doctor said.", "carer"),
    ("She gets lonely in the afternoons when everybody is at work.", "carer"),
    ("i sit with him wen mum is at work", "carer"),
    ("I'm on my own all day while the family are working", "self"),
    ("gran has him til my dads back from work", "carer"),
])
def test_work_that_is_no_job_of_theirs(structurer, said, teller):
    assert not _own_work(structurer, ["It's about my nan." if teller == "carer" else "Hi.", said], teller)


@pytest.mark.parametrize(("said", "teller"), [
    ("I can't work since my stroke.", "self"),
    ("I work nights at the hospital.", "self"),
    ("she cant work since her fall", "carer"),
    ("I work the night shift at the depot.", "self"),
    ("Still working part time at the Co-op when my back lets me.", "self"),
])
def test_the_persons_own_work_is_still_read(structurer, said, teller):
    assert _own_work(structurer, ["It's about my nan." if teller == "carer" else "Hi.", said], teller)
