"""Session 36, through the running stack over REST: a stranger's ordinary answers that got the crisis help (how to be
contacted, a memory going) now get none; a child's disclosure of a step-parent's abuse at home gets the NSPCC; a
controlling partner named only as "not him" gets the Domestic Abuse Helpline."""
from __future__ import annotations

import uuid

from tests.test_safeguarding_everywhere import ABUSE_LINE, NSPCC, assert_help_first, assert_no_help, rest


def test_a_strangers_answers_and_disclosures_through_the_stack(embedded_stack):
    say = rest(embedded_stack, "rest-" + uuid.uuid4().hex)
    assert_no_help(say("hello"))
    assert_no_help(say("/tell_about_someone"))
    for answer in ("phone me please not text i cant read them", "I've told him but he won't remember"):
        assert_no_help(say(answer))
    assert_help_first(say("ring me not him he reads my texts"), ABUSE_LINE)
    other = rest(embedded_stack, "rest-" + uuid.uuid4().hex)
    assert_no_help(other("hello"))
    replies = other("my step dad comes in my room at nite when mums at work")
    assert any(NSPCC in r for r in replies), replies
