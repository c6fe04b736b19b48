"""The consent store's own settings: read from the environment here, and nowhere else in consent_store/.

Every variable, with its default and what it is for, is in the README's table ("Configuration").
`bot/settings.py` builds the assistant's settings on these, so `python -m consent_store` and the
assistant read the same store. Loading reads the mapping it is given (the process's environment by
default), never files: keys named here are read, or made on first run, by `consent_store.setup`.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class StoreSettings:
    """Where the store is and where its keys come from. Values from the environment that are secret
    (the keys, and database addresses, which may hold a password) are left out of repr()."""

    var_dir: Path
    database_url: str = field(repr=False)
    # Rasa's sealed conversations: the same database, but a file of their own on SQLite.
    conversations_database_url: str = field(repr=False)
    master_key_file: Path
    master_key_env: str | None = field(repr=False)  # TELL_MASTER_KEY, base64
    retired_keys_env: str | None = field(repr=False)  # TELL_RETIRED_KEYS, base64, comma-separated
    lookup_key_file: Path
    lookup_key_env: str | None = field(repr=False)
    audit_key_file: Path  # the disclosure log's MAC key; its head's anchor is kept beside it
    audit_key_env: str | None = field(repr=False)


def given(environ: Mapping[str, str], name: str) -> str | None:
    """The variable's value; None when it is unset or empty (an empty value means unset)."""
    return environ.get(name) or None


def load_store_settings(environ: Mapping[str, str] | None = None) -> StoreSettings:
    """The store's settings from `environ` (the process's environment if None)."""
    env = os.environ if environ is None else environ
    var_dir = Path(given(env, "TELL_VAR_DIR") or PROJECT_ROOT / "var")
    database_url = given(env, "TELL_DATABASE_URL") or f"sqlite:///{var_dir / 'consent_store.sqlite3'}"
    # On SQLite, Rasa's conversations have a file of their own: written on every message, they would
    # otherwise queue with the consent store's writers (bot/rasa/tracker_store.py).
    own_file = f"sqlite:///{var_dir / 'conversations.sqlite3'}" if database_url.startswith("sqlite") else None
    keys = var_dir / "keys"
    return StoreSettings(
        var_dir=var_dir,
        database_url=database_url,
        conversations_database_url=given(env, "TELL_CONVERSATIONS_DATABASE_URL") or own_file or database_url,
        master_key_file=keys / "master.key",
        master_key_env=given(env, "TELL_MASTER_KEY"),
        retired_keys_env=given(env, "TELL_RETIRED_KEYS"),
        lookup_key_file=keys / "lookup.key",
        lookup_key_env=given(env, "TELL_LOOKUP_KEY"),
        audit_key_file=keys / "audit.key",
        audit_key_env=given(env, "TELL_AUDIT_KEY"),
    )
