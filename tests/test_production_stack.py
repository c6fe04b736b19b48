"""The production mode (`make run-prod`, bot/ops/production.py): what holds only there. The whole
end-to-end journey also runs against it (tests/test_end_to_end.py, the `production` cases)."""
from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from bot.intake.services import load_registry
from bot.ops.errors import StartupError
from bot.ops.production import LOCK_KEY_PREFIX, ProductionStack, backend_names
from bot.ops.secrets import fresh_secrets
from bot.settings import load_settings, production_variables
from tests.conftest import POSTGRES_URL, TEST_REDIS_URL
from tests.journey_steps import confirm_read_back, finish_story, rest_speaker

SERVICE_IDS = sorted(load_registry(load_settings({}).services_dir))
PORTS = {"rasa": 1, "actions": 2, "webchat": 3, "receiver": 4}


def served_by(stack: ProductionStack, port_name: str, since: int, expected: int = 0) -> list[str]:
    """The servers nginx passed each request to, in order, from access-log line `since` on, for
    requests to `port_name` (its log records the port, status and server; never the path). nginx writes a
    request's line after its answer has gone, so the reader waits (up to 5 s) for `expected` lines: a clean
    clone's run once read 4 of 5."""
    deadline = time.monotonic() + 5
    while True:
        lines = (stack.var_dir / "log" / "nginx-access.log").read_text().splitlines()[since:]
        fields = [line.split() for line in lines]
        found = [f[3] for f in fields if f[1] == str(stack.ports[port_name]) and f[2] == "200"]
        if len(found) >= expected or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def log_length(stack: ProductionStack) -> int:
    path = stack.var_dir / "log" / "nginx-access.log"
    return len(path.read_text().splitlines()) if path.exists() else 0


def test_consecutive_messages_of_one_conversation_land_on_different_rasa_servers(production_stack):
    stack = production_stack
    rasa_servers = {f"{stack.host}:{stack.ports[name]}" for name in backend_names("rasa", stack.replicas)}
    action_servers = {f"{stack.host}:{stack.ports[name]}" for name in backend_names("actions", stack.replicas)}
    say = rest_speaker(stack, "prod-across-servers")
    start = log_length(stack)

    say("hello")
    say("/tell_about_me")
    assert "I have kept that" in say("I'm Wilhelmina Strand. I have glaucoma and I use eye drops.")
    assert "I have kept that" in say("I want to read to my grandchildren. My allotment matters to me.")
    read_back, offers = confirm_read_back(say, finish_story(say))
    # Each part was told to whichever server nginx chose, yet the read-back has all of it.
    assert "You have glaucoma." in read_back and "grandchildren" in read_back and "allotment" in read_back
    assert "These services could use it" in offers

    servers = served_by(stack, "rasa", start, expected=8)
    assert len(servers) >= 8 and set(servers) == rasa_servers
    changes = sum(1 for first, second in zip(servers, servers[1:], strict=False) if first != second)
    assert changes >= len(servers) // 2, servers  # nginx takes turns: most consecutive messages move
    assert set(served_by(stack, "actions", start)) == action_servers


def test_the_redis_lock_store_keeps_a_conversation_to_one_message_at_a_time(production_stack):
    """Holding the conversation's lock in Redis, as another Rasa server would while it answers, makes
    the next message wait until it is released: the servers really share Redis as their lock store."""
    from rasa.core.lock_store import RedisLockStore

    stack = production_stack
    address = stack.redis
    locks = RedisLockStore(host=address.host, port=address.port, db=address.db, key_prefix=LOCK_KEY_PREFIX)
    sender = "prod-locked"
    say = rest_speaker(stack, sender)
    say("hello")
    ticket = locks.issue_ticket(sender, lock_lifetime=60)
    replies: list[str] = []
    waiting = threading.Thread(target=lambda: replies.append(say("/tell_about_me")))
    waiting.start()
    time.sleep(4)
    assert not replies, "Rasa answered while another holder had the conversation's lock"
    locks.finish_serving(sender, ticket)
    waiting.join(timeout=60)
    assert replies and "in your own words" in replies[0]


def test_a_phones_texts_all_go_to_one_rasa_server_while_it_answers(production_stack):
    """A long SMS reply's pages wait for MORE in the memory of the Rasa server that sent the first
    page (bot/rasa/channels/sms_pages.py): with the servers taking turns, MORE reached the other one
    and got nothing, or an old page (found by a second read). Texts go to the first server while it
    answers; the REST chat still takes turns."""
    from tests.bot.rasa.channels.test_sms import Phone

    stack = production_stack
    phone = Phone(stack, "+447700900618")
    start = log_length(stack)
    for words in ("hello", "1", "I have asthma and I live alone.", "I use an inhaler.", "that's all"):
        assert phone.text(words)
    servers = served_by(stack, "rasa", start, expected=5)
    assert len(servers) == 5 and len(set(servers)) == 1, servers


def test_the_nginx_log_keeps_no_paths_and_no_addresses(production_stack):
    stack = production_stack
    rest_speaker(stack, "prod-log-check")("hello")
    log = (stack.var_dir / "log" / "nginx-access.log").read_text()
    assert log and "/webhooks" not in log and "prod-log-check" not in log
    for line in log.splitlines():
        assert len(line.split()) == 5  # time, port, status, server, seconds


