"""Envelope encryption with AES-256-GCM.

Each person has a random 256-bit data key. It is stored only wrapped (encrypted) by the
key-encryption key (KEK), which has an id so that keys can be rotated. Every ciphertext carries
associated data naming its person, record kind and version, so a ciphertext copied to another row
or another person fails to open.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from consent_store.errors import KeyConfigError, RecordUnreadable

NONCE_BYTES = 12
KEY_BYTES = 32


@dataclass(frozen=True)
class KeyEncryptionKey:
    key: bytes
    key_id: str

    @classmethod
    def from_bytes(cls, key: bytes) -> "KeyEncryptionKey":
        if len(key) != KEY_BYTES:
            raise ValueError("a key-encryption key is 32 bytes")
        return cls(key=key, key_id=hashlib.sha256(b"kek-id:" + key).hexdigest()[:16])

    def __repr__(self) -> str:  # never print key material
        return f"KeyEncryptionKey(key_id={self.key_id!r})"

    # A single key is a keyring of one (see consent_store.keys.Keyring).
    @property
    def current(self) -> "KeyEncryptionKey":
        return self

    def key_for(self, key_id: str) -> "KeyEncryptionKey":
        if key_id != self.key_id:
            raise KeyConfigError(f"no key-encryption key with id {key_id} is configured")
        return self


def associated_data(person_id: str, kind: str, version: int | str = 0) -> bytes:
    """What binds a ciphertext to its place: person, record kind and version."""
    return f"{person_id}\x1f{kind}\x1f{version}".encode()


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt and authenticate; returns nonce + ciphertext."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def unseal(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Open what `seal` made, or raise RecordUnreadable. Never returns partial plaintext."""
    if not isinstance(blob, (bytes, bytearray)) or len(blob) <= NONCE_BYTES:
        raise RecordUnreadable()
    try:
        return AESGCM(key).decrypt(bytes(blob[:NONCE_BYTES]), bytes(blob[NONCE_BYTES:]), aad)
    except (InvalidTag, ValueError):
        raise RecordUnreadable() from None


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def wrap_data_key(kek: KeyEncryptionKey, data_key: bytes, person_id: str) -> bytes:
    return seal(kek.key, data_key, associated_data(person_id, "data-key", kek.key_id))


def unwrap_data_key(kek: KeyEncryptionKey, wrapped: bytes, person_id: str) -> bytes:
    return unseal(kek.key, wrapped, associated_data(person_id, "data-key", kek.key_id))
