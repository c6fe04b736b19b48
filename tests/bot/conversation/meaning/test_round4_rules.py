"""Issue 19, round 4: the general rules added after the 10th tuning batch (six new voices), each shown on
phrasings that are not in data/replies/tuning.tsv. At the read-back a reply is kept as story text only when
it states a fact or names an item firmly; a remark, a doubt, a half-answer or a pause is asked again or
taken as what it is, never applied to the story."""
from __future__ import annotations

import pytest

from bot.conversation.meaning import read_back_reply, understand


def meant(context: str, text: str):
    return understand(context, text)


# --- the read-back: remarks, doubts and half-answers are never corrections ------------------------------

@pytest.mark.parametrize("text", ["she wont be happy about that", "its a bit tricky", "broadly speaking",
                                  "i believe so but not sure about the inhaler", "largely fine",
                                  "hard to say really", "more or less"])
def test_a_remark_or_doubt_at_the_read_back_is_asked_again_not_kept(text):
    got = meant("readback", text)
    assert got.kind == "invalid", got
    assert read_back_reply(text).kind not in ("correct", "add", "remove")


@pytest.mark.parametrize("text", ["partly, she takes symbicort not salbutamol", "not sure why but he stopped it in 2022"])
def test_a_doubt_with_a_firm_fact_is_still_a_correction(text):
    assert meant("readback", text).kind in ("correct", "no")


@pytest.mark.parametrize("text", ["hold on let me check with her", "one sec, let me ask my daughter",
                                  "sorry she's stirring, back in a minute", "my daughter comes later, she will do it",
                                  "no more for tonight"])
def test_a_pause_at_the_read_back_is_later_not_a_correction(text):
    assert meant("readback", text).kind == "later"


def test_a_pause_that_remembers_something_is_still_more_to_add():
    assert meant("readback", "wait, i forgot one thing").kind == "add"


@pytest.mark.parametrize("text,what", [("Additionally: he wears hearing aids", "he wears hearing aids"),
                                       ("more - hip bad", "hip bad")])
def test_a_word_for_more_then_the_thing_is_an_addition_with_its_words(text, what):
    got = meant("readback", text)
    assert (got.kind, got.value) == ("add", what)


@pytest.mark.parametrize("text", ["i have a few additions to make", "need add", "could i add smth"])
def test_a_bare_wish_to_add_asks_what_and_keeps_nothing(text):
    got = meant("readback", text)
    assert got.kind == "add" and not got.value
    assert read_back_reply(text).kind == "wrong"  # asked what to add; nothing kept yet


def test_an_addition_asked_as_a_question_is_kept_with_its_words():
    got = meant("readback", "can i put in that she uses a walking frame?")
    assert (got.kind, got.value) == ("add", "she uses a walking frame")


def test_a_question_then_the_right_fact_is_a_correction():
    assert meant("readback", "did i put copd? it's actually emphysema").kind == "correct"


def test_strike_names_the_item_to_remove():
    got = meant("readback", "Strike the warfarin line")
    assert got.kind == "remove" and "warfarin" in got.value


@pytest.mark.parametrize("text,kind", [("please clarify", "help"), ("slower please", "help"),
                                       ("y are you asking", "question"), ("a person please", "human"),
                                       ("close this session please", "stop"), ("we have to stop now", "stop")])
def test_wishes_at_the_read_back_are_taken_as_wishes(text, kind):
    assert meant("readback", text).kind == kind


def test_please_before_a_request_is_not_a_yes():
    assert meant("readback", "please explain what you need").kind != "yes"


# --- yes/no questions ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind", [("flat so no", "no"), ("house, yes", "yes"), ("ground floor flat no", "no"),
                                       ("upstairs bedroom yes", "yes"), ("maybe yes", "invalid")])
def test_a_short_answer_with_its_yes_or_no_last(text, kind):
    assert meant("gap_yesno", text).kind == kind


@pytest.mark.parametrize("text", ["not certain, my son would know", "im not really sure tbh", "i dont know to be honest"])
def test_not_sure_at_a_yes_no_gap_leaves_it_for_the_service(text):
    assert meant("gap_yesno", text).kind == "skip"


@pytest.mark.parametrize("text", ["doesnt everybody?", "who hasnt?", "obviously we do"])
def test_an_obvious_yes_asked_back(text):
    assert meant("gap_yesno", text).kind == "yes"


# --- while telling ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind", [
    ("This completes my statement.", "done"), ("nothing further to say", "done"), ("is this enough now?", "done"),
    ("I shall resume tomorrow.", "later"), ("i will continue this later", "later"),
    ("I should like to speak to a member of the staff.", "human"), ("how come i cannot speak to a person?", "human"),
    ("person on the phone", "human"),
    ("I need to close this chat now", "stop"), ("cant be bothered any more", "stop"),
    ("what else is there to tell you?", "help"), ("why would i go on with this?", "help"),
])
def test_telling_wishes_are_not_kept_as_story(text, kind):
    assert meant("telling", text).kind == kind


@pytest.mark.parametrize("text", ["he needs to stop driving", "she used to resume her walks in spring",
                                  "she likes to talk to people on the phone"])
def test_story_with_those_words_is_still_story(text):
    assert meant("telling", text).kind == "story"
