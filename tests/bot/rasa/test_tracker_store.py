"""The encrypted tracker store with real Rasa trackers, as the Rasa server uses it."""
import asyncio
import sqlite3

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Restarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.ops.runtime import utc_now
from bot.rasa.tracker_store import EncryptedTrackerStore
from bot.settings import PROJECT_ROOT

WORDS = "I have Quennell syndrome and my PIN is 2580"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("TELL_VAR_DIR", str(tmp_path))
    monkeypatch.delenv("TELL_DATABASE_URL", raising=False)
    return EncryptedTrackerStore(Domain.load(str(PROJECT_ROOT / "domain.yml")))


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path, monkeypatch):
    """The store in the embedded mode (its own SQLite file) and in the production mode (PostgreSQL)."""
    monkeypatch.setenv("TELL_VAR_DIR", str(tmp_path))
    if request.param == "sqlite":
        monkeypatch.delenv("TELL_DATABASE_URL", raising=False)
        monkeypatch.delenv("TELL_CONVERSATIONS_DATABASE_URL", raising=False)
    else:
        monkeypatch.setenv("TELL_DATABASE_URL", request.getfixturevalue("postgres_schema_url"))
        monkeypatch.delenv("TELL_CONVERSATIONS_DATABASE_URL", raising=False)
    store = EncryptedTrackerStore(Domain.load(str(PROJECT_ROOT / "domain.yml")))
    yield store
    if request.param == "postgresql":
        from tests.conftest import empty_tables

        empty_tables(store.sessions.kw["bind"])


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
    from bot.ops.errors import StartupError
    from bot.ops.stack import TRACKER_STORE, check_tracker_store

    assert "type: " + TRACKER_STORE in (PROJECT_ROOT / "endpoints.yml").read_text()
    check_tracker_store(TRACKER_STORE)
    with pytest.raises(StartupError, match="cannot be loaded"):
        check_tracker_store("bot.rasa.tracker_store.NoSuchStore")