def test_a_rasa_server_that_dies_is_stood_in_for_and_started_again(production_stack):
    stack = production_stack
    say = rest_speaker(stack, "prod-failover")
    say("hello")
    say("/tell_about_me")
    victim = stack.processes["rasa-1"]
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait(timeout=30)
    # nginx finds it refusing connections and passes each message to the other server instead
    assert "I have kept that" in say("I'm Ifeoma Castellane. I have angina and I carry a GTN spray.")
    assert "I have kept that" in say("I want to garden again. My choir matters to me.")
    assert stack.recover(["rasa-1", "nginx"]) == ["rasa-1"]  # nginx is not one that others stand in for
    stack.wait_until_ready(240)
    start = log_length(stack)
    read_back, _ = confirm_read_back(say, finish_story(say))
    assert "You have angina." in read_back and "choir" in read_back
    assert f"{stack.host}:{stack.ports['rasa-1']}" in served_by(stack, "rasa", start)  # back in turn


def test_a_wrong_number_of_servers_is_refused_plainly(tmp_path, monkeypatch):
    monkeypatch.setenv("TELL_REPLICAS", "two")
    with pytest.raises(StartupError, match="TELL_REPLICAS must be a whole number from 1 to 16, not 'two'"):
        ProductionStack(var_dir=tmp_path, ports={}, redis_url=TEST_REDIS_URL)


def told(**more: str) -> dict[str, str]:
    """An environment the production mode's settings checks let through: every secret given, and
    the test database allowed (as the production mode's tests do)."""
    return {**os.environ, **fresh_secrets(SERVICE_IDS), "TELL_ALLOW_TEST_DATABASE": "1", **more}


def refusal(stack: ProductionStack) -> str:
    with pytest.raises(StartupError) as refused:
        stack.prepare()
    assert not (stack.var_dir / "run" / "nginx" / "nginx.conf").exists()
    assert not (stack.var_dir / "keys").exists()  # nothing made in place of a secret not given
    return str(refused.value)


@pytest.mark.parametrize("setting, words", [
    ({"database_url": "sqlite:////tmp/x.sqlite3"}, "keeps everything in PostgreSQL"),
    ({"redis_url": "redis://127.0.0.1:1/0"}, "Redis at 127.0.0.1:1 is not answering"),
    ({"database_url": "postgresql+psycopg2://nobody@127.0.0.1:1/none"}, "PostgreSQL at 127.0.0.1:1/none is not usable"),
])
def test_production_refuses_to_start_without_its_services_and_says_why(tmp_path, setting, words):
    stack = ProductionStack(var_dir=tmp_path, ports=PORTS, environ=told(TELL_DATABASE_URL=POSTGRES_URL),
                            **{"redis_url": TEST_REDIS_URL, **setting})
    assert words in refusal(stack)


def test_a_redis_address_that_is_not_one_is_refused(tmp_path):
    with pytest.raises(StartupError, match="must look like redis://"):
        ProductionStack(var_dir=tmp_path, ports=PORTS, environ=told(), redis_url="http://127.0.0.1:6379")


def test_production_refuses_to_start_without_every_secret_and_names_each(tmp_path):
    environ = {name: value for name, value in told(TELL_DATABASE_URL=POSTGRES_URL).items()
               if name not in ("TELL_MASTER_KEY", "TELL_STAFF_TOKEN_GP_PRACTICE")}
    stack = ProductionStack(var_dir=tmp_path, ports=PORTS, redis_url=TEST_REDIS_URL, environ=environ)
    assert refusal(stack).endswith("no default for a secret; set TELL_MASTER_KEY, TELL_STAFF_TOKEN_GP_PRACTICE")

    none_given = {name: value for name, value in environ.items() if not name.startswith("TELL_")}
    stack = ProductionStack(var_dir=tmp_path, ports=PORTS, redis_url=TEST_REDIS_URL, environ=none_given)
    words = refusal(stack)
    assert "keeps everything in PostgreSQL: set TELL_DATABASE_URL" in words  # no default database either
    assert all(name in words for name in production_variables(SERVICE_IDS))


def test_production_refuses_the_test_database_unless_told(tmp_path):
    environ = {name: value for name, value in told().items() if name != "TELL_ALLOW_TEST_DATABASE"}
    for url in (POSTGRES_URL, "postgresql+psycopg2://postgres@127.0.0.1:5432/tell"):
        stack = ProductionStack(var_dir=tmp_path, ports=PORTS, redis_url=TEST_REDIS_URL, database_url=url,
                                environ=environ)
        assert "TELL_DATABASE_URL is the test database" in refusal(stack)
    # Told: the settings pass, and it stops only at the next check (a Redis that is not there).
    stack = ProductionStack(var_dir=tmp_path, ports=PORTS, redis_url="redis://127.0.0.1:1/0",
                            database_url=POSTGRES_URL, environ={**environ, "TELL_ALLOW_TEST_DATABASE": "1"})
    assert "Redis at 127.0.0.1:1 is not answering" in refusal(stack)
