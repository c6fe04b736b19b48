"""Custom actions, run as the action server runs them: a Tracker from a JSON snapshot and a
CollectingDispatcher, against the real runtime (a temporary SQLite store) and the real receiver."""
from __future__ import annotations

import asyncio
import copy
import inspect
import json
import threading
import time
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions
from bot.conversation import rights
from bot.conversation.journey import pins, service_questions, story
from bot.conversation.rights import Right
from bot.conversation.steps import pin
from bot.delivery.worker import Worker
from bot.ops.ports import free_port
from bot.ops.runtime import get_runtime
from bot.settings import PROJECT_ROOT
from tests.reference_service.service_side import RunningReceiver

SNAPSHOTS = Path(__file__).parent / "snapshots"
DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
SENDER = "snapshot-sender"


@pytest.fixture
def runtime(tmp_path, monkeypatch):
    """The runtime as the action server builds it, with the real receiver and a real outbox worker
    running beside it (threads here; processes under `make run`)."""
    port = free_port()
    monkeypatch.setenv("TELL_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("TELL_RECEIVER_URL", f"http://127.0.0.1:{port}")
    get_runtime.cache_clear()
    rt = get_runtime()
    receiver = RunningReceiver(rt.settings, port).start()
    worker, stop = Worker(rt), threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop, 0.05), daemon=True)
    thread.start()
    rt.receiver = receiver
    yield rt
    stop.set()
    thread.join()
    worker.close()
    receiver.stop()
    get_runtime.cache_clear()


def tracker(name: str) -> Tracker:
    return Tracker.from_dict(copy.deepcopy(json.loads((SNAPSHOTS / f"{name}.json").read_text())))


def run(action, name_or_tracker):
    dispatcher = CollectingDispatcher()
    given = tracker(name_or_tracker) if isinstance(name_or_tracker, str) else name_or_tracker
    result = action.run(dispatcher, given, DOMAIN)
    if inspect.isawaitable(result):
        result = asyncio.run(result)
    return result, dispatcher.messages


def slots(events) -> dict:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


PIN = "3917"


def told_and_confirmed(rt):
    """A saved story, and its PIN chosen in this conversation's session (so the rights gate lets it in)."""
    story.add_to_story(rt, SENDER, json.loads((SNAPSHOTS / "story_message.json").read_text())["latest_message"]["text"])
    story.confirm_profile(rt, SENDER, "self")
    pins.set_pin(rt, SENDER, PIN)


def test_each_story_message_is_kept_and_the_form_keeps_asking(runtime):
    events, messages = run(actions.ValidateStoryForm(), "story_message")
    assert slots(events)["story_done"] is None
    assert story.story_parts(runtime, SENDER) == [tracker("story_message").latest_message["text"]]
    assert messages == []


def test_saying_done_with_nothing_told_asks_for_the_story(runtime):
    events, messages = run(actions.ValidateStoryForm(), "story_finished")
    assert slots(events)["story_done"] is None
    assert "not heard your story" in messages[0]["text"]


def with_slots(name: str, **values) -> Tracker:
    snapshot = json.loads((SNAPSHOTS / f"{name}.json").read_text())
    snapshot["slots"].update(values)
    return Tracker.from_dict(snapshot)


def test_saying_done_asks_once_about_goals_and_what_matters_then_completes_the_form(runtime):
    run(actions.ValidateStoryForm(), "story_message")
    asked: list = []
    for question in ("What would you like to achieve", "What matters most to you"):
        events, messages = run(actions.ValidateStoryForm(), with_slots("story_finished", followups_asked=asked))
        assert slots(events)["story_done"] is None and question in messages[0]["text"]
        asked = slots(events)["followups_asked"]
    events, messages = run(actions.ValidateStoryForm(), with_slots("story_finished", followups_asked=asked))
    assert slots(events)["story_done"] is True
    assert story.story_parts(runtime, SENDER) != []  # "that's all" is not part of the story
    assert "that's all" not in story.story_parts(runtime, SENDER)


