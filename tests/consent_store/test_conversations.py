"""Rasa's conversation history, sealed per conversation (SQLite and PostgreSQL)."""
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from consent_store import conversations, erasure, people
from consent_store.errors import RecordUnreadable
from consent_store.schema import conversations as table
from tests.conftest import NOW

DIALOGUE = {"sender_id": "web-abc", "dialogue": {"name": "web-abc", "events": [
    {"event": "user", "text": "I have Quennell's syndrome and I live in Thistlewood Court"}]}}


def test_a_conversation_is_kept_sealed_and_read_back(sessions, kek):
    with sessions.begin() as session:
        conversations.save(session, kek, "hash-1", DIALOGUE, NOW)
        conversations.save(session, kek, "hash-1", DIALOGUE, NOW)  # a second save: revision 2
    with sessions.begin() as session:
        assert conversations.load(session, kek, "hash-1") == DIALOGUE
        assert conversations.load(session, kek, "hash-2") is None
        row = session.execute(select(table)).one()
    assert row.revision == 2
    assert b"Quennell" not in row.ciphertext and b"Thistlewood" not in row.ciphertext


def test_a_row_moved_to_another_conversation_or_rolled_back_does_not_open(sessions, kek):
    with sessions.begin() as session:
        conversations.save(session, kek, "hash-1", DIALOGUE, NOW)
        conversations.save(session, kek, "hash-2", {"sender_id": "other", "dialogue": {}}, NOW)
        first = session.execute(select(table).where(table.c.handle_hash == "hash-1")).one()
        session.execute(update(table).where(table.c.handle_hash == "hash-2").values(
            ciphertext=first.ciphertext, wrapped_data_key=first.wrapped_data_key))
    with sessions.begin() as session, pytest.raises(RecordUnreadable):
        conversations.load(session, kek, "hash-2")
    with sessions.begin() as session:
        session.execute(update(table).where(table.c.handle_hash == "hash-1").values(revision=5))
    with sessions.begin() as session, pytest.raises(RecordUnreadable):
        conversations.load(session, kek, "hash-1")


def test_conversations_past_the_retention_period_are_deleted(sessions, kek):
    with sessions.begin() as session:
        conversations.save(session, kek, "old", DIALOGUE, NOW - timedelta(days=31))
        conversations.save(session, kek, "recent", DIALOGUE, NOW - timedelta(days=1))
        assert conversations.forget_older_than(session, NOW - timedelta(days=30)) == 1
    with sessions.begin() as session:
        assert conversations.load(session, kek, "old") is None
        assert conversations.load(session, kek, "recent") == DIALOGUE


def test_erasing_a_person_deletes_their_conversations(sessions, kek):
    with sessions.begin() as session:
        person = people.find_or_create_person(session, kek, "hash-web", NOW)
        people.add_contact_handle(session, person, "hash-phone", "phone", "+447700900123", NOW)
        for handle in ("hash-web", "hash-phone", "hash-someone-else"):
            conversations.save(session, kek, handle, DIALOGUE, NOW)
        erasure.erase_person(session, person, NOW)
    with sessions.begin() as session:
        left = [row.handle_hash for row in session.execute(select(table.c.handle_hash))]
    assert left == ["hash-someone-else"]


def test_what_the_fast_json_will_not_take_is_kept_too_and_older_rows_still_open(sessions, kek):
    import json

    import numpy as np

    from consent_store import crypto

    odd = {"sender_id": "web-odd", "dialogue": {"events": [
        {"event": "slot", "name": "count", "value": 2**70},  # beyond 64 bits
        {"event": "user", "parse_data": {"intent": {"name": np.str_("greet"), "confidence": np.float32(0.5)}},
         "text": "emoji 🙂 and ‮bidi"}]}}
    with sessions.begin() as session:
        conversations.save(session, kek, "hash-odd", odd, NOW)
        # a row as the standard library wrote them before, with a NaN it allowed
        conversations.save(session, kek, "hash-old", DIALOGUE, NOW)
        row = session.execute(select(table).where(table.c.handle_hash == "hash-old")).one()
        data_key = crypto.unwrap_data_key(kek, row.wrapped_data_key, "hash-old")
        old = {"sender_id": "web-old", "dialogue": {"events": [{"event": "slot", "name": "x", "value": float("nan")}]}}
        session.execute(update(table).where(table.c.handle_hash == "hash-old").values(ciphertext=crypto.seal(
            data_key, json.dumps(old).encode(), crypto.associated_data("hash-old", conversations.KIND, row.revision))))
    with sessions.begin() as session:
        found = conversations.load(session, kek, "hash-odd")
        events = found["dialogue"]["events"]
        assert events[0]["value"] == 2**70 and events[1]["parse_data"]["intent"] == {"name": "greet", "confidence": 0.5}
        assert events[1]["text"] == "emoji 🙂 and ‮bidi"
        value = conversations.load(session, kek, "hash-old")["dialogue"]["events"][0]["value"]
        assert value != value  # NaN
