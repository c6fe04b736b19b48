"""The assistant on PostgreSQL (issue 7's production database): the consent store and Rasa's sealed
conversation history in one PostgreSQL schema, driven over the REST webhook like any person."""
from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from bot.launcher import DEFAULT_PORTS, MODEL, Stack, free_port
from tests.conftest import fresh_postgres_schema
from tests.journey_steps import confirm_read_back, finish_story, rest_speaker

STORY = "I'm Ottoline Frobisher. I have asthma and I use an inhaler. I want to swim again. My choir matters to me."


@pytest.fixture(scope="module")
def postgres_stack(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("no trained model: run the suite with `make test`, which trains first")
    with fresh_postgres_schema("tell_stack", unavailable=pytest.fail) as url:
        patch = pytest.MonkeyPatch()
        patch.setenv("TELL_DATABASE_URL", url)
        running = Stack(var_dir=tmp_path_factory.mktemp("var"), ports={name: free_port() for name in DEFAULT_PORTS})
        running.start()
        engine = create_engine(url, future=True)
        yield running, engine
        engine.dispose()
        running.stop()
        patch.undo()


def test_a_story_on_postgresql_with_its_conversation_sealed_there(postgres_stack):
    stack, engine = postgres_stack
    say = rest_speaker(stack, "on-postgres")

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
