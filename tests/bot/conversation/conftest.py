"""A runtime of our own in a throwaway var dir, its clock at NOW: what the conversation's tests share."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from bot.conversation.journey import pins, story
from bot.ops.runtime import Runtime, build_runtime
from bot.settings import load_settings
from tests.conftest import NOW


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    runtime.now = lambda: NOW
    yield runtime
    runtime.engine.dispose()


@contextmanager
def saved_story(tmp_path: Any, structurer: Any, sender: str, told: str, pin: str = "3917") -> Iterator[Runtime]:
    """A runtime in which `sender` told `told` as their own story, confirmed it and chose `pin` (this session:
    the rights gate lets them share)."""
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}), structurer)
    story.add_to_story(runtime, sender, told)
    story.confirm_profile(runtime, sender, "self")
    pins.set_pin(runtime, sender, pin)
    try:
        yield runtime
    finally:
        runtime.engine.dispose()