def test_the_read_back_starts_and_a_first_time_person_will_choose_a_pin(runtime):
    run(actions.ValidateStoryForm(), "story_message")
    events, messages = run(actions.ActionReadBack(), "story_form_done")
    assert slots(events)["stage"] == "readback" and slots(events)["pin_step"] == "new"
    assert "one part at a time" in messages[0]["text"]


def readback_tracker(text: str, **slot_values) -> Tracker:
    """Mid readback_form, as the action server sees it after the person replied `text`."""
    snapshot = json.loads((SNAPSHOTS / "story_message.json").read_text())
    snapshot["slots"] = {"teller": "self", "stage": "readback", "requested_slot": "readback_reply",
                         "readback_reply": None, "readback_done": [], "pin_step": "new", **slot_values}
    snapshot["latest_message"]["text"] = text
    snapshot["events"][1]["text"] = snapshot["events"][1]["parse_data"]["text"] = text
    snapshot["events"][-1] = {"event": "slot", "name": "readback_reply", "value": text}
    snapshot["active_loop"] = {"name": "readback_form"}
    return Tracker.from_dict(snapshot)


def test_each_section_is_read_back_on_its_own_with_its_question(runtime):
    run(actions.ValidateStoryForm(), "story_message")
    _, messages = run(actions.ActionAskReadbackReply(), readback_tracker(""))
    assert len(messages) == 1 and messages[0]["text"].endswith("?")
    assert messages[0]["text"].count(":\n") == 1  # one section
    assert [b["payload"] for b in messages[0]["buttons"]] == ["yes", "remove that", "that's wrong"]


def test_an_emoji_never_confirms_a_section(runtime):
    run(actions.ValidateStoryForm(), "story_message")
    events, messages = run(actions.ValidateReadbackForm(), readback_tracker("🙂"))
    assert "did not catch" in messages[0]["text"]
    assert slots(events)["readback_reply"] is None and not slots(events).get("readback_done")
    assert story.current_profile(runtime, SENDER) is None


def test_yes_to_every_section_saves_the_story(runtime):
    run(actions.ValidateStoryForm(), "story_message")
    confirmed: list = []
    for _ in range(15):
        events, _ = run(actions.ValidateReadbackForm(), readback_tracker("yes", readback_done=confirmed))
        confirmed = slots(events)["readback_done"]
        if slots(events)["readback_reply"] == "done":
            break
    assert slots(events)["readback_reply"] == "done" and len(confirmed) >= 3
    assert story.current_profile(runtime, SENDER).version == 1
    assert story.story_parts(runtime, SENDER) == []  # the draft is gone once confirmed


def gap_tracker(text: str | None, **slot_values) -> Tracker:
    """Mid gap_form, as the action server sees it after the person replied `text`."""
    snapshot = json.loads((SNAPSHOTS / "story_message.json").read_text())
    snapshot["slots"] = {"teller": "self", "stage": "gaps", "service_id": "gp-practice", "story_done": None,
                         "requested_slot": "gap_answer", "gap_key": None, "gaps_skipped": None,
                         "gap_answer": None, **slot_values}
    snapshot["latest_message"]["text"] = text or ""
    snapshot["events"][1]["text"] = snapshot["events"][1]["parse_data"]["text"] = text or ""
    snapshot["events"][-1] = {"event": "slot", "name": "gap_answer", "value": text}
    snapshot["active_loop"] = {"name": "gap_form"}
    return Tracker.from_dict(snapshot)


REPLIES = {"What is your full name?": "Ann Example", "What is your date of birth?": "3 March 1950",
           "What is the best phone number for you?": "07700 900123",
           "Have you been in hospital in the last 3 months?": "no",
           "Do you have any allergies? Say \"none\" if you have none.": "none"}


def answer_every_gap(runtime, service_id="gp-practice") -> tuple[list[str], list[str]]:
    """Ask and answer as the form loop does, until the form is done; returns the questions asked and
    the keys skipped (the questions the form does not need are skipped)."""
    asked, skipped = [], None
    for _ in range(20):
        events, messages = run(actions.ActionAskGapAnswer(), gap_tracker(None, service_id=service_id,
                                                                         gaps_skipped=skipped))
        question, key = messages[0]["text"], slots(events)["gap_key"]
        asked.append(question)
        reply = "skip" if "The form does not need this one" in question else REPLIES[question]  # optional: left
        events, _ = run(actions.ValidateGapForm(), gap_tracker(reply, service_id=service_id,
                                                               gap_key=key, gaps_skipped=skipped))
        skipped = slots(events).get("gaps_skipped", skipped)
        if slots(events)["gap_answer"] == "done":
            return asked, skipped
    raise AssertionError("the questions never ended")


