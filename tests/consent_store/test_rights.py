"""The person's rights: export everything (JSON and About Me), and erase everything."""
import json

import pytest
from sqlalchemy import func, select

from consent_store import audit, consent, conversations, erasure, export, outbox, people, representatives
from consent_store.schema import metadata, persons
from tests.conftest import NOW

PROFILE = {"sections": {
    "about_me": [{"text": "Margaret", "status": "current", "about": "subject", "kind": "name"}],
    "what_matters": [{"text": "my garden", "status": "current", "about": "subject"}],
    "health": [{"text": "asthma", "term": "asthma", "status": "negated", "about": "subject"},
               {"text": "diabetes", "term": "diabetes", "status": "current", "about": "subject"}],
    "communication": [{"text": "please text me", "status": "current", "about": "subject"}],
    "daily_living": [{"text": "I use a walking frame", "status": "current", "about": "subject"}],
    "support_network": [{"text": "my daughter Sue", "status": "current", "about": "subject"}],
    "home": [{"text": "third floor flat", "status": "current", "about": "subject"}],
}}


@pytest.fixture
def person(sessions, kek):
    with sessions.begin() as session:
        someone = people.find_or_create_person(session, kek, "rights", NOW)
        people.append_to_draft(session, someone, "I have diabetes", NOW)
        rep = representatives.add_representative(session, someone, "Sue Jones", "daughter",
                                                 representatives.LPA_HEALTH_WELFARE, NOW)
        people.save_profile_version(session, someone, PROFILE, "carer", NOW, representative_id=rep.id)
        people.add_contact_handle(session, someone, "hash-of-phone", "phone", "+447700900123", NOW)
        granted = consent.grant_consent(session, someone, "gp", ["health"], "GP update", "person", NOW)
        delivery = outbox.enqueue_delivery(session, someone, "gp", granted.id, 1, ["health"], b"{}", NOW)
        outbox.record_attempt(session, delivery.id, outbox.SENT, NOW)
        conversations.append(session, kek, "rights", "rights", [], NOW)
    return someone


def test_export_holds_the_whole_record(sessions, person):
    with sessions.begin() as session:
        record = export.export_record(session, person, service_names={"gp": "Riverside GP"})
    json.dumps(record)  # it is JSON
    assert record["draft"] == ["I have diabetes"]
    assert record["profile_versions"][0]["profile"]["sections"]["health"][1]["text"] == "diabetes"
    assert record["representatives"][0]["name"] == "Sue Jones"
    assert record["contact_handles"] == [{"kind": "phone", "handle": "+447700900123"}]
    assert record["consents"][0]["services"][0]["service"] == "Riverside GP"
    assert [e["event"] for e in record["disclosures"]] == ["queued", "delivered"]


def test_export_as_about_me_has_the_seven_prsb_sections(sessions, person):
    with sessions.begin() as session:
        document = export.export_record(session, person)["about_me"]
    assert list(document["sections"]) == list(export.ABOUT_ME_SECTIONS) and len(document["sections"]) == 7
    sections = document["sections"]
    assert sections["What is most important to me"] == ["my garden"]
    assert sections["My wellness"] == ["not asthma", "diabetes"]
    assert sections["Please do and please do not"] == ["please text me"]
    assert sections["People who are important to me"] == ["my daughter Sue"]
    assert document["supported to write this by"] == "Sue Jones (daughter)"
    assert document["date last updated"] == NOW.date().isoformat()


def test_erasure_removes_every_row_and_keeps_only_a_tombstone_in_the_log(sessions, person):
    with sessions.begin() as session:
        before = audit.count(session)
        tombstone = erasure.erase_person(session, person, NOW)
    with sessions.begin() as session:
        for table in metadata.sorted_tables:
            if table.name in ("disclosures", "key_rotations", "service_endpoints"):
                continue  # no person in them
            if table.name in ("conversations", "conversation_batches"):  # found by the keyed hash
                column, value = table.c.handle_hash, "rights"
            else:
                column, value = (table.c.person_id if "person_id" in table.c else table.c.id), person.id
            assert session.execute(select(func.count()).select_from(table)
                                   .where(column == value)).scalar_one() == 0, table.name
        assert session.execute(select(persons.c.id).where(persons.c.audit_ref == tombstone)).first() is None
        events = audit.events_of(session, tombstone)
        assert audit.count(session) == before + 1 and events[-1]["event"] == "erased"
        assert audit.verify_chain(session)[1] == []