def test_on_sqlite_conversations_have_a_file_of_their_own_and_go_when_the_person_is_erased(store, tmp_path):
    from bot.conversation.journey import story, your_record
    from bot.ops.runtime import build_runtime

    asyncio.run(store.save(conversation("web-4")))
    asyncio.run(store.save(conversation("web-6")))
    assert store.on_the_loop  # only this store writes that file
    with sqlite3.connect(tmp_path / "conversations.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 2
    with sqlite3.connect(tmp_path / "consent_store.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0

    rt = build_runtime(store.settings)
    story.add_to_story(rt, "web-4", "I have asthma.")  # web-4 is now a person with a draft
    assert your_record.erase_everything(rt, "web-4")
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


# --- appended batches, a bounded working tracker, tamper, the old format (SQLite and PostgreSQL) ---

def one_turn(tracker: DialogueStateTracker, n: int) -> None:
    for event in (UserUttered(f"{WORDS} ({n})", {"name": "tell_about_me"}), ActionExecuted("story_form"),
                  SlotSet("teller", "self"), SlotSet("stage", f"telling-{n}"), ActionExecuted("action_listen")):
        tracker.update(event)


def told(store, sender: str, turns: int) -> DialogueStateTracker:
    """A conversation of `turns` story turns, each retrieved, extended and saved as Rasa does."""
    tracker = conversation(sender)
    for event in (ActionExecuted("story_form"), ActiveLoop("story_form"), ActionExecuted("action_listen")):
        tracker.update(event)
    asyncio.run(store.save(tracker))
    for n in range(turns):
        tracker = asyncio.run(store.retrieve(sender))
        one_turn(tracker, n)
        asyncio.run(store.save(tracker))
    return tracker


def batch_rows(store, sender: str) -> dict[int, bytes]:
    from sqlalchemy import select

    from consent_store.schema import conversation_batches as batches

    with store.sessions.begin() as session:
        return dict(session.execute(select(batches.c.seq, batches.c.ciphertext)
                                    .where(batches.c.handle_hash == store._hash(sender))).all())


def test_each_turn_appends_one_batch_and_seals_nothing_again(any_store):
    store = any_store
    told(store, "web-8", 3)
    before = batch_rows(store, "web-8")
    told_more = asyncio.run(store.retrieve("web-8"))
    one_turn(told_more, 3)
    asyncio.run(store.save(told_more))
    after = batch_rows(store, "web-8")
    assert sorted(after) == [1, 2, 3, 4, 5] and {seq: after[seq] for seq in before} == before
    full = asyncio.run(store.retrieve_full_tracker("web-8"))
    assert [e.text for e in full.events if isinstance(e, UserUttered)] == [WORDS] + [f"{WORDS} ({n})" for n in range(4)]
    assert all(b"Quennell" not in ciphertext for ciphertext in after.values())


def test_rasa_is_given_a_bounded_tracker_in_the_same_state_and_the_history_stays_whole(any_store):
    from bot.rasa.tracker_store import KEEP_BATCHES

    store = any_store
    told(store, "web-9", KEEP_BATCHES + 25)
    working, full = asyncio.run(store.retrieve("web-9")), asyncio.run(store.retrieve_full_tracker("web-9"))
    assert len(working.events) < 6 * (KEEP_BATCHES + 2) < len(full.events)
    assert working.current_slot_values() == full.current_slot_values()
    assert working.get_slot("stage") == f"telling-{KEEP_BATCHES + 24}"
    assert working.active_loop == full.active_loop and working.active_loop.name == "story_form"
    assert working.latest_message.text == full.latest_message.text
    states, all_states = working.past_states(store.domain), full.past_states(store.domain)
    shared = min(len(states), len(all_states), 8) - 1  # the latest states (what Rasa's rules look at)
    assert shared >= 4 and states[-shared:] == all_states[-shared:]
    one_turn(working, 99)  # saving the working tracker appends only the new turn
    asyncio.run(store.save(working))
    again = asyncio.run(store.retrieve_full_tracker("web-9"))
    assert list(again.events)[:len(full.events)] == list(full.events) and len(again.events) == len(full.events) + 5


@pytest.mark.parametrize("tamper", ["edit", "reorder", "drop a middle batch", "move to another conversation"])
def test_a_tampered_conversation_is_an_opaque_error(any_store, tamper):
    from sqlalchemy import delete, update

    from consent_store.errors import RecordUnreadable
    from consent_store.schema import conversation_batches as batches

    store = any_store
    told(store, "web-10", 4)
    told(store, "web-11", 4)
    rows, mine = batch_rows(store, "web-10"), store._hash("web-10")
    where = lambda seq, handle=mine: (batches.c.handle_hash == handle, batches.c.seq == seq)  # noqa: E731
    with store.sessions.begin() as session:
        if tamper == "edit":
            session.execute(update(batches).where(*where(3)).values(ciphertext=rows[3][:-1] + bytes([rows[3][-1] ^ 1])))
        elif tamper == "reorder":
            session.execute(update(batches).where(*where(2)).values(ciphertext=rows[3]))
            session.execute(update(batches).where(*where(3)).values(ciphertext=rows[2]))
        elif tamper == "drop a middle batch":
            session.execute(delete(batches).where(*where(2)))
        else:
            theirs = batch_rows(store, "web-11")
            session.execute(update(batches).where(*where(3)).values(ciphertext=theirs[3]))
    with pytest.raises(RecordUnreadable):
        asyncio.run(store.retrieve("web-10"))
    assert asyncio.run(store.retrieve("web-11")) is not None


def test_a_conversation_sealed_as_one_blob_before_batches_loads_and_goes_on(any_store):
    import json

    from sqlalchemy import insert

    from consent_store import conversations, crypto
    from consent_store.schema import conversations as heads

    store, handle = any_store, any_store._hash("web-12")
    old = conversation("web-12").as_dialogue().as_dict()
    data_key = crypto.new_data_key()
    with store.sessions.begin() as session:  # as the store wrote it before (migration 0004)
        session.execute(insert(heads).values(
            handle_hash=handle, kek_id=store.keyring.current.key_id, revision=2, updated_at=utc_now(),
            wrapped_data_key=crypto.wrap_data_key(store.keyring.current, data_key, handle),
            ciphertext=crypto.seal(data_key, json.dumps({"sender_id": "web-12", "dialogue": old}).encode(),
                                   crypto.associated_data(handle, conversations.KIND, 2))))
    tracker = asyncio.run(store.retrieve("web-12"))
    assert tracker.latest_message.text == WORDS and tracker.get_slot("stage") == "telling"
    one_turn(tracker, 1)
    asyncio.run(store.save(tracker))
    assert sorted(batch_rows(store, "web-12")) == [1, 2]
    again = asyncio.run(store.retrieve("web-12"))
    assert again.latest_message.text == f"{WORDS} (1)" and list(again.events) == list(tracker.events)


def test_a_conversation_untouched_past_the_retention_period_goes_with_every_batch(any_store):
    from datetime import timedelta

    store = any_store
    long_ago = utc_now() - timedelta(days=store.settings.conversation_retention_days + 1)
    store._now = lambda: long_ago
    told(store, "web-13", 3)
    store._now, store._purged_at = utc_now, float("-inf")
    told(store, "web-14", 1)  # a save purges, at most once an hour
    assert asyncio.run(store.retrieve("web-13")) is None and not batch_rows(store, "web-13")
    assert asyncio.run(store.retrieve("web-14")) is not None


# --- a turn reads only what its working tracker is made of; the whole is checked where it is read ---

def flip_batches(store, sender: str, seqs) -> None:
    from sqlalchemy import update

    from consent_store.schema import conversation_batches as batches

    rows = batch_rows(store, sender)
    with store.sessions.begin() as session:
        for seq in seqs:
            session.execute(update(batches).where(batches.c.handle_hash == store._hash(sender), batches.c.seq == seq)
                            .values(ciphertext=rows[seq][:-1] + bytes([rows[seq][-1] ^ 1])))


def test_a_turn_opens_only_the_batches_of_its_working_tracker_and_the_full_tracker_checks_them_all(any_store):
    from bot.rasa.tracker_store import BATCHES, FULL_CHECK_EVERY, KEEP_BATCHES
    from consent_store.errors import RecordUnreadable

    store = any_store
    told(store, "web-15", FULL_CHECK_EVERY + KEEP_BATCHES + 4)  # batches: the first save, then one a turn
    count = FULL_CHECK_EVERY + KEEP_BATCHES + 5
    working = asyncio.run(store.retrieve("web-15"))
    # Every batch but the loop's first (1) and the last KEEP_BATCHES + 1 edited: a turn does not read them
    old = range(2, count - KEEP_BATCHES)
    flip_batches(store, "web-15", old)
    again = asyncio.run(store.retrieve("web-15"))
    assert list(again.events) == list(working.events) and again.current_slot_values() == working.current_slot_values()
    with pytest.raises(RecordUnreadable):
        asyncio.run(store.retrieve_full_tracker("web-15"))  # the whole history is checked when it is read
    # ... and by every turn whose conversation has a multiple of FULL_CHECK_EVERY batches
    for n in range(FULL_CHECK_EVERY - count % FULL_CHECK_EVERY):
        one_turn(again, 100 + n)
        asyncio.run(store.save(again))
        if getattr(again, BATCHES) % FULL_CHECK_EVERY:
            again = asyncio.run(store.retrieve("web-15"))
    with pytest.raises(RecordUnreadable):
        asyncio.run(store.retrieve("web-15"))


@pytest.mark.parametrize("tamper", ["the last batch", "the cut's state", "the loop's first turns"])
def test_a_batch_a_turn_reads_does_not_open_when_tampered_with(any_store, tamper):
    from bot.rasa.tracker_store import KEEP_BATCHES
    from consent_store.errors import RecordUnreadable

    store = any_store
    told(store, "web-16", KEEP_BATCHES + 12)
    count = KEEP_BATCHES + 13
    flip_batches(store, "web-16", [{"the last batch": count, "the cut's state": count - KEEP_BATCHES,
                                    "the loop's first turns": 1}[tamper]])
    with pytest.raises(RecordUnreadable):
        asyncio.run(store.retrieve("web-16"))


def test_a_new_session_late_in_a_conversation_is_given_as_rasa_splits_it_then_bounded(any_store):
    from rasa.shared.core.events import SessionStarted
    from rasa.shared.core.trackers import get_trackers_for_conversation_sessions

    from bot.rasa.tracker_store import BATCHES, KEEP_BATCHES

    store = any_store
    tracker = told(store, "web-17", KEEP_BATCHES + 5)
    tracker = asyncio.run(store.retrieve("web-17"))
    for event in (ActionExecuted("action_session_start"), SessionStarted(), SlotSet("stage", "telling"),
                  ActionExecuted("action_listen")):
        tracker.update(event)
    asyncio.run(store.save(tracker))
    for turns in (3, KEEP_BATCHES + 3):
        while getattr(tracker, BATCHES) < KEEP_BATCHES + 7 + turns:
            tracker = asyncio.run(store.retrieve("web-17"))
            one_turn(tracker, getattr(tracker, BATCHES))
            asyncio.run(store.save(tracker))
        working, full = asyncio.run(store.retrieve("web-17")), asyncio.run(store.retrieve_full_tracker("web-17"))
        rasas_last = get_trackers_for_conversation_sessions(full)[-1]
        assert working.current_slot_values() == rasas_last.current_slot_values()
        assert working.latest_message.text == rasas_last.latest_message.text
        if turns == 3:  # the session is shorter than the bound: given whole, from its start
            assert list(working.events) == list(rasas_last.events)
        else:
            assert len(working.events) < len(rasas_last.events)
            states, all_states = working.past_states(store.domain), rasas_last.past_states(store.domain)
            assert states[-6:] == all_states[-6:]


def test_a_restart_late_in_a_conversation_starts_the_batches_again(any_store):
    from bot.rasa.tracker_store import KEEP_BATCHES

    store = any_store
    told(store, "web-18", KEEP_BATCHES + 3)
    tracker = asyncio.run(store.retrieve("web-18"))
    for event in (Restarted(), ActionExecuted("action_session_start"), ActionExecuted("action_listen"),
                  UserUttered("hello again", {"name": "greet"}), ActionExecuted("action_listen")):
        tracker.update(event)
    asyncio.run(store.save(tracker))
    assert sorted(batch_rows(store, "web-18")) == [1]
    for n in range(KEEP_BATCHES + 12):
        tracker = asyncio.run(store.retrieve("web-18"))
        one_turn(tracker, n)
        asyncio.run(store.save(tracker))
    assert sorted(batch_rows(store, "web-18")) == list(range(1, KEEP_BATCHES + 14))
    again, full = asyncio.run(store.retrieve("web-18")), asyncio.run(store.retrieve_full_tracker("web-18"))
    assert again.latest_message.text == f"{WORDS} ({KEEP_BATCHES + 11})"
    assert len(again.events) < 6 * (KEEP_BATCHES + 2) < len(full.events)  # bounded again
    assert all(getattr(e, "text", None) != WORDS for e in full.events)


def test_the_number_an_sms_came_from_is_never_kept(store):
    """The SMS channel gives the number a text came from to that turn's actions ("the one I am texting
    from" at a phone question); the conversation kept holds none of it."""
    from bot.rasa.channels import SMS_FROM

    tracker = DialogueStateTracker("sms-1", [])
    said = UserUttered("this number", {"name": "inform"}, metadata={SMS_FROM: "+447700900123", "other": 1})
    for event in (ActionExecuted("action_listen"), said, ActionExecuted("action_listen")):
        tracker.update(event)
    asyncio.run(store.save(tracker))
    assert tracker.latest_message.metadata[SMS_FROM] == "+447700900123"  # this turn's own, as Rasa gave it
    found = asyncio.run(EncryptedTrackerStore(store.domain).retrieve_full_tracker("sms-1"))
    kept = [e for e in found.events if isinstance(e, UserUttered)]
    assert kept and kept[0].text == "this number" and kept[0].metadata == {"other": 1}
    assert SMS_FROM not in kept[0].parse_data.get("metadata", {})
