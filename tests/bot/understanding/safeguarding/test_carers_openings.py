"""A carer saying who they are ("I am Roy, her husband. She has dementia") is a carer's opening: the
classifier alone, which has read "her husband" beside abuse by a partner, raised domestic abuse on it (a
stranger, session 13). What a carer says of harm, with the same opening, is heard as ever."""
import pytest


@pytest.mark.parametrize("text", [
    "I am Roy, her husband. She has dementia",
    "im his daughter, dad has parkinsons",
    "writing this for my wife, she had a stroke",
])
def test_a_carer_saying_who_they_are_is_no_alarm(listening, text):
    assert not listening.check(text).concern


@pytest.mark.parametrize("text", [
    "I am his wife and I am scared of him",
    "I am her daughter, her boyfriend hits her",
    "writing this for my mum, her partner controls her money and wont let her out",
    "I am his wife, he has dementia and last night he grabbed me by the throat",
])
def test_harm_told_after_the_same_opening_is_heard(listening, text):
    assert listening.check(text).concern
