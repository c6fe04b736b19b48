"""A young person's first message telling of their own abuse ("hi my step dad hits me wen hes drunk can u help")
was read as a carer's story, and they were asked the name of the person they care for."""
import pytest

from bot.conversation.meaning import teller_meaning


@pytest.mark.parametrize("text", ["hi my step dad hits me wen hes drunk can u help", "my stepdad hits me",
                                  "my mum's boyfriend hurts me", "my dad beats me when hes angry"])
def test_harm_done_to_the_writer_is_their_own_story(text):
    meant = teller_meaning(text)
    assert (meant.kind, meant.value) == ("value", "self")


@pytest.mark.parametrize("text", ["i look after my dad and he hits me", "my mum has dementia and i care for her, "
                                  "she hits me", "for my dad"])
def test_a_carer_is_still_a_carer(text):
    meant = teller_meaning(text)
    assert (meant.kind, meant.value) == ("value", "carer")
