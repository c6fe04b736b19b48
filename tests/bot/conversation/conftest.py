"""A runtime of our own in a throwaway var dir, its clock at NOW: what the conversation's tests share."""
from __future__ import annotations

import pytest

from bot.ops.runtime import build_runtime
from bot.settings import load_settings
from tests.conftest import NOW


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    runtime.now = lambda: NOW
    yield runtime
    runtime.engine.dispose()
