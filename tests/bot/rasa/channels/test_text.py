"""What every channel does to text first, and SMS segment arithmetic."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.rasa.channels.text import MessageRefused, normalise, segments, split_for_sms, with_numbered_options


def test_text_is_nfc_and_loses_invisible_direction_controls():
    assert normalise("cafe\u0301 \u202eevil\u202c", 100) == "café evil"
    assert normalise("\u2067right\u2069 \u200fto", 100) == "right to"


def test_nul_and_overlong_messages_are_refused_plainly():
    with pytest.raises(MessageRefused, match="character I can't read"):
        normalise("a\x00b", 100)
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
