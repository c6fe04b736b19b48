"""A person who pauses mid-story loses nothing when Rasa starts a new session.

Trains a copy of our assistant whose sessions expire after 3 seconds (the only change), starts it as
real processes, and tells a story with pauses longer than a session."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from bot.config import PROJECT_ROOT
from bot.launcher import DEFAULT_PORTS, Stack, free_port

SESSION_SECONDS = 3


@pytest.fixture(scope="module")
def short_session_model(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("short-sessions")
    shutil.copy(PROJECT_ROOT / "config.yml", work)
    shutil.copytree(PROJECT_ROOT / "data", work / "data")
    domain = (PROJECT_ROOT / "domain.yml").read_text()
    assert "session_expiration_time: 60" in domain
    (work / "domain.yml").write_text(domain.replace(
        "session_expiration_time: 60", f"session_expiration_time: {SESSION_SECONDS / 60:.3f}"))
    result = subprocess.run(
        [str(Path(sys.executable).parent / "rasa"), "train", "--fixed-model-name", "short",
         "--out", str(work / "models")], cwd=work, capture_output=True, text=True, timeout=900,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return work / "models" / "short.tar.gz"


def test_a_story_told_across_expired_sessions_is_all_kept(short_session_model, tmp_path):
    stack = Stack(var_dir=tmp_path, ports={name: free_port() for name in DEFAULT_PORTS},
                  model=short_session_model)
    stack.start()
    url = stack.url("rasa") + "/webhooks/rest/webhook"

    def say(message: str) -> str:
        replies = requests.post(url, json={"sender": "pauses", "message": message}, timeout=60).json()
        return "\n".join(reply.get("text", "") for reply in replies)

    try:
        say("hello")
        say("/tell_about_me")
        assert "I have kept that" in say("I have asthma.")
        time.sleep(SESSION_SECONDS * 2)
        assert "I have kept that" in say("I also have diabetes and I live on the third floor.")
        time.sleep(SESSION_SECONDS * 2)
        # "every morning" once made the model guess a greeting and drop the message
        assert "I have kept that" in say("I use an inhaler every morning.")
        time.sleep(SESSION_SECONDS * 2)
        read_back = say("that's all")
    finally:
        stack.stop()
    assert "You have asthma." in read_back and "You have diabetes." in read_back
    assert "third floor" in read_back and "inhaler" in read_back
