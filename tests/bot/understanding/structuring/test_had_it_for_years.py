"""A stranger of 84 on the stack (session 16), at the read-back of "You have COPD": "yes but i had the COPD ten years" got
"I have changed that. You had copd in the past", and the GP would have been sent a past COPD. A condition had for
a time said with no "ago" is had still; an event, or a time long ago, stays past."""
from __future__ import annotations

import pytest


def _health(structurer, parts):
    return {i["text"]: i["status"] for i in structurer.structure(parts, teller="self")["sections"]["health"]}


@pytest.mark.parametrize("parts", [["I have COPD and I live alone", "yes but i had the COPD ten years"],
                                   ["i had the copd ten years"], ["I had diabetes for about 15 years now"]])
def test_a_condition_had_for_years_is_current(structurer, parts):
    assert set(_health(structurer, parts).values()) == {"current"}


@pytest.mark.parametrize("said", ["i had asthma 20 years ago", "I had a stroke ten years ago",
                                  "i had asthma as a child for ten years"])
def test_long_ago_or_an_event_stays_past(structurer, said):
    assert set(_health(structurer, [said]).values()) == {"past"}


@pytest.mark.parametrize("said", ["Id like to be able to get upstairs to my own bed again", "wed love to go on holiday"])
def test_a_wish_typed_without_its_apostrophe_is_a_goal(structurer, said):
    """The same stranger of 84: "Id like to be able to get upstairs to my own bed again" was no goal, and she was
    asked "What would you like to achieve?" three times."""
    profile = structurer.structure([said], teller="self")
    assert [i["text"] for i in profile["sections"]["goals"]] == [said]
