"""Issue 16, item 5: no silent loss. Through the running stack, for real:
- a store that refuses every write (SQLite triggers that abort them): the person is told plainly, on
  REST, the web chat and SMS, that what they sent was not kept and to send it again; sent again once
  the store writes, it is kept;
- a sealed row whose bytes were flipped: a plain message with a way on, a plain download page (not a
  dropped connection), and staff see that it happened, without words or ids
  (`python -m consent_store unreadable-records`);
- `python -m bot run` (what `make run` starts) with one process killed outright (actions, worker,
  receiver): started again on the same port while the others keep serving, and the conversation
  goes on."""
from __future__ import annotations

import contextlib
import os
import queue
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
import requests
from twilio.request_validator import RequestValidator

from bot.conversation.wording import DOWNLOAD_UNREADABLE, NOT_KEPT, RECORD_UNREADABLE
from bot.delivery.service_keys import sms_auth_token
from bot.ops.ports import free_port
from bot.ops.stack import MODEL
from bot.settings import DEFAULT_PORTS, PROJECT_ROOT, load_settings
from tests.bot.ops.test_launcher import read_until
from tests.journey_steps import confirm_read_back, finish_story, rest_speaker

FIRST = "I'm Ottoline Brackenbury and I have asthma. I live alone on Juniper Wharf."
SECOND = "I take salbutamol, and I want to sing with the Tamarisk choir again."
WORDS = ["Ottoline", "Brackenbury", "Juniper Wharf", "salbutamol", "Tamarisk"]
NOT_KEPT_WORDS = "what you just sent was not kept. Please send it again."
KEPT = "I have kept that"


@pytest.fixture(scope="module")
def stack_options() -> dict:
    """A stack of its own (tests/conftest.py): the store here refuses writes for a while, and every
    sealed draft, story version and conversation of the stack is made unreadable."""
    return {"own": True}


def consent_store_db(var_dir) -> sqlite3.Connection:
    return sqlite3.connect(Path(var_dir) / "consent_store.sqlite3", timeout=30)


@contextlib.contextmanager
def store_refusing_writes(stack):
    """Every table of the consent store refuses every insert, update and delete while inside."""
    with consent_store_db(stack.var_dir) as db:
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                 "AND name NOT LIKE 'sqlite_%'")]
        triggers = []
        for table in tables:
            for event in ("INSERT", "UPDATE", "DELETE"):
                trigger = f"refuse_{table}_{event.lower()}"
                db.execute(f"CREATE TRIGGER {trigger} BEFORE {event} ON {table} "
                           "BEGIN SELECT RAISE(ABORT, 'the store refuses writes'); END")
                triggers.append(trigger)
    try:
        yield
    finally:
        with consent_store_db(stack.var_dir) as db:
            for trigger in triggers:
                db.execute(f"DROP TRIGGER IF EXISTS {trigger}")


def flip_bytes(var_dir, table: str) -> int:
    """Flip a byte in the middle of every sealed row of the consent store's `table`; returns how many rows."""
    return flip_bytes_in(Path(var_dir) / "consent_store.sqlite3", table)


def flip_bytes_in(database: Path, table: str) -> int:
    with sqlite3.connect(database, timeout=30) as db:
        rows = db.execute(f"SELECT rowid, ciphertext FROM {table}").fetchall()
        for rowid, sealed in rows:
            flipped = bytearray(sealed)
            flipped[len(flipped) // 2] ^= 0xFF
            db.execute(f"UPDATE {table} SET ciphertext = ? WHERE rowid = ?", (bytes(flipped), rowid))
    return len(rows)


def found_in_var(var_dir, secrets: list[str]) -> list[str]:
    found = []
    for path in Path(var_dir).rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            found += [f"{word!r} in {path.relative_to(var_dir)}" for word in secrets if word.encode() in content]
    return found


def unreadable_records(var_dir) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "consent_store", "unreadable-records"], cwd=PROJECT_ROOT,
                          env={**os.environ, "TELL_VAR_DIR": str(var_dir)}, capture_output=True, text=True,
                          timeout=120)


class WebChat:
    """A browser on the web chat page: its cookie, JSON posts from its own page."""

    def __init__(self, stack):
        self.url = stack.url("webchat")
        self.browser = requests.Session()
        assert self.browser.get(self.url + "/", timeout=30).status_code == 200

    def say(self, message: str) -> tuple[int, list[dict]]:
        answer = self.browser.post(self.url + "/api/message", json={"message": message}, timeout=120)
        return answer.status_code, answer.json()


