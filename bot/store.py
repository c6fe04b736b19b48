"""The consent store's database and keys, made ready before anything uses them."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from consent_store.database import make_engine, make_sessionmaker, migrate
from consent_store.keys import Keyring, load_keyring, load_or_create_lookup_key
from consent_store.schema import persons


@dataclass(frozen=True)
class Store:
    engine: Engine
    keyring: Keyring
    lookup_key: bytes
    conversations_engine: Engine  # `engine` itself when the conversations are in the same database

    @property
    def conversations_apart(self) -> bool:
        return self.conversations_engine is not self.engine

    def conversation_sessions(self) -> "sessionmaker[Session] | None":
        """Sessions for the conversations' own database, or None when they are in `engine`'s."""
        return make_sessionmaker(self.conversations_engine) if self.conversations_apart else None


def prepare_store(settings: Settings) -> Store:
    """Migrate the database (and the conversations' own, if apart) and load (or create, on first
    run) every key. The launcher calls this before starting any process, so no two processes race
    to create a key. A conversations database apart has the same schema; only its `conversations`
    table is used."""
    engine = make_engine(settings.database_url)
    migrate(engine)
    conversations_engine = engine
    if settings.conversations_database_url != settings.database_url:
        conversations_engine = make_engine(settings.conversations_database_url)
        migrate(conversations_engine)
    keyring = load_keyring(settings.master_key_file, settings.master_key_env, settings.retired_keys_env)
    with engine.connect() as connection:
        has_people = connection.execute(select(persons.c.id).limit(1)).first() is not None
    return Store(
        engine=engine,
        keyring=keyring,
        # Its own key, so that the KEK can be rotated without changing how people are found.
        lookup_key=load_or_create_lookup_key(settings.lookup_key_file, settings.lookup_key_env,
                                             keyring.current if has_people else None),
        conversations_engine=conversations_engine,
    )


