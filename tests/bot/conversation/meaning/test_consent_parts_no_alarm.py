"""At the consent question "yes but without medicines and without my family" and "i said not the people
ones" got the safeguarding help (and by SMS turned off status texts) from the classifier alone (strangers,
F24 and F5): they are made only of the parts' names and the words of choosing among them. A harm said with
them is still no such reply."""
from __future__ import annotations

import pytest

from bot.conversation import meaning
from bot.conversation.meaning.consent import only_about_parts

OFFERED = ["about_me", "health", "medications", "support_network", "what_matters", "home"]


@pytest.mark.parametrize("said", ["yes but without medicines and without my family", "i said not the people ones",
                                  "not what matters to me or the people, the rest is ok",
                                  "yes everything except my health"])
def test_choosing_parts_is_only_about_parts(said):
    assert only_about_parts(said)


@pytest.mark.parametrize("said", ["yes but my family hits me", "without my meds, he takes them",
                                  "not the family ones, they steal from me"])
def test_a_harm_said_with_the_parts_is_not(said):
    assert not only_about_parts(said)


def test_the_people_are_the_people_who_support():
    assert meaning.understand("consent", "i said not the people ones", offered=OFFERED).value == \
        ["about_me", "health", "medications", "what_matters", "home"]
