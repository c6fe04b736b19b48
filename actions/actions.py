"""Custom actions for the story journey. Logic lives in bot/; these only translate."""
from __future__ import annotations

import asyncio
import time
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActionExecuted, ActiveLoop, EventType, FollowupAction, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot import journey, replies
from bot.config import MAX_MESSAGE_CHARS
from bot.intake import AnswerNotUnderstood
from bot.runtime import get_runtime
from consent_store import outbox
from consent_store.errors import ServiceClosed


def say(dispatcher: CollectingDispatcher, *messages: replies.Reply) -> None:
    for message in messages:
        dispatcher.utter_message(text=message.text, buttons=message.buttons or None)


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def latest_intent(tracker: Tracker) -> str | None:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name")


def teller_of(tracker: Tracker) -> str:
    return "carer" if tracker.get_slot("teller") == "carer" else "self"


class ActionSessionStart(Action):
    """A new session (after an idle hour) carries the slots over, and if the person was in the
    middle of their story, reopens the story form, so what they say next is kept as story
    instead of being guessed at as an intent."""

    def name(self) -> str:
        return "action_session_start"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        events: list[EventType] = [SessionStarted()]
        events += [SlotSet(name, value) for name, value in tracker.slots.items()
                   if value is not None and name != "session_started_metadata"]
        if tracker.get_slot("stage") == "telling":
            events += [SlotSet("requested_slot", "story_done"), ActiveLoop("story_form")]
        elif tracker.get_slot("stage") == "gaps":  # mid-questions: the next reply is still an answer
            events += [SlotSet("requested_slot", "gap_answer"), ActiveLoop("gap_form")]
        say(dispatcher, *(replies.delivery_news(name, delivery.status, delivery.last_error)
                          for name, delivery in journey.delivery_news(get_runtime(), tracker.sender_id)))
        return events + [ActionExecuted("action_listen")]


class ActionStartStory(Action):
    def name(self) -> str:
        return "action_start_story"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        teller = "carer" if latest_intent(tracker) == "tell_about_someone" else "self"
        return [SlotSet("teller", teller), SlotSet("stage", "telling"), SlotSet("story_done", None)]


class ActionAskStoryDone(Action):
    """Asks for (more of) the story: the prompt of story_form."""

    def name(self) -> str:
        return "action_ask_story_done"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        if latest_intent(tracker) == "deny" and tracker.get_slot("stage") == "telling":
            say(dispatcher, replies.ASK_CORRECTION)  # "no" to the read-back: a correction begins
            return []
        parts = journey.story_parts(get_runtime(), tracker.sender_id)
        say(dispatcher, replies.ask_for_story(len(parts), teller_of(tracker)))
        return []


