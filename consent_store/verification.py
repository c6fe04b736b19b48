"""Verifying a returning person: a PIN or passphrase they set, kept only as an scrypt digest.

Five wrong tries lock the record for 15 minutes; each further lock-out doubles, up to a day. While
locked, nothing is checked at all, so guessing gains nothing. The result says how many tries are left
or until when it is locked, never whether the guess was close.

A PIN checked (or a first one set) is recorded for the conversation it was typed in, found by that
conversation's keyed hash, until VERIFIED_FOR has passed, or IDLE_FOR without the conversation using it
(`still_here`), or the conversation's next session ends it;
that record is all the rights gate (bot/conversation/rights.py) reads.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from consent_store.database import as_utc
from consent_store.errors import WeakSecret as WeakSecret
from consent_store.people import Person
from consent_store.schema import credentials, verifications

COST = 2**15          # scrypt n: about 75 ms and 32 MiB per check on these machines
BLOCK_SIZE, PARALLELISM, LENGTH, SALT_BYTES = 8, 1, 32, 16
MAX_ATTEMPTS = 5
FIRST_LOCKOUT = timedelta(minutes=15)
LONGEST_LOCKOUT = timedelta(days=1)
VERIFIED_FOR = timedelta(minutes=60)  # as long as a Rasa session, counted from the PIN, at most
# and no longer than this since the conversation last used it: a phone put down unlocked for a quarter of an hour asks
# for the PIN again (before session 36 a verified conversation stayed verified for the hour however long it sat idle)
IDLE_FOR = timedelta(minutes=15)


@dataclass(frozen=True)
class Check:
    ok: bool
    attempts_left: int
    locked_until: datetime | None


def check_strength(secret: str) -> None:
    if secret.isdigit():
        if len(secret) < 4:
            raise WeakSecret("A PIN needs at least 4 digits.")
        if len(secret) > 8:  # as it is asked for; and a phone number ("01632 960555", a stranger's) is no secret
            raise WeakSecret("A PIN is 4 to 8 numbers. That is longer, like a phone number, which others may know. "
                             "Please choose 4 to 8 numbers.")
        if secret in _MOST_CHOSEN:
            raise WeakSecret("That PIN is one of the first that people guess. Please choose other numbers.")
        if len(set(secret)) == 1 or secret in "0123456789012" or secret in "9876543210987" or _a_pattern(secret):
            raise WeakSecret("That PIN is too easy to guess. Please avoid repeated or running digits.")
        if len(secret) == 4 and 1900 <= int(secret) <= 2029:  # "1947", a birth year: among the first guesses
            raise WeakSecret("That PIN looks like a year, such as a year of birth, which is easy to guess. "
                             "Please choose other numbers.")
        return
    if len(secret.strip()) < 8:
        raise WeakSecret("A passphrase needs at least 8 characters, or use a PIN of 4 or more digits.")
    if re.fullmatch(r"(.)\1+", secret.strip()):
        raise WeakSecret("That passphrase is too easy to guess.")


# Among the first PINs an attacker tries (DataGenetics' study of 3.4 million four-digit PINs, 2012) that no other
# rule here catches: 1004 ranks 6th, and 2580, straight down a phone's keypad, 22nd (with 0852, straight up).
_MOST_CHOSEN = frozenset({"1004", "2580", "0852"})


def _a_pattern(pin: str) -> bool:
    """Whether a PIN of digits is a shape, not a choice: one block repeated ("1212", "123123") or each digit
    doubled ("1122", "112233")."""
    repeated = any(len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size) for size in range(1, len(pin) // 2 + 1))
    doubled = len(pin) % 2 == 0 and all(pin[i] == pin[i + 1] for i in range(0, len(pin), 2))
    return repeated or doubled


def _kdf(salt: bytes, cost: int) -> Scrypt:
    return Scrypt(salt=salt, length=LENGTH, n=cost, r=BLOCK_SIZE, p=PARALLELISM)


def _normalise(secret: str) -> bytes:
    return " ".join(secret.split()).encode()


@dataclass(frozen=True)
class PreparedSecret:
    salt: bytes
    digest: bytes
    cost: int


def prepare_secret(secret: str, cost: int = COST) -> PreparedSecret:
    """Check and derive a new secret (raises WeakSecret). Slow by design, so done before the
    transaction that stores it: on SQLite no one waits for the write lock meanwhile."""
    check_strength(secret)
    salt = os.urandom(SALT_BYTES)
    return PreparedSecret(salt, _kdf(salt, cost).derive(_normalise(secret)), cost)


def set_secret(session: Session, person: Person, secret: str | PreparedSecret, now: datetime,
               cost: int = COST) -> None:
    """Set or replace the person's PIN or passphrase (raises WeakSecret)."""
    prepared = secret if isinstance(secret, PreparedSecret) else prepare_secret(secret, cost)
    values = dict(salt=prepared.salt, digest=prepared.digest, cost=prepared.cost, failed_attempts=0,
                  locked_until=None, updated_at=now)
    exists = session.execute(select(credentials.c.person_id).where(credentials.c.person_id == person.id)
                             .with_for_update()).first()
    if exists:
        session.execute(update(credentials).where(credentials.c.person_id == person.id).values(**values))
    else:
        session.execute(insert(credentials).values(person_id=person.id, **values))


