"""bot/conversation/meaning/whose.py: the person's name said in passing, with whose story it is or
beside how the carer is related (a stranger's "she is called doris" was not understood, and
"im her granddaughter, doris" at the name question was asked again)."""
import pytest

from bot.conversation.meaning import carer_answer, teller_meaning
from bot.conversation.meaning.whose import name_said_with


@pytest.mark.parametrize("text, name", [
    ("she is called doris", "Doris"),
    ("hes called ron smith", "Ron Smith"),
    ("hiya its for my nan doris", "Doris"),
    ("for my dad, Ron", "Ron"),
    ("its for my dad ron he has copd", "Ron"),
    ("her names jean and shes 84", "Jean"),
    ("for my nan, shes called doris", "Doris"),
    ("she is called mrs doris smith", "Mrs Doris Smith"),
])
def test_a_name_said_plainly_is_read(text, name):
    assert name_said_with(text) == name


@pytest.mark.parametrize("text", [
    "its for my nan", "for my mum today", "its for my mum who has dementia", "its about my wife, she has MS",
    "my mum bill", "for my dad please", "i look after my husband",
])
def test_no_name_is_made_up_from_other_words(text):
    assert name_said_with(text) is None


@pytest.mark.parametrize("text, name", [
    ("she is called doris", "Doris"),
    ("im her granddaughter, doris", "Doris"),
    ("doris - im her granddaughter", "Doris"),
    ("its doris and im her granddaughter", "Doris"),
])
def test_the_name_question_takes_the_name_in_any_order(text, name):
    assert carer_answer("name", text) == name


@pytest.mark.parametrize("text", ["im her grandaughter", "my nan", "im her granddaughter and carer",
                                  "she is 84 and has dementia and lives alone, i do her shopping"])
def test_no_name_at_the_name_question_is_none(text):
    assert carer_answer("name", text) is None


@pytest.mark.parametrize("text, whose", [
    ("she is called doris", "carer"), ("hes called ron", "carer"), ("my mums", "carer"), ("my nans", "carer"),
    ("ma ain story", "self"), ("I was on here last week and got a PIN", "returning"), ("Back again!", "returning"),
    ("ive done this already, want to change something", "returning"),
    ("I have used this service previously.", "returning"), ("about me, i was in hospital before", "self"),
])
def test_whose_story_in_more_words(text, whose):
    meant = teller_meaning(text)
    assert (meant.kind, meant.value) == ("value", whose)


def test_not_sure_what_to_pick_is_help():
    assert teller_meaning("not sure what to pick, can you explain").kind == "help"
