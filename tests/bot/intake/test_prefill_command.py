"""`python -m bot prefill`: a profile on stdin fills a form without structuring (no spaCy), a story
is structured first; a form that cannot be used is refused before anything is read."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FORM = str(Path(__file__).parent / "forms" / "medical-history.json")
RUN = ("import sys; from bot.__main__ import main; code = main(sys.argv[1:]); "
       "print('spaCy imported' if 'spacy' in sys.modules else 'no spaCy'); sys.exit(code)")


def prefill(*args: str, stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", RUN, "prefill", *args], input=stdin.encode(), capture_output=True,
                          cwd=ROOT, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"}, timeout=300)


def test_a_profile_on_stdin_fills_the_form_without_structuring():
    profile = {"sections": {"health": [{"text": "asthma", "status": "current", "about": "subject"}],
                            "medications": [{"text": "salbutamol inhaler", "status": "current", "about": "subject",
                                             "name": "salbutamol inhaler", "frequency": "when needed"}]}}
    done = prefill(FORM, "--json", stdin=json.dumps(profile))
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode()
    response = json.loads(out[:out.rindex("}") + 1])
    assert response["resourceType"] == "QuestionnaireResponse"
    assert "asthma" in json.dumps(response) and "when needed" in json.dumps(response)
    assert out.strip().endswith("no spaCy")


def test_a_story_on_stdin_is_structured_first():
    done = prefill(FORM, stdin="I have asthma and I use a salbutamol inhaler when I need it.")
    assert done.returncode == 0, done.stderr.decode()
    assert "asthma" in done.stdout.decode() and done.stdout.decode().strip().endswith("spaCy imported")


def test_a_form_that_cannot_be_used_is_refused_before_the_story_is_read():
    done = prefill("no-such-service", stdin="I have asthma.")
    assert done.returncode == 2 and "Cannot use no-such-service" in done.stderr.decode()
    assert done.stdout.decode().strip() == "no spaCy"


def test_it_lists_the_questions_the_chat_would_ask_required_first_then_those_the_person_may_skip():
    done = prefill("gp-practice", stdin=json.dumps({"sections": {}}))
    assert done.returncode == 0, done.stderr.decode()
    asked = done.stdout.decode().split("The chat would ask:")[1].strip().splitlines()[:-1]  # the last: no spaCy
    optional = [line.endswith("[not required: the person may skip it]") for line in asked]
    assert "- What is your date of birth?" in asked and True in optional and False in optional
    assert optional == sorted(optional)  # every required question first
