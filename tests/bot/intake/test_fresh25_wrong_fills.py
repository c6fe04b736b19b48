"""Wrong fills found by the twenty-fifth fresh forms set (session 31), fixed in general and tested in our own words: a fall
told with a year before last ("I fall from ladder at work in 2023 … now is OK", told in 2026) was a fall in the last
twelve months; an aid refused ("He won't use the walking frame") was an aid used; a medicine talked of with nothing
started was a medicine taken."""
from __future__ import annotations

from datetime import datetime, timezone

from bot.intake import facts

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


def test_a_fall_in_a_year_before_last_is_no_fall_in_the_last_twelve_months(structurer):
    sections = structurer.structure(["I fell off a ladder at work in 2022 and broke my ankle, it is fine now."])["sections"]
    assert facts.read_fact("falls", sections, NOW) is None
    assert facts.falls(sections) is True  # without a clock, as before: a fall is told


def test_a_fall_this_year_or_last_is_still_a_fall(structurer):
    for said in ("I had a fall in the garden in March 2026.", "I fell in the kitchen in December 2025.",
                 "I fell in 2021 and again last month."):
        sections = structurer.structure([said])["sections"]
        assert facts.read_fact("falls", sections, NOW) is True, said
