"""Everything a process needs at run time, built once on first use (never at import)."""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.delivery.service_keys import service_secret
from bot.intake.services import Service, load_full_registry
from bot.settings import Settings, load_settings
from consent_store.database import make_sessionmaker
from consent_store.keys import Keyring
from consent_store.setup import prepare_store

if TYPE_CHECKING:
    from bot.understanding.structuring import Structurer


PRIVATE_UMASK = 0o077  # what the stack's processes create under var/ is the operator's alone


def private_log(path: Path) -> BinaryIO:
    """A log file under var/log, opened to append, readable by its owner only (0600, also when it was
    made before with a wider mode). Logs hold no message text, yet say who used the service when."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "ab")


@functools.lru_cache(maxsize=4)
def structurer_for(lexicons_dir: Path) -> Structurer:
    """One structurer per lexicon folder in a process: building one (the lexicons compiled, spaCy's pipeline) takes
    a second or more, and every runtime built in the same process (the tests build hundreds) shares it."""
    from bot.understanding.structuring import Structurer

    return Structurer.from_folder(lexicons_dir)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    reading: sessionmaker[Session]  # sessions for transactions that only read (no write lock on SQLite)
    conversation_sessions: sessionmaker[Session] | None  # where Rasa's conversations are, if not with the rest
    kek: Keyring
    lookup_key: bytes
    services: dict[str, Service]
    questions: dict[str, dict[str, str]]  # plain-English gap questions by question key
    now: Callable[[], datetime] = utc_now
    loaded_structurer: Structurer | None = None
    secrets: dict[str, bytes] = field(default_factory=dict, repr=False)

    @property
    def structurer(self) -> Structurer:
        """Loaded on first use: the outbox worker never needs spaCy (or the TensorFlow it pulls in)."""
        if self.loaded_structurer is None:
            self.loaded_structurer = structurer_for(self.settings.lexicons_dir)
        return self.loaded_structurer

    def service_secret(self, service_id: str) -> bytes:
        """The signing secret this service shares with us (read once, then kept)."""
        if service_id not in self.secrets:
            self.secrets[service_id] = service_secret(self.settings, service_id)
        return self.secrets[service_id]


def build_runtime(settings: Settings, structurer: Structurer | None = None) -> Runtime:
    store = prepare_store(settings)
    registry = load_full_registry(settings.services_dir)
    return Runtime(
        settings=settings,
        engine=store.engine,
        sessions=make_sessionmaker(store.engine),
        reading=make_sessionmaker(store.engine, read_only=True),
        conversation_sessions=store.conversation_sessions(),
        kek=store.keyring,
        lookup_key=store.lookup_key,
        loaded_structurer=structurer,
        services=registry.services,
        questions=registry.questions,
    )


@functools.lru_cache(maxsize=1)
def get_runtime() -> Runtime:
    return build_runtime(load_settings())
