"""Wrong facts a service would act on, found in session 31, fixed in general and tested here in our own wording: someone
said in the same breath not to help ("my son helps with shopping but my daughter doesnt") was kept as a support."""
from __future__ import annotations

import pytest


def supports(profile):
    return [(i["text"], i["status"]) for i in profile["sections"]["support_network"]]


@pytest.mark.parametrize("said, who", [
    ("My son helps with shopping but my daughter doesnt.", "daughter"),
    ("My son helps me. My daughter doesn't.", "daughter"),
    ("My son helps with shopping, my daughter never does.", "daughter"),
    ("My son helps with shopping but my daughter won't.", "daughter"),
    ("Dad dont support us.", "dad"),
    ("My brother doesnt care.", "brother"),
])
def test_someone_who_does_not_help_is_no_support(structurer, said, who):
    found = [(text, status) for text, status in supports(structurer.structure([said])) if who in text.lower()]
    assert found and all(status != "current" for _, status in found), found


@pytest.mark.parametrize("said, who", [
    ("My son takes me shopping, my daughter does too.", "daughter"),
    ("My daughter doesnt live with me but she helps every day.", "she helps"),
    ("My son helps with shopping and my daughter does the cleaning.", "daughter"),
])
def test_someone_who_helps_is_still_a_support(structurer, said, who):
    found = [(text, status) for text, status in supports(structurer.structure([said])) if who in text.lower()]
    assert any(status == "current" for _, status in found), supports(structurer.structure([said]))
