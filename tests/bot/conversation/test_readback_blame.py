"""A teen's "its all my fault lol" was read back as "Your dad left and its all your fault lol.": said back
by the assistant, it reads as blame. What the person feels is said as theirs: "you feel it is all your
fault"; someone else's words about it stay theirs ("Your mum says it is all your fault")."""
from __future__ import annotations

import re

import pytest

from bot.conversation.readback import read_back, second_person


@pytest.mark.parametrize("said, back", [
    ("my dad left and its all my fault lol", "Your dad left and you feel it is all your fault"),
    ("its all my fault", "You feel it is all your fault"),
    ("It's my fault they split up", "You feel it is your fault they split up"),
    ("everything is my fault tbh", "You feel everything is your fault"),
    ("I feel like its all my fault", "You feel like its all your fault"),
    ("My mum says its my fault", "Your mum says its your fault"),
])
def test_blame_is_read_back_as_what_the_person_feels(said, back):
    assert second_person(said).rstrip(".") == back


def test_a_teens_story_never_reads_back_as_blame(structurer):
    profile = structurer.structure(["im 16, my dad left and its all my fault lol. i feel anxious all the time"])
    lines = [line for group in read_back(profile) for line in group["lines"]]
    assert not any(re.search(r"(?i)\b(it'?s|it is) all your fault", line) and "feel" not in line for line in lines), lines
    assert any("you feel it is all your fault" in line for line in lines), lines