def test_choosing_a_service_whose_form_needs_more_asks_for_it_first(runtime):
    told_and_confirmed(runtime)
    events, messages = run(actions.ActionShowConsent(), "choose_gp")
    assert slots(events) == {"service_id": "gp-practice", "stage": "gaps", "gap_answer": None}
    assert [e["name"] for e in events if e["event"] == "followup"] == ["gap_form"]
    assert "I need a few things your story did not say" in messages[0]["text"]


def test_each_question_is_asked_once_then_the_consent_shows_what_goes(runtime):
    told_and_confirmed(runtime)
    asked, skipped = answer_every_gap(runtime)
    assert asked == list(dict.fromkeys(asked))  # none asked twice
    assert "What is your date of birth?" in asked and "What is your full name?" in asked
    choose = tracker("choose_gp")
    choose.slots["gaps_skipped"] = skipped
    events, messages = run(actions.ActionShowConsent(), choose)
    assert slots(events) == {"service_id": "gp-practice", "stage": "consent", "sections_chosen": None}
    receives = messages[0]["text"].split("will receive:")[1].split("Nothing else")[0]
    assert all(part in receives for part in ("about you", "your health", "your medicines", "allergies"))
    # Another service's form finds the same answers: it does not ask them again.
    housing = [g.question for g in service_questions.gap_questions(runtime, SENDER, ["housing-adaptations"])]
    assert "What is your date of birth?" not in housing and "What is your full name?" not in housing
    assert "What is your address, with the postcode?" in housing


def test_a_reply_that_does_not_answer_is_explained_and_the_question_stays(runtime):
    told_and_confirmed(runtime)
    dob = "about_me.where(kind='date_of_birth').value"
    events, messages = run(actions.ValidateGapForm(), gap_tracker("last Tuesday", gap_key=dob))
    assert slots(events) == {"gap_answer": None}
    assert messages[0]["text"] == ("Please give the date of birth with the day, month and year, for example "
                                   "3 March 1950, or 03/03/1950.")
    assert dob in [g.key for g in service_questions.gap_questions(runtime, SENDER, ["gp-practice"])]


def test_the_form_starting_is_not_taken_as_an_empty_reply(runtime):
    told_and_confirmed(runtime)
    events, messages = run(actions.ValidateGapForm(), gap_tracker(None))
    assert (slots(events), messages) == ({"gap_answer": None}, [])


def test_skip_leaves_a_question_for_the_service_and_moves_on(runtime):
    told_and_confirmed(runtime)
    events, messages = run(actions.ActionAskGapAnswer(), gap_tracker(None))
    first = slots(events)["gap_key"]
    events, _ = run(actions.ValidateGapForm(), gap_tracker("skip", gap_key=first))
    assert slots(events)["gaps_skipped"] == [first] and slots(events)["gap_answer"] is None
    events, messages = run(actions.ActionAskGapAnswer(), gap_tracker(None, gaps_skipped=[first]))
    assert slots(events)["gap_key"] != first


def test_a_yes_no_question_comes_with_buttons(runtime):
    told_and_confirmed(runtime)
    skipped = [g.key for g in service_questions.gap_questions(runtime, SENDER, ["gp-practice"]) if g.type != "boolean"]
    _, messages = run(actions.ActionAskGapAnswer(), gap_tracker(None, gaps_skipped=skipped))
    assert messages[0]["text"] == "Have you been in hospital in the last 3 months?"
    assert [b["payload"] for b in messages[0]["buttons"]] == ["yes", "no"]


def test_a_typed_choice_is_understood(runtime):
    told_and_confirmed(runtime)
    events, _ = run(actions.ActionReprompt(), "typed_choice")
    assert slots(events)["service_id"] == "housing-adaptations"