class Phone:
    """A phone texting through a provider that signs each webhook request, as Twilio does."""

    def __init__(self, stack, number: str):
        self.url = stack.url("rasa") + "/webhooks/sms/webhook"
        self.number = number
        self.token = sms_auth_token(load_settings(stack.env))

    def text(self, body: str) -> str:
        fields = {"From": self.number, "To": "+447700900000", "Body": body, "MessageSid": "SM" + uuid.uuid4().hex,
                  "AccountSid": "AC" + "1" * 32}
        signed = RequestValidator(self.token).compute_signature(self.url, fields)
        answer = requests.post(self.url, data=fields, headers={"X-Twilio-Signature": signed}, timeout=120)
        assert answer.status_code == 200, answer.status_code
        return "\n".join(m.text or "" for m in ElementTree.fromstring(answer.text).iter("Message"))


# --- make run, supervised (first: its own launcher, before this module's stack starts) ---------------

def launcher_children(launcher_pid: int) -> dict[str, int]:
    """The launcher's processes by name, from /proc: {"actions": pid, "worker": pid, ...}."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except (OSError, IndexError, ValueError):
            continue
        if parent != launcher_pid:
            continue
        words = [word.decode(errors="replace") for word in command]
        if "--actions" in words:
            found["actions"] = int(entry.name)
        elif words[1:4] in (["-m", "bot", "worker"], ["-m", "bot", "receiver"], ["-m", "bot", "webchat"]):
            found[words[3]] = int(entry.name)
        elif words[1:3] == ["-m", "bot.rasa.server"]:
            found["rasa"] = int(entry.name)
    return found


def back_again(launcher: subprocess.Popen, name: str, old_pid: int, health: str | None, timeout: float = 180) -> int:
    """Waits for `name` to run again under a new process id (answering `health`, if it has one)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert launcher.poll() is None, f"the launcher stopped after {name} was killed"
        pid = launcher_children(launcher.pid).get(name)
        if pid and pid != old_pid:
            if health is None:
                return pid
            with contextlib.suppress(requests.RequestException):
                if requests.get(health, timeout=2).status_code == 200:
                    return pid
        time.sleep(0.5)
    raise AssertionError(f"{name} did not come back")


@pytest.mark.skipif(not MODEL.exists(), reason="no trained model: `make test` trains first")
def test_make_run_starts_a_killed_process_again_on_its_port_and_the_conversation_goes_on(tmp_path):
    ports = {name: free_port() for name in DEFAULT_PORTS}
    env = {**os.environ, "TELL_VAR_DIR": str(tmp_path / "var"), "RASA_TELEMETRY_ENABLED": "false",
           **{f"TELL_{name.upper()}_PORT": str(port) for name, port in ports.items()}}
    launcher = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=PROJECT_ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in launcher.stdout], daemon=True).start()
    url = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    try:
        read_until(launcher, lines, "Press Ctrl-C to stop.", timeout=300)
        rest = url["rasa"] + "/webhooks/rest/webhook"

        def say(message: str) -> str:
            answer = requests.post(rest, json={"sender": "supervised-1", "message": message}, timeout=120)
            return "\n".join(m.get("text", "") for m in answer.json())

        say("hello")
        say("/tell_about_me")
        assert KEPT in say(FIRST)

        children = launcher_children(launcher.pid)
        os.kill(children["actions"], signal.SIGKILL)
        # the others keep serving meanwhile; a message that needed the action server is not lost in silence
        assert requests.get(url["receiver"] + "/health", timeout=10).status_code == 200
        assert requests.get(url["webchat"] + "/health", timeout=10).status_code == 200
        back_again(launcher, "actions", children["actions"], url["actions"] + "/health")
        assert KEPT in say(SECOND)  # the same conversation goes on, through the same port

        for name, health in (("worker", None), ("receiver", url["receiver"] + "/health")):
            old = launcher_children(launcher.pid)[name]
            os.kill(old, signal.SIGKILL)
            back_again(launcher, name, old, health)
        read_back, _ = confirm_read_back(say, finish_story(say))
        assert "asthma" in read_back and "salbutamol" in read_back, read_back
        assert launcher.poll() is None
        told = "".join(lines.queue)
        assert "actions stopped (exit code -9); starting it again" in told, told
        assert "receiver started again." in (tmp_path / "var" / "log" / "launcher.log").read_text()
    finally:
        if launcher.poll() is None:
            launcher.send_signal(signal.SIGINT)
            try:
                launcher.wait(timeout=60)
            except subprocess.TimeoutExpired:
                launcher.kill()


# --- a store that refuses writes -------------------------------------------------------------------

def test_a_message_the_store_cannot_keep_is_answered_plainly_over_rest_and_kept_when_sent_again(embedded_stack):
    say = rest_speaker(embedded_stack, "failures-rest-1")
    say("hello")
    say("/tell_about_me")
    with store_refusing_writes(embedded_stack):
        lost = say(FIRST)
    assert NOT_KEPT_WORDS in lost and KEPT not in lost, lost
    assert KEPT in say(FIRST)  # sent again once the store writes again
    assert KEPT in say(SECOND)
    read_back, _ = confirm_read_back(say, finish_story(say))
    assert "asthma" in read_back and "salbutamol" in read_back, read_back


