"""After the urgent help at a choice, only a plain no is a no (bot/conversation/steps/yes_no.py; the rest of the path is
tested through the stack in tests/test_safeguarding_everywhere.py). A second reader (session 23): "dont know" was a no,
and "Please don't share it" was not."""
from __future__ import annotations

import pytest

from bot.conversation.steps.yes_no import PLAINLY_NO


@pytest.mark.parametrize("said", ["no", "No thanks, my husband checks everything", "nope", "please don't share it, he reads my post",
                                  "dont send it", "do not want that"])
def test_a_plain_no(said):
    assert PLAINLY_NO.match(said)


@pytest.mark.parametrize("said", ["dont know what to do anymore, i want to die", "nobody would miss me",
                                  "sometimes I think everyone would be better off if I wasn't here", "not sure, he hits me"])
def test_no_no(said):
    assert not PLAINLY_NO.match(said)
