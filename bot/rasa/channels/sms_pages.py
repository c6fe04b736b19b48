"""A long SMS reply in pages: at most PAGE_TEXTS texts at once, the last of them ending "Reply MORE
for the rest."; a text of just MORE gets the next page. Any other text moves the conversation on,
and the pages not asked for are dropped.

The pages waiting are kept in this process's memory only (like the answers in sms_repeats.py), by
conversation id (a keyed hash: no phone number), for `keep_seconds` (at most `max_entries`
conversations): nothing is written anywhere, so after a restart MORE is just a word to the
assistant. Time is a parameter.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Callable

MORE = "Reply MORE for the rest."
MORE_WORDS = frozenset({"more", "more please", "send more"})
PAGE_TEXTS = 3  # texts sent at once; more wait for MORE
KEEP_SECONDS = 3600.0
MAX_ENTRIES = 20_000


def paged(lay_out: Callable[[str], list[str]]) -> list[list[str]]:
    """The texts `lay_out(reserve)` gives, in pages of at most PAGE_TEXTS; every page but the last
    ends with MORE (laid out again with room for it, when there is more than one page)."""
    texts = lay_out("")
    if len(texts) <= PAGE_TEXTS:
        return [texts]
    texts = lay_out("\n" + MORE)
    pages = [texts[start:start + PAGE_TEXTS] for start in range(0, len(texts), PAGE_TEXTS)]
    for page in pages[:-1]:
        page[-1] += "\n" + MORE
    return pages


class WaitingPages:
    def __init__(self, keep_seconds: float = KEEP_SECONDS, max_entries: int = MAX_ENTRIES):
        self.keep_seconds = keep_seconds
        self.max_entries = max_entries
        self._pages: OrderedDict[str, tuple[float, list[list[str]]]] = OrderedDict()

    def _expire(self, now: float) -> None:
        while self._pages:
            key, (until, _) = next(iter(self._pages.items()))
            if until > now and len(self._pages) <= self.max_entries:
                break
            self._pages.popitem(last=False)

    def keep(self, conversation: str, pages: list[list[str]], now: float) -> None:
        """The pages after the one sent now wait for MORE (none: nothing waits)."""
        self._pages.pop(conversation, None)
        if pages:
            self._pages[conversation] = (now + self.keep_seconds, pages)
        self._expire(now)

    def next(self, conversation: str, now: float) -> list[str] | None:
        """The next page, if one waits (the rest keep waiting); else None."""
        self._expire(now)
        waiting = self._pages.pop(conversation, None)
        if waiting is None:
            return None
        page, *rest = waiting[1]
        self.keep(conversation, rest, now)
        return page

    def drop(self, conversation: str) -> None:
        self._pages.pop(conversation, None)
