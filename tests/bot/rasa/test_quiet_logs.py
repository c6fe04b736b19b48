import json
import logging
import subprocess
import sys
import threading
import warnings

import pytest

from bot.rasa.quiet_logs import exception_text, install, redact
from bot.settings import PROJECT_ROOT

TYPED = "Zebe" + "dee"  # built here, so no traceback's source line holds it
SENDER = "Kq3vXw9TzL0pR2mN" + "8bY5cH7dJ4fG6aS1eU0iO2wQ9xZ"  # a web chat's cookie value


@pytest.fixture
def installed(monkeypatch):
    """install(), and everything it replaces put back afterwards."""
    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    factory = logging.getLogRecordFactory()
    install()
    yield
    logging.setLogRecordFactory(factory)


def test_a_log_line_keeps_its_words_until_data_begins():
    assert redact("Received user message 'I can't manage the stairs' with intent 'x'") == \
        "Received user message <redacted>"
    assert redact("Current slot values: \n\tstory_done: I have asthma") == "Current slot values <redacted>"
    assert redact("{'readback_done': [\"health:You can't walk\"]}") == " <redacted>"
    assert redact("Starting Rasa server on http://127.0.0.1:5005") == "Starting Rasa server on http://127.0.0.1:5005"


def test_a_conversation_id_is_never_kept_even_outside_quotes():
    assert redact(f"Creating a new tracker for id {SENDER}") == "Creating a new tracker for id <id>"
    assert redact("conversation 3f2b8c9e-1d4a-4c55-9b1e-7a0c2d4e6f81 ended") == "conversation <id> ended"
    assert redact("running action_session_start now") == "running action_session_start now"


def test_every_record_is_redacted_as_it_is_made_whatever_the_handler(caplog, installed):
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("rasa.core.processor").debug("Received user message '%s' with intent", "my PIN is 2580")
        try:
            raise ValueError(f"could not parse {TYPED!r}")
        except ValueError:
            logging.getLogger("rasa").exception("failed on %s", TYPED)
    text = caplog.text + "".join(r.exc_text or "" for r in caplog.records)
    assert "2580" not in text and TYPED not in text and "Received user message <redacted>" in text


def rasa_sdk_error_body() -> str:
    """What rasa-sdk answered when an action failed: the whole request, story and sender included."""
    return json.dumps({"error": "record could not be decrypted", "request_body": {
        "sender_id": SENDER, "tracker": {"slots": {"story_done": f"I'm {TYPED} and I have asthma"}}}})


def failing_action_call():
    """Rasa's error for a failed action: its own, caused by the action server's reply, which was
    raised while handling another error: a chain of three, as Rasa 3.6 logs it."""
    from rasa.shared.exceptions import RasaException
    from rasa.utils.endpoints import ClientResponseError

    try:
        try:
            raise KeyError(f"story of {TYPED}")
        except KeyError:
            raise ClientResponseError(500, "Internal Server Error", rasa_sdk_error_body())  # noqa: B904
    except ClientResponseError as reply:
        raise RasaException(f"Failed to execute custom action for {SENDER}") from reply


def test_a_chained_exception_keeps_its_frames_and_types_but_no_words_ids_or_error_bodies(caplog, installed):
    with caplog.at_level(logging.ERROR):
        try:
            failing_action_call()
        except Exception as problem:  # noqa: BLE001
            logging.getLogger("rasa.core.processor").error("Encountered an exception", exc_info=problem)
    logged = caplog.text + "".join(r.exc_text or "" for r in caplog.records)
    assert "in failing_action_call" in logged  # the frames are kept, so the fault can be found
    for kind in ("KeyError", "rasa.utils.endpoints.ClientResponseError", "rasa.shared.exceptions.RasaException"):
        assert kind in logged
    assert "direct cause" in logged and "During handling" in logged
    leaked = [word for word in (TYPED, "asthma", SENDER, "request_body", "story_done") if word in logged]
    assert not leaked, leaked


def test_exception_arguments_are_redacted_whatever_their_shape():
    for problem in (ValueError("bad value", {"story": TYPED}), KeyError(TYPED), RuntimeError(f"id {SENDER}"),
                    OSError(2, "No such file", f"/tmp/{TYPED}")):
        try:
            raise problem
        except Exception as raised:  # noqa: BLE001
            text = exception_text(raised)
        assert TYPED not in text and SENDER not in text and type(problem).__name__ in text


def test_the_stores_and_the_databases_errors_keep_what_failed():
    import sqlite3

    from consent_store.errors import RecordUnreadable

    for problem, kept in ((sqlite3.OperationalError("database is locked"), "database is locked"),
                          (RecordUnreadable(), "could not be decrypted"),
                          (ConnectionRefusedError(111, "Connect call failed"), "Connect call failed")):
        try:
            raise problem
        except Exception as raised:  # noqa: BLE001
            assert kept in exception_text(raised)


def test_a_cycle_in_the_chain_is_written_once():
    first, second = ValueError("a"), ValueError("b")
    first.__context__, second.__context__ = second, first
    assert exception_text(first).count("ValueError") == 2


def test_warnings_and_uncaught_exceptions_on_stderr_are_redacted():
    """In a process of its own, as Rasa's: Python writes these to stderr itself (the launcher sends
    stderr to var/log/)."""
    program = (
        "import threading, warnings\n"
        "from bot.rasa.quiet_logs import install\n"
        "from tests.bot.rasa.test_quiet_logs import TYPED, failing_action_call\n"
        "install()\n"
        "warnings.warn(f'slot value {TYPED!r} looks odd', UserWarning)\n"
        "thread = threading.Thread(target=failing_action_call)\n"
        "thread.start()\n"
        "thread.join()\n"
        "raise RuntimeError(f'could not keep {TYPED}')\n")
    ran = subprocess.run([sys.executable, "-c", program], cwd=PROJECT_ROOT, capture_output=True, text=True,
                         timeout=120)
    assert ran.returncode == 1
    for kind in ("UserWarning", "RasaException", "RuntimeError"):
        assert kind in ran.stderr, ran.stderr
    assert TYPED not in ran.stderr and SENDER not in ran.stderr
