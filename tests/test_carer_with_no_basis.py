"""A carer who answered "What gives you the right to speak for …?" with "none of these" (a stranger on the
stack, 2026-12-03) was told nothing of what that means, then walked through the carer's assessment's
questions (asked their own name again) only to be refused at the end. Now they are told plainly, when
they answer, what they can and cannot do without a basis; and a service chosen later is refused at once,
with what they can do instead. Through the running stack."""
from __future__ import annotations

import uuid

from tests.journey_steps import confirm_read_back, finish_story, rest_speaker


def test_none_of_these_is_explained_at_once_and_a_service_chosen_later_is_no_dead_end(embedded_stack):
    say = rest_speaker(embedded_stack, f"nobasis-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_someone")
    say("Patricia")
    say("im her daughter")
    say("Karen")
    told = say("none of these")
    assert "cannot share" in told and "your own story" in told, told
    assert "Does Patricia know" in told, told  # the questions go on
    say("yes")
    say("she is 84 and has dementia and lives alone. I do everything for her and I'm exhausted.")
    _, offers = confirm_read_back(say, finish_story(say), pin="3917")
    # she knows: never told she is not able to understand (a girl of 15 whose mum "said its ok" was, a stranger, session 32)
    assert "cannot share" in offers and "not able to understand" not in offers, offers
    chosen = say("carers assessment")
    assert "What is your name?" not in chosen and "Do you agree" not in chosen, chosen
    assert "cannot share" in chosen and "carer's assessment" in chosen, chosen


def test_a_carer_with_no_basis_can_turn_to_their_own_story(embedded_stack):
    say = rest_speaker(embedded_stack, f"nobasis-own-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_someone")
    say("Patricia")
    say("im her daughter")
    say("Karen")
    say("none of these")
    reply = say("my own story")
    assert "this is your own story" in reply, reply


def _offers_with_no_basis(stack, sender: str, said: list[str], pin: str) -> str:
    """The reply after the read-back and the PIN, for a carer who said each of `said` from "hello" on."""
    say = rest_speaker(stack, f"{sender}-{uuid.uuid4().hex[:8]}")
    for words in ["hello", "/tell_about_someone", *said]:
        say(words)
    return confirm_read_back(say, finish_story(say), pin=pin)[1]


def test_no_one_can_agree_for_one_said_not_able_to_understand(embedded_stack):
    offers = _offers_with_no_basis(embedded_stack, "nobasis-unable", [
        "Patricia", "im her daughter", "Karen", "none of these", "They are not able to understand",
        "she is 84 and has dementia and lives alone. I do everything for her and I'm exhausted."], "3917")
    assert "not able to understand cannot agree to sharing" in offers, offers


def test_a_young_carer_with_no_basis_is_pointed_to_their_own_assessment(embedded_stack):
    offers = _offers_with_no_basis(embedded_stack, "nobasis-young", [
        "Kelly", "shes my mum", "Jade, im 15", "None of these", "yes she knows, she said its ok",
        "mum has MS and some days she cant get out of bed. i do the cooking and her tablets before school"], "7391")
    assert "cannot share" in offers and "not able to understand" not in offers, offers
    assert "young carer's needs assessment" in offers and "ask the council for a carer's assessment" not in offers, offers
