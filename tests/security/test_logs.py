"""Issue 16, item 3: no words of a story, and no conversation id, in any file under var/ whatever
fails. Real action errors are forced in the running stack (a sealed draft whose bytes were flipped;
a store that refuses to write), then every file under var/ (logs, stores) is searched."""
from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

import pytest

from tests.journey_steps import rest_speaker

FIRST = "I'm Perpetua Wolstenholme and I can't climb the stairs at Quince Mews. I have Behcet's disease."
SECOND = "I take apremilast, and I want to go back to Llandudno. Fenland choirs matter to me."
WORDS = ["Perpetua", "Wolstenholme", "Quince Mews", "Behcet", "apremilast", "Llandudno", "Fenland choirs",
         "climb the stairs"]


@pytest.fixture(scope="module")
def stack_options() -> dict:
    """A stack of its own (tests/conftest.py): every sealed draft of the stack is made unreadable,
    and its store refuses to write drafts for a while."""
    return {"own": True}


def store(stack) -> sqlite3.Connection:
    return sqlite3.connect(Path(stack.var_dir) / "consent_store.sqlite3", timeout=30)


def cookie_like_sender() -> str:
    """A secret sender id, as random as a web-chat cookie: whoever has it reads the story. (REST
    refuses a web-chat cookie's own shape, 43 URL-safe characters: bot/rasa/channels/rest.py.)"""
    return "rest-" + secrets.token_urlsafe(32)


def search_var(stack, secrets_: list[str]) -> list[str]:
    found = []
    for path in Path(stack.var_dir).rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            found += [f"{word!r} in {path.relative_to(stack.var_dir)}" for word in secrets_ if word.encode() in content]
    return found


def logged_errors(stack) -> str:
    return "".join(path.read_text(errors="replace") for path in (Path(stack.var_dir) / "log").glob("*.log"))


def test_an_action_that_fails_on_a_tampered_record_leaves_no_words_and_no_sender_id_in_var(embedded_stack):
    sender = cookie_like_sender()
    say = rest_speaker(embedded_stack, sender)
    say("hello")
    say("/tell_about_me")
    assert "I have kept that" in say(FIRST)
    with store(embedded_stack) as db:  # every sealed draft fails its check from now on
        for person_id, sealed in db.execute("SELECT person_id, ciphertext FROM story_drafts").fetchall():
            flipped = bytearray(sealed)
            flipped[len(flipped) // 2] ^= 0xFF
            db.execute("UPDATE story_drafts SET ciphertext = ? WHERE person_id = ?", (bytes(flipped), person_id))
    errors_before = logged_errors(embedded_stack).count("Traceback")
    say(SECOND)
    say("that's all")
    assert logged_errors(embedded_stack).count("Traceback") > errors_before, "no action failed: nothing was tested"
    assert not search_var(embedded_stack, [*WORDS, sender])


def test_an_action_that_fails_to_write_leaves_no_words_and_no_sender_id_in_var(embedded_stack):
    sender = cookie_like_sender()
    say = rest_speaker(embedded_stack, sender)
    say("hello")
    say("/tell_about_me")
    with store(embedded_stack) as db:  # the store refuses every write of a story from now on
        for event in ("INSERT", "UPDATE"):
            db.execute(f"CREATE TRIGGER refuse_draft_{event.lower()} BEFORE {event} ON story_drafts "
                       "BEGIN SELECT RAISE(ABORT, 'the store refuses writes'); END")
    try:
        errors_before = logged_errors(embedded_stack).count("Traceback")
        say(FIRST)
        say(SECOND)
        assert logged_errors(embedded_stack).count("Traceback") > errors_before, "no action failed"
    finally:
        with store(embedded_stack) as db:
            for event in ("insert", "update"):
                db.execute(f"DROP TRIGGER IF EXISTS refuse_draft_{event}")
    assert not search_var(embedded_stack, [*WORDS, sender])
