"""Per-service secrets: the delivery signing secret each service shares with us, and the token its
staff use to read their intakes on the reference receiver; and the SMS provider's auth token.

Given in TELL_SERVICE_SECRET_<ID>, TELL_STAFF_TOKEN_<ID> and TELL_TWILIO_AUTH_TOKEN (read by
bot/settings.py; the README's table); when not given (the embedded mode), read from or made on
first use in <var>/keys/services/<id>.key, <var>/keys/staff/<id>.token and <var>/keys/twilio.token.
"""
from __future__ import annotations

import re
import secrets
from pathlib import Path

from bot.settings import Settings
from consent_store.keys import create_file_once, load_or_create_secret

_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def _checked(service_id: str) -> str:
    if not _SAFE_ID.match(service_id):
        raise ValueError("a service id is lower-case letters, digits and hyphens")
    return service_id


def _read_or_create(path: Path, make: str) -> str:
    if not path.exists():
        create_file_once(path, make + "\n")  # whole or not at all; the first one wins
    return path.read_text().strip()


def service_secret(settings: Settings, service_id: str) -> bytes:
    """The 32-byte signing secret for one service (never shared between services)."""
    return load_or_create_secret(settings.var_dir / "keys" / "services" / f"{_checked(service_id)}.key",
                                 settings.secrets.service_secrets.get(service_id))


def staff_token(settings: Settings, service_id: str) -> str:
    """The token a service's staff use to read their intakes on the reference receiver."""
    return settings.secrets.staff_tokens.get(service_id) or _read_or_create(
        settings.var_dir / "keys" / "staff" / f"{_checked(service_id)}.token", secrets.token_urlsafe(24))


def sms_auth_token(settings: Settings) -> str:
    """The SMS provider's auth token: it signs every webhook request (X-Twilio-Signature)."""
    return settings.secrets.twilio_auth_token or _read_or_create(
        settings.var_dir / "keys" / "twilio.token", secrets.token_hex(16))
