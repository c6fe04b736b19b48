"""The consent store's database and keys, made ready before anything uses them."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from consent_store import audit
from consent_store.database import make_engine, make_sessionmaker, migrate
from consent_store.keys import Keyring, load_keyring, load_or_create_audit_key, load_or_create_lookup_key
from consent_store.schema import persons
from consent_store.settings import StoreSettings


@dataclass(frozen=True)
class Store:
    engine: Engine
    keyring: Keyring
    lookup_key: bytes
    conversations_engine: Engine  # `engine` itself when the conversations are in the same database
    audit_seal: audit.AuditSeal | None = None  # the disclosure log's key and head anchor

    @property
    def conversations_apart(self) -> bool:
        return self.conversations_engine is not self.engine

    def conversation_sessions(self) -> "sessionmaker[Session] | None":
        """Sessions for the conversations' own database, or None when they are in `engine`'s."""
        return make_sessionmaker(self.conversations_engine) if self.conversations_apart else None


def prepare_store(settings: StoreSettings) -> Store:
    """Migrate the database (and the conversations' own, if apart) and load (or create, on first
    run) every key. The launcher calls this before starting any process, so no two processes race
    to create a key. A conversations database apart has the same schema; only its `conversations`
    table is used."""
    keep_private(settings.var_dir, (settings.database_url, settings.conversations_database_url))
    engine = make_engine(settings.database_url)
    migrate(engine)
    conversations_engine = engine
    if settings.conversations_database_url != settings.database_url:
        conversations_engine = make_engine(settings.conversations_database_url)
        migrate(conversations_engine)
    keyring = load_keyring(settings.master_key_file, settings.master_key_env, settings.retired_keys_env)
    with engine.connect() as connection:
        has_people = connection.execute(select(persons.c.id).limit(1)).first() is not None
    seal = audit.AuditSeal(load_or_create_audit_key(settings.audit_key_file, settings.audit_key_env),
                           settings.audit_key_file.with_name("audit.anchor"))
    with make_sessionmaker(engine).begin() as session:
        audit.open_anchor(session, seal)  # the first start with a key: the keyed chain begins here
    audit.seal_engine(engine, seal)
    return Store(
        engine=engine,
        keyring=keyring,
        # Its own key, so that the KEK can be rotated without changing how people are found.
        lookup_key=load_or_create_lookup_key(settings.lookup_key_file, settings.lookup_key_env,
                                             keyring.current if has_people else None),
        conversations_engine=conversations_engine,
        audit_seal=seal,
    )


def keep_private(var_dir: Path, database_urls: tuple[str, ...] = ()) -> None:
    """var/ 0700 (created so), and each SQLite database file with its -wal, -shm and writer-queue
    siblings 0600, at every start: a var/ made by an older version, or loosened by hand, is made
    private again. A new database file is created 0600 here, before SQLite opens it; SQLite gives
    the -wal and -shm it creates the database file's own mode."""
    var_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(var_dir, 0o700)
    keys = var_dir / "keys"
    if keys.is_dir():
        os.chmod(keys, 0o700)
    for url in database_urls:
        if not url.startswith("sqlite"):
            continue
        database = Path(url.split("///", 1)[-1])
        if not database.name or database.name == ":memory:":
            continue
        database.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT, 0o600))  # an empty file is a new database
        for path in (database, *(database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", ".writers"))):
            try:
                os.chmod(path, 0o600)
            except FileNotFoundError:
                pass


