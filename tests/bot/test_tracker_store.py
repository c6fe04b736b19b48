"""The encrypted tracker store with real Rasa trackers, as the Rasa server uses it."""
import asyncio
import sqlite3

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Restarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.config import PROJECT_ROOT
from bot.tracker_store import EncryptedTrackerStore

WORDS = "I have Quennell syndrome and my PIN is 2580"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("TELL_VAR_DIR", str(tmp_path))
    monkeypatch.delenv("TELL_DATABASE_URL", raising=False)
    return EncryptedTrackerStore(Domain.load(str(PROJECT_ROOT / "domain.yml")))


def conversation(sender: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, [])
    for event in (ActionExecuted("action_listen"), UserUttered(WORDS, {"name": "tell_about_me"}),
                  SlotSet("stage", "telling"), ActionExecuted("action_listen")):
        tracker.update(event)
    return tracker


def test_a_conversation_survives_a_new_store_and_is_never_in_plain_text(store, tmp_path):
    asyncio.run(store.save(conversation("web-1")))
    again = EncryptedTrackerStore(store.domain)  # as after a restart of the Rasa server
    found = asyncio.run(again.retrieve("web-1"))
    assert found is not None and found.latest_message.text == WORDS and found.get_slot("stage") == "telling"
    assert asyncio.run(again.retrieve("web-2")) is None
    assert list(asyncio.run(again.keys())) == ["web-1"]
    raw = b"".join(path.read_bytes() for path in tmp_path.rglob("*.sqlite3*"))
    assert raw and b"Quennell" not in raw and b"2580" not in raw and b"web-1" not in raw


def test_a_restart_forgets_what_came_before(store):
    tracker = conversation("web-3")
    tracker.update(Restarted())
    asyncio.run(store.save(tracker))
    found = asyncio.run(store.retrieve_full_tracker("web-3"))
    assert all(getattr(e, "text", None) != WORDS for e in found.events)


def test_rasa_would_load_it_from_endpoints_yml():
    from bot.launcher import TRACKER_STORE, StartupError, check_tracker_store

    assert "type: " + TRACKER_STORE in (PROJECT_ROOT / "endpoints.yml").read_text()
    check_tracker_store(TRACKER_STORE)
    with pytest.raises(StartupError, match="cannot be loaded"):
        check_tracker_store("bot.tracker_store.NoSuchStore")


def test_on_sqlite_conversations_have_a_file_of_their_own_and_go_when_the_person_is_erased(store, tmp_path):
    from bot import journey
    from bot.runtime import build_runtime

    asyncio.run(store.save(conversation("web-4")))
    asyncio.run(store.save(conversation("web-6")))
    assert store.on_the_loop  # only this store writes that file
    with sqlite3.connect(tmp_path / "conversations.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 2
    with sqlite3.connect(tmp_path / "consent_store.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0

    rt = build_runtime(store.settings)
    journey.add_to_story(rt, "web-4", "I have asthma.")  # web-4 is now a person with a draft
    assert journey.erase_everything(rt, "web-4")
    assert asyncio.run(store.retrieve("web-4")) is None  # their conversation went with them
    assert asyncio.run(store.retrieve("web-6")) is not None  # nobody else's
    rt.engine.dispose()


def test_with_one_database_for_both_the_store_uses_it_from_a_thread(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'one.sqlite3'}"
    monkeypatch.setenv("TELL_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("TELL_DATABASE_URL", url)
    monkeypatch.setenv("TELL_CONVERSATIONS_DATABASE_URL", url)
    store = EncryptedTrackerStore(Domain.load(str(PROJECT_ROOT / "domain.yml")))
    assert not store.on_the_loop  # it would wait there for the consent store's writers
    asyncio.run(store.save(conversation("web-7")))
    assert asyncio.run(store.retrieve("web-7")).latest_message.text == WORDS
    assert not (tmp_path / "conversations.sqlite3").exists()


def test_retrieve_gives_the_last_session_as_rasa_splits_it_and_the_full_tracker_everything(store):
    from rasa.shared.core.events import SessionStarted
    from rasa.shared.core.trackers import get_trackers_for_conversation_sessions

    tracker = DialogueStateTracker("web-5", store.domain.slots)
    for event in (ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen"),
                  UserUttered("first session", {"name": "greet"}), SlotSet("stage", "telling"),
                  ActionExecuted("action_listen"),
                  ActionExecuted("action_session_start"), SessionStarted(), SlotSet("stage", "telling"),
                  ActionExecuted("action_listen"), UserUttered(WORDS, {"name": "tell_about_me"}),
                  SlotSet("teller", "self")):
        tracker.update(event)
    asyncio.run(store.save(tracker))

    last, full = asyncio.run(store.retrieve("web-5")), asyncio.run(store.retrieve_full_tracker("web-5"))
    rasas_last = get_trackers_for_conversation_sessions(full)[-1]
    assert list(last.events) == list(rasas_last.events) and len(last.events) == 6
    assert last.current_slot_values() == rasas_last.current_slot_values()
    assert last.get_slot("stage") == "telling" and last.latest_message.text == WORDS
    assert list(full.events) == list(tracker.events)
    assert asyncio.run(store.retrieve("web-1")) is None
