"""`python -m bot.rasa.server run …`: Rasa's own command line (`rasa run …`, and `rasa run actions …`
for the action server) as the launcher starts it, with these installed first.

In both:
- every log record redacted as it is made (bot/rasa/quiet_logs.py).

In the action server:
- every request but `/health` refused (401) without the secret the Rasa servers send, and every
  failure answered with an opaque body (bot/rasa/action_server_guard.py).

In the Rasa server:
- every typed message checked for a safeguarding concern, the urgent help first in its reply
  (`hear_every_message`; tests/test_safeguarding_everywhere.py through every channel).

Also in the Rasa server, each for what a profile of it under load showed (docs/performance.md), each
tested against Rasa's own behaviour (tests/bot/rasa/test_server.py):
- Rasa's check of each action server response, built once and checked by event kind. Rasa 3.6
  calls `jsonschema.validate` for every response, which checks the schema against the meta-schema
  and builds a new validator each time; and the schema's `oneOf` over 23 kinds of event builds an
  error for each of the 22 kinds an event is not. The same verdicts; Rasa's own check words the
  error when there is one.
- Rasa's lookup of an event's class by its name, remembered. Rasa 3.6 walks every subclass of
  `Event` (asking each whether it is abstract) for every event it reads back from a tracker store:
  thousands of walks a message for a conversation of a few hundred events. The same answer, first
  match in the same order, from a table built again whenever a name is not in it.
- The action server is sent the current turn's events (from the person's latest message on) with
  the slots, the latest message and the active form as before, instead of the whole conversation
  on each of a turn's two or three calls. Our actions and rasa_sdk's form validation read only
  those, and earlier messages stay in the Rasa server; an action written to look further back
  would not find them.
- Connections to the action server are kept open between calls (Rasa 3.6 opens a new one, with a
  new client session, for every call).
"""
from __future__ import annotations

import asyncio
import logging
import re
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import aiohttp

logger = logging.getLogger(__name__)


def compile_action_result_check() -> None:
    import copy

    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import DOCS_BASE_URL, RemoteAction

    schema = RemoteAction.action_response_format_spec()
    kind = validator_for(schema)
    kind.check_schema(schema)
    validator = kind(schema)
    # The schema's events are `oneOf` 23 kinds, each fixing "event" to a different constant, so an
    # event can only ever match the kind its "event" names. Checking just that kind (and the rest of
    # the schema without the oneOf) passes exactly what the whole schema passes, without building an
    # error for each of the 22 kinds it is not. Anything it does not pass goes to the whole check,
    # which decides, and words the error as Rasa does.
    outer = copy.deepcopy(schema)
    kinds = outer["properties"]["events"]["items"].pop("oneOf")
    outer_validator = kind(outer)
    by_event = {alternative["properties"]["event"]["const"]: kind(alternative) for alternative in kinds}
    if len(by_event) != len(kinds):  # a later Rasa with two kinds of one name: no shortcut
        by_event = {}

    def plainly_valid(result: dict[str, Any]) -> bool:
        if not by_event or not outer_validator.is_valid(result):
            return False
        for event in result.get("events") or []:
            event_kind = by_event.get(event.get("event"))
            if event_kind is None or not event_kind.is_valid(event):
                return False
        return True

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:  # the same contract as Rasa's own
        if plainly_valid(result):
            return True
        error: ValidationError | None = best_match(validator.iter_errors(result))
        if error is None:
            return True
        error.message += (". Failed to validate Action server response from API, make sure your response "
                          f"from the Action endpoint is valid. For more information about the format visit "
                          f"{DOCS_BASE_URL}/custom-actions")
        raise error

    RemoteAction._validate_action_result = _validate_action_result


def remember_event_types() -> None:
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    original = Event.resolve_by_type  # keeps the answer for a name no class has: topic, default, error
    by_name: dict[str, type[Event]] = {}

    def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event]:
        if type_name not in by_name:
            by_name.clear()
            for cls in all_subclasses(Event):
                by_name.setdefault(cls.type_name, cls)  # the first in Rasa's order wins, as in its loop
        found = by_name.get(type_name)
        if found is not None:
            return found
        resolved: type[Event] = original(type_name, default)
        return resolved

    Event.resolve_by_type = staticmethod(resolve_by_type)


