"""Issue 19, round 6: the general rules added after reading the misses of the second fresh held-out
part (data/replies/heldout_fresh2.tsv, now tuned on; heldout_fresh3.tsv is the one no fix has seen),
each shown on phrasings that are not in it."""
from __future__ import annotations

import pytest

from bot.conversation.meaning import understand


def label(context: str, text: str) -> str:
    return understand(context, text).label


@pytest.mark.parametrize("text", ["yes share the lot", "of course they can", "i dont mind at all",
                                  "ok whatever helps", "im happy for them to have it all", "yeah send everything"])
def test_yes_to_sharing_in_other_words(text):
    assert label("consent", text) == "yes"


@pytest.mark.parametrize("text", ["just some", "only some bits", "some of it please"])
def test_some_parts_unnamed_gets_how_to_name_them(text):
    assert label("consent", text) == "help"


@pytest.mark.parametrize("text", ["i dont mind but not my medicines", "not my home please"])
def test_a_part_held_back_is_still_held_back(text):
    assert understand("consent", text, offered=["health", "medications", "home"]).kind == "value"


@pytest.mark.parametrize("text, want", [
    ("find me a real person", "human"), ("is there somebody to ring", "human"),
    ("i have changed my mind, i do not want to tell my story at all", "stop"), ("cancel the entire thing", "stop"),
])
def test_wishes_while_telling(text, want):
    assert label("telling", text) == want


@pytest.mark.parametrize("text, want", [
    ("kjhkjh", "invalid"), ("sdfsdf", "invalid"), ("and psoriasis", "add"), ("plus arthritis", "add"),
    ("yes but he also uses a nebuliser", "add"), ("yes but I also need to change the dose", "correct"),
])
def test_read_back_replies(text, want):
    assert label("readback", text) == want


@pytest.mark.parametrize("text", ["qwerty", "zxcvb", "lkjlkj"])
def test_keys_pressed_at_random_are_no_name(text):
    assert label("carer_name", text) == "invalid"


@pytest.mark.parametrize("text, role", [
    ("we live together, we're not married", "partner"), ("the other half", "partner"), ("hubby", "partner"),
    ("im his hubby", "husband"), ("we are cousins", "cousin"), ("im his da", "dad"), ("her aunty", "aunt"),
    ("just a neighbour really", "neighbour"),
])
def test_relationships(text, role):
    assert label("carer_relationship", text) == role


@pytest.mark.parametrize("text, want", [
    ("who keeps my details", "who"), ("save my story onto my laptop", "download"), ("donwload", "download"),
    ("take everything off your system please", "delete"), ("stop letting the council read it", "stop"),
    ("could you explain the choices", "help"),
])
def test_menu(text, want):
    assert label("menu", text) == want


@pytest.mark.parametrize("text, want", [
    ("its a three bedroom house with the bathroom upstairs so yes", "yes"),
    ("i would rather not answer that", "skip"),
])
def test_yes_no_said_last_and_declined(text, want):
    assert label("gap_yesno", text) == want


@pytest.mark.parametrize("text, born", [("boxing day 1939", "1939-12-26"), ("christmas eve 1950", "1950-12-24"),
                                        ("new years day 1948", "1948-01-01")])
def test_dates_of_birth_named_by_the_day(text, born):
    assert label("gap_dob", text) == born


def test_i_have_parental_responsibility():
    assert label("carer_basis", "i have got parental responsibility for him") == "parental_responsibility"


@pytest.mark.parametrize("text", ["same", "same no", "i already said"])
def test_no_name_from_a_complaint(text):
    """A stranger's "same no" was kept as the carer's name "Same"."""
    assert understand("carer_name", text).kind != "value"


def test_what_is_this_question_is_help():
    """A stranger's "what is this question, I not understand" at "What would you like to achieve?" was kept
    as his goal."""
    assert label("telling", "what is this question, I not understand") == "help"


@pytest.mark.parametrize("text, want", [("I want to come back to work", "story"), ("hoping to get back into work", "story"),
                                        ("ill come back to my story tomorrow", "later"), ("i will come back later", "later")])
def test_coming_back_to_work_is_a_goal_not_leaving(text, want):
    """A stranger's "I want to come back to work" got "That's fine ... When you come back to this chat"."""
    assert label("telling", text) == want


def test_a_number_first_then_words_names_both_services():
    """A stranger's "2 and the carers one for me" shared only with the carers' assessment (2 was dropped)."""
    offered = ["gp-practice", "community-nursing", "adult-social-care", "carers-assessment"]
    assert understand("choose_service", "2 and the carers one for me", offered=offered).value == [
        "community-nursing", "carers-assessment"]
    assert understand("choose_service", "3 things have changed since i last wrote", offered=offered).kind != "value"


def test_ring_me_instead_at_the_phone_question_asks_for_the_number():
    """A stranger's "ring me instead shes deaf on the phone" got "I am a computer, not a person"."""
    assert understand("gap_phone", "ring me instead shes deaf on the phone").kind == "invalid"
    assert understand("gap_phone", "can i talk to a real person").kind == "human"
