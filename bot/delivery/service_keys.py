"""Per-service secrets: the delivery signing secret each service shares with us, and the token its
staff use to read their intakes on the reference receiver; and the SMS provider's auth token.

| variable                           | default (embedded mode)                          |
|------------------------------------|--------------------------------------------------|
| TELL_SERVICE_SECRET_<SERVICE_ID>   | read or create <var>/keys/services/<id>.key      |
| TELL_STAFF_TOKEN_<SERVICE_ID>      | read or create <var>/keys/staff/<id>.token       |
| TELL_TWILIO_AUTH_TOKEN             | read or create <var>/keys/twilio.token           |
(<SERVICE_ID> is the id in capitals with "-" as "_": TELL_SERVICE_SECRET_GP_PRACTICE.)
"""
from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

from bot.settings import Settings
from consent_store.keys import create_file_once, load_or_create_secret

_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def _env_name(prefix: str, service_id: str) -> str:
    return prefix + service_id.upper().replace("-", "_")


def _checked(service_id: str) -> str:
    if not _SAFE_ID.match(service_id):
        raise ValueError("a service id is lower-case letters, digits and hyphens")
    return service_id


def service_secret(settings: Settings, service_id: str, environ=None) -> bytes:
    """The 32-byte signing secret for one service (never shared between services)."""
    env = os.environ if environ is None else environ
    return load_or_create_secret(settings.var_dir / "keys" / "services" / f"{_checked(service_id)}.key",
                                 env.get(_env_name("TELL_SERVICE_SECRET_", service_id)))


def staff_token(settings: Settings, service_id: str, environ=None) -> str:
    """The token a service's staff use to read their intakes on the reference receiver."""
    env = os.environ if environ is None else environ
    given = env.get(_env_name("TELL_STAFF_TOKEN_", service_id))
    if given:
        return given
    path: Path = settings.var_dir / "keys" / "staff" / f"{_checked(service_id)}.token"
    if not path.exists():
        create_file_once(path, secrets.token_urlsafe(24) + "\n")
    return path.read_text().strip()


def sms_auth_token(settings: Settings, environ=None) -> str:
    """The SMS provider's auth token: it signs every webhook request (X-Twilio-Signature)."""
    env = os.environ if environ is None else environ
    if env.get("TELL_TWILIO_AUTH_TOKEN"):
        return env["TELL_TWILIO_AUTH_TOKEN"]
    path = settings.var_dir / "keys" / "twilio.token"
    if not path.exists():
        create_file_once(path, secrets.token_hex(16) + "\n")
    return path.read_text().strip()