def send_actions_the_current_turn() -> None:
    import rasa
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

    def _action_call_format(self: RemoteAction, tracker: DialogueStateTracker, domain: Domain) -> dict[str, Any]:
        events = list(tracker.events)
        start = next((i for i in range(len(events) - 1, -1, -1) if isinstance(events[i], UserUttered)), 0)
        state = tracker.current_state(EventVerbosity.NONE)
        state["events"] = [event.as_dict() for event in events[start:]]
        call = {"next_action": self._name, "sender_id": tracker.sender_id, "tracker": state,
                "version": rasa.__version__}
        if not self._is_selective_domain_enabled() or domain.does_custom_action_explicitly_need_domain(self.name()):
            call["domain"] = domain.as_dict()
        return call

    RemoteAction._action_call_format = _action_call_format


# Below the action server's own keep-alive (Sanic closes an idle connection after 5 s), so the
# Rasa server never sends on a connection the other side is closing.
KEEP_IDLE_CONNECTION_SECONDS = 2.0


class _KeptSession:
    """What `async with endpoint.session()` gets: the endpoint's open session, left open."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self.session

    async def __aexit__(self, *_exc: object) -> bool:
        return False


def keep_connections_open() -> None:
    import asyncio

    import aiohttp
    from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig

    open_sessions: dict[tuple[int, str, aiohttp.BasicAuth | None], aiohttp.ClientSession] = {}

    def session(self: EndpointConfig) -> _KeptSession:
        auth = (aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
                if self.basic_auth else None)
        key = (id(asyncio.get_running_loop()), repr(sorted(self.headers.items())), auth)
        kept = open_sessions.get(key)
        if kept is None or kept.closed:
            connector = aiohttp.TCPConnector(keepalive_timeout=KEEP_IDLE_CONNECTION_SECONDS)
            kept = open_sessions[key] = aiohttp.ClientSession(
                connector=connector, headers=self.headers, auth=auth,
                timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT))
        return _KeptSession(kept)

    EndpointConfig.session = session


def hear_every_message() -> None:
    """Every message a person or carer types, on every channel and at any point in the conversation,
    is checked for a safeguarding concern before the dialogue answers it; the urgent help suited to
    the concern goes first in the very reply to that message, and the dialogue then goes on as it
    would have (bot/understanding/safeguarding). A button's payload ("/affirm") is not typed words.
    The detector is built here, before the server listens, so no one's first message waits for it."""
    from rasa.core.channels.channel import UserMessage
    from rasa.core.processor import MessageProcessor

    from bot.conversation.meaning.consent import only_about_parts
    from bot.conversation.meaning.leave_rest import is_leave_rest
    from bot.conversation.steps.pin import only_about_the_pin
    from bot.delivery.notify import texts_wanted
    from bot.rasa.channels import HELPED
    from bot.rasa.listening import checked
    from bot.understanding.safeguarding import detector
    from bot.understanding.safeguarding.categories import (
        CARRY_ON,
        CATEGORIES,
        GOING_ON,
        HARM_BY_OTHERS,
        PHONE_MAY_BE_READ,
        SCREEN_MAY_BE_SEEN,
    )
    from bot.understanding.safeguarding.policy import NEVER_QUIET, quiet_where_a_name_is_asked

    original = MessageProcessor.handle_message

    async def handle_message(self: MessageProcessor, message: UserMessage) -> Any:
        text = message.text or ""
        if text.startswith("/") and not _a_command(text, self.domain.intents):
            # "/back", "/ i want to end it": typed words, not one of our buttons' payloads nor Rasa's
            # "/restart" (answered: domain.yml): read as words, and checked as every typed message is
            text = message.text = text.lstrip("/ ") or text
        if text.strip() and not text.startswith("/") and message.output_channel is not None:
            # in a thread: a long message takes the detector a second or more, and Rasa's loop goes on serving
            # everyone else meanwhile (a stranger's 100,000 characters, session 18, held every reply up)
            found = await checked(text)
            # the conversation so far, read once, only when a concern is heard (most messages raise none)
            tracker = await _conversation(self, message.sender_id) if found.concern else None
            if found.concern and not found.a_child:  # a child's age said in an earlier message counts too
                found = detector().told_by_a_child(found, [text, *_said_before(tracker)])
            if found.concern and "child_at_risk" not in found.categories and set(found.categories) & HARM_BY_OTHERS \
                    and _a_child_cared_for(tracker) and not detector().harmed_the_writer(text):
                # a carer of a child ("How old is Tyler?" "8"), then "his dad … grabbed tyler by the arm and left bruises":
                # the NSPCC first, not only the adults' helpline (a stranger, session 27)
                found = replace(found, categories=sorted([*found.categories, "child_at_risk"], key=list(CATEGORIES).index))
            answering = _answering(tracker) if found.concern else ""
            # where a name is asked ("she said i could", typed at "And what is your name?"), a concern only
            # the classifier heard, and not surely, is no disclosure: no line at all; a rule's gets the help
            # (thoughts of suicide or self-harm, or a child at risk, keep it). Elsewhere the help is the same
            # at every step (issue 17); at the PIN, where the words are not kept, it says only that we can go on.
            # (a name is a few words: "somtimes i get so tired i shout at her n i hate myself for it", typed where the
            # carer's name was asked, is no name, and got no help: a stranger, session 29)
            quiet = answering == _A_NAME and len(text.split()) <= _NAME_WORDS \
                and quiet_where_a_name_is_asked(found.categories, found.surest)
            # at the consent question, a reply made only of the parts' names and the words of choosing among them
            # ("not my meds and not risks and safety": the assistant's own words) is no disclosure, whatever
            # the classifier alone makes of it (a stranger got the safeguarding help for it), nor a rule's reading
            # of the words of choosing ("yes but without medicines and without my family" was neglect, and by SMS
            # turned off status texts: F24); thoughts of suicide or self-harm, or a child at risk, are always heard
            quiet = quiet or answering == _A_CONSENT and only_about_parts(text) and \
                (found.surest > 0.0 or not set(found.categories) & NEVER_QUIET)
            # and at a service's questions, "leave the rest for them" (their own way out) is that; never for thoughts
            # of suicide or self-harm ("i have had enough" is also a way out of the questions)
            quiet = quiet or answering == _A_QUESTION and found.surest > 0.0 and is_leave_rest(text) \
                and not set(found.categories) & NEVER_QUIET
            # and at the PIN, a reply made only of words about the PIN ("my pin", the CI run caught it getting help)
            quiet = quiet or answering == _A_PIN and found.surest > 0.0 and only_about_the_pin(text)
            # at the PIN and at a service's question the words are not kept (bot/conversation/answers.py: never
            # written on a form): the help says only that we can go on, never "I have kept what you told me"
            # nor at the consent question, the services on offer or the returning menu (a stranger, session 22, was told
            # "I have kept what you told me" there, and nothing of it was in the story)
            going_on = CARRY_ON if answering in (_A_PIN, _A_QUESTION, _A_CONSENT, _A_MENU) else GOING_ON
            # by SMS, a harm someone else does: they may read the phone, so nothing is texted to it unasked
            phone_at_risk = message.input_channel == _SMS and bool(set(found.categories) & HARM_BY_OTHERS) and not quiet
            # by the web chat, they may see the screen: the page's own way out is told
            screen_at_risk = message.input_channel == _WEBCHAT and bool(set(found.categories) & HARM_BY_OTHERS)
            help_now = None if quiet else found.reply(f"{PHONE_MAY_BE_READ} {going_on}" if phone_at_risk else
                                                      f"{SCREEN_MAY_BE_SEEN} {going_on}" if screen_at_risk else going_on)
            if help_now:
                await message.output_channel.send_text_message(message.sender_id, help_now)
                message.metadata = {**(message.metadata or {}), HELPED: True}
            if phone_at_risk:
                answer = await original(self, message)  # the story kept first: then there is a person to mark
                await asyncio.to_thread(texts_wanted, message.sender_id, False)
                return answer
        return await original(self, message)

    MessageProcessor.handle_message = handle_message


