"""A runtime of our own in a throwaway var dir, its clock at NOW: what the conversation's tests share."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from bot.conversation.journey import pins, story
from bot.conversation.steps.turn import Turn
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
def structured(tmp_path: Any, structurer: Any) -> Iterator[Runtime]:
    """A runtime in a throwaway var dir that structures with the session's `structurer`."""
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}), structurer)
    try:
        yield runtime
    finally:
        runtime.engine.dispose()


@contextmanager
def saved_story(tmp_path: Any, structurer: Any, sender: str, told: str, pin: str = "3917") -> Iterator[Runtime]:
    """A runtime in which `sender` told `told` as their own story, confirmed it and chose `pin` (this session:
    the rights gate lets them share)."""
    with structured(tmp_path, structurer) as runtime:
        story.add_to_story(runtime, sender, told)
        story.confirm_profile(runtime, sender, "self")
        pins.set_pin(runtime, sender, pin)
        yield runtime


@contextmanager
def carers_saved_story(tmp_path: Any, structurer: Any, sender: str, carer: dict[str, Any], told: str,
                       pin: str = "7294") -> Iterator[Runtime]:
    """A runtime in which a carer (`carer`: the carer questions' answers) told `told` for the person, confirmed it and
    chose `pin`; the carer's answers, with their representative's id, are `runtime.carer`."""
    with structured(tmp_path, structurer) as runtime:
        answers = {**carer, "representative_id": story.record_carer(runtime, sender, carer)}
        story.add_to_story(runtime, sender, told)
        story.confirm_profile(runtime, sender, "carer", answers)
        pins.set_pin(runtime, sender, pin)
        runtime.carer = answers  # type: ignore[attr-defined]
        yield runtime


def at_read_back(text: str, confirmed: list[str], sender: str = "alice") -> Turn:
    """A reply of `sender`'s at the read-back of their own new story, with the sections `confirmed` so far."""
    return Turn(sender, {"teller": "self", "stage": "readback", "readback_done": confirmed, "pin_step": "new"},
                text=text, form="readback_form")
