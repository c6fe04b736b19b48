"""Custom actions for the story journey. Each reads the tracker (`turn_of`), calls one step of
bot.conversation.steps, and turns the `Step` it returns into messages and Rasa events (`done`).
What the dialogue does, and why, is there; nothing here decides anything."""
from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import (
    ActionExecuted,
    ActiveLoop,
    EventType,
    FollowupAction,
    Restarted,
    SessionStarted,
    SlotSet,
)
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.conversation.steps import (
    anything_else,
    carer_questions,
    pin,
    read_back,
    returning_menu,
    service_choice,
    service_questions,
    session_start,
    telling,
    yes_no,
)
from bot.conversation.steps.turn import Step, Turn
from bot.ops.runtime import get_runtime
from bot.rasa.channels import HELPED, SMS_FROM


def turn_of(tracker: Tracker) -> Turn:
    """What the steps read of the tracker: the sender, the slots, the latest message, the form."""
    latest = tracker.latest_message or {}
    return Turn(sender_id=tracker.sender_id, slots=dict(tracker.slots), text=latest.get("text") or "",
                intent=(latest.get("intent") or {}).get("name"),
                service_named=next(tracker.get_latest_entity_values("service_id"), None),
                form=tracker.active_loop_name, answered=answered_this_turn(tracker),
                just_verified=any(e.get("event") == "slot" and e.get("name") == "pin_reply" and e.get("value") == "ok"
                                  for e in tracker.events[-6:]),
                sms_number=(latest.get("metadata") or {}).get(SMS_FROM),
                helped=bool((latest.get("metadata") or {}).get(HELPED)))


def answered_this_turn(tracker: Tracker) -> bool:
    """Whether something was already said in reply to the latest message (by a form's validation)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot":
            return True
    return False


def just_restarted(tracker: Tracker) -> bool:
    """Whether the conversation was restarted ("/restart") and nothing was said since: the session
    that starts now is a fresh start."""
    for event in reversed(tracker.events):
        if event.get("event") == "restart":
            return True
        if event.get("event") in ("user", "session_started"):
            return False
    return False


def say(dispatcher: CollectingDispatcher, step: Step) -> None:
    for message in step.replies:
        dispatcher.utter_message(text=message.text, buttons=message.buttons or None)


def done(dispatcher: CollectingDispatcher, step: Step) -> list[EventType]:
    """Say the step's replies; its slots, a form taken up again and what runs next, as events."""
    say(dispatcher, step)
    if step.restart:
        return [Restarted()]  # the tracker store keeps nothing from before a restart
    events: list[EventType] = [SlotSet(name, value) for name, value in step.slots.items()]
    if step.form:
        events.append(ActiveLoop(step.form))
    if step.then:
        events.append(FollowupAction(step.then))
    return events


def slots(dispatcher: CollectingDispatcher, step: Step) -> dict[str, Any]:
    """A form validation's answer: the step's replies said, its slots returned."""
    say(dispatcher, step)
    return step.slots


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        step = session_start.new_session(get_runtime(), turn_of(tracker), restarted=just_restarted(tracker))
        return [SessionStarted(), *done(dispatcher, step), ActionExecuted("action_listen")]


class ActionAskTeller(Action):
    def name(self) -> str:
        return "action_ask_teller"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, anything_else.whose_story(get_runtime(), turn_of(tracker)))


class ActionStartStory(Action):
    def name(self) -> str:
        return "action_start_story"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, anything_else.story_asked(get_runtime(), turn_of(tracker)))


class ActionAskStoryDone(Action):
    def name(self) -> str:
        return "action_ask_story_done"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, telling.ask(get_runtime(), turn_of(tracker)))


class ActionAskCarerReply(Action):
    def name(self) -> str:
        return "action_ask_carer_reply"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, carer_questions.ask(turn_of(tracker)))


class ValidateStoryForm(FormValidationAction):
    def name(self) -> str:
        return "validate_story_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        return telling.required_slots(turn_of(tracker))

    def validate_carer_reply(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> dict[str, Any]:
        return slots(dispatcher, carer_questions.reply(get_runtime(), turn_of(tracker), value))

    async def validate_story_done(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> dict[str, Any]:
        # In a thread: structuring a long message takes seconds, and the action server goes on serving every other
        # conversation meanwhile (a stranger's 100,000 characters, session 18, held every reply up for a minute)
        step = await asyncio.to_thread(telling.story_reply, get_runtime(), turn_of(tracker), value)
        return slots(dispatcher, step)


class ActionReadBack(Action):
    def name(self) -> str:
        return "action_read_back"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, read_back.start(get_runtime(), turn_of(tracker)))


class ActionAskReadbackReply(Action):
    def name(self) -> str:
        return "action_ask_readback_reply"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, read_back.ask(get_runtime(), turn_of(tracker)))


