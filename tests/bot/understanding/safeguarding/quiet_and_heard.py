"""The pair of tests each session's safeguarding file holds: its ordinary messages are quiet, and its near twins that tell
a harm are heard, each of the kind it tells. `test_quiet, test_heard = quiet_and_heard(QUIET, HEARD)` in the module."""
from __future__ import annotations

from collections.abc import Callable

import pytest


def quiet_and_heard(quiet: list[str], heard: list[tuple[str, str]]) -> tuple[Callable[..., None], Callable[..., None]]:
    @pytest.mark.parametrize("said", quiet)
    def test_quiet(listening, said):
        assert not listening.check(said).concern, said

    @pytest.mark.parametrize("kind, said", heard)
    def test_heard(listening, kind, said):
        assert kind in listening.check(said).categories, said

    return test_quiet, test_heard
