"""Key rotation, and what a killed process leaves behind: always a consistent, readable store."""
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import func, select

from consent_store import people, rotation
from consent_store.database import make_engine, make_sessionmaker, migrate
from consent_store.keys import Keyring, load_keyring, retired_folder
from consent_store.schema import persons, profile_versions
from consent_store.settings import PROJECT_ROOT
from tests.conftest import NOW, empty_tables

WORKER = Path(__file__).with_name("crash_worker.py")


def _populate(sessions, keyring, n):
    with sessions.begin() as session:
        for i in range(n):
            person = people.find_or_create_person(session, keyring, f"person-{i}", NOW)
            people.save_profile_version(session, person, {"sections": {"goals": [{"text": f"goal {i}"}]}},
                                        "self", NOW)


def _ciphertexts(sessions):
    with sessions.begin() as session:
        return dict(session.execute(select(profile_versions.c.person_id, profile_versions.c.ciphertext)).all())


def _all_readable(sessions, keyring, n):
    with sessions.begin() as session:
        for i in range(n):
            person = people.find_person(session, keyring, f"person-{i}")
            assert people.latest_profile(session, person).profile["sections"]["goals"][0]["text"] == f"goal {i}"


def _kill_after(process, marker, count=1):
    seen = 0
    for line in process.stdout:
        if line.startswith(marker):
            seen += 1
            if seen >= count:
                break
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def _worker(mode, url, key_file):
    return subprocess.Popen([sys.executable, str(WORKER), mode, url, str(key_file)], cwd=PROJECT_ROOT,
                            stdout=subprocess.PIPE, text=True, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})


def test_rotation_rewraps_data_keys_and_never_touches_profile_ciphertexts(sessions, tmp_path):
    key_file = tmp_path / "keys" / "master.key"
    old = load_keyring(key_file)
    _populate(sessions, old, 5)
    before = _ciphertexts(sessions)
    new = rotation.start_rotation(sessions, key_file, NOW)
    assert new.current.key_id != old.current.key_id
    assert (retired_folder(key_file) / f"{old.current.key_id}.key").exists()
    result = rotation.rewrap(sessions, new, NOW)
    assert (result.rewrapped, result.remaining) == (5, 0)
    assert _ciphertexts(sessions) == before
    _all_readable(sessions, Keyring(new.current), 5)  # the new key alone opens everything
    assert rotation.keys_still_used(sessions) == {new.current.key_id}
    assert oct(os.stat(key_file).st_mode & 0o777) == "0o600"


def test_a_process_started_before_a_rotation_still_opens_everything_and_then_seals_with_the_new_key(
        sessions, tmp_path):
    key_file = tmp_path / "keys" / "master.key"
    running = load_keyring(key_file)  # as a Rasa or action server loaded it at start
    _populate(sessions, running, 3)
    new = rotation.start_rotation(sessions, key_file, NOW)  # another process rotates and re-wraps
    assert rotation.rewrap(sessions, new, NOW).remaining == 0
    _all_readable(sessions, running, 3)  # rows now under a key it had never seen
    assert running.current.key_id == new.current.key_id
    with sessions.begin() as session:
        people.find_or_create_person(session, running, "after-rotation", NOW)
        assert session.execute(select(persons.c.kek_id).where(persons.c.handle_hash == "after-rotation")
                               ).scalar_one() == new.current.key_id


def test_rotation_rewraps_the_sealed_conversations_too(sessions, tmp_path):
    from consent_store import conversations
    from consent_store.schema import conversations as conversation_rows

    key_file = tmp_path / "keys" / "master.key"
    old = load_keyring(key_file)
    with sessions.begin() as session:
        for i in range(3):
            conversations.append(session, old, f"conversation-{i}", f"s{i}", [{"n": i}], NOW)
    with sessions.begin() as session:
        sealed_before = session.execute(select(conversation_rows.c.ciphertext)).scalars().all()
    new = rotation.start_rotation(sessions, key_file, NOW)
    result = rotation.rewrap(sessions, new, NOW)
    assert (result.rewrapped, result.remaining) == (3, 0)
    with sessions.begin() as session:
        assert session.execute(select(conversation_rows.c.ciphertext)).scalars().all() == sealed_before
        for i in range(3):  # the new key alone opens them, and nothing is under the old one
            assert conversations.load(session, Keyring(new.current), f"conversation-{i}").events == [{"n": i}]
    assert rotation.keys_still_used(sessions) == {new.current.key_id}