def test_a_message_the_store_cannot_keep_is_answered_plainly_in_the_web_chat(embedded_stack):
    chat = WebChat(embedded_stack)
    chat.say("hello")
    chat.say("/tell_about_me")
    with store_refusing_writes(embedded_stack):
        status, messages = chat.say(FIRST)
    assert status == 200 and messages, "an empty answer: the words are gone and nobody said so"
    said = "\n".join(m.get("text") or "" for m in messages)
    assert NOT_KEPT_WORDS in said and KEPT not in said, said
    _, messages = chat.say(FIRST)
    assert KEPT in "\n".join(m.get("text") or "" for m in messages)


def test_a_text_the_store_cannot_keep_is_answered_plainly_by_sms(embedded_stack):
    phone = Phone(embedded_stack, "+447700900431")
    assert "Reply 1" in phone.text("hello")
    phone.text("1")  # "About me"
    with store_refusing_writes(embedded_stack):
        lost = phone.text(FIRST)
    assert NOT_KEPT_WORDS in lost and KEPT not in lost, lost
    assert KEPT in phone.text(FIRST)


def test_a_new_person_is_told_plainly_when_nothing_can_be_written(embedded_stack):
    say = rest_speaker(embedded_stack, "failures-rest-2")
    with store_refusing_writes(embedded_stack):
        replies = [say("hello"), say("/tell_about_me"), say(FIRST)]
    assert all(replies), f"an empty answer: {replies}"
    assert NOT_KEPT.text in replies[-1] and KEPT not in replies[-1], replies


# --- a sealed record that fails its check ------------------------------------------------------

def test_a_record_that_fails_its_check_gets_a_plain_message_a_way_on_and_staff_see_it(embedded_stack):
    sender = "failures-rest-3"
    say = rest_speaker(embedded_stack, sender)
    say("hello")
    say("/tell_about_me")
    assert KEPT in say(FIRST)
    assert flip_bytes(embedded_stack.var_dir, "story_drafts")
    stuck = say(SECOND)
    assert RECORD_UNREADABLE.text in stuck and KEPT not in stuck, stuck
    assert "contact" in stuck and "start again" in stuck
    report = unreadable_records(embedded_stack.var_dir)
    assert report.returncode == 1 and "failed its integrity check" in report.stdout, report.stdout
    assert "validate_story_form" in report.stdout
    assert not found_in_var(embedded_stack.var_dir, [*WORDS, sender])
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}", (Path(embedded_stack.var_dir) / "log" /
                                                    "unreadable-records.log").read_text())  # no person's id


def test_a_download_of_a_record_that_fails_its_check_is_a_plain_page_not_a_dropped_connection(embedded_stack):
    say = rest_speaker(embedded_stack, "failures-rest-4")
    say("hello")
    say("/tell_about_me")
    say(FIRST)
    read_back, offers = confirm_read_back(say, finish_story(say))
    assert "asthma" in read_back
    say("no")  # no service for now
    link = re.search(r"http\S+/download/\S+", say("Download my story"))
    assert link, "no download link"
    assert requests.get(link.group(), timeout=30).status_code == 200
    assert flip_bytes(embedded_stack.var_dir, "profile_versions")
    try:
        page = requests.get(link.group(), timeout=30)
    except requests.ConnectionError as dropped:
        raise AssertionError(f"the download dropped the connection: {type(dropped).__name__}") from None
    assert page.status_code == 500 and page.text == DOWNLOAD_UNREADABLE, (page.status_code, page.text[:200])
    assert "asthma" not in page.text and "Juniper" not in page.text
    report = unreadable_records(embedded_stack.var_dir)
    assert report.returncode == 1 and "download 1" in report.stdout, report.stdout


def test_a_conversation_that_fails_its_check_gets_a_plain_message_not_an_error(embedded_stack):
    """Last in this module: every sealed conversation of its stack is tampered with."""
    say = rest_speaker(embedded_stack, "failures-rest-5")
    say("hello")
    say("/tell_about_me")
    assert KEPT in say(FIRST)
    with sqlite3.connect(Path(embedded_stack.var_dir) / "conversations.sqlite3", timeout=30) as db:
        table = "conversation_batches" if db.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'conversation_batches'").fetchone()[0] else "conversations"
    assert flip_bytes_in(Path(embedded_stack.var_dir) / "conversations.sqlite3", table)
    answer = requests.post(embedded_stack.url("rasa") + "/webhooks/rest/webhook",
                           json={"sender": "failures-rest-5", "message": SECOND}, timeout=120)
    said = "\n".join(m.get("text") or "" for m in answer.json())
    assert RECORD_UNREADABLE.text in said, (answer.status_code, said)
    assert "conversation" in unreadable_records(embedded_stack.var_dir).stdout
