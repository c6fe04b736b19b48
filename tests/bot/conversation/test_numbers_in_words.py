"""A number said in words at a service's number question ("Roughly how many hours a week do you care?"):
a stranger's "about twenty" was refused ("Please answer with a number"). Words, "about", "around",
"roughly", "20ish" and "twenty odd" are taken as the number."""
from __future__ import annotations

from datetime import date

import pytest

from bot.intake import AnswerNotUnderstood
from bot.intake.gaps import Gap, parse_answer

HOURS = Gap(key="caring.hours", section="support_network", type="integer", label="Hours caring a week",
            question="Roughly how many hours a week do you care?", options=(), open=False,
            services=("carers-assessment",))


@pytest.mark.parametrize("reply, hours", [
    ("about twenty", 20), ("around twenty", 20), ("roughly twenty", 20), ("20ish", 20), ("twenty odd", 20),
    ("twentyish", 20), ("twenty-ish hours", 20), ("about 20", 20), ("twenty five", 25), ("thirty-five", 35),
    ("forty hours a week", 40), ("seven", 7), ("about fifteen hours", 15), ("a hundred", 100),
    ("one hundred and twenty", 120), ("a dozen", 12),
])
def test_a_number_in_words_or_roughly_is_taken(reply, hours):
    assert parse_answer(HOURS, reply, date(2026, 12, 3)) == hours


@pytest.mark.parametrize("reply", ["lots", "all day every day", "not sure"])
def test_words_with_no_number_are_still_asked_again(reply):
    with pytest.raises(AnswerNotUnderstood, match="number"):
        parse_answer(HOURS, reply, date(2026, 12, 3))


@pytest.mark.parametrize("reply, hours", [("24/7", 168), ("twenty four seven", 168), ("day and night", 168),
                                          ("round the clock", 168), ("about 6 hours a day", 42),
                                          ("three hours a day", 21)])
def test_hours_said_by_the_day_or_all_the_time_are_a_weeks(reply, hours):
    """A second read: "twenty four seven" was kept as 24 hours a week."""
    assert parse_answer(HOURS, reply, date(2026, 12, 3)) == hours


@pytest.mark.parametrize("reply", ["seven days a week", "every day", "no one", "one and a half"])
def test_days_or_no_number_are_no_hours(reply):
    """A second read: "seven days a week" was kept as 7 hours, "no one" as 1."""
    with pytest.raises(AnswerNotUnderstood, match="number"):
        parse_answer(HOURS, reply, date(2026, 12, 3))
