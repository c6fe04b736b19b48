"""The running stack as an attacker on the same machine meets it: real processes on free localhost
ports (the embedded mode, `make run`), one per test module."""
from __future__ import annotations

import pytest

from bot.launcher import DEFAULT_PORTS, MODEL, Stack, free_port


@pytest.fixture(scope="module")
def embedded_stack(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("no trained model: run the suite with `make test`, which trains first")
    running = Stack(var_dir=tmp_path_factory.mktemp("var"), ports={name: free_port() for name in DEFAULT_PORTS})
    running.start()
    yield running
    running.stop()
