"""A wrong PIN says where a story is kept (a stranger, session 23: on a new browser "I have been here before" and the
right PIN got only "That PIN is not right", and the story could never be reached). The same words after any wrong PIN,
so they tell no one whether a story is kept in this chat."""
from __future__ import annotations

from bot.conversation.wording.returning import WHERE_KEPT, pin_wrong


def test_a_wrong_pin_says_where_the_story_is_kept():
    for left in (4, 1):
        reply = pin_wrong(left, None).text
        assert reply.startswith("That PIN is not right.") and WHERE_KEPT in reply, reply
        assert "another phone or browser" in reply


def test_a_locked_story_says_only_when_to_try_again():
    assert WHERE_KEPT not in pin_wrong(0, 10).text
