"""`python -m bot.ops.secrets`: a fresh set of every secret the production mode needs, as `export`
lines for a secret store or an env file (never into the repository; mode 0600 if a file):

    .venv/bin/python -m bot.ops.secrets > /secure/place/tell.env

The production mode has no default for any of them (bot/settings.py, production_problems). A new
TELL_MASTER_KEY, TELL_LOOKUP_KEY or TELL_AUDIT_KEY is for a new store only: an existing store keeps
its keys (its data is sealed under them); a new TELL_SERVICE_SECRET_<ID> must be given to that
service too. TELL_DATABASE_URL (with its password) is not made here.
"""
from __future__ import annotations

import base64
import os
import secrets
import sys
from collections.abc import Iterable

from bot.settings import PRODUCTION_KEYS, SERVICE_SECRET_PREFIX, production_variables


def fresh_secret(name: str) -> str:
    """A new value for the variable `name`: 32 random bytes in base64 for a key or a service's
    signing secret; a random token otherwise (Twilio's auth token: 32 hex digits, as Twilio's are)."""
    if name in PRODUCTION_KEYS or name.startswith(SERVICE_SECRET_PREFIX):
        return base64.b64encode(os.urandom(32)).decode()
    if name == "TELL_TWILIO_AUTH_TOKEN":
        return secrets.token_hex(16)
    return secrets.token_urlsafe(32)


def fresh_secrets(service_ids: Iterable[str] | None = None) -> dict[str, str]:
    """Every secret the production mode needs for these services (None: every service in the
    registry, TELL_SERVICES_DIR), each new."""
    if service_ids is None:
        from bot.intake.services import load_registry
        from bot.settings import load_settings

        service_ids = load_registry(load_settings().services_dir)
    return {name: fresh_secret(name) for name in production_variables(service_ids)}


def main() -> int:
    for name, value in fresh_secrets().items():
        print(f"export {name}={value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
