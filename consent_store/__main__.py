"""`python -m consent_store verify-audit | unreadable-records | rotate-key | rewrap | enable-service ID`:
store maintenance commands, for staff.

They read the store's own settings (consent_store/settings.py: TELL_VAR_DIR, TELL_DATABASE_URL,
TELL_CONVERSATIONS_DATABASE_URL, TELL_MASTER_KEY, TELL_RETIRED_KEYS, TELL_LOOKUP_KEY, TELL_AUDIT_KEY;
the README's table), the same as the running service's, and need nothing of `bot`. They print only
counts, ids and positions, never anything about a person.
"""
from __future__ import annotations

import argparse
import re
import sys
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy.orm import Session, sessionmaker

from consent_store.settings import StoreSettings, load_store_settings
from consent_store.setup import Store

_SERVICE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


def _sessions() -> tuple[StoreSettings, Store, "sessionmaker[Session]"]:
    from consent_store.database import make_sessionmaker
    from consent_store.setup import prepare_store

    settings = load_store_settings()
    store = prepare_store(settings)
    return settings, store, make_sessionmaker(store.engine)


def verify_audit(_args: argparse.Namespace) -> int:
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


def rotate_key(args: argparse.Namespace) -> int:
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


def unreadable_records(_args: argparse.Namespace) -> int:
    """How often a sealed record failed its check (the assistant notes each, without words or ids)."""
    from consent_store.unreadable import unreadable_report

    report = unreadable_report(load_store_settings().var_dir)
    if not report.count:
        print("No record has failed its integrity check.")
        return 0
    where = ", ".join(f"{name} {count}" for name, count in sorted(report.where.items()))
    print(f"{report.count} time(s) a record failed its integrity check, first at {report.first}, last at "
          f"{report.last} (where: {where}). Each person was told plainly and nothing was shared from it.")
    return 1


def enable_service(args: argparse.Namespace) -> int:
    """Re-open a service's endpoint that answered 410 (the outbox stopped sending to it); audited."""
    from consent_store import outbox

    _, _, sessions = _sessions()
    with sessions.begin() as session:
        reason = outbox.enable_endpoint(session, args.service_id, datetime.now(timezone.utc))
    if reason is None:
        print(f"{args.service_id} was not disabled: nothing changed.")
        return 1
    print(f"{args.service_id} is enabled again (it had been disabled: {reason}). Deliveries to it are "
          "queued and sent from now on; what failed while it was closed stays failed. The disclosure "
          "log records this.")
    return 0


def _service_id(text: str) -> str:
    if not _SERVICE_ID.fullmatch(text):
        raise argparse.ArgumentTypeError("a service id is lower-case letters, digits and hyphens, like gp-practice")
    return text


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
    enable = commands.add_parser("enable-service", help="send to a service again after its endpoint answered "
                                 "410 Gone (recorded in the disclosure log)")
    enable.add_argument("service_id", type=_service_id, help="the service's id, as in data/services")
    enable.set_defaults(handler=enable_service)
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    from consent_store.errors import KeyConfigError

    try:
        return handler(args)
    except KeyConfigError as error:
        print(f"Stopped: {error}. Nothing was lost; configure that key (see docs/consent.md) and run "
              "the command again.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
