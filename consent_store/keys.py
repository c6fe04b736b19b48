"""Loading the key-encryption key: from the environment, or a file created on first run."""
from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from consent_store.crypto import KEY_BYTES, KeyEncryptionKey
from consent_store.errors import KeyConfigError


def _decode(text: str) -> bytes:
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
        return _decode(env_value)
    if path.exists():
        return _decode(path.read_text())
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    secret = os.urandom(KEY_BYTES)
    # O_EXCL: two processes starting together must not both write a different key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _decode(path.read_text())
    with os.fdopen(fd, "w") as handle:
        handle.write(base64.b64encode(secret).decode() + "\n")
    return secret


def load_kek(path: Path, env_value: str | None) -> KeyEncryptionKey:
    return KeyEncryptionKey.from_bytes(load_or_create_secret(path, env_value))
