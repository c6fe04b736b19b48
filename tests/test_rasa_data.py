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
