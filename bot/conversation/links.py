"""Signed links a person is given after the PIN (their download, their pathway page, their About Me,
a coordinator's page): one signing key and one check for all of them.

The key is derived from the store's lookup key with HKDF, so it needs no configuration of its own, and
it is not reachable through the store: a conversation's `handle_hash` is an HMAC under the lookup key
of a sender id anyone can choose, so signing links with that same HMAC let anyone who could read the
conversations table mint a working link for any person (sender "download:<id>.<expiry>"). HKDF uses
the lookup key only as input keying material, never as an HMAC key over text a caller chooses."""
from __future__ import annotations

import functools
import hashlib
import hmac

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAC_LENGTH = 32  # hex digits in a link: 128 bits


@functools.lru_cache(maxsize=4)
def _signing_key(lookup_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"tell-my-story-once/links",
                info=b"signing links").derive(lookup_key)


def link_mac(lookup_key: bytes, purpose: str, payload: str) -> str:
    """The signature of `payload` for `purpose` ("download", "pathway", "about-me", "viewer")."""
    message = f"{purpose}:{payload}".encode()
    return hmac.new(_signing_key(lookup_key), message, hashlib.sha256).hexdigest()[:MAC_LENGTH]


def link_ok(lookup_key: bytes, purpose: str, payload: str, mac: str) -> bool:
    """Whether `mac` signs `payload` for `purpose`; any text (non-ASCII too) is simply not a match."""
    expected = link_mac(lookup_key, purpose, payload)
    return hmac.compare_digest(mac.encode("utf-8", "replace"), expected.encode())
