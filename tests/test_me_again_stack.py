"""'hi its me again', typed by someone with a saved story at the start of a new session, asks for the PIN
and then gives the menu: before, it got the Domestic Abuse Helpline, then 'Is your story about you…?',
and the PIN typed next was not understood (a stranger, session 12), through the running stack."""
from __future__ import annotations

import pytest

from tests.journey_steps import PIN
from tests.test_referral_status import SESSION_START, Staff, share_with_gp


@pytest.fixture(scope="module")
def staff(embedded_stack):
    return Staff(embedded_stack)


def test_me_again_asks_the_pin_then_gives_the_menu(embedded_stack, staff):
    say, _ = share_with_gp(embedded_stack, staff)
    say(SESSION_START)
    hello = say("hi its me again")
    assert "PIN" in hello and "Domestic Abuse" not in hello and "about you, or about someone" not in hello
    assert "What would you like to do?" in say(PIN)
