"""What bot/rasa/server.py changes in the Rasa server, each against Rasa's own behaviour:

- its check of action server responses: the same verdicts as Rasa's per-call `jsonschema.validate`,
  on chosen and on generated responses;
- its lookup of an event's class by name: the same class as Rasa's walk, for every name;
- what it sends the action server: the current turn's events, everything else as Rasa sends it;
- its connections to the action server: kept open between calls.
"""
from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses
from rasa.utils.endpoints import EndpointConfig

from bot.rasa import server as rasa_server
from bot.settings import PROJECT_ROOT

GOOD = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "stage", "value": "told"}, {"event": "followup", "name": "x"}],
     "responses": [{"text": "Hello", "buttons": [{"title": "Yes", "payload": "/affirm"}]}]},
    {"events": [{"event": "active_loop", "name": None}, {"event": "restart"}]},
    {},
]
BAD = [
    {"events": "not a list"},
    {"events": [{"name": "stage"}]},  # an event with no type
    {"events": [{"event": "slot", "name": 7, "value": 1}]},
    {"responses": ["just text"]},
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"event": "slot", "name": "stage", "value": 1}, "not an event"]},
    {"events": [{"event": "slot", "value": 1}]},  # a slot with no name
    {"events": [{"event": "slot", "name": "x", "value": 1, "timestamp": "soon"}]},
    {"events": [{"event": 3}]},
    {"events": None},
]


def installed(monkeypatch, owner, name: str, install):
    """One of bot/rasa/server.py's changes, installed for one test; returns Rasa's own."""
    original = getattr(owner, name)
    monkeypatch.setattr(owner, name, original)  # restored afterwards
    install()
    assert getattr(owner, name) is not original
    return original


@pytest.fixture
def compiled(monkeypatch):
    installed(monkeypatch, RemoteAction, "_validate_action_result", rasa_server.compile_action_result_check)
    return RemoteAction.__new__(RemoteAction)


def rasas_verdict(response) -> bool:
    try:
        jsonschema.validate(response, RemoteAction.action_response_format_spec())
    except jsonschema.ValidationError:
        return False
    return True


def our_verdict(compiled, response) -> bool:
    try:
        return compiled._validate_action_result(response)
    except jsonschema.ValidationError as error:
        assert "Failed to validate Action server response" in error.message
        return False


@pytest.mark.parametrize("response", GOOD)
def test_a_good_response_passes_as_with_rasas_own_check(compiled, response):
    assert rasas_verdict(response) is True
    assert compiled._validate_action_result(response) is True


@pytest.mark.parametrize("response", BAD)
def test_a_malformed_response_is_refused_as_with_rasas_own_check(compiled, response):
    assert rasas_verdict(response) is False
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        compiled._validate_action_result(response)


VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False), st.text(max_size=5),
                   st.lists(st.text(max_size=3), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))
FIELDS = st.sampled_from(["event", "name", "value", "text", "timestamp", "metadata", "data", "policy", "confidence",
                          "parse_data", "input_channel", "intent", "entities"])
