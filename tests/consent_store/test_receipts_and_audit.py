"""Consent receipts, the hash-chained disclosure log, and "who has my story?"."""
import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import select, text, update

from consent_store import audit, consent, outbox, people, receipts
from consent_store.schema import disclosures
from consent_store.settings import PROJECT_ROOT
from tests.conftest import NOW


@pytest.fixture
def person(sessions, kek):
    with sessions.begin() as session:
        return people.find_or_create_person(session, kek, "audited", NOW)


def test_grant_and_withdrawal_each_give_a_receipt_with_the_iso_27560_fields(sessions, person):
    until = NOW + timedelta(days=365)
    with sessions.begin() as session:
        granted = consent.grant_consent(session, person, "gp", ["health", "medications"], "GP update", "person",
                                        NOW, expires_at=until, items={"home": ["abc123"]})
        withdrawn = consent.withdraw_consent(session, granted.id, NOW + timedelta(days=1))
        assert consent.withdraw_consent(session, granted.id, NOW + timedelta(days=2)) is None
    given = consent.receipt(granted, receipts.GIVEN, "Riverside GP", person.audit_ref,
                            {"health": "Health", "medications": "Medicines", "home": "Home"})
    taken = consent.receipt(withdrawn, receipts.WITHDRAWN, "Riverside GP", person.audit_ref)
    for receipt in (given, taken):
        for field in ("version", "jurisdiction", "consentTimestamp", "collectionMethod", "consentReceiptID",
                      "language", "piiPrincipalId", "piiControllers", "policyUrl", "services", "sensitive",
                      "spiCat", "consentor", "withdrawal", "summary"):
            assert field in receipt, field
    assert given["consentReceiptID"] == granted.receipt_code != taken["consentReceiptID"] == withdrawn.withdrawal_code
    purpose = given["services"][0]["purposes"][0]
    assert purpose["piiCategory"] == ["Health", "Medicines", "1 item from Home"]
    assert purpose["termination"] == until.date().isoformat() and given["spiCat"] == ["health", "medications"]
    summary = " ".join(given["summary"])
    for words in ("Riverside GP", "Health", "GP update", until.date().isoformat(), "stop sharing with"):
        assert words in summary
    assert "stopped sharing" in " ".join(taken["summary"]) and taken["event"] == "withdrawn"


def _share(session, person, service="gp", sections=("health",)):
    granted = consent.grant_consent(session, person, service, list(sections), "care", "person", NOW)
    delivery = outbox.enqueue_delivery(session, person, service, granted.id, 1, list(sections), b'{"x":1}', NOW)
    return granted, delivery


def test_every_disclosure_is_logged_with_what_was_sent_and_its_outcome(sessions, person):
    with sessions.begin() as session:
        granted, delivery = _share(session, person)
        outbox.record_attempt(session, delivery.id, outbox.PENDING, NOW, "timeout")  # a retry: not an outcome
        outbox.record_attempt(session, delivery.id, outbox.SENT, NOW + timedelta(seconds=5))
        events = audit.events_of(session, person.audit_ref)
    assert [(e["event"], e["service_id"], e["sections"], e["profile_version"], e["consent_id"]) for e in events] \
        == [("queued", "gp", ["health"], 1, granted.id), ("delivered", "gp", ["health"], 1, granted.id)]
    assert events[0]["digest"] == events[1]["digest"] == delivery.digest


def test_who_has_my_story(sessions, person):
    with sessions.begin() as session:
        first, d1 = _share(session, person, "gp", ["health"])
        outbox.record_attempt(session, d1.id, outbox.SENT, NOW)
        second, d2 = _share(session, person, "gp", ["medications"])
        outbox.record_attempt(session, d2.id, outbox.SENT, NOW + timedelta(days=2))
        _, d3 = _share(session, person, "housing", ["home"])
        outbox.record_attempt(session, d3.id, outbox.FAILED, NOW, "410 gone")
        held = audit.who_has(session, person.audit_ref)
    assert [(h.service_id, h.sections, h.since, h.consent_ids) for h in held] == [
        ("gp", ("health", "medications"), NOW, (first.id, second.id))]


def _chain(sessions, kek, n=6):
    with sessions.begin() as session:
        someone = people.find_or_create_person(session, kek, "chained", NOW)
        for i in range(n):
            audit.record(session, someone.audit_ref, audit.QUEUED, NOW + timedelta(seconds=i), "gp", ["health"], 1)
    with sessions.begin() as session:
        checked, problems = audit.verify_chain(session)
    assert (checked, problems) == (n, [])


@pytest.mark.parametrize("tamper, seq", [
    ("UPDATE disclosures SET service_id = 'someone-else' WHERE seq = 3", 3),
    ("DELETE FROM disclosures WHERE seq = 3", 4),
    ("UPDATE disclosures SET seq = CASE seq WHEN 2 THEN 5 WHEN 5 THEN 2 END WHERE seq IN (2, 5)", 2),
])
def test_an_edited_deleted_or_reordered_row_is_detected(sessions, kek, tamper, seq):
    _chain(sessions, kek)
    with sessions.begin() as session:
        if "seq = CASE" in tamper:  # move the rows out of the way first: seq is the primary key
            session.execute(text("UPDATE disclosures SET seq = seq + 100 WHERE seq IN (2, 5)"))
            session.execute(text("UPDATE disclosures SET seq = CASE seq WHEN 102 THEN 5 WHEN 105 THEN 2 END "
                                 "WHERE seq IN (102, 105)"))
        else:
            session.execute(text(tamper))
    with sessions.begin() as session:
        _, problems = audit.verify_chain(session)
    assert problems and problems[0].seq == seq


def test_verify_audit_command_reports_intact_and_tampered(tmp_path, kek):
    from consent_store.database import make_engine, make_sessionmaker, migrate
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    engine = make_engine(url)
    migrate(engine)
    sessions = make_sessionmaker(engine)
    _chain(sessions, kek, 3)
    env = {**os.environ, "TELL_DATABASE_URL": url, "TELL_VAR_DIR": str(tmp_path), "RASA_TELEMETRY_ENABLED": "false"}
    command = [sys.executable, "-m", "consent_store", "verify-audit"]
    ok = subprocess.run(command, env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and "intact: 3 rows" in ok.stdout, ok.stderr[-2000:]
    with sessions.begin() as session:
        session.execute(update(disclosures).where(disclosures.c.seq == 2).values(digest="f" * 64))
    bad = subprocess.run(command, env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "row 2:" in bad.stdout and "NOT intact" in bad.stdout
    engine.dispose()


def test_the_log_names_nobody(sessions, person):
    with sessions.begin() as session:
        _share(session, person)
        rows = session.execute(select(disclosures)).all()
    flat = json.dumps([list(map(str, row)) for row in rows])
    assert person.id not in flat and person.audit_ref in flat


@pytest.mark.parametrize("granted_by, says", [("self", None), ("person", None),
                                              ("carer", "Agreed by a carer"),
                                              ("representative", "Agreed by a representative")])
def test_the_receipt_says_who_agreed(sessions, person, granted_by, says):
    with sessions.begin() as session:
        granted = consent.grant_consent(session, person, "gp", ["health"], "care", granted_by, NOW)
    summary = " ".join(consent.receipt(granted, receipts.GIVEN, "GP", person.audit_ref)["summary"])
    if says:
        assert says in summary
    else:
        assert "Agreed by" not in summary
