"""A message in another language than English (bot/conversation/meaning/language.py), found by strangers
writing in Welsh and Polish (issue 19, 2026-12-03); English with a name, a Welsh or Polish word, Scots
or text-speak in it is still English."""
import pytest

from bot.conversation.meaning import in_another_language, understand


@pytest.mark.parametrize("text", [
    "Dw i ddim yn siarad Saesneg yn dda", "Rwy'n gofalu am fy mam", "Helo, dw i eisiau help", "Diolch yn fawr",
    "Mae gan fy mam dementia a diabetes", "Dzień dobry, nie mówię po angielsku", "Moja mama i tata mają cukrzycę",
    "Nie rozumiem", "Czy mogę mówić po polsku?", "DZIEN DOBRY NIE MOWIE PO ANGIELSKU", "Привет, я не говорю по-английски",
])
def test_welsh_polish_and_other_scripts_are_another_language(text):
    assert in_another_language(text)
    assert understand("telling", text).kind == "other_language"
    assert understand("teller", text).kind == "other_language"


@pytest.mark.parametrize("text", [
    "Kasia Nowak", "my husband Wojciech has copd", "I live in Llanfairpwll with my nain", "my mam has dementia",
    "ma da", "me mam", "its for my mum Siân", "I take salbutamol and ramipril", "tak i think so", "a tad tired",
    "Beth has a cold", "plis help", "im finised nw", "Jean", "Nie",
])
def test_english_with_other_words_in_it_is_english(text):
    assert not in_another_language(text)


def test_a_polish_name_in_lower_case_is_still_a_name_at_the_name_question():
    assert understand("carer_name", "kasia nowak").label == "Kasia Nowak"


@pytest.mark.parametrize("text", ["It is all", "I finish", "that is all for now", "it is all for now", "i am finish"])
def test_second_language_ways_of_saying_done(text):
    assert understand("telling", text).kind == "done"


@pytest.mark.parametrize("text", ["it is all my fault", "I finish work at 5"])
def test_done_words_in_a_sentence_are_story(text):
    assert understand("telling", text).kind == "story"
