"""The record of repeats forgets what it would tell again once a conversation's story is erased or cleared, and drops a
number whose records have all expired (a second reader, session 18: the clear before saving was missed, and the numbers
were never let go)."""
from __future__ import annotations

import asyncio

from bot.rasa.channels.sms_repeats import MessageRepeats


async def _answer(text: str) -> str:
    return text


def test_a_repeat_after_erasure_tells_nothing_and_expired_numbers_are_let_go():
    async def run() -> None:
        repeats = MessageRepeats(b"k" * 32, keep_seconds=10)
        assert await repeats.once("AC", "SM1", 0.0, lambda: _answer("You have epilepsy."), sender="a") == \
            "You have epilepsy."
        await repeats.once("AC", "SM2", 0.0, lambda: _answer("Hello"), sender="b")
        repeats.erased("a", "nothing")
        assert await repeats.once("AC", "SM1", 1.0, lambda: _answer("handled again")) == "nothing"
        await repeats.once("AC", "SM3", 20.0, lambda: _answer("later"), sender="c")  # SM1 and SM2 expire
        assert "b" not in repeats._of_sender and set(repeats._sender_of.values()) == {"c"}

    asyncio.run(run())
