"""Stopping a service named in one's own words (a stranger on the stack, session 41): Margaret, after an update was sent,
typed "i want to stop the carers assessment one, my daughter is going to help more now" and was told "OK, I have
stopped. Nothing has been shared that you did not agree to" while the carer's assessment went on getting her husband's
story; Darren, back after a hello, typed "can u stop sendin my stuff 2 the job ppl" and was offered to share with them,
his held-back medicines on the list. Each is now the returning menu's stop, for the service named (the PIN first)."""
from __future__ import annotations

import pytest

from bot.conversation import meaning, wording
from bot.conversation.journey import sharing
from bot.conversation.steps import anything_else, service_choice
from bot.conversation.steps.turn import Turn
from tests.bot.conversation.conftest import saved_story

SENDER = "darren"
TOLD = "I hurt my back lifting at work and they let me go in September. I take naproxen twice a day. I live alone."


@pytest.fixture
def shared(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, TOLD) as runtime:
        sharing.share_with(runtime, SENDER, "employment-support", "self")
        yield runtime


@pytest.mark.parametrize("said", [
    "i want to stop the carers assessment one, my daughter is going to help more now",
    "can u stop sendin my stuff 2 the job ppl",
    "please stop sharing with the nurses",
    "could you stop sending it to the gp please",
])
def test_a_service_named_to_stop_is_a_stop(said):
    assert meaning.stops_a_service(said)
    assert meaning.menu_choice(said) == "stop"


@pytest.mark.parametrize("said", ["stop", "the carers assessment one", "she stopped her tablets", "can u send it to the gp",
                                  "i want the job people to have it"])
def test_other_words_are_no_stop_of_a_service(said):
    assert not meaning.stops_a_service(said)


def test_heard_as_stop_once_shared_it_goes_to_the_menu_not_to_stopped(shared):
    turn = Turn(SENDER, {"stage": "done"}, text="i want to stop the job one, i have found work now", intent="stop")
    step = anything_else.the_rest(shared, turn)
    assert wording.STOPPED not in step.replies, step.replies
    assert step.form == "returning_form", step
    # the PIN was chosen in this conversation: done at once, and said
    assert any("Nothing more will be sent to Employment support" in r.text for r in step.replies), step.replies
    assert sharing.sharing_now(shared, SENDER) == []


def test_after_a_hello_it_is_no_offer_to_share(shared):
    step = service_choice.show_consent(shared, Turn(SENDER, {"stage": None}, text="can u stop sendin my stuff 2 the job ppl"))
    assert step.form == "returning_form" or step.then == "returning_form", step
    assert not any("will receive" in r.text for r in step.replies), step.replies
