"""The ordinary answers strangers got the crisis help for (issue 17), through the running stack over
REST: each is answered as the conversation would answer it, with no urgent help, and a disclosure
after them still gets it first."""
from __future__ import annotations

import uuid

from tests.bot.understanding.safeguarding.test_ordinary_answers import STRANGERS
from tests.test_safeguarding_everywhere import SAMARITANS, assert_help_first, assert_no_help, rest


def test_the_strangers_answers_get_no_crisis_help_through_the_stack(embedded_stack):
    say = rest(embedded_stack, "rest-" + uuid.uuid4().hex)
    assert_no_help(say("hello"))
    assert_no_help(say("/tell_about_me"))
    for answer in STRANGERS:
        assert_no_help(say(answer))
    assert_help_first(say("i'd rather not say, i just want to die"), SAMARITANS)
