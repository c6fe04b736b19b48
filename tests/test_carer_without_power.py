"""A carer whose mum "cant understand any of it now" and who has no power of attorney (a stranger on the
stack): "They agreed I can" and "They are not able to understand" were both accepted, and the mum's whole
story was shared with the GP on the carer's "yes" alone. Someone who cannot understand cannot agree, and
without a lasting power of attorney or a deputyship no one can agree for them (Mental Capacity Act 2005):
the contradiction is asked about, "None of these" is a choice, and such a story is kept but never offered
to services. Through the running stack."""
from __future__ import annotations

import uuid

from tests.journey_steps import confirm_read_back, finish_story, rest_speaker


def test_no_power_to_agree_keeps_the_story_and_shares_nothing(embedded_stack):
    say = rest_speaker(embedded_stack, f"nopower-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_someone")
    say("Patricia")
    say("im her daughter")
    say("Karen")
    say("They agreed I can")
    asked = say("They are not able to understand")
    assert "cannot agree themselves" in asked and "None of these" in asked, asked
    after = say("none of these")
    assert "cannot agree" not in after
    say("she is 84 and has dementia and lives alone, she forgets to eat")
    _, offers = confirm_read_back(say, finish_story(say), pin="3917")
    assert "cannot agree to sharing" in offers and "These services could use it" not in offers, offers
    assert "Their story is kept here" in offers, offers
