"""What a stranger on the running stack found in session 26, each through the stack as they typed it (REST)."""
from __future__ import annotations

import uuid

from tests.journey_steps import rest_speaker
from tests.test_consent_in_few_words import at_the_gps_consent
from tests.test_end_to_end import intakes
from tests.test_safeguarding_everywhere import OPENING, TENTATIVE_OPENING


def test_parts_held_back_with_words_that_get_the_help_stay_held_back(embedded_stack):
    """At "Do you agree to share this?" the stranger typed "ye but not my meds n not the home stuff": the help came (a
    false alarm), the question came again whole, and "ye" sent the medicines. Now what the words hold back stays held
    back, whether or not the help comes for them, and only what is left is shared."""
    say = rest_speaker(embedded_stack, f"held-back-{uuid.uuid4().hex[:8]}")
    at_the_gps_consent(say)
    before = {intake["delivery_id"] for intake in intakes(embedded_stack)}
    asked = say("yes but not my medicines, my son takes my pension and i dont want him knowing what i take")
    assert OPENING in asked or TENTATIVE_OPENING in asked, asked  # the help, for the son who takes the pension
    assert "Do you agree" in asked and "your medicines" not in asked.split("agree")[0][-400:], asked
    assert "has your details" in say("yes")
    held = [i for i in intakes(embedded_stack) if i["delivery_id"] not in before]
    assert len(held) == 1 and "medications" not in held[0]["sections"] and "health" in held[0]["sections"], held


def test_parts_held_back_as_people_type_them_get_no_alarm(embedded_stack):
    say = rest_speaker(embedded_stack, f"held-back-typed-{uuid.uuid4().hex[:8]}")
    at_the_gps_consent(say)
    asked = say("ye but not my meds n not the home stuff")
    assert OPENING not in asked and TENTATIVE_OPENING not in asked, asked
    assert "Do you agree" in asked and "your medicines" not in asked, asked
