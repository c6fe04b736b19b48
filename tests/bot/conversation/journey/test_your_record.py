"""The download link (bot/conversation/journey/your_record.py), with time as a parameter: it opens the
person's record until DOWNLOAD_MINUTES after it was made, and not after; a link for someone who kept
nothing is not made."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.conversation.journey import your_record
from bot.conversation.journey.person import person_or_new
from tests.conftest import NOW


def test_a_download_link_opens_the_record_until_it_expires(rt):
    with rt.sessions.begin() as session:
        person_or_new(rt, session, "downloads")
    token = your_record.download_token(rt, "downloads", NOW)
    assert token is not None
    lifetime = timedelta(minutes=your_record.DOWNLOAD_MINUTES)
    record = your_record.download(rt, token, NOW + lifetime - timedelta(seconds=1))
    assert record is not None and "about_me" in record
    assert your_record.download(rt, token, NOW + lifetime + timedelta(seconds=1)) is None
    later = your_record.download_token(rt, "downloads", NOW + lifetime * 2)  # made later, good later
    assert later is not None and your_record.download(rt, later, NOW + lifetime * 2) is not None


def test_no_link_for_someone_who_kept_nothing(rt):
    assert your_record.download_token(rt, "never-kept-anything", NOW) is None


def test_a_link_cannot_be_minted_from_the_conversations_table(rt):
    # A conversation's handle_hash is an HMAC under the lookup key of a sender id anyone can choose.
    # Links were signed with that same HMAC, so a sender "download:<id>.<expiry>" put a working
    # signature for anyone's record into the conversations table (found by an attacker's probe).
    from consent_store import people

    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, "victim")
    payload = f"{person.id}.{int(NOW.timestamp()) + 3600}"
    minted = people.handle_hash(rt.lookup_key, f"download:{payload}")[:32]
    assert your_record.download(rt, f"{payload}.{minted}", NOW) is None
    token = your_record.download_token(rt, "victim", NOW)
    assert token is not None and your_record.download(rt, token, NOW) is not None


@pytest.mark.parametrize("mac", ["\xe9" * 32, "é", "", "0" * 32, "g" * 40])
def test_a_link_with_any_odd_signature_is_simply_not_valid(rt, mac):
    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, "odd")
    assert your_record.download(rt, f"{person.id}.{int(NOW.timestamp()) + 60}.{mac}", NOW) is None
