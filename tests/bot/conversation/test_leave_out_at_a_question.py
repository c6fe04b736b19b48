"""What to leave out, said at a service's question (a stranger on the stack, session 41): Craig typed "yes but leave out
the money stuff, social work dont need to know about her attendance allowance" meaning the consent question, at the
question "Communication needs, and whether an advocate is needed"; it went to two services as the answer, naming the
very benefit he held back. Such words are never an answer: he is told to say it at the consent question."""
from __future__ import annotations

import pytest

from bot.conversation.answers import LEAVE_OUT_LATER, AnswerRefused, words_answer


@pytest.mark.parametrize("said", [
    "yes but leave out the money stuff, social work dont need to know about her attendance allowance",
    "ok but dont tell them about her depression",
    "leave the home part out please",
])
def test_words_of_leaving_out_are_no_answer(said):
    with pytest.raises(AnswerRefused) as refused:
        words_answer("text", "Communication needs, and whether an advocate is needed", said)
    assert str(refused.value) == LEAVE_OUT_LATER


@pytest.mark.parametrize("said", ["speak slowly and write things down for her", "everything but not the stairs",
                                  "she needs help to leave the house", "she doesnt like to go out on her own"])
def test_answers_stay_answers(said):
    words_answer("text", "Communication needs, and whether an advocate is needed", said)
