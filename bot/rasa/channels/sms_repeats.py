"""Each SMS handled once: Twilio retries a webhook request it got no answer to in time, and a
signed request seen once can be sent again. A repeat of a MessageSid gets the answer the first got
(waiting for it if the first is still being handled) and reaches nothing else.

The record is a keyed hash (HMAC with the handle-lookup key) of the account and the MessageSid,
with the answer, kept in this process's memory for `keep_seconds` (at most `max_entries` of them):
no message id, and no answer, is written anywhere. A first attempt that failed is forgotten, so
that its retry is handled afresh. Time is a parameter.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
from collections import OrderedDict
from typing import Awaitable, Callable

KEEP_SECONDS = 3600.0  # Twilio's retries come within minutes
MAX_ENTRIES = 20_000


class MessageRepeats:
    def __init__(self, key: bytes, keep_seconds: float = KEEP_SECONDS, max_entries: int = MAX_ENTRIES):
        self._key = key
        self.keep_seconds = keep_seconds
        self.max_entries = max_entries
        self._answers: OrderedDict[str, tuple[float, asyncio.Future[str]]] = OrderedDict()
        self._of_sender: dict[str, set[str]] = {}  # a conversation's records, for `erased`
        self._sender_of: dict[str, str] = {}  # and each record's conversation

    def _record_key(self, account: str, message_id: str) -> str:
        return hmac.new(self._key, f"sms-message\0{account}\0{message_id}".encode(), hashlib.sha256).hexdigest()

    def _expire(self, now: float) -> None:
        while self._answers:
            key, (until, answer) = next(iter(self._answers.items()))
            if until > now and len(self._answers) <= self.max_entries:
                break
            if not answer.done() and until > now:
                break  # never drop one still being handled
            dropped, _ = self._answers.popitem(last=False)
            sender = self._sender_of.pop(dropped, None)
            if sender is not None:
                self._of_sender[sender].discard(dropped)
                if not self._of_sender[sender]:
                    del self._of_sender[sender]  # (a number's records all gone: the number too)

    def erased(self, sender: str, instead: str) -> None:
        """The conversation's story is erased: a repeat of any of its messages gets `instead` (a reply that says
        nothing), never the answer kept, which may tell what was erased (a stranger, session 18, replayed a signed
        request after "Everything is deleted" and was answered "You have epilepsy"), and still reaches nothing."""
        for key in self._of_sender.pop(sender, set()):
            self._sender_of.pop(key, None)
            if key in self._answers:
                until, _ = self._answers[key]
                blank: asyncio.Future[str] = asyncio.get_running_loop().create_future()
                blank.set_result(instead)
                self._answers[key] = (until, blank)

    async def once(self, account: str, message_id: str, now: float, handle: Callable[[], Awaitable[str]],
                   sender: str = "") -> str:
        """The answer to this message: `handle()`'s the first time, the same for a repeat."""
        self._expire(now)
        key = self._record_key(account, message_id)
        known = self._answers.get(key)
        if known is not None:
            return await asyncio.shield(known[1])
        answer: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._answers[key] = (now + self.keep_seconds, answer)
        if sender:
            self._of_sender.setdefault(sender, set()).add(key)
            self._sender_of[key] = sender
        try:
            result = await handle()
        except asyncio.CancelledError:
            self._answers.pop(key, None)
            answer.cancel()
            raise
        except Exception as error:
            self._answers.pop(key, None)
            answer.set_exception(error)  # a repeat waiting on it fails too
            answer.exception()  # (marked as seen, for asyncio's "never retrieved" warning)
            raise
        answer.set_result(result)
        return result
