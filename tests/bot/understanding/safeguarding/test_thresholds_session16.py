"""Session 16: thresholds raised where the tuning corpus, cross-validated, loses no disclosure (`benchmarks/
safeguarding.py --tune`; one raise, for a child at risk, was left out because it cost a held-out disclosure):
a rule's hit of coercive control needs 0.1 of the classifier (was 0.03) and of domestic abuse 0.25 (was 0.2), the
classifier alone 0.4 for coercive control and 0.3 for domestic abuse. "my husband makes me take my tablets every
morning" got the Domestic Abuse Helpline, "my daughter checks my phone to help me with the apps" the coercive
control help; the same words with the harm said still get it (bot/understanding/safeguarding/policy.py)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["my husband makes me take my tablets every morning",
                                  "my daughter checks my phone to help me with the apps"])
def test_ordinary_help_from_family_gets_no_alarm(listening, text):
    assert not listening.check(text).concern


@pytest.mark.parametrize("text", ["my husband checks my phone and wont let me see my friends",
                                  "my husband makes me take tablets so i sleep while he goes out",
                                  "my daughter checks my phone and reads all my messages and takes it off me",
                                  "my wife makes me ask before i spend anything",
                                  "my boyfriend goes through my phone every night and goes mad if i text anyone"])
def test_control_said_is_still_heard(listening, text):
    assert "coercive_control" in listening.check(text).categories
