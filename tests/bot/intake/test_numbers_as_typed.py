"""Numbers typed the way people type (a stranger on the stack, session 41): "part time 2 start, 16 hrs?" at "Hours you
would like to work each week" went to Employment support as 2 hours: the "2" was "to". The hours said as hours, and a
"2" or "4" typed for "to" or "for" where another number is said, are read as they are meant."""
from __future__ import annotations

from datetime import date

import pytest

from bot.intake.gaps import Gap, parse_answer

HOURS = Gap(key="work.hours_wanted", section="work_money", type="integer", label="Hours you would like to work each week",
            question="How many hours a week would you like to work?", options=(), open=False, services=("employment-support",))
COUNT = Gap(key="home.household_size", section="home", type="integer", label="Number of people living in the home",
            question="How many people live in your home?", options=(), open=False, services=("housing-needs",))


@pytest.mark.parametrize("gap, said, meant", [
    (HOURS, "part time 2 start, 16 hrs?", 16),
    (HOURS, "16 hours to start", 16),
    (HOURS, "about 20", 20),
    (HOURS, "4 hours a day", 28),  # a day, as before
    (COUNT, "4 of us, me n 2 kids n my partner", 4),
])
def test_the_number_meant(gap, said, meant):
    assert parse_answer(gap, said, date(2026, 12, 7)) == meant
