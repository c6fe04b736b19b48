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
