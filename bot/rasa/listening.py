"""The safeguarding check as the servers run it: one detector per process, one check at a time (spaCy's vocabulary is
not shared between threads safely), in a thread so the server goes on answering others meanwhile; and the help for a
message refused as too long, which is checked all the same (a stranger, session 19: 25,000 characters ending "i am
going to kill myself tonight" got only "too long, not kept").
"""
from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understanding.safeguarding import Finding

_ONE_AT_A_TIME = threading.Lock()
# A refused message is read at its beginning and end, this much of each: what someone adds last to a long letter is
# the likeliest place for it ("... i am going to kill myself tonight"), and reading 100,000 characters would hold the
# detector for seconds.
REFUSED_READ = 20_000


def check(text: str) -> Finding:
    from bot.understanding.safeguarding import detector

    with _ONE_AT_A_TIME:
        return detector().check(text)


async def checked(text: str) -> Finding:
    return await asyncio.to_thread(check, text)


async def help_for_refused(text: str, refused: str) -> str | None:
    """The urgent help for a message refused as too long, ending with why it was refused (`refused`); None when it
    tells no danger. Its beginning and end are read (REFUSED_READ each)."""
    text = text.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")  # refused for a NUL or half a character
    parts = [text] if len(text) <= 2 * REFUSED_READ else [text[:REFUSED_READ], text[-REFUSED_READ:]]
    found = [await checked(part) for part in parts]
    sure = [f for f in found if f.concern and not f.tentative] or [f for f in found if f.reply()]
    return sure[0].reply(refused) if sure else None  # what was heard surely first (the end's, not the start's guess)
