"""A capitalised word after "my dad," that names no person is no name of theirs (d289447 took
"its for my dad, Parkinsons has got worse" as the name Parkinsons, not asked again, and so sent to
services; "Monday", "NHS", "Cancer" too)."""
from __future__ import annotations

import pytest

from bot.conversation.meaning.whose import name_said_with


@pytest.mark.parametrize("text", ["its for my dad, Parkinsons has got worse", "its about my dad, Monday he fell",
                                  "my dad, NHS has let him down", "its my wife, Cancer is back", "for my son, Autism"])
def test_a_day_letters_or_a_condition_is_no_name(text):
    assert name_said_with(text) is None


@pytest.mark.parametrize("text, name", [("my dad Ron", "Ron"), ("its for my mum jean she has dementia", "Jean"),
                                        ("my mum Grace", "Grace"), ("my nan, Mary and her neighbour", "Mary")])
def test_a_name_is_still_a_name(text, name):
    assert name_said_with(text) == name
