"""Issue 7: logs never hold message text or profile data, even at DEBUG. A whole conversation runs
against Rasa and the action server started with --debug; then every file under var/ (logs, the
sealed stores) is searched for the story's words."""
from __future__ import annotations

import pytest

from tests.journey_steps import answer_service_questions, confirm_read_back, finish_story, rest_speaker

STORY = ("I'm Zebedee Quillfeather and I can't manage the stairs at Marmalade Court. I have Addison's "
         "disease and asthma, and I take hydrocortisone and metformin. I want to visit Grimsthorpe again. Birdwatching matters to me.")
WORDS = ["Zebedee", "Quillfeather", "Marmalade", "Addison", "hydrocortisone", "Grimsthorpe", "Birdwatching",
         "manage the stairs"]


@pytest.fixture(scope="module")
def stack_options() -> dict:
    """This module's `embedded_stack` (tests/conftest.py) runs Rasa and the action server with --debug."""
    return {"environ": {"TELL_RASA_DEBUG": "1"}}


def test_a_whole_conversation_at_debug_level_leaves_no_words_of_the_story_anywhere(embedded_stack):
    say = rest_speaker(embedded_stack, "debug-logs")

    say("hello")
    say("/tell_about_me")
    assert "I have kept that" in say(STORY)
    read_back, offers = confirm_read_back(say, finish_story(say))
    assert any(w in read_back for w in WORDS)  # the words did pass through the assistant
    answer_service_questions(say, say('/choose_service{"service_id":"gp-practice"}'))
    assert "has your details" in say("yes")
    logs = list((embedded_stack.var_dir / "log").glob("*"))
    assert logs and sum(p.stat().st_size for p in logs) > 10_000, "no DEBUG logs were written"
    for path in embedded_stack.var_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            found = [w for w in WORDS if w.encode() in content]
            assert not found, f"{found} in {path}"
