"""Throwaway places a benchmark runs in, removed afterwards: a schema of its own in the local
PostgreSQL, and our stack (the embedded or the production mode) on free ports in a temporary var dir.

The benchmarks' own helpers: nothing here is imported from tests/.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

POSTGRES_URL = os.environ.get("TELL_TEST_POSTGRES_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/test")
# A Redis database of the benchmarks' own: `make run-prod` uses 0, the tests 7.
REDIS_URL = "redis://127.0.0.1:6379/8"


class PostgresNotAnswering(Exception):
    """The local PostgreSQL did not answer; the message says where it was looked for."""


@contextlib.contextmanager
def postgres_schema(prefix: str, url: str = POSTGRES_URL) -> Iterator[str]:
    """A new schema in the local PostgreSQL, as a URL whose connections use it; dropped afterwards.
    Raises PostgresNotAnswering, having made nothing, when no server answers at `url`."""
    admin = create_engine(url, future=True)
    try:
        with admin.connect():
            pass
    except OperationalError:
        admin.dispose()
        raise PostgresNotAnswering(f"PostgreSQL is not answering at {url}") from None
    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{url}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextlib.contextmanager
def our_stack(production: bool, prefix: str):
    """Our stack as `make run` (or, with `production`, `make run-prod`: a throwaway PostgreSQL schema
    and the benchmarks' Redis database) sets it up, on free ports in a temporary var dir. Yielded not
    yet started, so the caller can time its start; stopped and removed afterwards."""
    from bot.ops.ports import free_port
    from bot.ops.stack import Stack
    from bot.settings import DEFAULT_PORTS

    with contextlib.ExitStack() as cleanup:
        var_dir = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix=f"{prefix}-")))
        ports = {name: free_port() for name in DEFAULT_PORTS}
        if production:
            from bot.ops.production import ProductionStack
            from bot.ops.secrets import fresh_secrets

            database_url = cleanup.enter_context(postgres_schema(prefix.replace("-", "_")))
            stack = ProductionStack(var_dir=var_dir, ports=ports, database_url=database_url, redis_url=REDIS_URL,
                                    environ={**os.environ, **fresh_secrets(), "TELL_ALLOW_TEST_DATABASE": "1"})
        else:
            stack = Stack(var_dir=var_dir, ports=ports)
        cleanup.callback(stack.stop)
        yield stack
