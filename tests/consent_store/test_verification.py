"""A returning person's PIN or passphrase: scrypt, a limit on attempts, and a lock-out."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from consent_store import people, verification
from consent_store.schema import credentials
from tests.conftest import NOW

FAST = 2**10  # the same scrypt, cheaper, so the suite stays quick; production uses COST


@pytest.fixture
def person(sessions, kek):
    with sessions.begin() as session:
        someone = people.find_or_create_person(session, kek, "pin-person", NOW)
        verification.set_secret(session, someone, "4862", NOW, cost=FAST)
    return someone


def test_the_right_pin_passes_and_only_a_digest_is_stored(sessions, person):
    with sessions.begin() as session:
        assert verification.verify(session, person, "4862", NOW).ok
        row = session.execute(select(credentials)).one()
        assert b"4862" not in row.digest and len(row.salt) == 16 and row.cost == FAST


def test_wrong_tries_are_counted_and_five_lock_the_record_even_against_the_right_pin(sessions, person):
    with sessions.begin() as session:
        results = [verification.verify(session, person, "0000", NOW) for _ in range(5)]
    assert [r.attempts_left for r in results] == [4, 3, 2, 1, 0]
    assert results[-1].locked_until == NOW + timedelta(minutes=15)
    with sessions.begin() as session:
        locked = verification.verify(session, person, "4862", NOW + timedelta(minutes=14))
        assert not locked.ok and locked.locked_until == NOW + timedelta(minutes=15)
        assert verification.verify(session, person, "4862", NOW + timedelta(minutes=16)).ok


def test_a_second_lock_out_lasts_twice_as_long(sessions, person):
    with sessions.begin() as session:
        for _ in range(5):
            verification.verify(session, person, "1111", NOW)
        later = NOW + timedelta(minutes=16)
        for _ in range(5):
            result = verification.verify(session, person, "1111", later)
    assert result.locked_until == later + timedelta(minutes=30)


def test_a_success_resets_the_count(sessions, person):
    with sessions.begin() as session:
        verification.verify(session, person, "9999", NOW)
        verification.verify(session, person, "4862", NOW)
        assert verification.verify(session, person, "9999", NOW).attempts_left == 4


@pytest.mark.parametrize("secret", ["12", "1111", "1234", "9876", "short", "aaaaaaaaaa",
                                    "1947", "2001",  # a year (a stranger chose her nan's birth year)
                                    # among the first guesses: a shape (straight down the keypad, a block
                                    # repeated, each digit doubled) or one of the most chosen; 2580 was accepted
                                    "2580", "0852", "1004", "1212", "6969", "1122", "123123", "112233", "121212",
                                    # longer than the 4 to 8 numbers asked for: a phone number (a stranger, session 25)
                                    "01632960555", "447700900123"])
def test_easy_secrets_are_refused_with_a_reason(sessions, kek, secret):
    with sessions.begin() as session:
        someone = people.find_or_create_person(session, kek, f"weak-{secret}", NOW)
        with pytest.raises(verification.WeakSecret) as refused:
            verification.set_secret(session, someone, secret, NOW, cost=FAST)
    assert str(refused.value).endswith(".")


@pytest.mark.parametrize("secret", ["3917", "4862", "5183", "246810", "1357", "90210"])
def test_pins_that_are_no_shape_are_taken(sessions, kek, secret):
    with sessions.begin() as session:
        someone = people.find_or_create_person(session, kek, f"fine-{secret}", NOW)
        verification.set_secret(session, someone, secret, NOW, cost=FAST)
        assert verification.verify(session, someone, secret, NOW).ok


def test_a_passphrase_ignores_extra_spaces_and_nobody_without_one_passes(sessions, kek):
    with sessions.begin() as session:
        someone = people.find_or_create_person(session, kek, "phrase", NOW)
        assert not verification.verify(session, someone, "anything", NOW).ok
        verification.set_secret(session, someone, "blue  kettle garden", NOW, cost=FAST)
        assert verification.verify(session, someone, " blue kettle   garden ", NOW).ok
        assert not verification.verify(session, someone, "blue kettle", NOW).ok
