"""The safeguarding detector as the product builds it, once for every test that listens."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector


@pytest.fixture(scope="session")
def listening():
    return detector()
