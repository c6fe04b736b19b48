"""The assistant on PostgreSQL (issue 7's production database): the consent store and Rasa's sealed
conversation history in one PostgreSQL schema, driven over the REST webhook like any person."""
from __future__ import annotations

import uuid

import pytest
import requests
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from bot.launcher import DEFAULT_PORTS, MODEL, Stack, free_port
from tests.conftest import POSTGRES_URL
from tests.journey_steps import confirm_read_back, finish_story

STORY = "I'm Ottoline Frobisher. I have asthma and I use an inhaler. I want to swim again. My choir matters to me."


@pytest.fixture(scope="module")
def postgres_stack(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("no trained model: run the suite with `make test`, which trains first")
    try:
        admin = create_engine(POSTGRES_URL, future=True)
        with admin.connect():
            pass
    except OperationalError:
        pytest.fail(f"PostgreSQL is not answering at {POSTGRES_URL}")
    schema = f"tell_stack_{uuid.uuid4().hex[:10]}"
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    patch = pytest.MonkeyPatch()
    patch.setenv("TELL_DATABASE_URL", url)
    running = Stack(var_dir=tmp_path_factory.mktemp("var"), ports={name: free_port() for name in DEFAULT_PORTS})
    running.start()
    yield running, create_engine(url, future=True)
    running.stop()
    patch.undo()
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def test_a_story_on_postgresql_with_its_conversation_sealed_there(postgres_stack):
    stack, engine = postgres_stack
    url = stack.url("rasa") + "/webhooks/rest/webhook"

    def say(message: str) -> str:
        return "\n".join(r.get("text", "") for r in requests.post(
            url, json={"sender": "on-postgres", "message": message}, timeout=60).json())

    say("hello")
    say("/tell_about_me")
    assert "I have kept that" in say(STORY)
    read_back, offers = confirm_read_back(say, finish_story(say))
    assert "You have asthma." in read_back and "These services could use it" in offers
    with engine.connect() as db:
        assert db.execute(text("SELECT count(*) FROM persons")).scalar_one() == 1
        rows = db.execute(text("SELECT ciphertext FROM conversations")).all()
    assert len(rows) == 1  # Rasa kept the conversation in PostgreSQL, sealed
    assert b"Frobisher" not in bytes(rows[0][0]) and b"asthma" not in bytes(rows[0][0])
    assert not list(stack.var_dir.glob("*.sqlite3"))  # nothing went to the embedded database
    engine.dispose()
