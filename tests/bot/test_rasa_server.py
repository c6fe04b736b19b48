"""Rasa's check of action server responses, compiled once (bot/rasa_server.py): the same verdicts as
Rasa's own per-call `jsonschema.validate`, on good and malformed responses."""
from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from bot.rasa_server import compile_action_result_check

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
]


@pytest.fixture
def compiled(monkeypatch):
    original = RemoteAction._validate_action_result
    monkeypatch.setattr(RemoteAction, "_validate_action_result", original)  # restored afterwards
    compile_action_result_check()
    assert RemoteAction._validate_action_result is not original
    return RemoteAction.__new__(RemoteAction)


@pytest.mark.parametrize("response", GOOD)
def test_a_good_response_passes_as_with_rasas_own_check(compiled, response):
    jsonschema.validate(response, RemoteAction.action_response_format_spec())
    assert compiled._validate_action_result(response) is True


@pytest.mark.parametrize("response", BAD)
def test_a_malformed_response_is_refused_as_with_rasas_own_check(compiled, response):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(response, RemoteAction.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        compiled._validate_action_result(response)
