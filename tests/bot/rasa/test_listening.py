"""The help for a refused message (bot/rasa/listening.py): read at its beginning and end, whatever made it refused (a
NUL or half a character in an SMS must not stop the check), and nothing for an ordinary one."""
from __future__ import annotations

import asyncio

from bot.rasa.listening import REFUSED_READ, help_for_refused


def test_a_refused_message_with_a_nul_or_half_a_character_is_still_checked():
    said, _ = asyncio.run(help_for_refused("i want to die\x00 \ud800 tonight", "Refused."))
    assert said and "116 123" in said and said.endswith("Refused.")


def test_the_end_of_a_very_long_message_is_read_and_an_ordinary_one_gets_nothing():
    filler = " ".join(f"on day {n} i went to the shops and bought some bread." for n in range(3 * REFUSED_READ // 50))
    said, _ = asyncio.run(help_for_refused(filler + "i am going to kill myself tonight", "Refused."))
    assert said and "116 123" in said
    assert asyncio.run(help_for_refused(filler, "Refused.")) == (None, False)


def test_what_the_beginning_and_the_end_tell_are_put_together():
    """A second reader (session 19): abuse at the start of a very long message hid a suicide at its end."""
    filler = " ".join(f"on day {n} i went to the shops and bought some bread." for n in range(3 * REFUSED_READ // 50))
    said, _ = asyncio.run(help_for_refused("My husband hits me and I am scared of him. " + filler
                                           + " i am going to kill myself tonight", "Refused."))
    assert said and "116 123" in said and "0808 2000 247" in said, said


def test_a_harm_by_others_texted_warns_that_the_phone_may_be_read():
    said, at_risk = asyncio.run(help_for_refused("my partner hits me and checks my phone. " * 60, "Too long.", by_sms=True))
    assert at_risk and said and "someone else reads your phone" in said
