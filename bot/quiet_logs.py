"""Run Rasa's command line with no message text or profile data in any log line, at any level.

`python -m bot.rasa_server run …` is `rasa run …` (and `… run actions …` the action server) with this
log-record factory installed first, so every record from every logger is redacted as it is made,
whatever handlers Rasa configures later. Rasa's DEBUG lines quote what people typed ("Received user
message '…'") and list slot values (a story is a slot value while it is told); both are replaced by
<redacted>: each line keeps its words up to the first quote, bracket, new line or ": ". A debug log
loses detail (quoted intent and action names too), never a person's words.
"""
from __future__ import annotations

import logging
import re
import traceback

_DATA_STARTS = re.compile(r"['\"{\[\n]|: ")


def redact(message: str) -> str:
    """Keep a log line's words up to where data begins (a quote, a bracket, a new line, ": "), then
    <redacted>: "Received user message '…' with intent …" becomes "Received user message <redacted>".
    Quotes cannot be paired reliably (a person types "can't"), so nothing after the first is kept."""
    found = _DATA_STARTS.search(message)
    return message if found is None else message[:found.start()].rstrip() + " <redacted>"


def _exception_text(exc_info) -> str:
    """A traceback's frames (our code and Rasa's, never input), and its last line redacted."""
    lines = traceback.format_exception(*exc_info)
    return "".join(lines[:-1]) + redact(lines[-1].rstrip("\n")) + "\n"


def install() -> None:
    make_record = logging.getLogRecordFactory()

    def quiet_record(*args, **kwargs) -> logging.LogRecord:
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

