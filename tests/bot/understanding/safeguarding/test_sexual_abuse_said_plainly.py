"""Rape said in the plainest words is heard by the rules, not left to the classifier: since 34c86d5
"i was raped" got no help (the classifier gave it 0.26, below sexual_abuse's 0.45), because
patterns.py's "rape|raped|…|sexual assault|abuse" is two words ("sexual assault"), never "raped" alone.
Through the product's detector (the `listening` fixture)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["i was raped", "i got raped", "someone raped me", "i was molested",
                                  "he groped me on the bus"])
def test_rape_said_plainly_is_heard(listening, text):
    assert "sexual_abuse" in listening.check(text).categories, listening.check(text)


# "i was not raped" is no longer here: since the classifier learnt the short messages of tuning_short.tsv
# it gives that 0.91, over the 0.85 from which it overrules a denial; raising that to 0.95 lost held-out
# disclosures (315 -> 314, 236 -> 234 of 240 in two fresh sets), so recall first: an alarm, not a gentle reply.
@pytest.mark.parametrize("text", ["he never raped me"])
def test_a_denial_is_still_a_denial(listening, text):
    found = listening.check(text)
    assert found.categories == [] and "sexual_abuse" in found.negated, found


def test_the_subject_talked_about_is_no_disclosure(listening):
    assert listening.check("she watched a documentary about rape").categories == []
