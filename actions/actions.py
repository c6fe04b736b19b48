"""Custom actions for the story journey. Logic lives in bot/; these only translate."""
from __future__ import annotations

import asyncio
import re
import time
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

from bot.conversation import dialogue, rights, wording
from bot.conversation import replies as understanding
from bot.conversation.errors import NotPermitted, ServiceClosed, WeakPin
from bot.conversation.journey import deliveries, pins, service_questions, sharing, story, your_record
from bot.conversation.readback import read_back
from bot.conversation.rights import Right
from bot.conversation.stages import CARRIED_OVER, Pending, PinStep, Stage
from bot.intake import AnswerNotUnderstood
from bot.ops.runtime import get_runtime
from bot.settings import MAX_MESSAGE_CHARS
from consent_store import outbox
from consent_store import representatives as reps


def say(dispatcher: CollectingDispatcher, *messages: wording.Reply) -> None:
    for message in messages:
        dispatcher.utter_message(text=message.text, buttons=message.buttons or None)


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def latest_intent(tracker: Tracker) -> str | None:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name")


def teller_of(tracker: Tracker) -> str:
    return "carer" if tracker.get_slot("teller") == "carer" else "self"


def stage_of(tracker: Tracker) -> Stage | None:
    return Stage.of(tracker.get_slot("stage"))


def at(stage: Stage | None) -> SlotSet:
    return SlotSet("stage", stage.value if stage else None)


def pending_of(tracker: Tracker) -> Pending | None:
    return Pending(tracker.get_slot("menu_pending")) if tracker.get_slot("menu_pending") in set(Pending) else None


def pin_step_of(tracker: Tracker) -> PinStep | None:
    return PinStep(tracker.get_slot("pin_step")) if tracker.get_slot("pin_step") in set(PinStep) else None


def allowed(tracker: Tracker, right: Right) -> bool:
    """The rights gate (bot.conversation.rights): from the store's record for this conversation and session."""
    return rights.may(get_runtime(), tracker.sender_id, right)


class ActionSessionStart(Action):
    """A new session (after an idle hour, or Rasa's /session_start) starts with no rights, no
    question pending and no form half-way. Only a story being told goes on: the story form is
    reopened, so what the person says next is kept as story instead of being guessed at."""

    def name(self) -> str:
        return "action_session_start"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        rights.new_session(get_runtime(), tracker.sender_id)
        events: list[EventType] = [SessionStarted()]
        # Who is telling is not a right: a carer stays the teller, and their answers stay theirs.
        events += [SlotSet(name, tracker.get_slot(name)) for name in ("teller", "carer")
                   if tracker.get_slot(name) is not None]
        stage = stage_of(tracker)
        if stage in CARRIED_OVER:
            events += [SlotSet(name, tracker.get_slot(name)) for name in STORY_SLOTS
                       if tracker.get_slot(name) is not None]
            events += [at(stage), SlotSet("requested_slot", "story_done"), ActiveLoop("story_form")]
        elif not pins.has_pin(get_runtime(), tracker.sender_id):
            say(dispatcher, *news(tracker))  # no PIN to check with: nothing was shared yet, or it was before PINs
        return events + [ActionExecuted("action_listen")]


STORY_SLOTS = ("carer_reply", "updating", "followups_asked")  # a story half-told, kept across sessions


def news(tracker: Tracker) -> list[wording.Reply]:
    """Delivery outcomes the person has not heard yet (each told once)."""
    return [wording.delivery_news(name, delivery.status, delivery.last_error)
            for name, delivery in deliveries.delivery_news(get_runtime(), tracker.sender_id)]


def needs_pin(tracker: Tracker) -> bool:
    """A returning person who has not yet typed their PIN in this session."""
    return not allowed(tracker, Right.READ_BACK) and pins.has_pin(get_runtime(), tracker.sender_id)


def carer_of(tracker: Tracker) -> dict | None:
    return tracker.get_slot("carer") if teller_of(tracker) == "carer" else None


def person_of(tracker: Tracker) -> str | None:
    """Whom a carer's replies are about: the person's first name, or "them"; None to the person."""
    carer = carer_of(tracker)
    if carer is None:
        return None
    return (carer.get("name") or "them").split()[0]


class ActionStartStory(Action):
    def name(self) -> str:
        return "action_start_story"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        teller = "carer" if latest_intent(tracker) == "tell_about_someone" else "self"
        return [SlotSet("teller", teller), at(Stage.TELLING), SlotSet("story_done", None),
                SlotSet("carer_reply", None), SlotSet("carer", {} if teller == "carer" else None),
                SlotSet("updating", False), SlotSet("followups_asked", [])]


class ActionAskStoryDone(Action):
    """Asks for (more of) the story: the prompt of story_form."""

    def name(self) -> str:
        return "action_ask_story_done"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        if tracker.get_slot("updating"):
            say(dispatcher, wording.ASK_UPDATE if not story.story_parts(get_runtime(), tracker.sender_id)
                else wording.ask_for_story(1, teller_of(tracker)))
            return []
        parts = story.story_parts(get_runtime(), tracker.sender_id)
        if parts and answered_this_turn(tracker):  # one reply per turn: the follow-up or the help was it
            return []
        say(dispatcher, wording.ask_for_story(len(parts), teller_of(tracker)))
        return []


