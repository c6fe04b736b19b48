"""All configuration, from environment variables with defaults for the embedded mode.

| variable              | default (embedded mode)                 |
|-----------------------|-----------------------------------------|
| TELL_VAR_DIR          | var/                                    |
| TELL_DATABASE_URL     | sqlite:///<var>/consent_store.sqlite3   |
| TELL_MASTER_KEY       | (unset: read or create <var>/keys/master.key, mode 0600) |
| TELL_AUDIT_KEY        | (unset: read or create <var>/keys/audit.key; the log's head is anchored in <var>/keys/audit.anchor) |
| TELL_SERVICE_SECRET_<ID> | (unset: read or create <var>/keys/services/<id>.key; see bot/delivery/service_keys.py) |
| TELL_STAFF_TOKEN_<ID> | (unset: read or create <var>/keys/staff/<id>.token)  |
| TELL_SHARE_WAIT_SECONDS | 5 (how long the chat waits to say how a delivery went)  |
| TELL_WORKER_LEASE_SECONDS | 120 (a claimed delivery returns to the queue if its worker dies) |
| TELL_RECEIVER_DB      | <var>/receiver/intakes.sqlite3 (the reference service's own store) |
| TELL_RECEIVER_URL     | http://127.0.0.1:5056                   |
| TELL_CONVERSATION_RETENTION_DAYS | 30 (a conversation untouched this long is deleted from the tracker store) |
| TELL_PUBLIC_URL       | the web chat's address (download links in the chat point there) |
| TELL_SERVICES_DIR     | data/services                           |
| TELL_LEXICONS_DIR     | data/lexicons                           |
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# About 15,000 words. A longer message is refused with a clear message, never silently cut.
MAX_MESSAGE_CHARS = 100_000


@dataclass(frozen=True)
class Settings:
    var_dir: Path
    database_url: str
    conversations_database_url: str  # Rasa's sealed conversations: the same database but for SQLite
    master_key_file: Path
    master_key_env: str | None
    retired_keys_env: str | None
    lookup_key_file: Path
    lookup_key_env: str | None
    audit_key_file: Path  # the disclosure log's MAC key; its head's anchor is kept beside it
    audit_key_env: str | None
    receiver_db: Path
    share_wait_seconds: float
    worker_lease_seconds: float
    receiver_url: str
    public_url: str
    conversation_retention_days: float
    services_dir: Path
    lexicons_dir: Path


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    var_dir = Path(env.get("TELL_VAR_DIR") or PROJECT_ROOT / "var")
    database_url = env.get("TELL_DATABASE_URL") or f"sqlite:///{var_dir / 'consent_store.sqlite3'}"
    # On SQLite, Rasa's conversations have a file of their own: written on every message, they would
    # otherwise queue with the consent store's writers (bot/rasa/tracker_store.py).
    own_file = f"sqlite:///{var_dir / 'conversations.sqlite3'}" if database_url.startswith("sqlite") else None
    return Settings(
        var_dir=var_dir,
        database_url=database_url,
        conversations_database_url=env.get("TELL_CONVERSATIONS_DATABASE_URL") or own_file or database_url,
        master_key_file=var_dir / "keys" / "master.key",
        master_key_env=env.get("TELL_MASTER_KEY") or None,
        retired_keys_env=env.get("TELL_RETIRED_KEYS") or None,
        lookup_key_file=var_dir / "keys" / "lookup.key",
        lookup_key_env=env.get("TELL_LOOKUP_KEY") or None,
        audit_key_file=var_dir / "keys" / "audit.key",
        audit_key_env=env.get("TELL_AUDIT_KEY") or None,
        receiver_db=Path(env.get("TELL_RECEIVER_DB") or var_dir / "receiver" / "intakes.sqlite3"),
        share_wait_seconds=float(env.get("TELL_SHARE_WAIT_SECONDS") or 5),
        worker_lease_seconds=float(env.get("TELL_WORKER_LEASE_SECONDS") or 120),
        receiver_url=(env.get("TELL_RECEIVER_URL") or "http://127.0.0.1:5056").rstrip("/"),
        conversation_retention_days=float(env.get("TELL_CONVERSATION_RETENTION_DAYS") or 30),
        public_url=(env.get("TELL_PUBLIC_URL") or "http://127.0.0.1:5080").rstrip("/"),
        services_dir=Path(env.get("TELL_SERVICES_DIR") or PROJECT_ROOT / "data" / "services"),
        lexicons_dir=Path(env.get("TELL_LEXICONS_DIR") or PROJECT_ROOT / "data" / "lexicons"),
    )
