"""Issue 18, finding 5: a correction kept at the read-back as "Correction: …" kept the words of the instruction in the
fact it told ("oops add that i need help with cooking" went to a service as the need). Whatever the read-back step
passes on, the words of the instruction are no part of the fact; a fact that only sounds like one is kept whole."""
import re

import pytest

INSTRUCTION = re.compile(r"(?i)\b(correction|oops|whoops|btw|wait|hang on|add that|add in that|pls|plz|can u|could you|"
                         r"forgot|should say|put that)\b")


def _texts(profile):
    return [str(i["text"]) for items in profile["sections"].values() for i in items]


@pytest.mark.parametrize("said, fact", [
    ("Correction: oops add that i need help with cooking", "need help with cooking"),
    ("Correction: btw i need help with cooking", "need help with cooking"),
    ("Correction: it should say i need help with cooking", "need help with cooking"),
    ("Correction: hang on, I need help with washing", "need help with washing"),
    ("Correction: whoops can u add that i need help with shopping", "need help with shopping"),
    ("Correction: pls add in that my son helps me", "son"),
    ("Correction: i forgot to say i need help with cooking", "need help with cooking"),
    ("Correction: plz put that i need help getting dressed", "dress"),
])
def test_the_instruction_is_not_the_fact(structurer, said, fact):
    texts = _texts(structurer.structure(["I have asthma. I live alone.", said]))
    assert any(fact in text.lower() for text in texts), texts
    assert not [text for text in texts if INSTRUCTION.search(text)], texts


def test_words_that_only_look_like_an_instruction_are_kept(structurer):
    texts = _texts(structurer.structure(["I have ADHD.", "Correction: ADD not ADHD"]))
    assert "ADD" in texts, texts