def answered_this_turn(tracker: Tracker) -> bool:
    """Whether something was already said in reply to the latest message (by a form's validation)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot":
            return True
    return False


def keep_story_message(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> None:
    """Keep one message of the story (sealed), or say plainly why it was not kept."""
    if text.startswith("/"):  # an old button pressed mid-story: never part of the story
        say(dispatcher, wording.STILL_TELLING)
    elif len(text) > MAX_MESSAGE_CHARS:
        say(dispatcher, wording.TOO_LONG)
    elif text.strip():  # any concern in it was answered with help by the Rasa server already
        story.add_to_story(get_runtime(), tracker.sender_id, text)


class ActionAskCarerReply(Action):
    """Asks the carer's next question: the first prompt of story_form when a carer tells it."""

    def name(self) -> str:
        return "action_ask_carer_reply"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        answers = tracker.get_slot("carer") or {}
        say(dispatcher, wording.carer_question(next_carer_question(answers), answers))
        return []


def next_carer_question(answers: dict) -> str | None:
    for key in dialogue.CARER_QUESTIONS:
        if key == "age" and answers.get("basis") != "parental_responsibility":
            continue
        if key not in answers:
            return key
    return None


CARER_PARSERS = {"name": dialogue.parse_name, "relationship": dialogue.parse_relationship,
                 "carer_name": dialogue.parse_name, "basis": dialogue.parse_basis, "age": dialogue.parse_age,
                 "knows": dialogue.parse_knows}


