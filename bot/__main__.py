"""Command line: `python -m bot structure|prefill|run|receiver|worker|webchat`."""
from __future__ import annotations

import argparse
import json
import os
import sys
import types
from pathlib import Path
from typing import Any

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # spaCy's thinc imports TensorFlow if present


def _without_unused_frameworks() -> None:
    """spaCy's thinc imports TensorFlow, PyTorch and h5py when present; structuring needs none. None in
    sys.modules makes their import fail at once (as thinc expects of a missing package). spaCy's
    package also imports its command line (typer, click, jinja2, every `spacy` command) only to offer
    `spacy.info`: a stand-in for it spares a story's start that (about a quarter of a second)."""
    for unused in ("tensorflow", "torch", "h5py"):
        sys.modules.setdefault(unused, None)  # type: ignore[arg-type]  # None blocks the import, by design
    if "spacy" not in sys.modules:
        for name in ("spacy.cli", "spacy.cli.info"):
            stand_in = types.ModuleType(name, "spaCy's command line, not loaded by `python -m bot`")
            stand_in.info = _no_spacy_cli  # type: ignore[attr-defined]
            sys.modules.setdefault(name, stand_in)


def _no_spacy_cli(*args: object, **kwargs: object) -> None:
    raise RuntimeError("spaCy's command line is not loaded in `python -m bot`: run `python -m spacy info`")


def _structure(args: argparse.Namespace) -> int:
    _without_unused_frameworks()
    from bot.settings import load_settings
    from bot.understanding.structuring import Structurer

    if args.jsonl:
        from bot.understanding.structuring.jsonl import structure_lines

        return structure_lines(Structurer.from_folder(load_settings().lexicons_dir), sys.stdin, sys.stdout)

    raw = sys.stdin.buffer.read()
    story = raw.decode("utf-8", errors="replace")
    if "\ufffd" in story and b"\xef\xbf\xbd" not in raw:
        print("Some bytes were not UTF-8 text; they were read as \ufffd.", file=sys.stderr)
    structurer = Structurer.from_folder(load_settings().lexicons_dir)
    profile = structurer.structure([story], teller=args.teller, subject_name=args.subject_name,
                                   relationship=args.relationship)
    json.dump(profile, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    if not story.strip():
        print("The story is empty: there was nothing to structure.", file=sys.stderr)
    elif not any(profile["sections"].values()):
        print("Nothing in the story matched a profile section; no facts were made up.", file=sys.stderr)
    return 0


def _prefill(args: argparse.Namespace) -> int:
    """A story (or a profile as `structure` prints it) on stdin -> one form filled in, as a service
    would read it, and what it still asks. spaCy is imported only to structure a story."""
    _without_unused_frameworks()
    from datetime import datetime, timezone

    from bot.intake import gaps_for, prefill, summary_text
    from bot.intake.errors import ServiceRegistryError
    from bot.intake.services import load_full_registry, service_for_form
    from bot.settings import load_settings

    settings = load_settings()
    try:
        if Path(args.form).suffix == ".json" and Path(args.form).is_file():
            # A form of its own: the registry's shared codes and questions, not its services' forms.
            codes, questions = (_shared(settings.services_dir / name) for name in ("_codes.json", "_questions.json"))
            service = service_for_form(json.loads(Path(args.form).read_text(encoding="utf-8")), codes)
        else:
            registry = load_full_registry(settings.services_dir)
            codes, questions = registry.codes, registry.questions
            service = registry.services.get(args.form) or service_for_form(
                json.loads(Path(args.form).read_text(encoding="utf-8")), codes)
    except (OSError, ValueError, ServiceRegistryError) as error:
        print(f"Cannot use {args.form}: {error}", file=sys.stderr)
        return 2
    raw = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    profile = _profile_given(raw)
    if profile is None:
        from bot.understanding.structuring import Structurer  # spaCy: only for a story

        profile = Structurer.from_folder(settings.lexicons_dir).structure([raw], teller=args.teller)
    filled = prefill(service, profile, args.teller, datetime.now(timezone.utc))
    if args.json:
        json.dump(filled.response, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    sys.stdout.write(summary_text(filled))
    gaps = gaps_for([service], profile["sections"], args.teller, questions, optional=True)
    if gaps:
        print("\nThe chat would ask:")
        for gap in gaps:
            print(f"- {gap.question}" + (f" ({', '.join(label for _, label in gap.options)})" if gap.options else "")
                  + ("" if gap.required else " [not required: the person may skip it]"))
    return 0


def _shared(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _profile_given(text: str) -> dict[str, Any] | None:
    """A profile as `python -m bot structure` prints it, or None when the text is a story."""
    if not text.lstrip().startswith("{"):
        return None
    try:
        found = json.loads(text)
    except ValueError:
        return None
    return found if isinstance(found, dict) and isinstance(found.get("sections"), dict) else None


# Imports inside the commands: `structure` should not pay for the servers' modules, nor they for spaCy.
def _run(args: argparse.Namespace) -> int:
    from bot.ops.launcher import main as launch

    return launch(args)


def _receiver(args: argparse.Namespace) -> int:
    from reference_service.receiver import serve

    return serve(args.port)


def _worker(args: argparse.Namespace) -> int:
    from bot.delivery.worker import serve

    return serve()


def _webchat(args: argparse.Namespace) -> int:
    from bot.web.chat import serve

    return serve(args.port, args.rasa_url)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot")
    commands = parser.add_subparsers(dest="command", required=True)

    structure = commands.add_parser("structure", help="story on stdin -> profile JSON on stdout")
    structure.add_argument("--teller", choices=("self", "carer"), default="self")
    structure.add_argument("--subject-name", default=None)
    structure.add_argument("--relationship", default=None,
                           help="a carer's relationship to the person (daughter, partner, neighbour…)")
    structure.add_argument("--jsonl", action="store_true",
                           help='one {"text", "teller", "subject_name", "relationship"} object a line in, '
                                'one profile a line out')
    structure.set_defaults(handler=_structure)

    fill = commands.add_parser("prefill", help="story (or a profile from `structure`) on stdin -> a service's "
                                               "form filled in, and its gap questions")
    fill.add_argument("form", help="a service id from data/services, or a FHIR Questionnaire JSON file")
    fill.add_argument("--teller", choices=("self", "carer"), default="self")
    fill.add_argument("--json", action="store_true", help="print the QuestionnaireResponse instead")
    fill.set_defaults(handler=_prefill)

    run = commands.add_parser("run", help="start everything (embedded mode) and print the chat address")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--production", action="store_true",
                     help="several Rasa and action servers behind nginx, on PostgreSQL and Redis (bot/ops/production.py)")
    run.set_defaults(handler=_run)

    receiver = commands.add_parser("receiver", help="the reference service receiver")
    receiver.add_argument("--port", type=int, default=5056)
    receiver.set_defaults(handler=_receiver)

    worker = commands.add_parser("worker", help="the outbox worker: sends queued deliveries, with retries")
    worker.set_defaults(handler=_worker)

    webchat = commands.add_parser("webchat", help="the web chat page")
    webchat.add_argument("--port", type=int, default=5000)
    webchat.add_argument("--rasa-url", default="http://127.0.0.1:5005")
    webchat.set_defaults(handler=_webchat)

    args = parser.parse_args(argv)
    return args.handler(args) or 0


if __name__ == "__main__":
    sys.exit(main())
