""""its me" said with caring for someone in the same reply is a carer's story, not the teller's own
(the reader of "this is my own story" came first and took it as theirs)."""
from __future__ import annotations

import pytest

from bot.conversation.meaning.telling import teller_meaning


@pytest.mark.parametrize("text", ["its me i look after my dad", "its me the carer", "just me, i care for my wife",
                                  "its me, im his carer"])
def test_its_me_with_caring_is_a_carers_story(text):
    assert teller_meaning(text).value == "carer", text


@pytest.mark.parametrize("text", ["its me", "doing this for myself, my daughter set up the phone", "just me"])
def test_its_me_alone_is_the_tellers_own(text):
    assert teller_meaning(text).value == "self", text
