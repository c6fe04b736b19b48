"""What every channel does to text first, and SMS segment arithmetic."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.rasa.channels.text import normalise, segments, split_for_sms, with_numbered_options
from bot.rasa.errors import MessageRefused


def test_text_is_nfc_and_loses_invisible_direction_controls():
    assert normalise("cafe\u0301 \u202eevil\u202c", 100) == "café evil"
    assert normalise("\u2067right\u2069 \u200fto", 100) == "right to"


def test_nul_and_overlong_messages_are_refused_plainly():
    with pytest.raises(MessageRefused, match="character I can't read"):
        normalise("a\x00b", 100)
    with pytest.raises(MessageRefused, match="character I can't read"):
        normalise("a\ud800b", 100)  # half of a character, as JSON can carry it: no text can be stored with it
    with pytest.raises(MessageRefused, match="smaller parts"):
        normalise("x" * 1601, 1600)
    assert normalise("x" * 1600, 1600) == "x" * 1600


@pytest.mark.parametrize("text,count", [
    ("a" * 160, 1), ("a" * 161, 2), ("a" * 306, 2), ("a" * 307, 3),
    ("€" * 80, 1), ("€" * 81, 2),  # an extension character takes two septets
    ("é" * 160, 1),  # é is in the GSM alphabet
    ("ł" * 70, 1), ("ł" * 71, 2), ("😀" * 35, 1), ("😀" * 36, 2),  # UCS-2; an emoji is two units
])
def test_segments_follow_gsm_7_and_ucs_2(text, count):
    assert segments(text) == count


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc dé.\n€😀ł!?")), max_size=3000))
def test_a_long_reply_is_split_into_texts_of_three_segments_losing_no_word(text):
    parts = split_for_sms(text)
    assert all(segments(p) <= 3 for p in parts)
    assert "".join("".join(parts).split()) == "".join(text.split())


def test_a_reply_is_broken_between_sentences_where_it_can_be():
    sentence = "You take metformin twice a day. "
    parts = split_for_sms(sentence * 40)
    assert len(parts) > 1 and all(p.endswith(".") for p in parts)


def test_buttons_become_numbered_options():
    text = with_numbered_options("Is that right?", [{"title": "Yes", "payload": "/affirm"},
                                                    {"title": "No", "payload": "/deny"}])
    assert text == "Is that right?\nReply 1 for Yes, 2 for No."
    assert with_numbered_options("Hello", []) == "Hello"


def numbered_list(items: list[str]) -> str:
    return "These could use it:\n" + "\n".join(f"{n}. {item}" for n, item in enumerate(items, start=1))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("abcde .,")), min_size=1, max_size=400)
                .map(lambda s: ("Item " + s).strip()), min_size=2, max_size=12))
def test_a_text_never_ends_with_a_list_number_cut_from_its_item(items):
    parts = split_for_sms(numbered_list(items))
    for part in parts:
        assert not re.search(r"(^|\s)\d{1,2}\.$", part), part
    for n in range(1, len(items) + 1):  # every number is followed by its item, in whichever text it is
        assert any(re.search(rf"(?m)^{n}\. Item", part) for part in parts)


def test_a_list_number_stays_with_its_item_where_sentences_are_broken():
    item = "A service that visits you at home. " * 6
    parts = split_for_sms(numbered_list([item.strip()] * 3))
    assert len(parts) > 1 and not any(re.search(r"\d\.$", p) for p in parts)


def test_the_same_options_are_said_once_in_one_text():
    finished = [{"title": "That's all", "payload": "/finish_story"}]
    whole = "\n".join([with_numbered_options("Thank you, I have kept that.", finished),
                       with_numbered_options("What matters most to you?", finished)])
    (text,) = split_for_sms(whole)
    assert text.count("Reply 1 for That's all.") == 1 and text.endswith("Reply 1 for That's all.")
    assert "Thank you, I have kept that." in text and "What matters most to you?" in text


def test_options_the_text_already_numbers_are_not_listed_again():
    buttons = [{"title": "Carer's assessment", "payload": "a"}, {"title": "Employment support (Work and Health)",
                                                                 "payload": "b"}]
    listed = "These could use it:\n1. Carer's assessment\n2. Employment support (Work and Health)\nSay a number."
    assert with_numbered_options(listed, buttons) == listed
    assert with_numbered_options("Which one?", buttons) == ("Which one?\nReply 1 for Carer's assessment, "
                                                           "2 for Employment support (Work and Health).")


def test_a_question_keeps_its_options_and_a_heading_its_items():
    """Found by strangers texting: "What would you like to do?" in one text and its "Reply 1 for …" in
    the next; a text ending "People who support you:" with its items in the next."""
    before = "I am a computer, not a person. " * 9
    section = ("People who support you:\n- Your neighbour Ruth does your shopping.\n- Your son visits on Sundays.\n"
               "Is this right about people who support you?\nReply 1 for Yes, 2 for Remove this, 3 for Something "
               "is wrong.")
    for filler in range(0, 200, 7):
        parts = split_for_sms(before[:filler + 40] + "\n" + section)
        assert any(section in p for p in parts), parts  # the whole section, question and options in one text
    menu = "What would you like to do?\nReply 1 for Who has my story?, 2 for Update my story, 3 for Nothing else."
    for filler in range(0, 420, 11):
        parts = split_for_sms("x " * filler + "\n" + menu)
        assert any(menu in p for p in parts), parts


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("abcde .,")), min_size=1, max_size=300)
                .map(lambda s: ("Item " + s).strip()), min_size=1, max_size=8),
       st.integers(min_value=0, max_value=450))
def test_a_text_never_ends_with_a_heading_or_a_question_cut_from_its_options(items, filler):
    whole = ("y " * filler + "\n" + numbered_list(items).replace("\n1.", "\n- 1.") +
             "\nIs this right?\nReply 1 for Yes, 2 for No.")
    parts = split_for_sms(whole)
    assert all(segments(p) <= 3 for p in parts)
    assert "".join("".join(parts).split()) == "".join(whole.split())
    for part in parts:
        assert not part.rstrip().endswith(":"), part
        assert not part.startswith("Reply 1 for"), part
    assert any(p.endswith("Is this right?\nReply 1 for Yes, 2 for No.") for p in parts)


def test_a_list_item_is_kept_whole_in_one_text_where_it_fits():
    item = "- Riverside Surgery, since 3 December 2026. It has your health and your medicines. Receipt: X2CG."
    parts = split_for_sms("These services have your story:\n" + "\n".join([item] * 9))
    assert len(parts) > 1 and all(line == item or line.endswith(":") for p in parts for line in p.split("\n"))


def test_control_characters_are_said_as_spaces_and_the_rest_kept():
    """A control character kept in a goal was read back over SMS, and no reply to that number could be written as XML
    again (the SMS fuzz test, session 38)."""
    assert normalise("to walk\x03 to the\x1b shops\x7f again\x85", 1600) == "to walk  to the  shops  again "
    assert normalise("line one\nline two\ttab", 1600) == "line one\nline two\ttab"
