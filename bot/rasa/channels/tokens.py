"""The two secrets of the REST webhook (bot/rasa/channels/rest.py). Light: the web chat imports it.

| variable          | default                                                              |
|-------------------|----------------------------------------------------------------------|
| TELL_REST_TOKEN   | unset: REST is open (the embedded mode, for tests and local integrations); the production mode sets it, from the variable or <var>/keys/rest.token (created on first run) |
| TELL_WEBCHAT_TOKEN | unset: read or create <var>/keys/webchat.token; the web chat sends it with each message, and only it may speak as a web-chat conversation |
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from consent_store.keys import create_file_once

WEBCHAT_HEADER = "X-Tell-Webchat-Token"


def _read_or_create(path: Path) -> str:
    if not path.exists():
        create_file_once(path, secrets.token_urlsafe(32) + "\n")  # whole or not at all; first one wins
    return path.read_text().strip()


def webchat_token(var_dir: Path, environ=None) -> str:
    """What the web chat proves itself to the REST webhook with (never sent to a browser)."""
    env = os.environ if environ is None else environ
    return env.get("TELL_WEBCHAT_TOKEN") or _read_or_create(var_dir / "keys" / "webchat.token")


def rest_token(var_dir: Path, environ=None, create: bool = False) -> str | None:
    """The REST webhook's bearer token: TELL_REST_TOKEN, or (with `create`, as the production mode
    asks) <var>/keys/rest.token, made on first use. None: REST needs no token."""
    env = os.environ if environ is None else environ
    if env.get("TELL_REST_TOKEN"):
        return env["TELL_REST_TOKEN"]
    return _read_or_create(var_dir / "keys" / "rest.token") if create else None
