"""One running assistant (Rasa, actions, worker, receiver, web chat) for all the channel tests."""
import pytest

from tests.conftest import running_embedded_stack


@pytest.fixture(scope="package")
def stack(tmp_path_factory):
    yield from running_embedded_stack(tmp_path_factory)
