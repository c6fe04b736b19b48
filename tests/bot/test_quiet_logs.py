import logging

from bot.quiet_logs import install, redact


def test_a_log_line_keeps_its_words_until_data_begins():
    assert redact("Received user message 'I can't manage the stairs' with intent 'x'") == \
        "Received user message <redacted>"
    assert redact("Current slot values: \n\tstory_done: I have asthma") == "Current slot values <redacted>"
    assert redact("{'readback_done': [\"health:You can't walk\"]}") == " <redacted>"
    assert redact("Starting Rasa server on http://127.0.0.1:5005") == "Starting Rasa server on http://127.0.0.1:5005"


def test_every_record_is_redacted_as_it_is_made_whatever_the_handler(caplog):
    factory = logging.getLogRecordFactory()
    try:
        install()
        with caplog.at_level(logging.DEBUG):
            logging.getLogger("rasa.core.processor").debug("Received user message '%s' with intent", "my PIN is 2580")
            typed = "Zebe" + "dee"  # built here, so the traceback's source line does not hold it
            try:
                raise ValueError(f"could not parse {typed!r}")
            except ValueError:
                logging.getLogger("rasa").exception("failed on %s", typed)
    finally:
        logging.setLogRecordFactory(factory)
    text = caplog.text + "".join(r.exc_text or "" for r in caplog.records)
    assert "2580" not in text and "Zebedee" not in text and "Received user message <redacted>" in text
