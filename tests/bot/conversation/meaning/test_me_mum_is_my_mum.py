"""A young carer's "its bout me mum" was heard as "About me" (a stranger, session 35): his mother's story was kept as his
own, and the carer's questions ran backwards. "me" before a relative is "my", as people type it."""
import pytest

from bot.conversation.meaning import teller_meaning


@pytest.mark.parametrize("text", ["its bout me mum", "its for me nan", "its about me da", "for me little brother"])
def test_me_before_a_relative_is_a_carers_story(text):
    meant = teller_meaning(text)
    assert (meant.kind, meant.value) == ("value", "carer")


@pytest.mark.parametrize("text", ["its about me", "its bout me, me mum said to use this", "about me"])
def test_about_me_is_still_the_writers_own(text):
    meant = teller_meaning(text)
    assert (meant.kind, meant.value) == ("value", "self")
