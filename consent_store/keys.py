"""Key-encryption keys (current and retired) and the handle-lookup key: from the environment, or
files created on first run."""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from pathlib import Path
from typing import Callable, Sequence

from consent_store.crypto import KEY_BYTES, KeyEncryptionKey
from consent_store.errors import KeyConfigError


def decode_key(text: str) -> bytes:
    """32 key bytes from base64 text, or KeyConfigError."""
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise KeyConfigError("the key must be 32 bytes, base64-encoded") from None
    if len(key) != KEY_BYTES:
        raise KeyConfigError("the key must be 32 bytes, base64-encoded")
    return key


def load_or_create_secret(path: Path, env_value: str | None) -> bytes:
    """A 32-byte secret from `env_value` (base64) if given, else from `path`.

    A missing file is created with fresh random bytes and 0600 permissions. The parent folder is
    created 0700.
    """
    if env_value:
        return decode_key(env_value)
    if path.exists():
        return decode_key(path.read_text())
    secret = os.urandom(KEY_BYTES)
    if not create_file_once(path, base64.b64encode(secret).decode() + "\n"):
        return decode_key(path.read_text())
    return secret


def create_file_once(path: Path, content: str) -> bool:
    """Write a secret file (mode 0600, folder 0700) unless it exists; False if another process or
    thread got there first. The file appears whole or not at all: it is written aside, then linked
    into place, which fails if the name is taken."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    aside = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}")
    fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(content)
        os.link(aside, path)
        return True
    except FileExistsError:
        return False
    finally:
        os.unlink(aside)


def load_kek(path: Path, env_value: str | None) -> KeyEncryptionKey:
    return KeyEncryptionKey.from_bytes(load_or_create_secret(path, env_value))


class Keyring:
    """The current key-encryption key and the retired ones still needed to unwrap older rows.

    Files: `<dir>/master.key` is current; `<dir>/retired/<key id>.key` are retired keys; a
    rotation in progress keeps its new key in `<dir>/master.key.next` until it becomes current.
    From the environment: TELL_MASTER_KEY (current) and TELL_RETIRED_KEYS (comma-separated).
    """

    def __init__(self, current: KeyEncryptionKey, retired: Sequence[KeyEncryptionKey] = (),
                 reload: Callable[[], "Keyring"] | None = None) -> None:
        self.current = current
        self._keys = {key.key_id: key for key in (*retired, current)}
        self._reload = reload

    def key_for(self, key_id: str) -> KeyEncryptionKey:
        if key_id not in self._keys and self._reload is not None:
            # Another process rotated the key while this one ran (files only): take the keys as
            # they are now, and seal with the new current key from here on.
            fresh = self._reload()
            self.current, self._keys = fresh.current, {**self._keys, **fresh._keys}
        try:
            return self._keys[key_id]
        except KeyError:
            raise KeyConfigError(f"no key-encryption key with id {key_id} is configured") from None

    @property
    def key_ids(self) -> tuple[str, ...]:
        return tuple(self._keys)

    def __repr__(self) -> str:
        return f"Keyring(current={self.current.key_id!r}, keys={len(self._keys)})"


def retired_folder(master_path: Path) -> Path:
    return master_path.parent / "retired"


def load_keyring(master_path: Path, env_value: str | None = None, retired_env: str | None = None) -> Keyring:
    current = load_kek(master_path, env_value)
    retired = [KeyEncryptionKey.from_bytes(decode_key(value)) for value in (retired_env or "").split(",")
               if value.strip()]
    folder = retired_folder(master_path)
    if not env_value and folder.is_dir():
        retired += [KeyEncryptionKey.from_bytes(decode_key(path.read_text())) for path in sorted(folder.glob("*.key"))]
    # With key files, a key this process has not seen is looked for again (a rotation by another
    # process); keys from the environment change only with a restart.
    reload = None if env_value else (lambda: load_keyring(master_path, None, retired_env))
    return Keyring(current, retired, reload)


def write_secret(path: Path, secret: bytes) -> None:
    """Write a key file 0600 and make it durable before anyone relies on it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(base64.b64encode(secret).decode() + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def load_or_create_lookup_key(path: Path, env_value: str | None, legacy_kek: KeyEncryptionKey | None) -> bytes:
    """The key for hashing handles, kept apart from the KEK so that the KEK can be rotated.

    Stores that hashed handles before this key had its own file used HMAC(KEK, "handle-lookup-v1");
    the first run writes that value to the file so existing people are still found."""
    if env_value:
        return decode_key(env_value)
    if path.exists():
        return decode_key(path.read_text())
    if legacy_kek is not None:
        write_secret(path, hmac.new(legacy_kek.key, b"handle-lookup-v1", hashlib.sha256).digest())
        return decode_key(path.read_text())
    return load_or_create_secret(path, None)


def load_or_create_audit_key(path: Path, env_value: str | None) -> bytes:
    """The disclosure log's MAC key (TELL_AUDIT_KEY, or `<var>/keys/audit.key`, 0600). Apart from
    the database, so that whoever can write the log cannot chain an edited row again; and apart
    from the KEK, so that a key rotation leaves the log as it is."""
    return load_or_create_secret(path, env_value)