# Rasa's own commands a person may type and be answered (utter_restart, session_start.py); "/back" would
# silently undo their last message, and "/nlu_fallback" is no payload of ours.
_NOT_COMMANDS = frozenset({"back", "nlu_fallback"})


def _a_command(text: str, intents: list[str]) -> bool:
    """Whether `text` is a payload ("/tell_about_me", "/affirm{...}", "/restart"): a slash, then one of
    the domain's intents, then nothing or its entities."""
    name = re.match(r"/([A-Za-z_]+)(\{.*\})?\s*$", text, re.DOTALL)
    return name is not None and name.group(1) in intents and name.group(1) not in _NOT_COMMANDS


# Where a message answers one of the assistant's choices (Finding.reply): these stages, and a carer's questions.
_ANSWER_STAGES = frozenset({"readback", "choose_service", "gaps", "consent", "resend", "returning"})


_SMS = "sms"  # bot/rasa/channels/sms.py's name
_WEBCHAT = "webchat"  # bot/rasa/channels/rest.py's name for the web chat's messages
_A_NAME = "name"
_NAME_WORDS = 6  # the most words an answer with a name in it is read as one ("my name is Mary Jones, her daughter")
_A_PIN = "pin"
_A_CONSENT = "consent"
_A_CHOICE = "choice"
_A_MENU = "menu"  # the services on offer, "Shall I send them the update?", the returning menu, and after it: not the story
_MENU_STAGES = frozenset({"choose_service", "resend", "returning", "done"})
_A_QUESTION = "question"  # one of a service's questions (the "gaps" stage)


