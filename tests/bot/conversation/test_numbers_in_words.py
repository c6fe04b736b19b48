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