WELL_FORMED = [{"event": "slot", "name": "stage", "value": "told"}, {"event": "action", "name": "action_listen"},
               {"event": "bot", "text": "Hello", "data": {"buttons": []}}, {"event": "active_loop", "name": None},
               {"event": "active_loop", "name": "story_form"}, {"event": "followup", "name": "story_form"},
               {"event": "restart"}, {"event": "session_started"}, {"event": "reset_slots"},
               {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet", "confidence": 1.0}}},
               {"event": "action_execution_rejected", "name": "story_form"}, {"event": "no_such_event"}]


@st.composite
def events(draw):
    """Mostly well-formed events, each perhaps with a field changed or taken away, or no event at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(VALUES)
    event = dict(draw(st.sampled_from(WELL_FORMED)))
    if draw(st.booleans()):  # often one of its own fields
        event[draw(st.one_of(st.sampled_from(sorted(event)), FIELDS))] = draw(VALUES)
    if draw(st.integers(0, 4)) == 0:
        event.pop(draw(st.sampled_from(sorted(event))))
    return event


LISTS_MOSTLY = st.integers(0, 9).map(lambda n: n > 0)
RESPONSES = st.fixed_dictionaries({}, optional={
    "events": LISTS_MOSTLY.flatmap(lambda a_list: st.lists(events(), max_size=4) if a_list else VALUES),
    "responses": LISTS_MOSTLY.flatmap(lambda a_list: st.lists(st.dictionaries(FIELDS, VALUES, max_size=2), max_size=2)
                                      if a_list else VALUES),
})


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(response=RESPONSES)
def test_any_response_gets_the_same_verdict_as_from_rasas_own_check(compiled, response):
    assert our_verdict(compiled, response) is rasas_verdict(response)


@pytest.fixture
def remembered(monkeypatch):
    return installed(monkeypatch, Event, "resolve_by_type", rasa_server.remember_event_types)


def test_every_event_name_finds_the_class_rasas_own_walk_finds(remembered):
    names = {cls.type_name for cls in all_subclasses(Event)}
    assert len(names) > 20
    for name in names:
        assert Event.resolve_by_type(name) is remembered(name)
    assert Event.resolve_by_type("topic") is None  # Rasa's answer for the old TopicSet
    assert Event.resolve_by_type("no_such_event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such_event")


def test_an_event_class_defined_later_is_still_found(remembered):
    assert Event.resolve_by_type("slot") is SlotSet  # the table is built

    class Later(SlotSet):
        type_name = "made_after_the_table"

    assert Event.resolve_by_type("made_after_the_table") is Later


def conversation() -> DialogueStateTracker:
    tracker = DialogueStateTracker("web-1", Domain.load(str(PROJECT_ROOT / "domain.yml")).slots)
    for event in (ActionExecuted("action_listen"), UserUttered("hello", {"name": "greet", "confidence": 0.9}),
                  ActionExecuted("utter_greet"), BotUttered("Hello"), ActionExecuted("action_listen"),
                  UserUttered("I have asthma", {"name": "tell_about_me", "confidence": 0.8}),
                  ActiveLoop("story_form"), SlotSet("stage", "telling"), SlotSet("requested_slot", "story_done")):
        tracker.update(event)
    return tracker


@pytest.fixture
def current_turn_only(monkeypatch):
    return installed(monkeypatch, RemoteAction, "_action_call_format", rasa_server.send_actions_the_current_turn)


def test_the_action_server_is_sent_the_current_turn_and_all_else_as_rasa_sends_it(current_turn_only):
    tracker, domain = conversation(), Domain.load(str(PROJECT_ROOT / "domain.yml"))
    for action in ("action_read_back", "validate_story_form"):
        remote = RemoteAction(action, EndpointConfig("http://127.0.0.1:1/webhook", enable_selective_domain=True))
        ours, rasas = remote._action_call_format(tracker, domain), current_turn_only(remote, tracker, domain)
        assert [e["event"] for e in ours["tracker"]["events"]] == ["user", "active_loop", "slot", "slot"]
        assert ours["tracker"]["events"] == rasas["tracker"]["events"][-4:]
        assert "hello" not in json.dumps(ours)  # the earlier turn stays in the Rasa server
        del ours["tracker"]["events"], rasas["tracker"]["events"]
        assert ours == rasas
        assert ("domain" in ours) is action.startswith("validate_")  # validate_ actions need the forms


def test_before_anything_is_said_every_event_is_sent(current_turn_only):
    tracker = DialogueStateTracker("web-2", [])
    tracker.update(ActionExecuted("action_session_start"))
    remote = RemoteAction("action_session_start", EndpointConfig("http://127.0.0.1:1/webhook"))
    assert [e["name"] for e in remote._action_call_format(tracker, Domain.empty())["tracker"]["events"]] == \
        ["action_session_start"]


class Peers(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keeps a connection open unless told otherwise
    seen: list[int] = []

    def do_POST(self):  # noqa: N802 - the standard library's name
        self.rfile.read(int(self.headers["Content-Length"]))
        Peers.seen.append(self.client_address[1])
        body = b'{"events": []}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args):
        pass


@pytest.fixture
def action_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Peers)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Peers.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}/webhook"
    server.shutdown()
    server.server_close()


def three_calls(url: str) -> list[int]:
    async def calls():
        endpoint = EndpointConfig(url)
        for _ in range(3):
            assert await endpoint.request(json={"next_action": "x"}, method="post") == {"events": []}

    asyncio.run(calls())
    return Peers.seen


def test_rasa_alone_opens_a_connection_per_call(action_server):
    assert len(set(three_calls(action_server))) == 3


def test_the_action_server_connection_is_kept_open_between_calls(action_server, monkeypatch):
    installed(monkeypatch, EndpointConfig, "session", rasa_server.keep_connections_open)
    assert len(set(three_calls(action_server))) == 1


@pytest.fixture
def unfrozen():
    import gc

    gc.unfreeze()
    yield gc
    gc.unfreeze()


def test_what_the_rasa_server_loaded_is_set_aside_from_the_garbage_collector(monkeypatch, unfrozen):
    import rasa.core.run

    loaded = object()

    async def load_agent_on_start(*_args, **_kwargs):  # stands in for loading a model (Rasa's, not ours)
        return loaded

    monkeypatch.setattr(rasa.core.run, "load_agent_on_start", load_agent_on_start)
    installed(monkeypatch, rasa.core.run, "load_agent_on_start", rasa_server.freeze_once_loaded)
    assert unfrozen.get_freeze_count() == 0
    assert asyncio.run(rasa.core.run.load_agent_on_start("model", None, None, None, None)) is loaded
    assert unfrozen.get_freeze_count() > 1000


def test_the_action_server_loads_the_structurer_before_it_serves(tmp_path, monkeypatch, unfrozen):
    from bot.ops.runtime import get_runtime

    monkeypatch.setenv("TELL_VAR_DIR", str(tmp_path))
    get_runtime.cache_clear()
    try:
        rasa_server.load_actions_runtime_then_freeze()
        assert get_runtime().loaded_structurer is not None  # loaded, not on the first read-back
        assert unfrozen.get_freeze_count() > 1000
        assert get_runtime().structurer.structure(["I have asthma."], teller="self")["sections"]["health"]
    finally:
        get_runtime().engine.dispose()
        get_runtime.cache_clear()