def test_yes_to_sharing_delivers_only_the_consented_sections(runtime):
    told_and_confirmed(runtime)
    events, messages = run(actions.ActionHandleYes(), "consent_yes")
    assert slots(events) == {"stage": "done"}
    assert "has your details and has confirmed it" in messages[0]["text"]
    held = runtime.receiver.received("gp-practice")
    assert [(i["service_id"], i["sections"]) for i in held] == [("gp-practice", ["health", "medications"])]
    assert "third floor" not in json.dumps(held)


def test_no_to_sharing_sends_nothing_and_offers_again(runtime):
    told_and_confirmed(runtime)
    events, messages = run(actions.ActionHandleNo(), "consent_no")
    assert "Nothing has been shared" in messages[0]["text"]
    assert slots(events)["stage"] == "choose_service"
    assert runtime.receiver.received("gp-practice") == []


def test_a_message_too_long_to_take_is_refused_plainly_not_cut(runtime):
    snapshot = json.loads((SNAPSHOTS / "story_message.json").read_text())
    huge = "I have asthma. " * 7_000  # 105,000 characters
    snapshot["latest_message"]["text"] = huge
    snapshot["events"][-1]["value"] = huge
    dispatcher = CollectingDispatcher()
    events = asyncio.run(actions.ValidateStoryForm().run(dispatcher, Tracker.from_dict(snapshot), DOMAIN))
    assert slots(events)["story_done"] is None
    assert "too long" in dispatcher.messages[0]["text"] and "smaller parts" in dispatcher.messages[0]["text"]
    assert story.story_parts(runtime, SENDER) == []


def test_a_disclosure_mid_story_is_kept_and_the_help_is_left_to_the_rasa_server(runtime):
    """The urgent help is given once, by the Rasa server, before the dialogue answers (every message,
    every stage: tests/test_safeguarding_everywhere.py); the story form keeps the words and goes on."""
    snapshot = json.loads((SNAPSHOTS / "story_message.json").read_text())
    disclosure = "My son takes my money and he hits me when I say no."
    snapshot["latest_message"]["text"] = disclosure
    snapshot["events"][-1]["value"] = disclosure
    dispatcher = CollectingDispatcher()
    events = asyncio.run(actions.ValidateStoryForm().run(dispatcher, Tracker.from_dict(snapshot), DOMAIN))
    assert slots(events)["story_done"] is None  # the story goes on, and is kept
    assert not any("999" in (m.get("text") or "") for m in dispatcher.messages)
    assert story.story_parts(runtime, SENDER) == [disclosure]


def test_an_ordinary_story_message_gets_no_safety_message(runtime):
    _, messages = run(actions.ValidateStoryForm(), "story_message")
    assert messages == []


def test_when_the_service_cannot_be_reached_the_person_is_told_nothing_was_sent(runtime):
    import dataclasses

    from consent_store import outbox
    from consent_store.schema import deliveries

    told_and_confirmed(runtime)
    runtime.settings = dataclasses.replace(runtime.settings, receiver_url=f"http://127.0.0.1:{free_port()}",
                                           share_wait_seconds=1.0)
    events, messages = run(actions.ActionHandleYes(), "consent_yes")
    assert "has not answered yet" in messages[0]["text"] and "keep trying for up to 3 days" in messages[0]["text"]
    with runtime.sessions.begin() as session:
        rows = session.execute(deliveries.select()).all()
    assert [(row.status, row.attempts, row.last_error) for row in rows] == [
        (outbox.PENDING, 1, "could not connect to the service")]


def test_the_person_hears_later_what_became_of_a_delivery(runtime):
    import dataclasses

    from consent_store import outbox

    told_and_confirmed(runtime)
    runtime.settings = dataclasses.replace(runtime.settings, share_wait_seconds=0.0)
    run(actions.ActionHandleYes(), "consent_yes")  # not waited for: the outcome comes later
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with runtime.sessions.begin() as session:
            if outbox.count_by_status(session).get(outbox.RECEIVED):
                break
        time.sleep(0.05)
    _, messages = run(actions.ActionSessionStart(), "consent_yes")
    assert messages == []  # nothing before the PIN, in a new session
    checked = pin.check(runtime, actions.turn_of(tracker("consent_yes")), PIN)
    assert checked.slots == {"pin_reply": "ok"}
    assert [reply.text for reply in checked.replies] == [
        "Thank you, that's right.", "News since we last spoke: Riverside Surgery (GP practice) now has your details."]
    checked = pin.check(runtime, actions.turn_of(tracker("consent_yes")), PIN)
    assert [reply.text for reply in checked.replies] == ["Thank you, that's right."]  # told once


