"""No source or data file holds a control character: a backspace typed where "\\b" was meant (bot/intake/forms.py, found
in session 35) made "GP details" read as the person's own details, and nothing else could see it."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
SUFFIXES = {".py", ".yml", ".yaml", ".json", ".md", ".txt", ".tsv", ".cfg", ".ini", ".toml"}


def test_no_file_of_ours_holds_a_control_character():
    found = []
    for folder in ("bot", "actions", "consent_store", "data", "docs", "benchmarks", "tests", "tools"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in SUFFIXES and path.is_file():
                for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                    if CONTROL.search(line):
                        found.append(f"{path.relative_to(ROOT)}:{number}")
    assert not found, found
