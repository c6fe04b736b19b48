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
