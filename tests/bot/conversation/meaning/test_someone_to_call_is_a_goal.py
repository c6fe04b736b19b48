"""Someone to call on the person, wanted in the story, is a goal kept as story, not a wish to talk to a
person now (bd46af1's "(i need|i want) (someone|somebody) (i can|to) (phone|call|ring)" and "find me a
person" took "I want someone to call in on mum at lunchtime" for it, and the words were not kept)."""
from __future__ import annotations

import pytest

from bot.conversation.meaning.words import general


@pytest.mark.parametrize("text", ["I need someone to call me each morning to check on her",
                                  "I want someone to ring her every day", "I want someone to call in on mum at lunchtime",
                                  "can you find me a person to help with her shopping"])
def test_someone_to_call_on_them_is_story(text):
    meant = general(text)
    assert meant is None or meant.kind != "human"


@pytest.mark.parametrize("text", ["find me a real person", "is there somebody to ring", "get me someone human",
                                  "is there someone i can phone", "i need someone i can call"])
def test_a_person_to_talk_to_now_is_still_asked_for(text):
    assert general(text).kind == "human"