class ValidateStoryForm(FormValidationAction):
    """A carer first says whose story it is and on what basis; then every message of the story is
    kept (sealed) until the person says they are done."""

    def name(self) -> str:
        return "validate_story_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        if teller_of(tracker) == "carer" and not tracker.get_slot("updating"):
            return ["carer_reply", "story_done"]
        return ["story_done"]

    def validate_carer_reply(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> dict[str, Any]:
        if not isinstance(value, str):
            return {"carer_reply": None}
        if wording.is_help_phrase(value):
            say(dispatcher, wording.Reply("Services need to know whose story this is and why you can "
                                          "speak for them. Answer in your own words."))
            return {"carer_reply": None}
        if wording.is_stop_phrase(value):
            return {"carer_reply": "stopped", "story_done": "stopped"}
        meant = understanding.general(value)
        if meant is not None and meant.kind in ("later", "human"):
            say(dispatcher, wording.LATER if meant.kind == "later" else wording.TALK_TO_PERSON)
            return {"carer_reply": None}
        answers = dict(tracker.get_slot("carer") or {})
        key = next_carer_question(answers)
        try:
            answers[key] = CARER_PARSERS[key](value)
            if key == "name" and "relationship" not in answers and re.search(r"\bmy\b", value, re.I):
                # "my husband dave": both at once
                relation = understanding.relationship_of(value)
                if relation:
                    answers["relationship"] = relation
            if key == "age" and answers[key] >= 16:
                answers.pop("age")
                answers.pop("basis")
                raise dialogue.NotUnderstood("Parental responsibility is for a child under 16. For someone "
                                             "older, please choose another basis.")
        except dialogue.NotUnderstood as problem:
            say(dispatcher, wording.Reply(str(problem)))
            return {"carer_reply": None, "carer": answers}
        if next_carer_question(answers) is not None:
            return {"carer_reply": None, "carer": answers}
        answers["representative_id"] = story.record_carer(get_runtime(), tracker.sender_id, answers)
        say(dispatcher, wording.carer_noted(answers))
        return {"carer_reply": "done", "carer": answers}

    def validate_story_done(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                            domain: DomainDict) -> dict[str, Any]:
        if not isinstance(value, str):  # the slot being reset, not a message of the story
            return {"story_done": None}
        text = value
        meant = understanding.telling_meaning(text)
        if meant.kind in ("help", "human"):  # about the chat, not a part of the story: one reply
            say(dispatcher, wording.mid_story(meant.kind))
            return {"story_done": None}
        if meant.kind == "later":  # everything is kept already; the story goes on when they come back
            say(dispatcher, wording.LATER)
            return {"story_done": None}
        if meant.kind == "restart":
            say(dispatcher, wording.RESTART_TELLING)
            return {"story_done": None}
        if meant.kind == "stop":  # what was told is kept; the read-back does not follow
            return {"story_done": "stopped"}
        if meant.kind == "done" or wording.is_done_phrase(text, latest_intent(tracker)):
            updating = bool(tracker.get_slot("updating"))
            profile = story.draft_profile(get_runtime(), tracker.sender_id, teller_of(tracker),
                                            carer_of(tracker), updating)
            asked = list(tracker.get_slot("followups_asked") or [])
            missing = [s for s in ("goals", "what_matters") if not updating and profile
                       and not profile["sections"].get(s) and s not in asked]
            if profile is None:
                say(dispatcher, wording.NOTHING_TOLD)
            elif not any(profile["sections"].values()):
                say(dispatcher, wording.NOTHING_UNDERSTOOD)
            elif missing:  # one gentle question for each, once
                say(dispatcher, wording.follow_up(missing[0], teller_of(tracker), person_of(tracker)))
                return {"story_done": None, "followups_asked": asked + missing[:1]}
            else:
                return {"story_done": True}
        else:
            keep_story_message(dispatcher, tracker, text)
        return {"story_done": None}


class ActionReadBack(Action):
    """Starts the read-back (readback_form follows): or, if the person stopped, says so."""

    def name(self) -> str:
        return "action_read_back"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        if tracker.get_slot("story_done") == "stopped":
            say(dispatcher, wording.STOPPED)
            return [at(Stage.TELLING), SlotSet("story_done", None),
                    SlotSet("readback_reply", "stopped"), SlotSet("pin_reply", "stopped")]
        profile = story.draft_profile(get_runtime(), tracker.sender_id, teller_of(tracker), carer_of(tracker),
                                        bool(tracker.get_slot("updating")))
        if profile is None:  # the form only completes once something was told
            say(dispatcher, wording.NOTHING_TOLD)
            return [at(Stage.TELLING), SlotSet("readback_reply", "stopped"),
                    SlotSet("pin_reply", "stopped")]
        if profile.get("safeguarding", {}).get("concern"):
            say(dispatcher, wording.safety_reminder(profile["safeguarding"].get("reasons") or []))
        say(dispatcher, wording.READ_BACK_START)
        first_pin = not pins.has_pin(get_runtime(), tracker.sender_id)
        return [at(Stage.READBACK), SlotSet("readback_reply", None), SlotSet("readback_done", []),
                SlotSet("pin_reply", None), SlotSet("pin_step", PinStep.NEW.value if first_pin else None)]


def groups_to_read(tracker: Tracker) -> list[dict]:
    """The sections to read back: all of them, or, for an update, those the change touched."""
    rt, teller, updating = get_runtime(), teller_of(tracker), bool(tracker.get_slot("updating"))
    profile = story.draft_profile(rt, tracker.sender_id, teller, carer_of(tracker), updating)
    groups = read_back(profile, teller) if profile else []
    if updating:
        if not allowed(tracker, Right.READ_BACK):
            return []
        saved = story.current_profile(rt, tracker.sender_id)
        before = {g["section"]: g["lines"] for g in read_back(saved.profile, teller)} if saved else {}
        groups = [g for g in groups if before.get(g["section"]) != g["lines"]]
    return groups


def group_key(group: dict) -> str:
    return group["section"] + ":" + "|".join(group["lines"])


def next_group(tracker: Tracker, confirmed: list[str]) -> dict | None:
    return next((g for g in groups_to_read(tracker) if group_key(g) not in confirmed), None)


class ActionAskReadbackReply(Action):
    """Reads back the next section not yet confirmed, and asks if it is right."""

    def name(self) -> str:
        return "action_ask_readback_reply"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        group = next_group(tracker, tracker.get_slot("readback_done") or [])
        if group is not None:
            say(dispatcher, wording.section_read_back(group))
        return []


class ActionAskPinReply(Action):
    """Asks for a new PIN (and then the same again), or for the PIN of a returning person."""

    def name(self) -> str:
        return "action_ask_pin_reply"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        if pin_mode(tracker) == "verify":
            say(dispatcher, wording.ASK_PIN)
        else:
            say(dispatcher, wording.ASK_PIN_AGAIN if pin_step_of(tracker) is PinStep.AGAIN else wording.ASK_NEW_PIN)
        return []


def pin_mode(tracker: Tracker) -> str:
    """"verify" a returning person (or anyone who says they are one), or "set" a first PIN."""
    if tracker.active_loop_name == "returning_form":
        return "verify"
    if pin_step_of(tracker) is not None and not needs_pin(tracker):
        return "set"  # a first PIN (or the same again): never a way round an existing one
    return "verify"


def check_pin_reply(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> dict[str, Any]:
    """The PIN step of readback_form and returning_form. A PIN never goes into a slot."""
    rt = get_runtime()
    if wording.is_help_phrase(text):
        say(dispatcher, wording.Reply("Your PIN is the 4 to 8 numbers you chose when you first told your story."))
        return {"pin_reply": None}
    if wording.is_stop_phrase(text) or re.search(r"\b(new|first time|never been|not been|forgot)", text, re.I):
        return {"pin_reply": "stopped"}
    if not dialogue.looks_like_pin(text):
        say(dispatcher, wording.PIN_ONLY_NUMBERS)
        return {"pin_reply": None}
    pin = dialogue.pin_of(text)
    if pin_mode(tracker) == "set":
        if pin_step_of(tracker) is not PinStep.AGAIN:
            try:
                pins.set_pin(rt, tracker.sender_id, pin)
            except WeakPin as weak:
                say(dispatcher, wording.Reply(str(weak)))
                return {"pin_reply": None}
            return {"pin_reply": None, "pin_step": PinStep.AGAIN.value}
        if not pins.pin_matches(rt, tracker.sender_id, pin):
            say(dispatcher, wording.PIN_MISMATCH)
            return {"pin_reply": None, "pin_step": PinStep.NEW.value}
        say(dispatcher, wording.PIN_SET)
        return {"pin_reply": "ok", "pin_step": None}
    check = pins.check_pin(rt, tracker.sender_id, pin)
    if check is None:  # nobody to check against: answered exactly as a wrong PIN would be
        misses = int(tracker.get_slot("pin_misses") or 0) + 1
        locked = misses >= MAX_TRIES
        say(dispatcher, wording.pin_wrong(MAX_TRIES - misses, 15 if locked else None))
        return {"pin_reply": None, "pin_misses": float(min(misses, MAX_TRIES))}
    if not check.ok:
        minutes = None
        if check.locked_until is not None:
            minutes = max(1, round((check.locked_until - rt.now()).total_seconds() / 60))
        say(dispatcher, wording.pin_wrong(check.attempts_left, minutes))
        return {"pin_reply": None}
    say(dispatcher, wording.VERIFIED, *news(tracker))
    return {"pin_reply": "ok"}


def pin_reply_kept(tracker: Tracker, value: Any) -> dict[str, Any]:
    """A pin_reply set by an action ("ok" once the gate lets them in, or "stopped"), not typed:
    a typed "ok" is not a PIN checked."""
    if value == "ok" and pin_step_of(tracker) is None and allowed(tracker, Right.READ_BACK):
        return {"pin_reply": "ok"}
    return {"pin_reply": "stopped" if value == "stopped" else None}


async def pin_reply_checked(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> dict[str, Any]:
    """check_pin_reply in a thread: its scrypt takes about 0.1 s and lets go of the GIL, so the
    action server goes on serving other conversations meanwhile instead of stalling them all."""
    return await asyncio.to_thread(check_pin_reply, dispatcher, tracker, text)


MAX_TRIES = 5


class ValidateReadbackForm(FormValidationAction):
    """Section by section: "yes", "remove that", "remove the diabetes", "add that …", "that's wrong",
    or a correction in the person's own words ("it's my left hip"). Then the story is saved, and a
    first-time person chooses a PIN; a returning one who has not typed theirs does so first."""

    def name(self) -> str:
        return "validate_readback_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        if tracker.get_slot("readback_reply") == "stopped":
            return []
        if needs_pin(tracker):
            return ["pin_reply", "readback_reply"]
        if pin_step_of(tracker) is not None:  # choosing a first PIN: until it is typed twice
            return ["readback_reply", "pin_reply"]
        if allowed(tracker, Right.READ_BACK):
            return ["readback_reply"]
        return ["readback_reply", "pin_reply"]

    async def validate_pin_reply(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: DomainDict) -> dict[str, Any]:
        if not isinstance(value, str) or value in ("ok", "stopped"):
            return pin_reply_kept(tracker, value)
        result = await pin_reply_checked(dispatcher, tracker, value)
        if result["pin_reply"] == "stopped":
            say(dispatcher, wording.STOPPED)
            return {"pin_reply": "stopped", "readback_reply": "stopped"}
        return result

    def validate_readback_reply(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> dict[str, Any]:
        if not isinstance(value, str):
            return {"readback_reply": value if value in ("done", "stopped") else None}
        if tracker.get_slot("updating") and not allowed(tracker, Right.UPDATE):
            return {"readback_reply": None, "pin_reply": None}  # the PIN first
        rt, sender, teller = get_runtime(), tracker.sender_id, teller_of(tracker)
        carer, updating = carer_of(tracker), bool(tracker.get_slot("updating"))
        confirmed = list(tracker.get_slot("readback_done") or [])
        group = next_group(tracker, confirmed)
        if wording.is_help_phrase(value):
            say(dispatcher, wording.ASK_WHAT_IS_WRONG)
            return {"readback_reply": None}
        if wording.is_stop_phrase(value):
            say(dispatcher, wording.STOPPED)
            return {"readback_reply": "stopped", "pin_reply": "stopped"}
        if group is not None and not any(c.isalnum() for c in value):  # an emoji is not a yes
            say(dispatcher, wording.READ_BACK_UNCLEAR)
        elif group is not None:
            meant = dialogue.read_back_reply(value)
            if meant.kind == "right":
                confirmed.append(group_key(group))
            elif meant.kind == "remove":
                taken = story.remove_from_story(rt, sender, group["section"], meant.text, teller, carer, updating)
                say(dispatcher, wording.REMOVED if taken else wording.not_found(meant.text))
            elif meant.kind == "wrong":
                say(dispatcher, wording.ASK_WHAT_IS_WRONG)
            elif meant.kind in ("later", "restart", "human", "question", "help", "invalid"):
                say(dispatcher, {"later": wording.LATER, "human": wording.TALK_TO_PERSON}.get(
                    meant.kind, wording.READ_BACK_UNCLEAR))
            else:
                before = [group_key(g) for g in groups_to_read(tracker)]
                keep_story_message(dispatcher, tracker, meant.text if meant.kind == "add"
                                   else correction_text(meant.text))
                changed = before != [group_key(g) for g in groups_to_read(tracker)]
                say(dispatcher, (wording.ADDED if meant.kind == "add" else wording.CHANGED) if changed
                    else wording.NOT_CHANGED)
        if next_group(tracker, confirmed) is not None:
            return {"readback_reply": None, "readback_done": confirmed}
        if story.confirm_profile(rt, sender, teller, carer, updating) is None:
            say(dispatcher, wording.NOTHING_UNDERSTOOD)
            return {"readback_reply": "stopped", "pin_reply": "stopped", "readback_done": confirmed}
        return {"readback_reply": "done", "readback_done": confirmed}


def correction_text(text: str) -> str:
    """A correction said at the read-back, worded so structuring applies it to what it corrects."""
    from bot.understanding.structuring.corrections import is_correction

    return text if is_correction(text) else f"Correction: {text}"


class ActionAfterReadBack(Action):
    """After the read-back: offer services, or (for an update) offer to send it to those with a
    live agreement."""

    def name(self) -> str:
        return "action_after_read_back"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        events: list[EventType] = [SlotSet("readback_reply", None), SlotSet("pin_reply", None)]
        if "stopped" in (tracker.get_slot("readback_reply"), tracker.get_slot("pin_reply")):
            return events + [at(Stage.DONE if story.current_profile(get_runtime(), tracker.sender_id)
                                else Stage.TELLING)]
        if tracker.get_slot("updating"):
            if not allowed(tracker, Right.UPDATE):
                return events + ask_for_pin(dispatcher)
            services = sharing.sharing_now(get_runtime(), tracker.sender_id)
            say(dispatcher, wording.offer_update(services) if services else wording.UPDATE_SAVED)
            return events + [SlotSet("updating", False), at(Stage.RESEND if services else Stage.DONE)]
        return events + offer_services(dispatcher, tracker)


def offer_services(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    if not allowed(tracker, Right.SHARE):
        return ask_for_pin(dispatcher)
    offers = sharing.offers(get_runtime(), tracker.sender_id)
    say(dispatcher, wording.service_offers(offers, person_of(tracker)))
    return [SlotSet("service_id", None), at(Stage.CHOOSE_SERVICE if offers else Stage.DONE)]


def understood_at_a_choice(dispatcher: CollectingDispatcher, tracker: Tracker,
                           after: str | None = None) -> list[EventType] | None:
    """A typed reply to the consent question or the services on offer, understood from its words
    (bot/conversation/wording.py) whatever intent the model guessed. None: not understood there.
    `after` is the yes or no action that is asking, so it is never sent back to itself."""
    stage, text = stage_of(tracker), latest_text(tracker)
    if text.startswith("/") or stage not in (Stage.CONSENT, Stage.CHOOSE_SERVICE, Stage.DONE):
        return None
    rt = get_runtime()
    offers = sharing.offers(rt, tracker.sender_id) if allowed(tracker, Right.SHARE) else []
    if stage is Stage.DONE:
        named = understanding.services_named(text, [service.id for service, _ in offers])
        return show_consent(dispatcher, tracker) if named and len(text.split()) <= 15 else None
    if stage is Stage.CHOOSE_SERVICE:
        meant = understanding.service_meaning(text, [service.id for service, _ in offers])
    else:
        service = rt.services.get(tracker.get_slot("service_id") or "")
        offered = dict((s.id, secs) for s, secs in offers).get(service.id if service else "", [])
        meant = understanding.consent_meaning(text, offered)
        beyond = [s for s in understanding.sections_named(text) if s not in offered]
        basis = (carer_of(tracker) or {}).get("basis")
        if beyond and basis in reps.FINANCIAL_BASES and service is not None:  # "can you put her health in as well"
            label = dict(dialogue.BASIS_CHOICES)[basis].replace(":", " for")
            say(dispatcher, wording.beyond_the_basis(label, beyond, offered, person_of(tracker) or "them"))
            return []
        if meant.kind == "question" and service is not None:
            say(dispatcher, wording.consent_explained(service, tracker.get_slot("sections_chosen") or offered,
                                                      person_of(tracker)))
            return []
        if meant.kind == "help":
            say(dispatcher, wording.consent_help(service))
            return []
    if meant.kind == "value":
        return show_consent(dispatcher, tracker) if stage is Stage.CHOOSE_SERVICE else choose_sections(dispatcher, tracker)
    if meant.kind in ("yes", "no") and after != f"action_handle_{meant.kind}":
        return [FollowupAction(f"action_handle_{meant.kind}")]
    if meant.kind == "later":
        say(dispatcher, wording.LATER)
        return []
    if meant.kind == "human":
        say(dispatcher, wording.TALK_TO_PERSON)
        return []
    if meant.kind == "stop":
        say(dispatcher, wording.STOPPED)
        return [at(Stage.DONE), SlotSet("service_id", None)]
    if meant.kind == "restart":
        say(dispatcher, wording.RESTARTED)
        return [at(None), SlotSet("service_id", None)]
    if meant.kind in ("question", "help") and stage is Stage.CHOOSE_SERVICE:
        say(dispatcher, wording.service_offers(offers, person_of(tracker)))
        return []
    return None


def reprompt(dispatcher: CollectingDispatcher, tracker: Tracker, after: str | None = None) -> list[EventType]:
    stage = stage_of(tracker)
    understood = understood_at_a_choice(dispatcher, tracker, after)
    if understood is not None:
        return understood
    if stage is Stage.CHOOSE_SERVICE:  # a typed answer: "the GP", "2"
        return show_consent(dispatcher, tracker)
    if stage is Stage.CONSENT:
        chosen = choose_sections(dispatcher, tracker)
        if chosen is not None:
            return chosen
    if stage is Stage.TELLING:
        # Mid-story but the form is no longer active (the session expired while they paused):
        # keep what they said and carry on with the story.
        if not wording.is_done_phrase(latest_text(tracker)):
            keep_story_message(dispatcher, tracker, latest_text(tracker))
        return [ActiveLoop("story_form")]
    say(dispatcher, wording.reprompt(stage))
    return []


def choose_sections(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
    """A reply to the consent question that names parts ("not my medicines", "only my health"):
    ask again with just those parts. None if the reply names no part on offer."""
    service = get_runtime().services.get(tracker.get_slot("service_id") or "")
    if service is None or not allowed(tracker, Right.SHARE):
        return None
    offered = dict((s.id, secs) for s, secs in sharing.offers(get_runtime(), tracker.sender_id)).get(
        service.id if service else "", [])
    chosen = dialogue.chosen_sections(latest_text(tracker), offered)
    if service is None or chosen is None:
        return None
    if not chosen:
        say(dispatcher, wording.NOTHING_LEFT_TO_SHARE)
        return [SlotSet("sections_chosen", None)]
    say(dispatcher, wording.consent_question(service, chosen, chosen=True, person=person_of(tracker)))
    return [SlotSet("sections_chosen", chosen)]


class ActionHandleYes(Action):
    """'Yes' means: the read-back is right, or: share with the chosen service."""

    def name(self) -> str:
        return "action_handle_yes"

    async def run(self, dispatcher, tracker, domain) -> list[EventType]:
        stage = stage_of(tracker)
        rt = get_runtime()
        if not wording.is_clear_yes(latest_text(tracker), latest_intent(tracker)):
            return reprompt(dispatcher, tracker, after="action_handle_yes")
        if stage in (Stage.RESEND, Stage.CONSENT) and not allowed(tracker, Right.SHARE):
            return ask_for_pin(dispatcher)
        if stage is Stage.RESEND:
            outcomes = sharing.send_update(rt, tracker.sender_id)
            say(dispatcher, wording.update_sent(outcomes) if outcomes else wording.NOT_SHARING)
            return [at(Stage.DONE)]
        if stage is Stage.CONSENT and tracker.get_slot("service_id") in rt.services:
            try:
                outcome = sharing.share_with(rt, tracker.sender_id, tracker.get_slot("service_id"),
                                             teller_of(tracker), only=tracker.get_slot("sections_chosen"))
            except ServiceClosed:
                say(dispatcher, wording.service_closed(rt.services[tracker.get_slot("service_id")]))
                return [at(Stage.DONE)]
            except NotPermitted as refused:
                say(dispatcher, wording.Reply(f"{refused} Nothing has been shared."))
                return [at(Stage.DONE)]
            delivery = await wait_for_outcome(rt, tracker.sender_id, outcome.delivery_id)
            status, reason = (delivery.status, delivery.last_error) if delivery else (outbox.PENDING, None)
            say(dispatcher, wording.shared(outcome.service, outcome.receipt_code, status, reason))
            return [at(Stage.DONE)]
        return reprompt(dispatcher, tracker)


async def wait_for_outcome(rt, sender_id: str, delivery_id: str):
    """The outbox worker sends it; wait a few seconds (without blocking other conversations) so
    the person hears how it went. If it is still going, they are told it will keep trying."""
    deadline = time.monotonic() + rt.settings.share_wait_seconds
    while True:
        delivery = deliveries.delivery_status(rt, sender_id, delivery_id)
        if delivery is None or delivery.status in outbox.FINAL or time.monotonic() >= deadline:
            return delivery
        await asyncio.sleep(0.2)


class ActionHandleNo(Action):
    """'No' means: the read-back needs correcting, or: do not share with this service."""

    def name(self) -> str:
        return "action_handle_no"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        stage = stage_of(tracker)
        understood = understood_at_a_choice(dispatcher, tracker, after="action_handle_no")
        if understood is not None and stage is not Stage.DONE:  # "what will they do with it?", guessed as no
            return understood
        if stage is Stage.RESEND:
            say(dispatcher, wording.UPDATE_NOT_SENT)
            return [at(Stage.DONE)]
        if stage is Stage.CONSENT:
            chosen = choose_sections(dispatcher, tracker)
            if chosen is not None:  # "no, not my medicines": a choice of parts, not a no
                return chosen
            service = get_runtime().services.get(tracker.get_slot("service_id") or "")
            if service:
                say(dispatcher, wording.not_shared(service))
            return offer_services(dispatcher, tracker)
        if stage is Stage.CHOOSE_SERVICE:
            say(dispatcher, wording.NOTHING_CHOSEN)
            return [at(Stage.DONE)]
        return reprompt(dispatcher, tracker)


def show_consent(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Work out which offered service the person chose and ask for consent to share with it."""
    if not allowed(tracker, Right.SHARE):
        return ask_for_pin(dispatcher)
    if stage_of(tracker) is Stage.CONSENT:  # "only my health", guessed as a choice of service
        chosen = choose_sections(dispatcher, tracker)
        if chosen is not None:
            return chosen
    offers = sharing.offers(get_runtime(), tracker.sender_id)
    if not offers:  # no confirmed story yet, or nothing in it any service uses
        say(dispatcher, wording.reprompt(stage_of(tracker)))
        return []
    if stage_of(tracker) is Stage.GAPS and tracker.get_slot("gap_answer") == "stopped":
        say(dispatcher, wording.STOPPED)
        return [at(Stage.DONE), SlotSet("gap_answer", None)]
    chosen = next(tracker.get_latest_entity_values("service_id"), None)
    if stage_of(tracker) is Stage.GAPS:  # back from the service's questions: the same service
        chosen = tracker.get_slot("service_id")
    services = [service for service, _ in offers]
    service = next((s for s in services if s.id == chosen), None) \
        or wording.match_service(latest_text(tracker), services)
    if service is None:
        say(dispatcher, wording.Reply("Sorry, I did not catch which service."),
            wording.service_offers(offers, person_of(tracker)))
        return [at(Stage.CHOOSE_SERVICE)]
    gaps = open_gaps(tracker, service.id)
    if gaps:  # the service's form needs what the story did not say: ask that first, once
        say(dispatcher, wording.gaps_intro(service, len(gaps)))
        return [SlotSet("service_id", service.id), at(Stage.GAPS), SlotSet("gap_answer", None),
                FollowupAction("gap_form")]
    offers = sharing.offers(get_runtime(), tracker.sender_id)  # answers may have added sections
    sections = dict((s.id, secs) for s, secs in offers)[service.id]
    say(dispatcher, wording.consent_question(service, sections, person=person_of(tracker)))
    return [SlotSet("service_id", service.id), at(Stage.CONSENT), SlotSet("sections_chosen", None)]


def open_gaps(tracker: Tracker, service_id: str, skipped: list[str] | None = None):
    """The chosen service's questions still to ask: not answered, and not skipped."""
    if not allowed(tracker, Right.SHARE):
        return []
    if skipped is None:
        skipped = tracker.get_slot("gaps_skipped") or []
    return [gap for gap in service_questions.gap_questions(get_runtime(), tracker.sender_id, [service_id])
            if gap.key not in skipped]


class ActionAskGapAnswer(Action):
    """Asks the next question the chosen service's form needs: the prompt of gap_form."""

    def name(self) -> str:
        return "action_ask_gap_answer"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        gaps = open_gaps(tracker, tracker.get_slot("service_id") or "")
        if not gaps:
            return []
        say(dispatcher, wording.gap_question(gaps[0]))
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
        if wording.is_help_phrase(str(value)):
            say(dispatcher, wording.Reply("The service's form asks this. Answer in your own words, or "
                                          "say \"skip\" to leave it for the service to ask."))
            return {"gap_answer": None}
        if wording.is_stop_phrase(str(value)):
            return {"gap_answer": "stopped"}
        meant = understanding.general(str(value))
        if meant is not None and (meant.kind == "human" or (meant.kind == "later" and re.search(
                r"\b(finish|continue|carry on|come back|do (this|it|that)|go|answer|get back)\b", str(value), re.I))):
            say(dispatcher, wording.LATER if meant.kind == "later" else wording.TALK_TO_PERSON)
            return {"gap_answer": None}  # the same question is asked again
        service_id = tracker.get_slot("service_id") or ""
        skipped = list(tracker.get_slot("gaps_skipped") or [])
        gaps = open_gaps(tracker, service_id, skipped)
        current = next((g for g in gaps if g.key == tracker.get_slot("gap_key")), gaps[0] if gaps else None)
        if current is not None:
            text = str(value or "")
            if wording.is_skip(text):
                skipped.append(current.key)
            else:
                try:
                    answered = service_questions.answer_gap(get_runtime(), tracker.sender_id, current, text)
                except AnswerNotUnderstood as problem:
                    say(dispatcher, wording.Reply(str(problem)))
                    return {"gap_answer": None}
                if answered.in_danger:
                    say(dispatcher, wording.safety_reminder(["not_safe_at_home"], now=True))
        left = open_gaps(tracker, service_id, skipped)
        return {"gap_answer": None if left else "done", "gaps_skipped": skipped}


def ask_for_pin(dispatcher: CollectingDispatcher) -> list[EventType]:
    """A returning person asked for something of their story before typing their PIN."""
    return [SlotSet("pin_reply", None), SlotSet("menu_reply", None), SlotSet("menu_pending", None),
            at(Stage.RETURNING), FollowupAction("returning_form")]


class ActionReturning(Action):
    """"I have been here before", "who has my story?", "delete my data"…: the PIN first, then
    what they can do (returning_form)."""

    def name(self) -> str:
        return "action_returning"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        wish = dialogue.menu_choice(latest_text(tracker)) if not latest_text(tracker).startswith("/") else None
        events = [SlotSet("menu_reply", None), SlotSet("menu_pending", None), SlotSet("menu_wish", None),
                  at(Stage.RETURNING)]
        if not allowed(tracker, Right.READ_BACK):
            return events + [SlotSet("pin_reply", None), SlotSet("menu_wish", wish)]
        events.append(SlotSet("pin_reply", "ok"))
        if wish:  # "who has my story?" from someone already verified: answer it at once
            events += [SlotSet(k, v) for k, v in menu_step(dispatcher, tracker, latest_text(tracker), None).items()]
        return events


class ValidateReturningForm(FormValidationAction):
    def name(self) -> str:
        return "validate_returning_form"

    async def validate_pin_reply(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: DomainDict) -> dict[str, Any]:
        if not isinstance(value, str) or value in ("ok", "stopped"):
            return pin_reply_kept(tracker, value)
        result = await pin_reply_checked(dispatcher, tracker, value)
        if result["pin_reply"] == "stopped":
            say(dispatcher, wording.NO_PIN_HELP)
            return {"pin_reply": "stopped", "menu_reply": "finished"}
        if result["pin_reply"] == "ok" and tracker.get_slot("menu_wish"):
            # They already said what they wanted ("who has my story?"): do it now.
            result.update(self.choose(dispatcher, tracker, tracker.get_slot("menu_wish"), pending=None))
            result["menu_wish"] = None
        return result

    def validate_menu_reply(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                            domain: DomainDict) -> dict[str, Any]:
        if not isinstance(value, str):
            return {"menu_reply": value if value in MENU_ENDS else None}
        if wording.is_stop_phrase(value):
            return {"menu_reply": "finished"}
        return self.choose(dispatcher, tracker, value, pending_of(tracker))

    def choose(self, dispatcher, tracker, text: str, pending: Pending | None) -> dict[str, Any]:
        return menu_step(dispatcher, tracker, text, pending)


def menu_step(dispatcher: CollectingDispatcher, tracker: Tracker, text: str,
              pending: Pending | None) -> dict[str, Any]:
    """One reply to the returning person's choices (or to the question a choice led to)."""
    rt, sender = get_runtime(), tracker.sender_id
    choice = dialogue.menu_choice(text)
    if not allowed(tracker, MENU_RIGHTS.get(pending or choice, Right.READ_BACK)):  # the form asks the PIN
        return {"pin_reply": None, "menu_reply": None, "menu_pending": None,
                "menu_wish": choice if choice in MENU_RIGHTS else None}
    if pending is Pending.STOP:
        live = sharing.sharing_now(rt, sender)
        service = wording.match_service(text, live)
        if service is None:
            if not re.search(r"\b(none|no|nothing|cancel)\b", text, re.I):
                say(dispatcher, wording.NOT_A_CHOICE)
                return {"menu_reply": None}
        else:
            say(dispatcher, wording.stopped_sharing(service, sharing.stop_sharing(rt, sender, service.id)))
        return {"menu_reply": None, "menu_pending": None}
    if pending in (Pending.DELETE, Pending.DELETE_AGAIN):
        if not wording.is_clear_yes(text):
            say(dispatcher, wording.KEPT)
            return {"menu_reply": None, "menu_pending": None}
        if pending is Pending.DELETE:
            return {"menu_reply": None, "menu_pending": Pending.DELETE_AGAIN.value}
        your_record.erase_everything(rt, sender)
        return {"menu_reply": "deleted", "menu_pending": None}
    if choice == "who":
        say(dispatcher, wording.who_has(your_record.who_has_my_story(rt, sender)))
    elif choice == "download":
        token = your_record.download_token(rt, sender)
        say(dispatcher, wording.download_link(f"{rt.settings.public_url}/download/{token}",
                                              your_record.DOWNLOAD_MINUTES) if token else wording.NOT_SHARING)
    elif choice == "stop":
        live = sharing.sharing_now(rt, sender)
        if not live:
            say(dispatcher, wording.NOT_SHARING)
        else:
            return {"menu_reply": None, "menu_pending": Pending.STOP.value}
    elif choice == "delete":
        return {"menu_reply": None, "menu_pending": Pending.DELETE.value}
    elif choice in ("update", "finished"):
        return {"menu_reply": choice, "menu_pending": None}
    else:
        say(dispatcher, wording.NOT_A_CHOICE)
    return {"menu_reply": None, "menu_pending": None}


MENU_ENDS = ("update", "finished", "deleted")
MENU_RIGHTS = {"who": Right.WHO_HAS, "download": Right.DOWNLOAD, "stop": Right.STOP_SHARING,
               "delete": Right.DELETE, "update": Right.UPDATE, Pending.STOP: Right.STOP_SHARING,
               Pending.DELETE: Right.DELETE, Pending.DELETE_AGAIN: Right.DELETE}


class ActionAskMenuReply(Action):
    def name(self) -> str:
        return "action_ask_menu_reply"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        pending = pending_of(tracker) if allowed(tracker, Right.STOP_SHARING) else None
        if pending is Pending.STOP:
            say(dispatcher, wording.ask_stop_which(sharing.sharing_now(get_runtime(), tracker.sender_id)))
        elif pending is Pending.DELETE:
            say(dispatcher, wording.DELETE_FIRST)
        elif pending is Pending.DELETE_AGAIN:
            say(dispatcher, wording.DELETE_SECOND)
        else:
            first = any(e.get("event") == "slot" and e.get("name") == "pin_reply" and e.get("value") == "ok"
                        for e in tracker.events[-6:])
            say(dispatcher, wording.menu(first))
        return []


class ActionAfterReturning(Action):
    """Update (tell the change once), deleted (start afresh), or finished."""

    def name(self) -> str:
        return "action_after_returning"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        choice = tracker.get_slot("menu_reply")
        done = [SlotSet("menu_reply", None), SlotSet("pin_reply", None), SlotSet("menu_pending", None)]
        if choice == "deleted":
            say(dispatcher, wording.DELETED)
            return [Restarted()]  # the tracker store keeps nothing from before a restart
        if choice == "update" and allowed(tracker, Right.UPDATE):
            return done + [at(Stage.TELLING), SlotSet("updating", True), SlotSet("story_done", None),
                           FollowupAction("story_form")]
        if tracker.get_slot("pin_reply") != "stopped":
            say(dispatcher, wording.Reply("OK. Your story is saved. Come back any time."))
        return done + [at(Stage.DONE if allowed(tracker, Right.READ_BACK) else None)]


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


def concern_in(text: str) -> bool:
    """Whether the Rasa server gave urgent help for this message (bot/rasa/server.py)."""
    from bot.understanding.safeguarding import detector

    return bool(text.strip()) and not text.startswith("/") and detector().check(text).concern


class ActionTheRest(Action):
    """Help, out of scope, talk to a person, stop: answered, then back to where the person was."""

    def name(self) -> str:
        return "action_the_rest"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        if not any(c.isalnum() for c in latest_text(tracker)):  # a guess at an empty message or emoji
            return reprompt(dispatcher, tracker)
        intent = latest_intent(tracker)
        if concern_in(latest_text(tracker)):  # "I want to end it all" is no "stop": the help was given
            say(dispatcher, wording.carry_on(stage_of(tracker)))
            return []
        stage = stage_of(tracker)
        meant = (understanding.consent_meaning(latest_text(tracker)) if stage is Stage.CONSENT else
                 understanding.service_meaning(latest_text(tracker), list(understanding.SERVICE_WORDS))
                 if stage is Stage.CHOOSE_SERVICE else None)
        if meant is not None and meant.kind in ("question", "value", "yes", "no", "later", "restart"):
            understood = understood_at_a_choice(dispatcher, tracker)  # "what will they do with it?"
            if understood is not None:
                return understood
        say(dispatcher, *wording.the_rest(intent, stage_of(tracker)))
        if intent == "stop" and stage_of(tracker) in (Stage.READBACK, Stage.CHOOSE_SERVICE, Stage.CONSENT):
            return [at(Stage.DONE), SlotSet("service_id", None)]  # nothing is shared
        return []