def keep_story_message(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> None:
    """Keep one message of the story (sealed), or say plainly why it was not kept."""
    if text.startswith("/"):  # an old button pressed mid-story: never part of the story
        say(dispatcher, replies.STILL_TELLING)
    elif len(text) > MAX_MESSAGE_CHARS:
        say(dispatcher, replies.TOO_LONG)
    elif text.strip():
        kept = journey.add_to_story(get_runtime(), tracker.sender_id, text)
        if kept.safeguarding_reasons:
            say(dispatcher, replies.Reply(replies.SAFETY_MESSAGE))


class ValidateStoryForm(FormValidationAction):
    """Every message of the story is kept (sealed) until the person says they are done."""

    def name(self) -> str:
        return "validate_story_form"

    def validate_story_done(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                            domain: DomainDict) -> dict[str, Any]:
        if not isinstance(value, str):  # the slot being reset, not a message of the story
            return {"story_done": None}
        text = value
        if replies.is_help_phrase(text):  # a question about the chat, not a part of the story
            say(dispatcher, replies.HELP, replies.reprompt("telling"))
            return {"story_done": None}
        if replies.is_stop_phrase(text):  # what was told is kept; the read-back does not follow
            return {"story_done": "stopped"}
        if replies.is_done_phrase(text, latest_intent(tracker)):
            profile = journey.draft_profile(get_runtime(), tracker.sender_id, teller_of(tracker))
            if profile is None:
                say(dispatcher, replies.NOTHING_TOLD)
            elif not any(profile["sections"].values()):
                say(dispatcher, replies.NOTHING_UNDERSTOOD)
            else:
                return {"story_done": True}
        else:
            keep_story_message(dispatcher, tracker, text)
        return {"story_done": None}


class ActionReadBack(Action):
    def name(self) -> str:
        return "action_read_back"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        if tracker.get_slot("story_done") == "stopped":
            say(dispatcher, replies.STOPPED)
            return [SlotSet("stage", "telling"), SlotSet("story_done", None)]
        profile = journey.draft_profile(get_runtime(), tracker.sender_id, teller_of(tracker))
        if profile is None:  # the form only completes once something was told
            say(dispatcher, replies.NOTHING_TOLD)
            return [SlotSet("stage", "telling")]
        say(dispatcher, *replies.read_back(profile, teller_of(tracker)))
        return [SlotSet("stage", "readback")]


def offer_services(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    offers = journey.offers(get_runtime(), tracker.sender_id)
    say(dispatcher, replies.service_offers(offers))
    return [SlotSet("service_id", None), SlotSet("stage", "choose_service" if offers else "done")]


def reprompt(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    stage = tracker.get_slot("stage")
    if stage == "choose_service":  # a typed answer: "the GP", "2"
        return show_consent(dispatcher, tracker)
    if stage == "telling":
        # Mid-story but the form is no longer active (the session expired while they paused):
        # keep what they said and carry on with the story.
        if not replies.is_done_phrase(latest_text(tracker)):
            keep_story_message(dispatcher, tracker, latest_text(tracker))
        return [ActiveLoop("story_form")]
    say(dispatcher, replies.reprompt(stage))
    return []


class ActionHandleYes(Action):
    """'Yes' means: the read-back is right, or: share with the chosen service."""

    def name(self) -> str:
        return "action_handle_yes"

    async def run(self, dispatcher, tracker, domain) -> list[EventType]:
        stage = tracker.get_slot("stage")
        rt = get_runtime()
        if not replies.is_clear_yes(latest_text(tracker), latest_intent(tracker)):
            return reprompt(dispatcher, tracker)
        if stage == "readback":
            journey.confirm_profile(rt, tracker.sender_id, teller_of(tracker))
            return offer_services(dispatcher, tracker)
        if stage == "consent" and tracker.get_slot("service_id") in rt.services:
            try:
                outcome = journey.share_with(rt, tracker.sender_id, tracker.get_slot("service_id"),
                                             teller_of(tracker))
            except ServiceClosed:
                say(dispatcher, replies.service_closed(rt.services[tracker.get_slot("service_id")]))
                return [SlotSet("stage", "done")]
            delivery = await wait_for_outcome(rt, tracker.sender_id, outcome.delivery_id)
            status, reason = (delivery.status, delivery.last_error) if delivery else (outbox.PENDING, None)
            say(dispatcher, replies.shared(outcome.service, outcome.receipt_code, status, reason))
            return [SlotSet("stage", "done")]
        return reprompt(dispatcher, tracker)


async def wait_for_outcome(rt, sender_id: str, delivery_id: str):
    """The outbox worker sends it; wait a few seconds (without blocking other conversations) so
    the person hears how it went. If it is still going, they are told it will keep trying."""
    deadline = time.monotonic() + rt.settings.share_wait_seconds
    while True:
        delivery = journey.delivery_status(rt, sender_id, delivery_id)
        if delivery is None or delivery.status in outbox.FINAL or time.monotonic() >= deadline:
            return delivery
        await asyncio.sleep(0.2)


class ActionHandleNo(Action):
    """'No' means: the read-back needs correcting, or: do not share with this service."""

    def name(self) -> str:
        return "action_handle_no"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        stage = tracker.get_slot("stage")
        if stage == "readback":
            return [SlotSet("stage", "telling"), SlotSet("story_done", None),
                    FollowupAction("story_form")]
        if stage == "consent":
            service = get_runtime().services.get(tracker.get_slot("service_id") or "")
            if service:
                say(dispatcher, replies.not_shared(service))
            return offer_services(dispatcher, tracker)
        if stage == "choose_service":
            say(dispatcher, replies.NOTHING_CHOSEN)
            return [SlotSet("stage", "done")]
        return reprompt(dispatcher, tracker)


def show_consent(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Work out which offered service the person chose and ask for consent to share with it."""
    offers = journey.offers(get_runtime(), tracker.sender_id)
    if not offers:  # no confirmed story yet, or nothing in it any service uses
        say(dispatcher, replies.reprompt(tracker.get_slot("stage")))
        return []
    if tracker.get_slot("stage") == "gaps" and tracker.get_slot("gap_answer") == "stopped":
        say(dispatcher, replies.STOPPED)
        return [SlotSet("stage", "done"), SlotSet("gap_answer", None)]
    chosen = next(tracker.get_latest_entity_values("service_id"), None)
    if tracker.get_slot("stage") == "gaps":  # back from the service's questions: the same service
        chosen = tracker.get_slot("service_id")
    services = [service for service, _ in offers]
    service = next((s for s in services if s.id == chosen), None) \
        or replies.match_service(latest_text(tracker), services)
    if service is None:
        say(dispatcher, replies.Reply("Sorry, I did not catch which service."),
            replies.service_offers(offers))
        return [SlotSet("stage", "choose_service")]
    gaps = open_gaps(tracker, service.id)
    if gaps:  # the service's form needs what the story did not say: ask that first, once
        say(dispatcher, replies.gaps_intro(service, len(gaps)))
        return [SlotSet("service_id", service.id), SlotSet("stage", "gaps"), SlotSet("gap_answer", None),
                FollowupAction("gap_form")]
    offers = journey.offers(get_runtime(), tracker.sender_id)  # answers may have added sections
    sections = dict((s.id, secs) for s, secs in offers)[service.id]
    say(dispatcher, replies.consent_question(service, sections))
    return [SlotSet("service_id", service.id), SlotSet("stage", "consent")]


def open_gaps(tracker: Tracker, service_id: str, skipped: list[str] | None = None):
    """The chosen service's questions still to ask: not answered, and not skipped."""
    if skipped is None:
        skipped = tracker.get_slot("gaps_skipped") or []
    return [gap for gap in journey.gap_questions(get_runtime(), tracker.sender_id, [service_id])
            if gap.key not in skipped]


class ActionAskGapAnswer(Action):
    """Asks the next question the chosen service's form needs: the prompt of gap_form."""

    def name(self) -> str:
        return "action_ask_gap_answer"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        gaps = open_gaps(tracker, tracker.get_slot("service_id") or "")
        if not gaps:
            return []
        say(dispatcher, replies.gap_question(gaps[0]))
        return [SlotSet("gap_key", gaps[0].key)]


class ValidateGapForm(FormValidationAction):
    """Keeps each answer in the profile (so every service that asks it finds it), or says plainly
    what would answer it; the form ends when nothing is left to ask."""

    def name(self) -> str:
        return "validate_gap_form"

    def validate_gap_answer(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                            domain: DomainDict) -> dict[str, Any]:
        if value is None:  # the form starting (the slot was cleared), not a reply
            return {"gap_answer": None}
        if replies.is_help_phrase(str(value)):
            say(dispatcher, replies.Reply("The service's form asks this. Answer in your own words, or "
                                          "say \"skip\" to leave it for the service to ask."))
            return {"gap_answer": None}
        if replies.is_stop_phrase(str(value)):
            return {"gap_answer": "stopped"}
        service_id = tracker.get_slot("service_id") or ""
        skipped = list(tracker.get_slot("gaps_skipped") or [])
        gaps = open_gaps(tracker, service_id, skipped)
        current = next((g for g in gaps if g.key == tracker.get_slot("gap_key")), gaps[0] if gaps else None)
        if current is not None:
            text = str(value or "")
            if replies.is_skip(text):
                skipped.append(current.key)
            else:
                try:
                    answered = journey.answer_gap(get_runtime(), tracker.sender_id, current, text)
                except AnswerNotUnderstood as problem:
                    say(dispatcher, replies.Reply(str(problem)))
                    return {"gap_answer": None}
                if answered.worrying:
                    say(dispatcher, replies.Reply(replies.SAFETY_MESSAGE))
        left = open_gaps(tracker, service_id, skipped)
        return {"gap_answer": None if left else "done", "gaps_skipped": skipped}


class ActionShowConsent(Action):
    def name(self) -> str:
        return "action_show_consent"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return show_consent(dispatcher, tracker)


class ActionReprompt(Action):
    """What to say when a message was not understood: depends on where the person is."""

    def name(self) -> str:
        return "action_reprompt"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return reprompt(dispatcher, tracker)


class ActionTheRest(Action):
    """Help, out of scope, talk to a person, stop: answered, then back to where the person was."""

    def name(self) -> str:
        return "action_the_rest"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        if not any(c.isalnum() for c in latest_text(tracker)):  # a guess at an empty message or emoji
            return reprompt(dispatcher, tracker)
        intent = latest_intent(tracker)
        say(dispatcher, *replies.the_rest(intent, tracker.get_slot("stage")))
        if intent == "stop" and tracker.get_slot("stage") in ("readback", "choose_service", "consent"):
            return [SlotSet("stage", "done"), SlotSet("service_id", None)]  # nothing is shared
        return []
