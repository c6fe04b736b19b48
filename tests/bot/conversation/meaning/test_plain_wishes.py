"""Wishes said in the fewest words, and a skip that must never be a yes (issue 19). A bare "pass" at a
form's yes/no question was read as yes: a wrong fact a service would act on."""
import pytest

from bot.conversation.meaning import understand


@pytest.mark.parametrize("context, text, meant", [
    ("gap_yesno", "pass", "skip"),              # was "yes": "pass" agreed to everything
    ("gap_yesno", "Pass.", "skip"),
    ("consent", "pass it on", "yes"),           # still agrees: what is passed is named
    ("consent", "pass", "invalid"),             # not a yes to sharing: asked again
    ("telling", "need a human", "human"),
    ("telling", "i just want a person please", "human"),
    ("telling", "my husband needs a person with him at night", "story"),  # part of the story
    ("telling", "i no longer want to share anything after all", "stop"),
    ("telling", "changed my mind i do not want to share any of it", "stop"),
    ("telling", "what kind of things should i put", "help"),
    ("telling", "what sort of information are you after", "help"),
    ("telling", "that is all i have for now thanks a lot", "done"),
])
def test_a_wish_in_few_words(context, text, meant):
    assert understand(context, text).label == meant
