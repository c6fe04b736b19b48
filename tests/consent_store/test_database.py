"""Transactions on SQLite: writers queue for the write lock; readers read beside them."""
from __future__ import annotations

import threading
import time

from sqlalchemy import func, insert, select

from consent_store.database import make_engine, make_sessionmaker, migrate
from consent_store.schema import conversations
from tests.conftest import NOW


def _row(name: str) -> dict:
    return dict(handle_hash=name, kek_id="k", wrapped_data_key=b"w", revision=1, ciphertext=b"c", updated_at=NOW)


def test_a_reader_reads_while_a_writer_holds_the_lock_and_a_second_writer_waits(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    migrate(engine)
    writing, reading = make_sessionmaker(engine), make_sessionmaker(engine, read_only=True)
    with writing.begin() as session:
        session.execute(insert(conversations).values(**_row("committed")))

    holder = writing()
    holder.begin()
    holder.execute(insert(conversations).values(**_row("uncommitted")))  # holds the write lock

    began = time.perf_counter()
    with reading.begin() as session:  # not blocked, and sees only what was committed
        seen = session.execute(select(conversations.c.handle_hash)).scalars().all()
    assert seen == ["committed"] and time.perf_counter() - began < 1.0

    finished = threading.Event()

    def second_writer() -> None:
        with writing.begin() as session:
            session.execute(insert(conversations).values(**_row("second")))
        finished.set()

    thread = threading.Thread(target=second_writer)
    thread.start()
    assert not finished.wait(1.0)  # a writer queues behind the lock (busy timeout) instead of failing
    holder.commit()
    holder.close()
    thread.join(timeout=10)
    assert finished.is_set()
    with reading.begin() as session:
        assert session.execute(select(func.count()).select_from(conversations)).scalar_one() == 3
    engine.dispose()
