"""'hi its me again' at the first question is someone who has been before (the PIN first), not the
start of a new story over the saved one (a stranger, session 12: it was kept as a new story, and her
PIN typed next as story too)."""
from __future__ import annotations

import pytest

from bot.conversation import meaning


@pytest.mark.parametrize("text", ["hi its me again", "its me again", "hello its me again", "me again",
                                  "hi, it is me again", "hi im back"])
def test_me_again_is_someone_returning(text):
    assert meaning.teller_meaning(text).value == "returning"


@pytest.mark.parametrize(("text", "whose"), [("its me", "self"), ("about me", "self"),
                                             ("im back in hospital again", "self")])
def test_other_words_with_me_are_not(text, whose):
    assert meaning.teller_meaning(text).value == whose
