"""The two secrets of the REST webhook (bot/rasa/channels/rest.py). Light: the web chat imports it.

TELL_REST_TOKEN and TELL_WEBCHAT_TOKEN (read by bot/settings.py; the README's table): REST's bearer
token, without which REST is open (the embedded mode, for tests and local integrations; the
production mode refuses to start without it), and the web chat's own, which it sends with each
message so that only it may speak as a web-chat conversation (not given: <var>/keys/webchat.token,
made on first use).
"""
from __future__ import annotations

import secrets
from pathlib import Path

from bot.settings import Settings
from consent_store.keys import create_file_once

WEBCHAT_HEADER = "X-Tell-Webchat-Token"


def _read_or_create(path: Path) -> str:
    if not path.exists():
        create_file_once(path, secrets.token_urlsafe(32) + "\n")  # whole or not at all; first one wins
    return path.read_text().strip()


def webchat_token(settings: Settings) -> str:
    """What the web chat proves itself to the REST webhook with (never sent to a browser)."""
    return settings.secrets.webchat_token or _read_or_create(settings.var_dir / "keys" / "webchat.token")


def rest_token(settings: Settings) -> str | None:
    """The REST webhook's bearer token (TELL_REST_TOKEN). None: REST needs no token."""
    return settings.secrets.rest_token
