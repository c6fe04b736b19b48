"""Processes that never structure a story do not load spaCy (and the TensorFlow it pulls in): the
web chat (which serves download links through bot.conversation.journey.your_record) and the outbox worker stay small."""
from __future__ import annotations

import subprocess
import sys

from bot.settings import PROJECT_ROOT


def test_the_web_chat_and_the_worker_load_no_spacy_or_tensorflow():
    check = ("import sys, bot.web.chat, bot.conversation.journey.your_record, bot.delivery.worker, reference_service.receiver; "
             "print(sorted(m for m in ('spacy', 'tensorflow', 'rasa') if m in sys.modules))")
    shown = subprocess.run([sys.executable, "-c", check], cwd=PROJECT_ROOT, capture_output=True, text=True,
                           timeout=120, env={"PATH": "/usr/bin:/bin", "RASA_TELEMETRY_ENABLED": "false"})
    assert shown.returncode == 0, shown.stderr[-500:]
    assert shown.stdout.strip() == "[]"
