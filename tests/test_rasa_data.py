"""The training data is consistent: `rasa data validate` passes with no warnings."""
import os
import subprocess
import sys
from pathlib import Path

from bot.config import PROJECT_ROOT


def test_rasa_data_validate_is_clean():
    rasa = Path(sys.executable).parent / "rasa"
    result = subprocess.run([str(rasa), "data", "validate", "--fail-on-warnings"], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_the_journeys_test_stories_pass_with_no_prediction_error(tmp_path):
    rasa = Path(sys.executable).parent / "rasa"
    result = subprocess.run([str(rasa), "test", "core", "--stories", "tests/stories", "--model",
                             "models/story.tar.gz", "--out", str(tmp_path), "--fail-on-prediction-errors"],
                            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600,
                            env={**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
