import os

import pytest

from consent_store import crypto
from consent_store.crypto import KeyEncryptionKey
from consent_store.errors import RecordUnreadable


def test_round_trip_returns_the_plaintext():
    key = crypto.new_data_key()
    aad = crypto.associated_data("person-1", "profile", 3)
    blob = crypto.seal(key, "I have type 2 diabetes 🙂".encode(), aad)
    assert crypto.unseal(key, blob, aad).decode() == "I have type 2 diabetes 🙂"
    assert b"diabetes" not in blob


def test_each_seal_uses_a_fresh_nonce():
    key = crypto.new_data_key()
    aad = crypto.associated_data("p", "draft", 1)
    assert crypto.seal(key, b"same", aad) != crypto.seal(key, b"same", aad)


@pytest.mark.parametrize("position", [0, 5, 12, 20, -1])
def test_a_tampered_ciphertext_raises_one_opaque_error(position):
    key = crypto.new_data_key()
    aad = crypto.associated_data("p", "profile", 1)
    blob = bytearray(crypto.seal(key, b"my story", aad))
    blob[position] ^= 0x01
    with pytest.raises(RecordUnreadable) as raised:
        crypto.unseal(key, bytes(blob), aad)
    assert str(raised.value) == "record could not be decrypted"


@pytest.mark.parametrize("other", [("q", "profile", 1), ("p", "draft", 1), ("p", "profile", 2)])
def test_a_ciphertext_moved_to_another_person_kind_or_version_fails(other):
    key = crypto.new_data_key()
    blob = crypto.seal(key, b"my story", crypto.associated_data("p", "profile", 1))
    with pytest.raises(RecordUnreadable):
        crypto.unseal(key, blob, crypto.associated_data(*other))


def test_the_wrong_key_and_garbage_raise_the_same_error():
    aad = crypto.associated_data("p", "profile", 1)
    blob = crypto.seal(crypto.new_data_key(), b"my story", aad)
    with pytest.raises(RecordUnreadable):
        crypto.unseal(crypto.new_data_key(), blob, aad)
    for garbage in (b"", b"short", None, "text"):
        with pytest.raises(RecordUnreadable):
            crypto.unseal(crypto.new_data_key(), garbage, aad)


def test_a_data_key_unwraps_only_for_its_own_person_and_kek():
    kek = KeyEncryptionKey.from_bytes(os.urandom(32))
    data_key = crypto.new_data_key()
    wrapped = crypto.wrap_data_key(kek, data_key, "person-a")
    assert crypto.unwrap_data_key(kek, wrapped, "person-a") == data_key
    with pytest.raises(RecordUnreadable):
        crypto.unwrap_data_key(kek, wrapped, "person-b")
    with pytest.raises(RecordUnreadable):
        crypto.unwrap_data_key(KeyEncryptionKey.from_bytes(os.urandom(32)), wrapped, "person-a")


def test_key_material_never_appears_in_repr():
    kek = KeyEncryptionKey.from_bytes(b"k" * 32)
    assert "kkkk" not in repr(kek) and kek.key_id in repr(kek)
