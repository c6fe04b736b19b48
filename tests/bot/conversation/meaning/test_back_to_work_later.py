"""Going back to work, said with a wish to finish later, is still later: 2694230 made any "get back to work"
or "going back home" no wish to stop for now, so "got to get back to work, will finish this later" was
kept as story and the person was never told their story waits for them."""
from __future__ import annotations

import pytest

from bot.conversation.meaning.words import is_later


@pytest.mark.parametrize("text", ["got to get back to work now, will finish this later",
                                  "I need to get back to work, can I finish this later",
                                  "going back home now, carry on later", "have to go back to work, speak later"])
def test_back_to_work_and_later_is_later(text):
    assert is_later(text)


@pytest.mark.parametrize("text", ["I want to come back to work", "hoping to get back into work",
                                  "i would love to go back to college one day"])
def test_back_to_work_alone_is_a_goal(text):
    assert not is_later(text)
