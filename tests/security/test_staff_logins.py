"""The reference service's staff pages as someone guessing the staff token meets them: from one
address, or spread over many addresses against one login. Through the running receiver over real
HTTP (loopback has every 127.x.y.z, so each guesser can have an address of its own)."""
from __future__ import annotations

import base64
import http.client
from urllib.parse import urlsplit

import pytest

from bot.delivery.service_keys import staff_token
from bot.settings import load_settings
from reference_service.staff_access import ACCOUNT_LIMIT, ADDRESS_LIMIT, WINDOW_SECONDS, LoginThrottle

SERVICE = "gp-practice"
GUESS = "correct-horse-battery-staple-guess"


def get(stack, address: str, user: str, password: str, path: str = f"/staff/{SERVICE}/") -> int:
    where = urlsplit(stack.url("receiver"))
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=30, source_address=(address, 0))
    credentials = base64.b64encode(f"{user}:{password}".encode()).decode()
    try:
        connection.request("GET", path, headers={"Authorization": f"Basic {credentials}"})
        return connection.getresponse().status
    finally:
        connection.close()


@pytest.fixture(scope="module")
def stack_options() -> dict:
    """A stack of its own (tests/conftest.py): its receiver's sign-in throttle starts with no failures
    here, and what this module drives it to (13 failed sign-ins of the staff login, for 15 minutes) is
    not felt by the staff of other modules' tests."""
    return {"own": True}


@pytest.fixture(scope="module")
def token(embedded_stack) -> str:
    return staff_token(load_settings(embedded_stack.env), SERVICE)


def test_the_right_token_opens_the_staff_pages(embedded_stack, token):
    assert get(embedded_stack, "127.0.0.1", "staff", token) == 200


def test_guessing_from_one_address_is_stopped_even_with_the_right_token_then(embedded_stack, token):
    statuses = [get(embedded_stack, "127.0.0.2", "staff", GUESS + str(i)) for i in range(ADDRESS_LIMIT + 3)]
    assert statuses[:ADDRESS_LIMIT] == [401] * ADDRESS_LIMIT
    assert statuses[ADDRESS_LIMIT:] == [429] * 3
    assert get(embedded_stack, "127.0.0.2", "staff", token) == 429  # no more answers to guesses from there
    assert get(embedded_stack, "127.0.0.3", "staff", token) == 200  # other addresses are not locked out


def test_guessing_one_login_from_many_addresses_is_stopped(embedded_stack, token):
    per_address = max(1, ADDRESS_LIMIT // 2)
    statuses = []
    for n in range(ACCOUNT_LIMIT // per_address + 2):
        statuses += [get(embedded_stack, f"127.0.1.{n + 1}", "alice", GUESS) for _ in range(per_address)]
    assert 429 in statuses and statuses[:ACCOUNT_LIMIT] == [401] * ACCOUNT_LIMIT
    assert get(embedded_stack, "127.0.2.1", "alice", token) == 429  # that login waits out the window
    assert get(embedded_stack, "127.0.2.2", "bob", token) == 200  # others of the service still sign in


def test_failed_logins_are_logged_without_secrets(embedded_stack, token):
    password, user = "hunter2-" + "x" * 20, "mallory.the.user@example.org"
    for _ in range(3):
        assert get(embedded_stack, "127.0.3.1", user, password, f"/staff/{SERVICE}/intakes.csv") == 401
    log = (embedded_stack.var_dir / "log" / "receiver.log").read_text(errors="replace")
    assert "staff sign-in failed" in log and SERVICE in log
    for secret in (password, user, token, base64.b64encode(f"{user}:{password}".encode()).decode()):
        assert secret not in log
    everything = "".join(p.read_text(errors="replace") for p in (embedded_stack.var_dir / "log").glob("*"))
    assert password not in everything and token not in everything


def test_the_window_passes():
    """Time is a parameter: after the window, an address and a login may try again."""
    throttle = LoginThrottle()
    for i in range(ADDRESS_LIMIT):
        assert throttle.allowed("10.0.0.1", "svc:staff", now=100.0 + i)
        throttle.failed("10.0.0.1", "svc:staff", now=100.0 + i)
    assert not throttle.allowed("10.0.0.1", "svc:staff", now=110.0)
    assert not throttle.allowed("10.0.0.1", "svc:other", now=110.0)
    assert throttle.allowed("10.0.0.2", "svc:other", now=110.0)
    assert throttle.allowed("10.0.0.1", "svc:staff", now=110.0 + WINDOW_SECONDS)
