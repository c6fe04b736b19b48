"""Run by the fault tests as a real process, which they kill at a chosen moment.

    python tests/consent_store/crash_worker.py version DB_URL KEY_FILE
        creates a person and saves a profile version in one transaction, printing READY between
        the two and then waiting to be killed before it commits;
    python tests/consent_store/crash_worker.py rotate DB_URL KEY_FILE
        starts a key rotation and re-wraps slowly, printing one line per person, until killed.
"""
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from consent_store import people, rotation  # noqa: E402
from consent_store.database import make_engine, make_sessionmaker  # noqa: E402
from consent_store.keys import load_keyring  # noqa: E402


def main() -> None:
    mode, url, key_file = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    sessions = make_sessionmaker(make_engine(url))
    now = datetime.now(timezone.utc)
    if mode == "version":
        with sessions.begin() as session:
            person = people.find_or_create_person(session, load_keyring(key_file), "crash-person", now)
            people.save_profile_version(session, person, {"sections": {"health": [{"text": "asthma"}]}},
                                        "self", now)
            print("READY", flush=True)
            time.sleep(60)
    elif mode == "rotate":
        keyring = rotation.start_rotation(sessions, key_file, now)
        print("ROTATING", keyring.current.key_id, flush=True)

        def slowly():
            print("ONE", flush=True)
            time.sleep(0.05)

        rotation.rewrap(sessions, keyring, now, batch=5, after_each=slowly)
        print("DONE", flush=True)


if __name__ == "__main__":
    main()
