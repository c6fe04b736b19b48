"""Everything a process needs at run time, built once on first use (never at import)."""
from __future__ import annotations

import functools
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy.engine import Engine

from bot.config import Settings, load_settings
from bot.services import Service, load_registry
from bot.structuring import Structurer
from consent_store.crypto import KeyEncryptionKey
from consent_store.database import make_engine, make_sessionmaker, migrate
from consent_store.keys import load_kek, load_or_create_secret


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: Callable
    kek: KeyEncryptionKey
    lookup_key: bytes
    delivery_secret: bytes
    structurer: Structurer
    services: dict[str, Service]
    now: Callable[[], datetime] = utc_now


def build_runtime(settings: Settings) -> Runtime:
    engine = make_engine(settings.database_url)
    migrate(engine)
    kek = load_kek(settings.master_key_file, settings.master_key_env)
    return Runtime(
        settings=settings,
        engine=engine,
        sessions=make_sessionmaker(engine),
        kek=kek,
        # A separate key for handle lookups, derived so that it never equals the KEK itself.
        lookup_key=hmac.new(kek.key, b"handle-lookup-v1", hashlib.sha256).digest(),
        delivery_secret=load_or_create_secret(settings.delivery_secret_file,
                                              settings.delivery_secret_env),
        structurer=Structurer.from_folder(settings.lexicons_dir),
        services=load_registry(settings.services_dir),
    )


@functools.lru_cache(maxsize=1)
def get_runtime() -> Runtime:
    return build_runtime(load_settings())
