"""The safeguarding check as the servers run it: one detector per process, one check at a time (spaCy's vocabulary is
not shared between threads safely: bot/understanding/one_at_a_time.py), in a thread so the server goes on answering
others meanwhile; and the help for a message refused as too long, which is checked all the same (a stranger, session 19: 25,000 characters ending "i am
going to kill myself tonight" got only "too long, not kept").
"""
from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understanding.safeguarding import Finding

# A refused message is read at its beginning and end, this much of each: what someone adds last to a long letter is
# the likeliest place for it ("... i am going to kill myself tonight"), and reading 100,000 characters would hold the
# detector for seconds.
REFUSED_READ = 20_000


def check(text: str) -> Finding:
    from bot.understanding.safeguarding import detector

    return detector().check(text)  # one reading at a time (bot/understanding/one_at_a_time.py)


async def checked(text: str) -> Finding:
    return await asyncio.to_thread(check, text)


async def help_for_refused(text: str, refused: str, by_sms: bool = False,
                           by_web: bool = False) -> tuple[str | None, bool]:
    """The urgent help for a message refused as too long (or unreadable), ending with why it was refused (`refused`),
    or None when it tells no danger; and whether a harm by others was told by SMS (the phone may be read: the caller
    stops texts); by the web chat (`by_web`), the page's way out is told. Its beginning and end are read (REFUSED_READ each), and what each tells is put together, as one
    check of the whole would (a second reader, session 19: a suicide at the end was lost beside abuse at the start)."""
    from bot.understanding.safeguarding.categories import (
        CATEGORIES,
        HARM_BY_OTHERS,
        PHONE_MAY_BE_READ,
        SCREEN_MAY_BE_SEEN,
    )

    text = text.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")  # refused for a NUL or half a character
    parts = [text] if len(text) <= 2 * REFUSED_READ else [text[:REFUSED_READ], text[-REFUSED_READ:]]
    found = [f for f in [await checked(part) for part in parts] if f.reply()]
    if not found:
        return None, False
    sure = [f for f in found if f.concern and not f.tentative]
    heard = sure or found
    kinds = {kind for f in heard for kind in f.categories}
    together = replace(heard[0], categories=sorted(kinds, key=list(CATEGORIES).index),
                       negated=[] if kinds else heard[0].negated, tentative=not sure and heard[0].tentative,
                       overdose=any(f.overdose for f in found), given=any(f.given for f in found),
                       emergency=any(f.emergency for f in found), a_child=any(f.a_child for f in found),
                       unwell=any(f.unwell for f in found), younger=all(f.younger for f in heard))
    at_risk = by_sms and bool(kinds & HARM_BY_OTHERS)
    screen = by_web and bool(kinds & HARM_BY_OTHERS)
    return together.reply(f"{PHONE_MAY_BE_READ} {refused}" if at_risk else f"{SCREEN_MAY_BE_SEEN} {refused}" if screen
                          else refused), at_risk

