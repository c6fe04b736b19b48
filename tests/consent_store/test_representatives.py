"""People who speak for others: relationship, basis, and what each basis may agree to."""
import pytest
from sqlalchemy import select

from consent_store import consent, people
from consent_store import representatives as reps
from consent_store.schema import representatives as table
from tests.conftest import NOW


@pytest.fixture
def person(sessions, kek):
    with sessions.begin() as session:
        return people.find_or_create_person(session, kek, "represented", NOW)


def _add(sessions, person, basis, age=None):
    with sessions.begin() as session:
        return reps.add_representative(session, person, "Sam Carter", "daughter", basis, NOW, subject_age=age)


def test_a_property_and_finance_attorney_cannot_consent_to_health_sections(sessions, person):
    attorney = _add(sessions, person, reps.LPA_PROPERTY_FINANCE)
    with sessions.begin() as session, pytest.raises(reps.NotPermitted) as refused:
        consent.grant_consent(session, person, "gp", ["health", "work_money"], "care", "", NOW,
                              representative=attorney)
    assert "health" in str(refused.value) and "work_money" not in str(refused.value)
    with sessions.begin() as session:
        granted = consent.grant_consent(session, person, "welfare", ["work_money"], "benefits advice", "",
                                        NOW, representative=attorney)
    assert (granted.granted_by, granted.basis, granted.representative_id) == (
        "representative", reps.LPA_PROPERTY_FINANCE, attorney.id)


@pytest.mark.parametrize("basis", [reps.LPA_HEALTH_WELFARE, reps.DEPUTY_PERSONAL_WELFARE, reps.OWN_AGREEMENT])
def test_health_and_welfare_bases_may_consent_to_health(sessions, person, basis):
    rep = _add(sessions, person, basis)
    with sessions.begin() as session:
        assert consent.grant_consent(session, person, "gp", ["health"], "care", "", NOW,
                                     representative=rep).basis == basis


def test_parental_responsibility_is_for_a_child_under_16_only(sessions, person):
    with pytest.raises(reps.NotPermitted):
        _add(sessions, person, reps.PARENTAL_RESPONSIBILITY, age=16)
    with pytest.raises(reps.NotPermitted):
        _add(sessions, person, reps.PARENTAL_RESPONSIBILITY, age=None)
    parent = _add(sessions, person, reps.PARENTAL_RESPONSIBILITY, age=11)
    with sessions.begin() as session:
        assert consent.grant_consent(session, person, "gp", ["health"], "care", "", NOW, representative=parent)


def test_a_revoked_representative_can_agree_to_nothing(sessions, person):
    rep = _add(sessions, person, reps.LPA_HEALTH_WELFARE)
    with sessions.begin() as session:
        reps.revoke_representative(session, person, rep.id, NOW)
        revoked = reps.get_representative(session, person, rep.id)
        with pytest.raises(reps.NotPermitted):
            consent.grant_consent(session, person, "gp", ["health"], "care", "", NOW, representative=revoked)


def test_the_name_is_sealed_and_the_basis_is_recorded(sessions, person):
    rep = _add(sessions, person, reps.DEPUTY_PROPERTY_AFFAIRS)
    with sessions.begin() as session:
        row = session.execute(select(table)).one()
        assert b"Sam Carter" not in row.sealed_name
        listed = reps.representatives_of(session, person)
    assert [(r.name, r.relationship, r.basis) for r in listed] == [("Sam Carter", "daughter", rep.basis)]
    with pytest.raises(ValueError):
        _add(sessions, person, "a cousin's say-so")


def test_a_version_told_by_a_representative_says_so(sessions, person):
    rep = _add(sessions, person, reps.LPA_HEALTH_WELFARE)
    with sessions.begin() as session:
        people.save_profile_version(session, person, {"sections": {}}, "carer", NOW, representative_id=rep.id)
        latest = people.latest_profile(session, person)
    assert (latest.told_by, latest.representative_id) == ("carer", rep.id)
