"""Issue 19, round 3: the general rules added after the 8th tuning batch (eight new voices), each shown on
phrasings that are not in data/replies/tuning.tsv. A reply that cannot be read is asked again; a wish
(stop, a real person, start again) is never applied to the story as a change."""
from __future__ import annotations

import pytest

from bot.conversation.meaning import plain, read_back_reply, understand
from bot.conversation.meaning.services import SERVICE_WORDS


def meant(context: str, text: str):
    return understand(context, text)


# --- typing made plain ---------------------------------------------------------------------------------

@pytest.mark.parametrize("typed,read", [("could i talk to a huamn", "human"), ("pleese remoove it", "remove"),
                                        ("the scoial care one", "social"), ("my nieghbor", "my neighbo"),
                                        ("carers assesmnt", "assessment")])
def test_a_misspelt_reply_word_is_mended(typed, read):
    assert read in plain(typed)


@pytest.mark.parametrize("text", ["she drinks water", "he has a stoma", "the stairs are steep", "my sister"])
def test_an_english_word_is_never_mended_into_a_reply_word(text):
    assert plain(text) == text


def test_punctuation_said_aloud_is_not_read_as_words():
    assert meant("telling", "i think that is everything full stop").kind == "done"
    said = meant("readback", "no comma she takes ventolin")
    assert said.kind == "no" and "ventolin" in said.value


@pytest.mark.parametrize("text,kind", [("ah'll come back tae this the morra", "later"),
                                       ("ah'm no daein this any mair", "stop"),
                                       ("can a talk tae a real body", "human")])
def test_scots_forms_are_read(text, kind):
    assert meant("telling", text).kind == kind


@pytest.mark.parametrize("context,text,kind", [("telling", "i not know what to say", "help"),
                                               ("readback", "i want speak with somebody real", "human"),
                                               ("telling", "what we must put?", "help")])
def test_a_verb_said_without_its_helper_is_read(context, text, kind):
    assert meant(context, text).kind == kind


# --- wishes in more words ---------------------------------------------------------------------------------

@pytest.mark.parametrize("context,text,kind", [
    ("readback", "I wish to withdraw now", "stop"), ("readback", "we would like to begin it all again", "restart"),
    ("telling", "what else must i tell you", "help"), ("telling", "that completes everything i wanted to say", "done"),
    ("readback", "could we finish this in the evening", "later"), ("telling", "stop asking me questions", "stop"),
    ("readback", "nowhere near", "no")])
def test_a_wish_said_in_more_words_is_read(context, text, kind):
    assert meant(context, text).kind == kind


@pytest.mark.parametrize("text,kind", [("this is pointless, get me a real person", "human"),
                                       ("honestly. i am done with this", "stop")])
def test_a_wish_said_after_a_complaint_is_the_wish(text, kind):
    assert meant("readback", text).kind == kind
    assert read_back_reply(text).kind == kind  # never a correction applied to the story


def test_a_real_person_or_starting_again_comes_before_any_change():
    assert meant("readback", "put me through to someone please").kind == "human"
    assert meant("readback", "scrap this and begin again").kind == "restart"
    assert meant("readback", "scrap that").kind == "remove"  # here it takes the part out


def test_a_question_after_a_word_of_surprise_is_a_question():
    assert meant("readback", "ok so who reads this").kind == "question"


# --- the read-back --------------------------------------------------------------------------------------

def test_the_thing_named_then_remove_removes_it():
    said = meant("readback", "the inhaler bit please delete")
    assert said.kind == "remove" and "inhaler" in said.value


def test_take_it_out_with_its_reason_and_no_comma_removes_it():
    said = meant("readback", "take the inhaler off she doesnt use it")
    assert said.kind == "remove" and said.value == "inhaler"


def test_you_omitted_adds_the_thing():
    said = meant("readback", "you omitted her eczema cream")
    assert said.kind == "add" and said.value == "her eczema cream"


@pytest.mark.parametrize("text,added", [("and she uses a nebuliser too", "she uses a nebuliser"),
                                        ("she sees a physio as well", "she sees a physio")])
def test_more_story_joined_on_is_added_not_put_in_place(text, added):
    said = meant("readback", text)
    assert said.kind == "add" and said.value == added


@pytest.mark.parametrize("text", ["and thats everything", "thanks you too", "and that is fine"])
def test_words_joined_on_that_say_no_fact_are_never_added(text):
    assert meant("readback", text).kind not in ("add", "correct")


def test_a_change_joined_on_is_a_correction_not_an_addition():
    assert meant("readback", "and she does not take salbutamol any more").kind != "add"


# --- choosing a service -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,service", [("my general practice", "gp-practice"),
                                          ("someone to get her dressed", "adult-social-care"),
                                          ("help dad with bathing", "adult-social-care")])
def test_a_service_is_chosen_by_what_it_does(text, service):
    assert meant("choose_service", text).value == [service]


def test_all_of_them_with_a_word_after_is_all():
    assert meant("choose_service", "all of them of course").value == list(SERVICE_WORDS)


def test_asking_us_to_explain_a_service_is_a_question_not_a_choice():
    assert meant("choose_service", "would you explain what the OT does").kind == "question"


# --- the relationship ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,role", [("an old friend", "friend"), ("her younger sister", "sister"),
                                       ("neighbour from church", "neighbour"), ("I'm his lad", "son"),
                                       ("he's my fella", "partner"), ("Daughter. I do everything for her.", "daughter")])
def test_the_relationship_is_read_past_words_of_what_kind(text, role):
    assert meant("carer_relationship", text).value == role


# --- after the 9th batch ------------------------------------------------------------------------------------

def test_the_thing_named_can_be_deleted_removes_it_but_someone_who_can_go_is_not_removed():
    said = meant("readback", "the inhaler line should be removed")
    assert said.kind == "remove" and said.value == "inhaler"
    assert meant("readback", "she can go to the day centre now").kind != "remove"


@pytest.mark.parametrize("context,text,kind", [
    ("readback", "not accurate at all", "no"), ("readback", "could i have a call back from a real person", "human"),
    ("telling", "shall we start it all over", "restart"), ("readback", "im unsure what im meant to put here", "help"),
    ("telling", "that is just about all i can remember", "done"), ("telling", "unsure what more you want", "help")])
def test_more_ways_of_saying_a_wish_are_read(context, text, kind):
    assert meant(context, text).kind == kind
