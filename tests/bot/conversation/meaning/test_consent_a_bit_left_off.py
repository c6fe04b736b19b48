"""At "Do you agree to share this?", a part to be left off, said without naming it, is asked about, never taken as no (a
stranger on the stack, session 28: "I dont want the doctors knowing about friday night, I dont want him sectioned. leave
that bit off" was a no, the GP was dropped and the chat said goodbye); Scots "no ma hoose bit" holds back the home."""
from __future__ import annotations

import pytest

from bot.conversation import meaning


@pytest.mark.parametrize("said", [
    "I dont want the doctors knowing about friday night, I dont want him sectioned. leave that bit off",
    "leave that bit off",
    "yes but leave those parts out",
    "i dont want them knowing about the drinking",
])
def test_a_part_left_off_unnamed_is_asked_about(said):
    assert meaning.consent_meaning(said).kind == "help", said


def test_the_home_said_in_scots_is_held_back():
    found = meaning.consent_meaning("aye but no ma hoose bit, Connor's name's in there")
    assert found.kind == "value" and "home" not in found.value and "health" in found.value, found


@pytest.mark.parametrize("said", ["no", "no thanks", "i do not want to share", "no, not the gp"])
def test_a_no_is_still_no(said):
    assert meaning.consent_meaning(said).kind == "no", said
