"""Everything a process needs at run time, built once on first use (never at import)."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy.engine import Engine

from bot.config import Settings, load_settings
from bot.services import Service, load_registry
from bot.store import prepare_store
from bot.structuring import Structurer
from consent_store.database import make_sessionmaker
from consent_store.keys import Keyring


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: Callable
    kek: Keyring
    lookup_key: bytes
    delivery_secret: bytes
    structurer: Structurer
    services: dict[str, Service]
    now: Callable[[], datetime] = utc_now


def build_runtime(settings: Settings) -> Runtime:
    store = prepare_store(settings)
    return Runtime(
        settings=settings,
        engine=store.engine,
        sessions=make_sessionmaker(store.engine),
        kek=store.keyring,
        lookup_key=store.lookup_key,
        delivery_secret=store.delivery_secret,
        structurer=Structurer.from_folder(settings.lexicons_dir),
        services=load_registry(settings.services_dir),
    )


@functools.lru_cache(maxsize=1)
def get_runtime() -> Runtime:
    return build_runtime(load_settings())
