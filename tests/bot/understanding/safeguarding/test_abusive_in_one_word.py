"""A second reader (session 16): "my partner is abusive" and "I live with an abusive partner" got no help (the rules
heard them, the classifier made 0.07 of them). Said of someone in one word, abuse now alarms whatever the classifier
makes of it; denied or told as long over, it does not."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["my partner is abusive", "I live with an abusive partner", "my husband is abusive to me",
                                  "she is very abusive when drunk", "my son is violent"])
def test_abuse_said_in_one_word_is_heard(listening, text):
    found = listening.check(text)
    assert found.concern and "domestic_abuse" in found.categories


@pytest.mark.parametrize("text", ["my partner is not abusive", "my ex was abusive years ago", "the pain is violent",
                                  "my dog is violent"])
def test_denied_long_over_or_no_one_is_no_alarm(listening, text):
    assert not listening.check(text).concern