class ActionAskPinReply(Action):
    def name(self) -> str:
        return "action_ask_pin_reply"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, pin.ask(get_runtime(), turn_of(tracker)))


class ValidateReadbackForm(FormValidationAction):
    def name(self) -> str:
        return "validate_readback_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        return read_back.required_slots(get_runtime(), turn_of(tracker))

    async def validate_pin_reply(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: DomainDict) -> dict[str, Any]:
        # A PIN's scrypt takes about 0.1 s and lets go of the GIL: in a thread, the action server
        # goes on serving other conversations meanwhile instead of stalling them all.
        step = await asyncio.to_thread(read_back.pin_reply, get_runtime(), turn_of(tracker), value)
        return slots(dispatcher, step)

    async def validate_readback_reply(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                      domain: DomainDict) -> dict[str, Any]:
        step = await asyncio.to_thread(read_back.reply, get_runtime(), turn_of(tracker), value)  # a correction: as above
        return slots(dispatcher, step)


class ActionAfterReadBack(Action):
    def name(self) -> str:
        return "action_after_read_back"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, read_back.after(get_runtime(), turn_of(tracker)))


class ActionAskGapAnswer(Action):
    def name(self) -> str:
        return "action_ask_gap_answer"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, service_questions.ask(get_runtime(), turn_of(tracker)))


class ValidateGapForm(FormValidationAction):
    def name(self) -> str:
        return "validate_gap_form"

    def validate_gap_answer(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                            domain: DomainDict) -> dict[str, Any]:
        return slots(dispatcher, service_questions.reply(get_runtime(), turn_of(tracker), value))


class ActionReturning(Action):
    def name(self) -> str:
        return "action_returning"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, returning_menu.returning(get_runtime(), turn_of(tracker)))


class ValidateReturningForm(FormValidationAction):
    def name(self) -> str:
        return "validate_returning_form"

    async def validate_pin_reply(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: DomainDict) -> dict[str, Any]:
        step = await asyncio.to_thread(returning_menu.pin_reply, get_runtime(), turn_of(tracker), value)
        return slots(dispatcher, step)  # (in a thread: see ValidateReadbackForm.validate_pin_reply)

    async def validate_menu_reply(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> dict[str, Any]:
        step = await asyncio.to_thread(returning_menu.menu_reply, get_runtime(), turn_of(tracker), value)  # an update
        return slots(dispatcher, step)  # (in a thread: see ValidateStoryForm.validate_story_done)


class ActionAskMenuReply(Action):
    def name(self) -> str:
        return "action_ask_menu_reply"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, returning_menu.ask(get_runtime(), turn_of(tracker)))


class ActionAfterReturning(Action):
    def name(self) -> str:
        return "action_after_returning"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, returning_menu.after(get_runtime(), turn_of(tracker)))


class ActionShowConsent(Action):
    def name(self) -> str:
        return "action_show_consent"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, service_choice.show_consent(get_runtime(), turn_of(tracker)))


def then_listen(tracker: Tracker, events: list[EventType]) -> list[EventType]:
    """A yes or no understood from the words by another action (a "ye" the NLU model did not know,
    answered through action_reprompt) runs as that action's follow-up, where no rule says what comes
    next: unless it starts something, the turn ends here and the assistant listens. (Left to the
    policies, action_reprompt was predicted again and again until Rasa's circuit breaker tripped.)"""
    followed = tracker.latest_action_name not in (None, "action_listen")
    starts = any(isinstance(event, dict) and (event.get("event") in ("followup", "restart")
                                              or (event.get("event") == "active_loop" and event.get("name")))
                 for event in events)
    return [*events, FollowupAction("action_listen")] if followed and not starts else events


class ActionHandleYes(Action):
    def name(self) -> str:
        return "action_handle_yes"

    async def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return then_listen(tracker, done(dispatcher, await yes_no.yes(get_runtime(), turn_of(tracker))))


class ActionHandleNo(Action):
    def name(self) -> str:
        return "action_handle_no"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return then_listen(tracker, done(dispatcher, yes_no.no(get_runtime(), turn_of(tracker))))


class ActionReprompt(Action):
    def name(self) -> str:
        return "action_reprompt"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, anything_else.reprompt(get_runtime(), turn_of(tracker)))


class ActionTheRest(Action):
    def name(self) -> str:
        return "action_the_rest"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return done(dispatcher, anything_else.the_rest(get_runtime(), turn_of(tracker)))
