"""Wrong fills a service would act on, found by the twenty-third fresh forms set (its wrong fills read in session 29, its
misses never), fixed in general and tested here in our own wording (the structuring half of them is tested in
tests/bot/understanding/structuring/test_session29_wrong_facts.py)."""
from __future__ import annotations

import pytest

from bot.intake.facts import falls_count


@pytest.mark.parametrize("said, count", [
    ("Ive had a fall, well, two actually, one in the garden in June and one on the stairs in October", 2),
    ("I had a fall, no, three, this year", 3),
    ("I had two falls", 2),
    # two years ago: no fall of the months a form asks about, as facts.falls says (session 32: falls told as long before
    # are left out of the count, "a fall in the garden the summer before last" beside two this October made it none)
    ("I had a fall, well, two years ago now", None),
])
def test_a_count_of_falls_put_right_is_the_one_sent(said, count):
    sections = {"risks": [{"text": said, "status": "current", "about": "subject"}], "health": []}
    assert falls_count(sections) == count


def test_more_said_of_the_one_they_live_with_is_no_one_else(structurer):
    """ "i live with my son Liam hes 24 and has autism" was a household of 3 on three forms."""
    from bot.intake.home_facts import household_size
    sections = structurer.structure(["i live with my son Liam hes 24 and has autism, i look after him"])["sections"]
    assert household_size(sections) == 2, household_size(sections)
    sections = structurer.structure(["I live with my husband and my son"])["sections"]
    assert household_size(sections) == 3, household_size(sections)


def test_a_flat_and_its_building_stay_with_the_street(structurer):
    """ "flat 7 kingsway court 40 anlaby road hull HU3 2LP": the flat and the building were dropped from the address."""
    home = structurer.structure(["my address is flat 7 kingsway court 40 anlaby road hull HU3 2LP"])["sections"]["home"]
    addresses = [str(i.get("value")).lower() for i in home if i.get("kind") == "address"]
    assert addresses and "flat 7 kingsway court" in addresses[0] and "hu3 2lp" in addresses[0], addresses


def test_the_day_of_birth_put_right_in_words_is_the_one_sent(structurer):
    """ "born on the fourteenth of February nineteen forty-one, no, what am I saying, the fifteenth": the 14th was sent."""
    about = structurer.structure(["I was born on the fourteenth of February nineteen forty-one, no, what am I saying, the "
                                  "fifteenth, the fourteenth was my late wife's birthday."])["sections"]["about_me"]
    assert [i["value"] for i in about if i.get("kind") == "date_of_birth"] == ["1941-02-15"], about
