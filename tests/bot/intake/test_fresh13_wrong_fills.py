"""Wrong fills a service would act on, found by the thirteenth fresh forms set (its wrong fills read on
2026-12-05, its misses never), fixed in general and tested here in our own wording. (The structurer's part:
tests/bot/understanding/structuring/test_fresh13_wrong_facts.py.)"""
from __future__ import annotations

import pytest

from bot.intake import facts


@pytest.mark.parametrize("said", [
    "What Leon wants most is to live in a shared flat with his mate Callum one day.",
    "Leon would love to live with his girlfriend Amy someday.",
    "One day hed like to live wiv his best mate Jordan in a flat of there own.",
    "Hopefully she can live with her boyfriend Mark eventually.",
    "Her dream is to live with her friend Kerry in supported living.",
])
def test_whom_they_hope_to_live_with_one_day_is_not_whom_they_live_with(structurer, said):
    """ "What Owen wants most is to live in a supported living flat with his friend Dylan one day" wrote
    "his friend Dylan one day" as whom he lives with on four forms."""
    story = f"I'm Carol, writing for my son Leon Hart, he's 24 and has autism. {said}"
    sections = structurer.structure([story], teller="carer")["sections"]
    assert facts.lives_with(sections) is None


def test_whom_they_live_with_now_is_still_said_beside_a_wish(structurer):
    story = ("I'm Carol, writing for my son Leon Hart, he's 24. He lives with me and his dad Pete. "
             "What Leon wants most is to live with his mate Callum one day.")
    sections = structurer.structure([story], teller="carer")["sections"]
    assert facts.lives_with(sections) == "me and his dad Pete"


@pytest.mark.parametrize("said", ["Hopefully he can live with his brother Sam one day.",
                                  "What Leon wants most is to live with his friend Dylan someday."])
def test_a_hope_to_live_with_someone_says_nothing_of_living_alone(structurer, said):
    sections = structurer.structure([f"I'm Carol, writing for my son Leon Hart, he's 24. {said}"], teller="carer")["sections"]
    assert facts.lives_alone(sections) is None
