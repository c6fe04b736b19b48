"""The help for a refused message (bot/rasa/listening.py): read at its beginning and end, whatever made it refused (a
NUL or half a character in an SMS must not stop the check), and nothing for an ordinary one."""
from __future__ import annotations

import asyncio

from bot.rasa.listening import REFUSED_READ, help_for_refused


def test_a_refused_message_with_a_nul_or_half_a_character_is_still_checked():
    said = asyncio.run(help_for_refused("i want to die\x00 \ud800 tonight", "Refused."))
    assert said and "116 123" in said and said.endswith("Refused.")


def test_the_end_of_a_very_long_message_is_read_and_an_ordinary_one_gets_nothing():
    filler = "my back hurts every day and i cant sleep. " * (3 * REFUSED_READ // 40)
    said = asyncio.run(help_for_refused(filler + "i am going to kill myself tonight", "Refused."))
    assert said and "116 123" in said
    assert asyncio.run(help_for_refused(filler, "Refused.")) is None
