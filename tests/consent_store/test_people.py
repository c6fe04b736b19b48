"""Persons, drafts and profile versions, on real SQLite and PostgreSQL."""
import pytest
from sqlalchemy import select, update

from consent_store import people
from consent_store.errors import RecordUnreadable
from consent_store.schema import profile_versions, story_drafts
from tests.conftest import NOW

PROFILE = {"sections": {"health": [{"text": "type 2 diabetes", "status": "current"}]}}


def test_a_handle_finds_the_same_person_and_another_handle_does_not(sessions, kek):
    key = b"l" * 32
    with sessions.begin() as session:
        alice = people.find_or_create_person(session, kek, people.handle_hash(key, "alice"), NOW)
    with sessions.begin() as session:
        again = people.find_or_create_person(session, kek, people.handle_hash(key, "alice"), NOW)
        assert again.id == alice.id and again.data_key == alice.data_key
        assert people.find_person(session, kek, people.handle_hash(key, "bob")) is None


def test_the_handle_is_stored_only_as_a_keyed_hash():
    assert people.handle_hash(b"a" * 32, "+447700900123") != people.handle_hash(b"b" * 32, "+447700900123")
    assert "447700900123" not in people.handle_hash(b"a" * 32, "+447700900123")


def test_a_story_told_over_several_messages_is_kept_in_order(sessions, kek):
    with sessions.begin() as session:
        person = people.find_or_create_person(session, kek, "h1", NOW)
        assert people.read_draft(session, person) == []
        people.append_to_draft(session, person, "I have diabetes.", NOW)
        people.append_to_draft(session, person, "我住在三楼 🏠", NOW)
    with sessions.begin() as session:
        assert people.read_draft(session, person) == ["I have diabetes.", "我住在三楼 🏠"]
        raw = session.execute(select(story_drafts.c.ciphertext)).scalar_one()
        assert b"diabetes" not in raw
        people.clear_draft(session, person)
        assert people.read_draft(session, person) == []


def test_profile_versions_are_appended_and_the_latest_is_read(sessions, kek):
    with sessions.begin() as session:
        person = people.find_or_create_person(session, kek, "h2", NOW)
        assert people.latest_profile(session, person) is None
        assert people.save_profile_version(session, person, PROFILE, "self", NOW) == 1
        second = {"sections": {"health": [{"text": "asthma", "status": "current"}]}}
        assert people.save_profile_version(session, person, second, "carer", NOW) == 2
    with sessions.begin() as session:
        latest = people.latest_profile(session, person)
        assert (latest.version, latest.told_by) == (2, "carer")
        assert latest.profile == people.with_item_ids(second)  # the same, with an id on each item
        assert latest.profile["sections"]["health"][0]["id"] == people.with_item_ids(second)["sections"]["health"][0]["id"]
        assert session.execute(select(profile_versions.c.version)).scalars().all() == [1, 2]


def test_a_profile_copied_into_another_persons_row_cannot_be_read(sessions, kek):
    with sessions.begin() as session:
        victim = people.find_or_create_person(session, kek, "victim", NOW)
        other = people.find_or_create_person(session, kek, "other", NOW)
        people.save_profile_version(session, victim, PROFILE, "self", NOW)
        people.save_profile_version(session, other, {"sections": {}}, "self", NOW)
    with sessions.begin() as session:
        stolen = session.execute(select(profile_versions.c.ciphertext)
                                 .where(profile_versions.c.person_id == victim.id)).scalar_one()
        session.execute(update(profile_versions).where(profile_versions.c.person_id == other.id)
                        .values(ciphertext=stolen))
    with sessions.begin() as session, pytest.raises(RecordUnreadable):
        people.latest_profile(session, other)


def test_a_phone_number_is_found_by_keyed_hash_and_stored_only_sealed(sessions, kek):
    from consent_store.schema import contact_handles
    key = b"k" * 32
    phone = "+447700900123"
    with sessions.begin() as session:
        person = people.find_or_create_person(session, kek, people.handle_hash(key, "web-session"), NOW)
        people.add_contact_handle(session, person, people.handle_hash(key, phone), "phone", phone, NOW)
    with sessions.begin() as session:
        found = people.find_person(session, kek, people.handle_hash(key, phone))
        assert found.id == person.id
        assert people.contact_handles_of(session, found) == [{"kind": "phone", "handle": phone}]
        row = session.execute(select(contact_handles)).one()
        assert phone not in row.handle_hash and phone.encode() not in row.sealed_handle
        assert people.find_person(session, kek, people.handle_hash(b"x" * 32, phone)) is None