def test_a_new_session_ends_every_right_and_keeps_only_a_story_being_told(runtime):
    told_and_confirmed(runtime)
    assert rights.may(runtime, SENDER, Right.SHARE)
    events, _ = run(actions.ActionSessionStart(), "consent_yes")
    assert not rights.may(runtime, SENDER, Right.SHARE)
    assert slots(events) == {"teller": "self"}  # no stage, no service, no question pending
    events, messages = run(actions.ActionHandleYes(), "consent_yes")  # "yes" to a consent question asked before
    assert slots(events)["stage"] == "returning" and messages == []  # the PIN first; nothing shared
    with runtime.reading.begin() as session:
        from consent_store import outbox

        assert not outbox.count_by_status(session)
    telling = with_slots("consent_yes", stage="telling", updating=True, menu_pending="delete_again",
                         requested_slot="menu_reply", pin_reply="ok")
    events, _ = run(actions.ActionSessionStart(), telling)
    assert slots(events) == {"teller": "self", "updating": True, "stage": "telling", "requested_slot": "story_done"}


def test_the_stages_in_the_domain_are_the_declared_ones():
    from bot.conversation.stages import Stage

    assert DOMAIN["slots"]["stage"]["values"] == [stage.value for stage in Stage]
    assert "verified" not in DOMAIN["slots"]  # rights come from the gate, never from a slot


def test_after_the_last_answer_the_consent_is_for_the_same_service(runtime):
    told_and_confirmed(runtime)
    _, skipped = answer_every_gap(runtime)
    events, messages = run(actions.ActionShowConsent(), gap_tracker("No", gaps_skipped=skipped))  # the last reply was "No"
    assert slots(events) == {"service_id": "gp-practice", "stage": "consent", "sections_chosen": None}
    assert "Riverside Surgery (GP practice) will receive" in messages[0]["text"]


def test_yes_to_a_danger_question_gets_urgent_help_at_once(runtime):
    told_and_confirmed(runtime)
    danger = next(g for g in service_questions.gap_questions(runtime, SENDER, ["housing-adaptations"]) if g.urgent_if_yes)
    events, messages = run(actions.ValidateGapForm(), gap_tracker("yes", service_id="housing-adaptations",
                                                                  gap_key=danger.key))
    assert "call 999" in messages[0]["text"]
    _, calm = run(actions.ValidateGapForm(), gap_tracker("no", service_id="housing-adaptations", gap_key=danger.key))
    assert calm == []


def intent_tracker(intent: str, text: str, **slot_values) -> Tracker:
    snapshot = json.loads((SNAPSHOTS / "consent_yes.json").read_text())
    snapshot["slots"].update(slot_values)
    parse = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [],
             "intent_ranking": [{"name": intent, "confidence": 0.9}]}
    snapshot["latest_message"] = parse
    snapshot["events"][-1] = {"event": "user", "text": text, "parse_data": parse}
    return Tracker.from_dict(snapshot)


@pytest.mark.parametrize("intent,expected", [
    ("ask_help", "I help you tell your story once"), ("out_of_scope", "Sorry, I can't help with that"),
    ("talk_to_person", "NHS 111"),
])
def test_help_out_of_scope_and_a_person_are_answered_then_the_question_again(runtime, intent, expected):
    events, messages = run(actions.ActionTheRest(), intent_tracker(intent, "what now", stage="consent"))
    assert expected in messages[0]["text"]
    assert len(messages) == 1  # one reply per turn
    assert messages[0]["text"].endswith("Please answer yes or no. Shall I share these details?")
    assert events == []