async def _conversation(processor: Any, sender_id: str) -> Any:
    """The sender's conversation so far, from the tracker store; None when it cannot be read (the help is then given
    in full, for the message alone)."""
    try:
        # the whole of it: `retrieve` gives Rasa only the last few turns (bot/rasa/tracker_store.py), and a young
        # carer's "kayden im 15", said at the fourth message, was not in it at the nineteenth (a stranger, session 28:
        # the adults' helpline alone, no Childline)
        return await processor.tracker_store.retrieve_full_tracker(sender_id)
    except Exception:  # noqa: BLE001 - never stop the help for want of the conversation
        logger.warning("safeguarding: the conversation could not be read")
        return None


def _answering(tracker: Any) -> str:
    """Whether the sender's message answers one of the assistant's choices (its stage): _A_NAME where a carer's question
    asks a name, _A_PIN at the PIN, "choice" elsewhere, "" when not or when it cannot be read (the full help is given)."""
    from bot.conversation.steps.carer_questions import next_question

    if tracker is None:
        return ""
    if tracker.get_slot("requested_slot") == "pin_reply":
        return _A_PIN
    if tracker.get_slot("requested_slot") == "carer_reply":
        answers = tracker.get_slot("carer")
        asked = next_question(answers) if isinstance(answers, dict) else None
        return _A_NAME if asked in ("name", "carer_name") else _A_CHOICE
    if tracker.get_slot("stage") == "consent":
        return _A_CONSENT
    if tracker.get_slot("stage") == "gaps":
        return _A_QUESTION
    if tracker.get_slot("stage") in _MENU_STAGES:
        return _A_MENU
    return _A_CHOICE if tracker.get_slot("stage") in _ANSWER_STAGES else ""


def _a_child_cared_for(tracker: Any) -> bool:
    """Whether a carer's answers say the person whose story it is is under 18 (their age, asked of a parent)."""
    answers = tracker.get_slot("carer") if tracker is not None else None
    age = answers.get("age") if isinstance(answers, dict) else None
    return isinstance(age, int) and not isinstance(age, bool) and 0 <= age < _ADULT


_ADULT = 18


def _said_before(tracker: Any, last: int = 200) -> list[str]:
    """What the sender typed in their last `last` messages of this conversation (not buttons); none when it cannot be
    read (the message is still checked on its own)."""
    from rasa.shared.core.events import UserUttered

    if tracker is None:
        return []
    said = [e.text for e in tracker.events if isinstance(e, UserUttered) and e.text and not e.text.startswith("/")]
    return said[-last:]


def _set_aside_from_gc() -> None:
    import gc

    gc.collect()
    gc.freeze()


def freeze_once_loaded() -> None:
    """Once the model is loaded, what was loaded is set aside from Python's garbage collector: a
    full collection walked its half a million objects (the model, TensorFlow, Rasa) each time, up
    to 0.6 s with every conversation waiting."""
    import rasa.core.run

    load_agent_on_start = rasa.core.run.load_agent_on_start

    async def load_then_freeze(*args: Any, **kwargs: Any) -> Any:
        agent = await load_agent_on_start(*args, **kwargs)
        _set_aside_from_gc()
        return agent

    rasa.core.run.load_agent_on_start = load_then_freeze


def guard_action_server() -> None:
    """The action server answers only the Rasa servers (bot/rasa/action_server_guard.py)."""
    from bot.rasa.action_server_guard import actions_token, install
    from bot.settings import load_settings

    install(actions_token(load_settings()))


def load_actions_runtime_then_freeze() -> None:
    """The action server loads the runtime and the structurer (spaCy and the lexicons, about 5 s)
    before it serves, so the first person's read-back does not wait for them, and sets what it
    loaded aside from the garbage collector (as freeze_once_loaded)."""
    from bot.ops.runtime import get_runtime
    from bot.understanding.safeguarding import detector

    _ = get_runtime().structurer  # loaded on first use: so, now
    detector()
    _set_aside_from_gc()


def main() -> None:
    from bot.rasa.quiet_logs import install

    install()
    from bot.rasa.failures import install_action_failures, install_last_resort

    if sys.argv[1:3] == ["run", "actions"]:
        guard_action_server()
        install_action_failures()  # a failed action is answered plainly (bot/rasa/failures.py)
        load_actions_runtime_then_freeze()
    else:  # the Rasa server
        install_last_resort()  # a failed action server call, or no reply, is answered plainly
        compile_action_result_check()
        remember_event_types()
        send_actions_the_current_turn()
        keep_connections_open()
        hear_every_message()
        freeze_once_loaded()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
