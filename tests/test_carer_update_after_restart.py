"""A carer's update after a restart (a stranger on the stack, session 19, F11 and F9): Tom told his mum Lily's
story, then came back ("/restart", "i have been here before", his PIN) and said "update my story". The change was
read back to him as his own ("Your health: You have multiple sclerosis. Your mum has pressure sore.") and the
update went to the carers' team as "Told once by the person". Through the running stack, the update is now read
back as Lily's and saved as told by her son, on the basis he gave."""
from __future__ import annotations

import uuid

from tests.journey_steps import PIN, confirm_read_back, finish_story, rest_speaker


def test_a_carers_update_after_a_restart_stays_the_carers(embedded_stack):
    from bot.conversation.journey import story
    from bot.ops.runtime import build_runtime
    from bot.settings import load_settings

    sender = f"carer-update-{uuid.uuid4().hex[:8]}"
    say = rest_speaker(embedded_stack, sender)
    say("hello")
    say("/tell_about_someone")
    say("Lily Evans")
    say("im her son tom evans")
    say("she asked me to")
    say("yes she knows")
    say("Mum has multiple sclerosis and uses a wheelchair. I do all her personal care.")
    confirm_read_back(say, finish_story(say))
    say("/restart")
    assert "PIN" in say("i have been here before")
    assert "What would you like to do?" in say(PIN)
    say("update my story")
    say("mum has started getting pressure sores on her heels")
    read, _ = confirm_read_back(say, finish_story(say), pin=None)
    assert "Your health" not in read and "You have multiple sclerosis" not in read, read
    assert "Your mum" not in read, read
    rt = build_runtime(load_settings(embedded_stack.env))
    try:
        saved = story.current_profile(rt, sender)
        assert saved is not None and saved.told_by == "carer"
        assert saved.profile["teller"]["basis"] == "own_agreement" and saved.profile["teller"]["relationship"] == "son"
    finally:
        rt.engine.dispose()
