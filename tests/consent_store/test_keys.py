import base64
import os
import stat

import pytest

from consent_store.errors import KeyConfigError
from consent_store.keys import load_kek, load_or_create_secret


def test_first_run_creates_a_key_file_readable_only_by_its_owner(tmp_path):
    path = tmp_path / "keys" / "master.key"
    first = load_kek(path, None)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert load_kek(path, None) == first  # the same key on the next start


def test_a_key_from_the_environment_wins_and_writes_no_file(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "master.key"
    assert load_or_create_secret(path, base64.b64encode(key).decode()) == key
    assert not path.exists()


@pytest.mark.parametrize("value", ["not base64!", base64.b64encode(b"short").decode()])
def test_a_malformed_key_fails_loudly(tmp_path, value):
    with pytest.raises(KeyConfigError):
        load_or_create_secret(tmp_path / "k", value)


def test_the_lookup_key_is_its_own_and_keeps_existing_hashes(tmp_path):
    import hashlib
    import hmac

    from consent_store.keys import load_or_create_lookup_key
    kek = load_kek(tmp_path / "master.key", None)
    fresh = load_or_create_lookup_key(tmp_path / "a" / "lookup.key", None, None)
    assert fresh != kek.key and len(fresh) == 32
    legacy = load_or_create_lookup_key(tmp_path / "b" / "lookup.key", None, kek)
    assert legacy == hmac.new(kek.key, b"handle-lookup-v1", hashlib.sha256).digest()
    assert load_or_create_lookup_key(tmp_path / "b" / "lookup.key", None, None) == legacy  # kept on disk


def test_a_keyring_opens_rows_wrapped_by_a_retired_key(tmp_path):
    import os as _os

    from consent_store import crypto
    from consent_store.errors import KeyConfigError
    from consent_store.keys import Keyring, load_keyring, retired_folder, write_secret
    master = tmp_path / "keys" / "master.key"
    old = load_keyring(master).current
    wrapped = crypto.wrap_data_key(old, b"d" * 32, "p1")
    write_secret(retired_folder(master) / f"{old.key_id}.key", old.key)
    write_secret(master, _os.urandom(32))
    ring = load_keyring(master)
    assert ring.current.key_id != old.key_id and old.key_id in ring.key_ids
    assert crypto.unwrap_data_key(ring.key_for(old.key_id), wrapped, "p1") == b"d" * 32
    with pytest.raises(KeyConfigError):
        Keyring(ring.current).key_for(old.key_id)
