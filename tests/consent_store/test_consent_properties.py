"""Property-based: across random profiles, consents, withdrawals and expiries, nothing unconsented
ever appears in a consented view."""
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.sections import SECTION_KEYS
from consent_store import consent, people
from consent_store.consent import Consent
from tests.conftest import NOW

SERVICES = ("gp", "housing", "welfare")
item_ids = st.text(alphabet="abcdef0123456789", min_size=3, max_size=6)
items = st.fixed_dictionaries({"text": st.text(max_size=20), "id": item_ids})
profiles = st.fixed_dictionaries({"sections": st.dictionaries(st.sampled_from(SECTION_KEYS),
                                                              st.lists(items, max_size=4), max_size=13)})
minutes = st.integers(min_value=-120, max_value=120).map(lambda m: NOW + timedelta(minutes=m))


@st.composite
def consents(draw):
    return Consent(
        id=draw(st.uuids()).hex, person_id="p", service_id=draw(st.sampled_from(SERVICES)),
        sections=tuple(draw(st.lists(st.sampled_from(SECTION_KEYS), max_size=4, unique=True))),
        purpose="care", granted_by="person", granted_at=NOW - timedelta(days=1),
        expires_at=draw(st.none() | minutes), withdrawn_at=draw(st.none() | minutes), receipt_code="X",
        items=draw(st.dictionaries(st.sampled_from(SECTION_KEYS), st.lists(item_ids, max_size=3).map(tuple),
                                   max_size=3)))


def allowed(consent_list, service, now):
    live = [c for c in consent_list if c.service_id == service
            and (c.withdrawn_at is None or now < c.withdrawn_at) and (c.expires_at is None or now < c.expires_at)]
    return ({s for c in live for s in c.sections},
            {(s, i) for c in live for s, ids in c.items.items() for i in ids})


@settings(max_examples=400, deadline=None)
@given(profiles, st.lists(consents(), max_size=6), st.sampled_from(SERVICES), minutes)
def test_no_unconsented_section_or_item_ever_appears(profile, consent_list, service, now):
    view = consent.view_from(consent_list, profile, service, now)
    sections, single = allowed(consent_list, service, now)
    for section, shown in view["sections"].items():
        for item in shown:
            assert item in profile["sections"][section]
            assert section in sections or (section, item["id"]) in single
    # and nothing allowed is held back
    for section in sections & set(profile["sections"]):
        if profile["sections"][section]:
            assert view["sections"][section] == profile["sections"][section]


@settings(max_examples=200, deadline=None)
@given(profiles, st.lists(consents(), max_size=4), minutes)
def test_withdrawn_and_expired_consents_open_nothing(profile, consent_list, now):
    dead = [c for c in consent_list if (c.withdrawn_at and c.withdrawn_at <= now) or
            (c.expires_at and c.expires_at <= now)]
    for service in SERVICES:
        assert consent.view_from(dead, profile, service, now) == {"sections": {}}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])
@given(profile=profiles, grants=st.lists(st.tuples(st.sampled_from(SERVICES),
                                                   st.lists(st.sampled_from(SECTION_KEYS), min_size=1,
                                                            max_size=3, unique=True),
                                                   st.booleans(), st.none() | minutes), max_size=4),
       service=st.sampled_from(SERVICES), now=minutes)
def test_the_same_holds_through_the_database(sessions, kek, profile, grants, service, now):
    with sessions.begin() as session:
        person = people.find_or_create_person(session, kek, f"prop-{id(profile)}-{len(grants)}", NOW)
        for granted_service, sections, withdraw, expires in grants:
            granted = consent.grant_consent(session, person, granted_service, sections, "care", "person",
                                            NOW - timedelta(days=1), expires_at=expires)
            if withdraw:
                consent.withdraw_consent(session, granted.id, NOW)
        view = consent.consented_view(session, person, profile, service, now)
        live = {s for c in consent.consents_of(session, person, service) if c.is_live(now) for s in c.sections}
        session.rollback()
    assert set(view["sections"]) <= live
