"""Issue 16, item 2: the action server answers only Rasa. Any other local process could POST it a
hand-made tracker (a story kept for a sender it chose, a share to a GP with no consent), and its
error replies quoted the whole tracker back. Through the running stack, over real HTTP."""
from __future__ import annotations

import copy
import json
import sqlite3
import uuid
from pathlib import Path

import pytest
import requests
import yaml

from bot.settings import PROJECT_ROOT
from tests.journey_steps import rest_speaker

SNAPSHOTS = PROJECT_ROOT / "tests" / "actions" / "snapshots"
DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
STORY = "I'm Ottoline Brackenbury and I have Kawasaki disease; I take colchicine."
WORDS = ["Ottoline", "Brackenbury", "Kawasaki", "colchicine"]


def action_call(action: str, sender: str, slots: dict | None = None, text: str = STORY) -> dict:
    """A call as Rasa makes it, made by hand: the story-message snapshot for `sender`, saying `text`."""
    tracker = copy.deepcopy(json.loads((SNAPSHOTS / "story_message.json").read_text()))
    tracker["sender_id"] = sender
    tracker["slots"].update(slots or {})
    tracker["latest_message"]["text"] = tracker["events"][1]["text"] = text
    tracker["events"][1]["parse_data"]["text"] = tracker["events"][2]["value"] = text
    if "story_done" not in (slots or {}):
        tracker["slots"]["story_done"] = text
    return {"next_action": action, "sender_id": sender, "tracker": tracker, "domain": DOMAIN, "version": "3.6.21"}


ATTACKS = {
    # keeps a story (and makes a person) for a sender the caller chose
    "story kept": action_call("validate_story_form", "made-up-sender"),
    # the share with no consent given
    "share": action_call("action_handle_yes", "made-up-sharer",
                         {"stage": "consent", "service_id": "gp-practice", "verified": True}),
}


def counts(stack) -> dict[str, int]:
    with sqlite3.connect(Path(stack.var_dir) / "consent_store.sqlite3") as db:
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - our names
                for table in ("persons", "story_drafts", "consents", "deliveries")}


def rasa_secret(stack) -> str:
    """What the launcher gave the Rasa server (nothing, before the action server had a secret)."""
    path = Path(stack.var_dir) / "keys" / "actions.token"
    return path.read_text().strip() if path.exists() else ""


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_call_without_the_rasa_servers_secret_is_refused_and_runs_no_action(embedded_stack, attack):
    webhook = embedded_stack.url("actions") + "/webhook"
    before = counts(embedded_stack)
    secret = rasa_secret(embedded_stack)
    for headers in ({}, {"Authorization": "Bearer not-the-secret"}, {"Authorization": secret},
                    {"Authorization": f"Bearer {secret}x"}, {"Authorization": f"Basic {secret}"}):
        answer = requests.post(webhook, json=ATTACKS[attack], headers=headers, timeout=30)
        assert answer.status_code == 401, (headers.keys(), answer.status_code, answer.text[:200])
        assert answer.json() == {"error": "unauthorised"}
    # Rasa's `token:` puts a secret in the query string; ours is only accepted as a header.
    assert requests.post(webhook, params={"token": secret}, json=ATTACKS[attack], timeout=30).status_code == 401
    assert counts(embedded_stack) == before  # no person, story, consent or delivery was made


def test_nothing_but_health_answers_without_the_secret(embedded_stack):
    assert requests.get(embedded_stack.url("actions") + "/actions", timeout=30).status_code == 401
    assert requests.get(embedded_stack.url("actions") + "/health", timeout=30).status_code == 200


def test_the_secret_is_kept_for_this_user_only_and_the_rasa_server_uses_it(embedded_stack):
    for path in (Path(embedded_stack.var_dir) / "keys" / "actions.token",
                 Path(embedded_stack.var_dir) / "run" / "endpoints.yml"):
        assert path.stat().st_mode & 0o077 == 0, path
    say = rest_speaker(embedded_stack, f"secret-holder-{uuid.uuid4().hex[:8]}")  # a new conversation
    say("hello")
    say("/tell_about_me")
    assert "I have kept that" in say(STORY)  # the story form's validation ran on the action server


def test_an_action_that_fails_answers_rasa_without_echoing_the_request(embedded_stack):
    broken = action_call("validate_story_form", "echo-sender-Zq81")
    broken["tracker"]["slots"] = f"{STORY}"  # not a dict: rasa-sdk fails building the tracker
    answer = requests.post(embedded_stack.url("actions") + "/webhook", json=broken, timeout=30,
                           headers={"Authorization": f"Bearer {rasa_secret(embedded_stack)}"})
    assert answer.status_code == 500
    assert answer.json() == {"error": "the action failed"}
    assert not [w for w in [*WORDS, "echo-sender-Zq81", "request_body"] if w in answer.text]
