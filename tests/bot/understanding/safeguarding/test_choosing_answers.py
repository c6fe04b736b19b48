"""Choosing among what was offered ("all of them", "none of them", "yes all of them", "any of them") is an answer,
not a disclosure: at the services on offer, the commonest answer got the Samaritans ("all of them": the classifier
alone, 0.31 suicidal) and "none of them" the help for abuse by carers (a stranger's check on the stack, session 33).
The same words with a harm said in them are heard as before."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector

CHOICES = ["all of them", "all of them please", "all of them i think", "yes all of them", "none of them",
           "every one of them", "any of them", "all of em pls", "none of those", "both of them please",
           "all of them thanks", "yes please all of them", "Any of them, I don't mind", "none of them thank you",
           "all of the above", "every one", "ALL OF THEM!!"]


@pytest.mark.parametrize("text", CHOICES)
def test_a_choice_among_what_was_offered_raises_no_concern(text):
    assert not detector().check(text).concern


@pytest.mark.parametrize("text", ["every one of them hits me", "all of them shout at me", "took all of them tablets",
                                  "none of them feed me", "i have taken all of them", "i want to take all of them",
                                  "none of them care if i live or die", "all of them, i just want to die"])
def test_the_same_words_with_a_harm_in_them_are_heard(text):
    assert detector().check(text).concern
