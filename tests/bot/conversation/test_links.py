"""Signed links (bot/conversation/links.py): none can be minted from what the store keeps."""
from __future__ import annotations

from bot.conversation import pathway
from bot.conversation.journey.person import person_or_new
from bot.conversation.links import link_mac, link_ok
from consent_store import people
from tests.conftest import NOW


def test_a_pathway_link_cannot_be_minted_from_a_conversation_handle(rt):
    # A sender "pathway:<id>.<expiry>" put handle_hash(lookup key, that text) into the conversations
    # table: the very signature the pathway link used.
    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, "victim")
    payload = f"{person.id}.{int(NOW.timestamp()) + 600}"
    for purpose in ("pathway", "about-me"):
        minted = people.handle_hash(rt.lookup_key, f"{purpose}:{payload}")[:32]
        assert pathway.person_of_link(rt, f"{payload}.{minted}", NOW) is None
    good = f"{payload}.{link_mac(rt.lookup_key, 'pathway', payload)}"
    assert pathway.person_of_link(rt, good, NOW) == person.id


def test_a_signature_is_for_one_purpose_and_odd_text_is_no_match():
    key = b"k" * 32
    mac = link_mac(key, "pathway", "p.1")
    assert link_ok(key, "pathway", "p.1", mac)
    assert not link_ok(key, "download", "p.1", mac)
    assert not link_ok(key, "viewer", "p.1", mac)
    assert not link_ok(b"other" * 7, "pathway", "p.1", mac)
    for odd in ("\xe9" * 32, "", "\x00", mac.upper()):
        assert not link_ok(key, "pathway", "p.1", odd)


def test_no_number_is_kept_for_someone_with_no_saved_story(rt):
    # The SMS channel kept the number of anyone who had texted a line, before any story was saved
    # (found by an attacker's probe; docs/pathway.md says only a person with a saved story).
    with rt.sessions.begin() as session:
        person_or_new(rt, session, "sms-new")
    assert pathway.remember_sms_number(rt, "sms-new", "+447700900844", NOW) is False
