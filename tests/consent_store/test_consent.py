"""Default deny: the consented view holds only what a live consent allows."""
from datetime import timedelta

from consent_store import consent, people
from tests.conftest import NOW

PROFILE = {"sections": {
    "health": [{"text": "type 2 diabetes"}],
    "medications": [{"text": "metformin"}],
    "home": [{"text": "third floor flat"}],
    "work_money": [{"text": "rent arrears"}],
}}


def _person(sessions, kek, handle="h"):
    with sessions.begin() as session:
        return people.find_or_create_person(session, kek, handle, NOW)


def test_with_no_consent_nothing_is_shared(sessions, kek):
    person = _person(sessions, kek)
    with sessions.begin() as session:
        assert consent.consented_view(session, person, PROFILE, "gp", NOW) == {"sections": {}}


def test_only_the_consented_sections_are_in_the_view(sessions, kek):
    person = _person(sessions, kek)
    with sessions.begin() as session:
        consent.grant_consent(session, person, "gp", ["health", "medications"], "care", "self", NOW)
    with sessions.begin() as session:
        view = consent.consented_view(session, person, PROFILE, "gp", NOW)
        assert set(view["sections"]) == {"health", "medications"}
        assert consent.consented_view(session, person, PROFILE, "housing", NOW) == {"sections": {}}


def test_withdrawal_and_expiry_take_effect_at_once(sessions, kek):
    person = _person(sessions, kek)
    with sessions.begin() as session:
        withdrawn = consent.grant_consent(session, person, "gp", ["health"], "care", "self", NOW)
        consent.grant_consent(session, person, "nurses", ["home"], "care", "self", NOW,
                              expires_at=NOW + timedelta(days=1))
    with sessions.begin() as session:
        consent.withdraw_consent(session, withdrawn.id, NOW + timedelta(minutes=1))
    with sessions.begin() as session:
        assert consent.consented_view(session, person, PROFILE, "gp", NOW + timedelta(minutes=1)) \
            == {"sections": {}}
        assert set(consent.consented_view(session, person, PROFILE, "nurses", NOW)["sections"]) == {"home"}
        assert consent.consented_view(session, person, PROFILE, "nurses",
                                      NOW + timedelta(days=1)) == {"sections": {}}


def test_one_persons_consent_never_opens_another_persons_view(sessions, kek):
    alice, bob = _person(sessions, kek, "alice"), _person(sessions, kek, "bob")
    with sessions.begin() as session:
        consent.grant_consent(session, alice, "gp", ["health"], "care", "self", NOW)
        assert consent.consented_view(session, bob, PROFILE, "gp", NOW) == {"sections": {}}


def test_filter_profile_drops_every_section_not_allowed():
    assert consent.filter_profile(PROFILE, {"home", "goals"}) == {"sections": {"home": PROFILE["sections"]["home"]}}
    assert consent.filter_profile(PROFILE, set()) == {"sections": {}}


def test_a_receipt_code_is_short_and_unambiguous(sessions, kek):
    person = _person(sessions, kek)
    with sessions.begin() as session:
        granted = consent.grant_consent(session, person, "gp", ["health"], "care", "self", NOW)
    assert len(granted.receipt_code) == 8
    assert not set(granted.receipt_code) & set("01ILO")


def test_withheld_words_do_not_reach_a_service_through_another_section():
    # A stranger said "not my medicines please, this is private"; "I take the naproxen and also
    # sertraline from doctor" was still delivered, under the services involved.
    profile = {"sections": {
        "health": [{"id": "h1", "text": "asthma", "term": "asthma", "source": {"start": 7, "end": 13}}],
        "medications": [{"id": "m1", "text": "naproxen", "term": "naproxen", "source": {"start": 51, "end": 59}},
                        {"id": "m2", "text": "sertraline", "term": "sertraline", "source": {"start": 69, "end": 79}}],
        "home": [{"id": "o1", "text": "the district nurse comes on Mondays to my flat", "source": {"start": 93, "end": 128}}],
        "services_involved": [
            {"id": "s1", "text": "I take the naproxen and also sertraline from doctor", "source": {"start": 40, "end": 91}},
            {"id": "s2", "text": "the district nurse comes on Mondays", "source": {"start": 93, "end": 128}},
            {"id": "s3", "text": "an answer given in the chat"}]}}
    view = consent.filter_profile(profile, {"health", "services_involved"})
    # A clause filed under two sections goes with the one shared: only a withheld fact withholds it.
    assert [i["id"] for i in view["sections"]["services_involved"]] == ["s2", "s3"]
    assert "medications" not in view["sections"] and view["sections"]["health"][0]["id"] == "h1"
    # An item the person allowed on its own is not withheld.
    view = consent.filter_profile(profile, {"services_involved"}, {"medications": {"m1", "m2"}})
    assert [i["id"] for i in view["sections"]["services_involved"]] == ["s1", "s2", "s3"]