def test_stop_before_sharing_shares_nothing(runtime):
    told_and_confirmed(runtime)
    events, messages = run(actions.ActionTheRest(), intent_tracker("stop", "stop", stage="consent"))
    assert messages[0]["text"].startswith("OK, I have stopped. Nothing has been shared")
    assert slots(events) == {"stage": "done", "service_id": None}
    assert runtime.receiver.received("gp-practice") == []


def test_help_and_stop_in_the_middle_of_a_story_are_not_kept_as_story(runtime):
    snapshot = json.loads((SNAPSHOTS / "story_message.json").read_text())

    def say_in_story(text):
        snapshot["latest_message"]["text"] = text
        snapshot["events"][-1]["value"] = text
        dispatcher = CollectingDispatcher()
        events = asyncio.run(actions.ValidateStoryForm().run(dispatcher, Tracker.from_dict(snapshot), DOMAIN))
        return slots(events), dispatcher.messages

    found, messages = say_in_story("help")
    assert found["story_done"] is None and "I help you tell your story once" in messages[0]["text"]
    found, _ = say_in_story("stop")
    assert found["story_done"] == "stopped"
    assert story.story_parts(runtime, SENDER) == []
    events, messages = run(actions.ActionReadBack(), intent_tracker("stop", "stop", story_done="stopped"))
    assert messages[0]["text"].startswith("OK, I have stopped")
    assert slots(events) == {"stage": "telling", "story_done": None, "readback_reply": "stopped",
                             "pin_reply": "stopped"}  # so the read-back form ends at once


def test_stop_during_the_services_questions_ends_them_without_sharing(runtime):
    told_and_confirmed(runtime)
    events, _ = run(actions.ValidateGapForm(), gap_tracker("stop"))
    assert slots(events) == {"gap_answer": "stopped"}
    events, messages = run(actions.ActionShowConsent(), gap_tracker("stop", gap_answer="stopped"))
    assert messages[0]["text"].startswith("OK, I have stopped")
    assert slots(events) == {"stage": "done", "gap_answer": None}


@pytest.mark.parametrize("text", ["", "   ", "😀🙏", "?!"])
def test_a_guess_at_an_empty_message_is_not_taken_as_help_or_stop(runtime, text):
    events, messages = run(actions.ActionTheRest(), intent_tracker("stop", text, stage=None))
    assert events == [] and "about you, or about someone you care for" in messages[0]["text"]


def test_finishing_later_at_a_service_question_keeps_the_question(runtime):
    told_and_confirmed(runtime)
    dob = "about_me.where(kind='date_of_birth').value"
    events, messages = run(actions.ValidateGapForm(), gap_tracker("sorry i have to go, can i finish this later?",
                                                                  gap_key=dob))
    assert slots(events) == {"gap_answer": None}
    assert "kept safely" in messages[0]["text"]
    assert dob in [g.key for g in service_questions.gap_questions(runtime, SENDER, ["gp-practice"])]


def test_a_service_named_after_the_end_and_guessed_as_no_is_answered_once(runtime):
    """The words are read whatever intent was guessed; the reply to them is said once (it was said
    twice before the steps moved out of actions/: once by the no, once by the reprompt after it)."""
    told_and_confirmed(runtime)
    events, messages = run(actions.ActionHandleNo(), intent_tracker("deny", "the GP please", stage="done"))
    assert len(messages) == 1
    assert slots(events)["service_id"] == "gp-practice"


def test_a_restart_throws_away_the_story_being_told(runtime):
    """"/restart" kept the draft: the earlier words came back in the next read-back (a stranger on the
    stack, 2026-12-03). A session after an idle hour still keeps a story half-told."""
    story.add_to_story(runtime, SENDER, "I have gout and a cat called Tibbles.")
    idle = with_slots("story_message", stage="telling")
    idle.events = [{"event": "session_started"}, {"event": "user", "text": "I have gout"}]
    run(actions.ActionSessionStart(), idle)
    assert story.story_parts(runtime, SENDER)
    restarted = tracker("story_message")
    restarted.events = [{"event": "restart"}, {"event": "action", "name": "action_listen"}]
    events, _ = run(actions.ActionSessionStart(), restarted)
    assert not story.story_parts(runtime, SENDER)
    assert "stage" not in slots(events)
