"""Abuse and assault said plainly alarm whatever the classifier makes of a short message: "my husband
abuses me", "he assaulted me", "i am being abused", "someone is abusing me" and "i was assaulted" got no
help (a second read found them: the classifier gave them 0.02 to 0.17, under the 0.2 domestic abuse's
rules need from it). Through the product's detector."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding.categories import urgent_help


@pytest.mark.parametrize("text", ["my husband abuses me", "he assaulted me", "i am being abused", "im being abused",
                                  "someone is abusing me", "i was assaulted", "i think im being abused",
                                  "my son battered me last night", "he strangled me till i passed out"])
def test_abuse_said_plainly_gets_the_domestic_abuse_line(listening, text):
    found = listening.check(text)
    assert "domestic_abuse" in found.categories, found
    assert "0808 2000 247" in urgent_help(found.categories)


@pytest.mark.parametrize("text", ["he has never abused me", "i am not being abused"])
def test_a_denial_is_answered_gently(listening, text):
    found = listening.check(text)
    assert found.categories == [] and "domestic_abuse" in found.negated, found


@pytest.mark.parametrize("text", ["i volunteer with people who have been abused",
                                  "i get verbal abuse from customers at work", "she reads about domestic abuse"])
def test_abuse_not_done_to_the_person_is_no_alarm(listening, text):
    assert "domestic_abuse" not in listening.check(text).categories