_HAS_SECRET = select(credentials.c.person_id).where(credentials.c.person_id == bindparam("person_id"))


def has_secret(session: Session, person: Person) -> bool:
    """Asked on every new session (built once, as people.py's hot reads are)."""
    return session.execute(_HAS_SECRET, {"person_id": person.id}).first() is not None


def matches(session: Session, person: Person, attempt: str) -> bool:
    """Whether `attempt` is the secret, without counting a try: only for "type it again" straight
    after setting it, never for verifying someone."""
    row = session.execute(select(credentials).where(credentials.c.person_id == person.id)).first()
    if row is None:
        return False
    try:
        _kdf(row.salt, row.cost).verify(_normalise(attempt), row.digest)
    except InvalidKey:
        return False
    return True


def verify(session: Session, person: Person, attempt: str, now: datetime) -> Check:
    """Check an attempt, counting failures and locking out after MAX_ATTEMPTS."""
    row = session.execute(select(credentials).where(credentials.c.person_id == person.id).with_for_update()).first()
    if row is None:
        return Check(ok=False, attempts_left=0, locked_until=None)
    locked_until = as_utc(row.locked_until)
    if locked_until and now < locked_until:
        return Check(ok=False, attempts_left=0, locked_until=locked_until)
    try:
        _kdf(row.salt, row.cost).verify(_normalise(attempt), row.digest)
    except InvalidKey:
        failures = row.failed_attempts + 1
        lock = None
        if failures % MAX_ATTEMPTS == 0:
            times = failures // MAX_ATTEMPTS
            lock = now + min(FIRST_LOCKOUT * 2 ** (times - 1), LONGEST_LOCKOUT)
        session.execute(update(credentials).where(credentials.c.person_id == person.id)
                        .values(failed_attempts=failures, locked_until=lock, updated_at=now))
        left = 0 if lock else MAX_ATTEMPTS - failures % MAX_ATTEMPTS
        return Check(ok=False, attempts_left=left, locked_until=lock)
    session.execute(update(credentials).where(credentials.c.person_id == person.id)
                    .values(failed_attempts=0, locked_until=None, updated_at=now))
    return Check(ok=True, attempts_left=MAX_ATTEMPTS, locked_until=None)


def record_verified(session: Session, person: Person, conversation: str, now: datetime,
                    lasts: timedelta = VERIFIED_FOR) -> None:
    """The person proved who they are in the conversation whose keyed hash is `conversation`."""
    session.execute(delete(verifications).where(verifications.c.handle_hash == conversation))
    session.execute(insert(verifications).values(handle_hash=conversation, person_id=person.id, verified_at=now,
                                                 expires_at=now + min(lasts, IDLE_FOR)))


def still_here(session: Session, conversation: str, now: datetime, lasts: timedelta = VERIFIED_FOR) -> None:
    """The verified conversation was used at `now`: its verification lasts IDLE_FOR more, never past `lasts` from the
    PIN. A verification already ended stays ended."""
    row = session.execute(select(verifications.c.verified_at, verifications.c.expires_at)
                          .where(verifications.c.handle_hash == conversation)).first()
    if row and now < as_utc(row.expires_at):
        session.execute(update(verifications).where(verifications.c.handle_hash == conversation)
                        .values(expires_at=min(as_utc(row.verified_at) + lasts, now + IDLE_FOR)))


def end_verification(session: Session, conversation: str) -> None:
    """A new session (or a wrong PIN) in the conversation: whoever is there proves it again."""
    session.execute(delete(verifications).where(verifications.c.handle_hash == conversation))


_VERIFIED = select(verifications.c.person_id, verifications.c.expires_at).where(
    verifications.c.handle_hash == bindparam("conversation"))


def is_verified(session: Session, person: Person, conversation: str, now: datetime) -> bool:
    """Whether `person` proved who they are in this conversation, in its current session, and
    not longer ago than the verification lasts."""
    row = session.execute(_VERIFIED, {"conversation": conversation}).first()
    return bool(row and row.person_id == person.id and now < as_utc(row.expires_at))
