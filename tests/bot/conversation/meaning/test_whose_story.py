"""Whose story, from the words at the opening question (found trying the stack as a stranger:
"its for my grandad" was not understood, and "im his grandaughter" started the carer's own story)."""
import pytest

from bot.conversation.meaning import teller_meaning


@pytest.mark.parametrize("text, whose", [
    ("its for my grandad", "carer"), ("im his grandaughter", "carer"), ("i look after my grandma", "carer"),
    ("i am her carer", "carer"), ("its for my nan", "carer"),
    ("about me", "self"), ("its about me", "self"), ("for myself", "self"),
])
def test_whose_story_from_the_words(text, whose):
    meant = teller_meaning(text)
    assert (meant.kind, meant.value) == ("value", whose)