def test_the_command_rewraps_conversations_kept_in_their_own_file_too(tmp_path):
    """The embedded default: the consent store and Rasa's conversations in two SQLite files."""
    from consent_store import conversations
    from consent_store.settings import load_store_settings
    from consent_store.setup import prepare_store

    env = {"TELL_VAR_DIR": str(tmp_path)}
    store = prepare_store(load_store_settings(env))
    assert store.conversations_apart and store.conversations_engine.url.database.endswith("conversations.sqlite3")
    people_sessions, chats = make_sessionmaker(store.engine), make_sessionmaker(store.conversations_engine)
    _populate(people_sessions, store.keyring, 2)
    with chats.begin() as session:
        conversations.append(session, store.keyring, "conversation-1", "s1", [{"n": 1}], NOW)
    rotated = subprocess.run([sys.executable, "-m", "consent_store", "rotate-key"], cwd=PROJECT_ROOT,
                             capture_output=True, text=True, timeout=120,
                             env={**os.environ, **env, "RASA_TELEMETRY_ENABLED": "false"})
    assert rotated.returncode == 0, rotated.stdout + rotated.stderr[-2000:]
    assert "Re-wrapped 3 data key(s); 0 still under an older key." in rotated.stdout
    new = Keyring(load_keyring(tmp_path / "keys" / "master.key").current)  # the new key alone
    _all_readable(people_sessions, new, 2)
    with chats.begin() as session:
        assert conversations.load(session, new, "conversation-1").events == [{"n": 1}]
    assert rotation.keys_still_used(people_sessions, chats) == {new.current.key_id}
    store.engine.dispose()
    store.conversations_engine.dispose()


def test_a_rotation_killed_half_way_leaves_everything_readable_and_resumes(sessions, database_url, tmp_path):
    key_file = tmp_path / "keys" / "master.key"
    old = load_keyring(key_file)
    _populate(sessions, old, 12)
    before = _ciphertexts(sessions)
    worker = _worker("rotate", database_url, key_file)
    _kill_after(worker, "ONE", count=4)
    ring = load_keyring(key_file)  # the new key is current, the old one retired
    assert ring.current.key_id != old.current.key_id
    _all_readable(sessions, ring, 12)
    with sessions.begin() as session:
        moved = session.execute(select(func.count()).select_from(persons)
                                .where(persons.c.kek_id == ring.current.key_id)).scalar_one()
    assert 1 <= moved < 12
    assert rotation.unfinished_rotation(sessions) == ring.current.key_id
    resumed = subprocess.run(
        [sys.executable, "-m", "consent_store", "rotate-key"], cwd=PROJECT_ROOT, capture_output=True, text=True,
        timeout=120, env={**os.environ, "TELL_VAR_DIR": str(tmp_path), "TELL_DATABASE_URL": database_url,
                          "RASA_TELEMETRY_ENABLED": "false"})
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr[-2000:]
    assert load_keyring(key_file).current.key_id == ring.current.key_id  # resumed, not a third key
    assert rotation.unfinished_rotation(sessions) is None
    _all_readable(sessions, Keyring(ring.current), 12)
    assert _ciphertexts(sessions) == before


def test_a_process_killed_between_the_data_key_and_the_profile_version_leaves_neither(sessions, database_url,
                                                                                      tmp_path):
    key_file = tmp_path / "keys" / "master.key"
    load_keyring(key_file)
    worker = _worker("version", database_url, key_file)
    _kill_after(worker, "READY")
    with sessions.begin() as session:
        assert session.execute(select(func.count()).select_from(persons)).scalar_one() == 0
        assert session.execute(select(func.count()).select_from(profile_versions)).scalar_one() == 0


def test_concurrent_writers_for_one_person_never_lose_a_version(postgres_schema_url, kek):
    # PostgreSQL only: SQLite lets one writer at a time hold the database, so there is no race there.
    engine = make_engine(postgres_schema_url)
    migrate(engine)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        person = people.find_or_create_person(session, kek, "busy", NOW)
    errors = []

    def write(n):
        try:
            for i in range(5):
                with sessions.begin() as session:
                    people.save_profile_version(session, person, {"sections": {"goals": [{"text": f"{n}-{i}"}]}},
                                                "self", NOW)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sessions.begin() as session:
        versions = session.execute(select(profile_versions.c.version).where(
            profile_versions.c.person_id == person.id).order_by(profile_versions.c.version)).scalars().all()
    empty_tables(engine)
    engine.dispose()
    assert versions == list(range(1, 41))


def test_rewrap_without_the_old_key_stops_with_a_clear_message_and_loses_nothing(sessions, database_url, tmp_path):
    key_file = tmp_path / "keys" / "master.key"
    _populate(sessions, load_keyring(key_file), 2)
    key_file.unlink()  # the only copy of the key those rows were wrapped with
    result = subprocess.run(
        [sys.executable, "-m", "consent_store", "rewrap"], cwd=PROJECT_ROOT, capture_output=True, text=True,
        timeout=120, env={**os.environ, "TELL_VAR_DIR": str(tmp_path), "TELL_DATABASE_URL": database_url,
                          "RASA_TELEMETRY_ENABLED": "false"})
    assert result.returncode == 2 and "Stopped: no key-encryption key with id" in result.stderr
    assert "Traceback" not in result.stderr
    with sessions.begin() as session:
        assert session.execute(select(func.count()).select_from(persons)).scalar_one() == 2
