"""`python -m consent_store verify-audit | unreadable-records | rotate-key | rewrap`: store maintenance
commands.

They read the same settings as the running service (TELL_VAR_DIR, TELL_DATABASE_URL,
TELL_CONVERSATIONS_DATABASE_URL, TELL_MASTER_KEY, TELL_RETIRED_KEYS, TELL_AUDIT_KEY) and print only counts, ids and
positions, never anything about a person.
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone


def _sessions():
    from bot.settings import load_settings
    from consent_store.setup import prepare_store
    from consent_store.database import make_sessionmaker

    settings = load_settings()
    store = prepare_store(settings)
    return settings, store, make_sessionmaker(store.engine)


def verify_audit(_args) -> int:
    from consent_store import audit

    _, store, sessions = _sessions()
    with sessions.begin() as session:
        checked, problems = audit.verify_chain(session, store.audit_seal)
    for problem in problems:
        print(f"row {problem.seq}: {problem.what}" if problem.seq else problem.what)
    if problems:
        print(f"The disclosure log is NOT intact: {len(problems)} problem(s) in {checked} rows.")
        return 1
    print(f"The disclosure log is intact: {checked} rows, each chained to the one before (with the audit key "
          "from the first row written since the key was made), up to its anchored head.")
    return 0


def rotate_key(args) -> int:
    from consent_store import rotation

    settings, store, sessions = _sessions()
    conversation_sessions = store.conversation_sessions()
    now = datetime.now(timezone.utc)
    if settings.master_key_env and not args.rewrap_only:
        print("The key comes from TELL_MASTER_KEY, so it cannot be replaced from here. Set TELL_MASTER_KEY "
              "to a new key and TELL_RETIRED_KEYS to the old one, then run `python -m consent_store rewrap`.")
        return 2
    keyring = store.keyring if args.rewrap_only else rotation.start_rotation(
        sessions, settings.master_key_file, now)
    print(f"Current key-encryption key: {keyring.current.key_id}. Re-wrapping data keys…")
    result = rotation.rewrap(sessions, keyring, now, conversation_sessions=conversation_sessions)
    print(f"Re-wrapped {result.rewrapped} data key(s); {result.remaining} still under an older key.")
    unused = set(keyring.key_ids) - rotation.keys_still_used(sessions, conversation_sessions) - {keyring.current.key_id}
    if unused and result.remaining == 0:
        print("No row uses these retired keys any more; they may be removed once backups made "
              f"before now have expired: {', '.join(sorted(unused))}")
    return 0 if result.remaining == 0 else 1


def unreadable_records(_args) -> int:
    """How often a sealed record failed its check (bot/rasa/failures.py notes each, without words or ids)."""
    from bot.settings import load_settings
    from bot.rasa.failures import unreadable_report

    report = unreadable_report(load_settings().var_dir)
    if not report.count:
        print("No record has failed its integrity check.")
        return 0
    where = ", ".join(f"{name} {count}" for name, count in sorted(report.where.items()))
    print(f"{report.count} time(s) a record failed its integrity check, first at {report.first}, last at "
          f"{report.last} (where: {where}). Each person was told plainly and nothing was shared from it.")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m consent_store")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("verify-audit", help="check the disclosure log's keyed chain and its anchored head").set_defaults(handler=verify_audit)
    commands.add_parser("unreadable-records", help="how often a sealed record failed its integrity check "
                        "(times and where, never whose)").set_defaults(handler=unreadable_records)
    rotate = commands.add_parser("rotate-key", help="make a new key-encryption key and re-wrap every data key")
    rotate.set_defaults(handler=rotate_key, rewrap_only=False)
    rewrap = commands.add_parser("rewrap", help="re-wrap data keys still under a retired key (resumes)")
    rewrap.set_defaults(handler=rotate_key, rewrap_only=True)
    args = parser.parse_args(argv)
    from consent_store.errors import KeyConfigError

    try:
        return args.handler(args)
    except KeyConfigError as error:
        print(f"Stopped: {error}. Nothing was lost; configure that key (see docs/consent.md) and run "
              "the command again.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
