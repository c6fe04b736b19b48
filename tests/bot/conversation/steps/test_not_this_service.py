"""Not this service, said at its questions (service_questions.not_this_service), and real answers that
only sound like it: those are kept as answers, and the service is not dropped."""
from __future__ import annotations

import pytest

from bot.conversation.steps.service_questions import not_this_service


@pytest.mark.parametrize("text,service", [
    ("i didnt ask for a carers one?", "carers-assessment"),
    ("stop. i dont want the carers assessment", "carers-assessment"),
    ("wrong one", "gp-practice"), ("nah wrong one i meant benefits", "carers-assessment"),
    ("not this one", "adult-social-care"),
])
def test_not_this_service_is_heard(text, service):
    assert not_this_service(text, service)


@pytest.mark.parametrize("text,service", [
    ("i dont need help with washing", "adult-social-care"),  # an answer to what is hard
    ("she has the wrong one of her inhalers", "gp-practice"),
    ("not that one, the blue inhaler", "gp-practice"),
    ("they gave me the wrong one of my tablets last week", "community-nursing"),
    ("i dont want a visit", "community-nursing"),
])
def test_an_answer_that_sounds_like_it_is_an_answer(text, service):
    assert not not_this_service(text, service)
