"""One running assistant (Rasa, actions, worker, receiver, web chat) for all the channel tests."""
import pytest

from bot.launcher import DEFAULT_PORTS, MODEL, Stack, free_port


@pytest.fixture(scope="package")
def stack(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("no trained model: run the suite with `make test`, which trains first")
    running = Stack(var_dir=tmp_path_factory.mktemp("var"), ports={name: free_port() for name in DEFAULT_PORTS})
    running.start()
    yield running
    running.stop()
