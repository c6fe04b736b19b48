"""`python -m bot structure` and `prefill` start without the libraries a story does not need: no
scikit-learn or scipy (the safeguarding fit is read as numpy arrays), no dateparser (the common
forms of a date of birth are read by the standard library), no spaCy command line (typer, click,
jinja2) and no h5py, TensorFlow or PyTorch (issues 18 and 20)."""
from __future__ import annotations

import json
import subprocess
import sys

from bot.settings import PROJECT_ROOT

STORY = "My name is Joan Smith and I was born on 3 March 1946. I have type 2 diabetes and COPD."
HEAVY = ("sklearn", "scipy", "dateparser", "typer", "click", "jinja2", "h5py", "tensorflow", "torch")


def _loaded(command: list[str]) -> tuple[set[str], str]:
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "bot", *command], input=STORY, cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=300, env={"PATH": "/usr/bin:/bin",
                                                                           "RASA_TELEMETRY_ENABLED": "false"})
    assert done.returncode == 0, done.stderr[-800:]
    loaded = set()
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if line.startswith("import time:") and len(parts) == 3 and parts[1].strip().isdigit() and int(parts[1]) > 1000:
            loaded.add(parts[2].strip().split(".")[0])
    return loaded, done.stdout


def test_structure_reads_a_story_without_the_heavy_libraries():
    loaded, out = _loaded(["structure"])
    assert "spacy" in loaded  # the check sees what was imported
    assert sorted(loaded & set(HEAVY)) == []
    about = json.loads(out)["sections"]["about_me"]
    assert any(i.get("kind") == "date_of_birth" and i["value"] == "1946-03-03" for i in about)


def test_prefill_of_a_story_loads_none_of_them_either():
    loaded, out = _loaded(["prefill", "tests/bot/intake/forms/medical-history.json"])
    assert "spacy" in loaded
    assert sorted(loaded & set(HEAVY)) == []
    assert "diabetes" in out.lower()
