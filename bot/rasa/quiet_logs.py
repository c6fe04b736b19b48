"""Run Rasa's command line with no message text, profile data or conversation id in any log line, at
any level, whatever fails.

`python -m bot.rasa.server run …` is `rasa run …` (and `… run actions …` the action server) with this
log-record factory installed first, so every record from every logger is redacted as it is made,
whatever handlers Rasa configures later. Rasa's DEBUG lines quote what people typed ("Received user
message '…'") and list slot values (a story is a slot value while it is told); both are replaced by
<redacted>: each line keeps its words up to the first quote, bracket, new line or ": ". A debug log
loses detail (quoted intent and action names too), never a person's words.

An exception logged with a record is written out here, not by the handler: every exception of the
chain (its `__cause__` and `__context__`, as Python prints them) with its frames (our code and
Rasa's, never input) and its type; its message only for the store's, the database's and the
network's errors, redacted like a line. Rasa logs an action server's error reply as the cause of
its own error, and rasa-sdk's reply quoted the whole tracker.
Id-like words (20 or more letters, digits, "-" or "_", with a digit or both cases: a web chat's
cookie, a keyed hash, a UUID) are replaced by <id> wherever a line keeps them: a conversation id
is a key to a person's story. Warnings and uncaught exceptions, written to stderr, get the same.
"""
from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
import warnings
from types import TracebackType
from typing import Any, TextIO

_DATA_STARTS = re.compile(r"['\"{\[\n]|: ")
_ID_LIKE = re.compile(r"[A-Za-z0-9_-]{20,}")


def _mask_id(found: re.Match[str]) -> str:
    word = found.group()
    mixed_case = any(c.isupper() for c in word) and any(c.islower() for c in word)
    return "<id>" if mixed_case or any(c.isdigit() for c in word) else word


def redact(message: str) -> str:
    """Keep a log line's words up to where data begins (a quote, a bracket, a new line, ": "), then
    <redacted>: "Received user message '…' with intent …" becomes "Received user message <redacted>".
    Quotes cannot be paired reliably (a person types "can't"), so nothing after the first is kept.
    Id-like words in what is kept become <id>."""
    found = _DATA_STARTS.search(message)
    kept = message if found is None else message[:found.start()].rstrip() + " <redacted>"
    return _ID_LIKE.sub(_mask_id, kept)


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _chain(exc: BaseException) -> list[tuple[BaseException, str]]:
    """The exceptions Python would print for `exc`, oldest first, each with what joins it to the
    next (as traceback.print_exception decides: a cause, else an unsuppressed context)."""
    links: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    joint = ""
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        links.append((current, joint))
        if current.__cause__ is not None:
            current, joint = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, joint = current.__context__, _CONTEXT
        else:
            current = None
    return links[::-1]


# Exceptions whose messages are kept (redacted like a line): the store's own errors (opaque by
# design), the database drivers' and the network's, which name what failed, never what was said.
# Any other exception is written as its type alone: a message made with an f-string can hold
# anything, unquoted ("could not parse I have asthma").
_PLAIN_SPOKEN = ("consent_store.", "sqlite3", "sqlalchemy.", "psycopg2", "aiohttp.", "asyncio.")


def _exception_line(exc: BaseException) -> str:
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ in ("builtins", "__main__") else f"{kind.__module__}.{kind.__qualname__}"
    if isinstance(exc, OSError) and exc.strerror:  # the system's words, not the file name
        return f"{name}: errno {exc.errno}, {redact(str(exc.strerror))}\n"
    if not kind.__module__.startswith(_PLAIN_SPOKEN):
        return f"{name}: <redacted>\n"
    try:
        text = str(exc)
    except Exception:  # noqa: BLE001 - an exception whose message cannot be made still has a type
        text = ""
    return f"{name}: {redact(text)}\n" if text else f"{name}\n"


def exception_text(exc: BaseException) -> str:
    """The whole traceback of `exc` as Python prints it (every chained exception, every frame), with
    each exception's message redacted or left out: frames are code, messages may quote input."""
    parts: list[str] = []
    for link, joint in _chain(exc):
        parts.append(joint)
        if link.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(link.__traceback__))
        parts.append(_exception_line(link))
    return "".join(parts)


ExcInfo = tuple[type[BaseException] | None, BaseException | None, TracebackType | None]


def _exception_text(exc_info: ExcInfo) -> str:
    exc = exc_info[1]
    return exception_text(exc) if exc is not None else ""


def install() -> None:
    """Redact every log record as it is made, and what Python itself writes to stderr: warnings and
    uncaught exceptions (in the main thread and in others)."""
    make_record = logging.getLogRecordFactory()

    def quiet_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        template = str(record.msg)
        if record.args:  # the arguments are the data: keep the words before the first of them
            cut = template.find("%")
            text = redact(template if cut < 0 else template[:cut] + "'")
        else:  # an f-string: the data is somewhere in the text
            text = redact(template)
        record.msg, record.args = text, ()
        if record.exc_info and record.exc_info[1] is not None:  # an exception's message may quote input
            record.exc_text = _exception_text(record.exc_info)
        return record

    logging.setLogRecordFactory(quiet_record)

    show_warning = warnings.showwarning

    def quiet_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                      file: TextIO | None = None, line: str | None = None) -> None:
        show_warning(redact(str(message)), category, filename, lineno, file, line)

    warnings.showwarning = quiet_warning

    def quiet_excepthook(kind: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
        sys.stderr.write(exception_text(exc) if exc is not None else f"{kind.__name__}\n")

    def quiet_thread_excepthook(hook_args: threading.ExceptHookArgs) -> None:
        if hook_args.exc_type is not SystemExit and hook_args.exc_value is not None:
            sys.stderr.write(f"Exception in a thread:\n{exception_text(hook_args.exc_value)}")

    sys.excepthook = quiet_excepthook
    threading.excepthook = quiet_thread_excepthook
