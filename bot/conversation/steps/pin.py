"""The PIN in the dialogue: a first PIN chosen (typed twice) after the first read-back, and a
returning person's PIN checked before anything of their story is shown or changed. A PIN never
goes into a slot: the store keeps it, and the rights gate (bot.conversation.rights) reads the
outcome from the store."""
from __future__ import annotations

import re
from typing import Any

from bot.conversation import meaning, rights, wording
from bot.conversation.errors import WeakPin
from bot.conversation.journey import pins, story
from bot.conversation.rights import Right
from bot.conversation.stages import PinStep, Stage
from bot.conversation.steps import delivery_news
from bot.conversation.steps.turn import Step, Turn
from bot.ops.runtime import Runtime

MAX_TRIES = 5
LOCKED_MINUTES = 15  # said to someone with no PIN to check after MAX_TRIES, as a real lockout would be
# "I'm new", "I've never been here", "I forgot it": no PIN to type.
_STORY_WORDS = 3  # words in a reply to "choose a PIN" that tell more of the story, not a PIN mistyped
_NO_PIN_TO_TYPE = re.compile(r"\b(new|first time|never been|not been|forgot)", re.I)
# "i forgot my pin", "cant remember it", "lost my pin": someone with a PIN they cannot type.
_FORGOT = re.compile(r"\b(forgot|forgotten|forget|cannot remember|can not remember|do not remember|"
                     r"do not know (it|my pin)|lost (it|my pin))\b")
HELP = wording.Reply("Your PIN is the 4 to 8 numbers you chose when you first told your story.")
# While a first PIN is chosen: "what pin?", "whats a pin for", "i dont have one" (a stranger got "A PIN is 4 to 8
# numbers only. Please type it again.")
CHOOSING_HELP = wording.Reply("You choose your PIN now. Pick 4 to 8 numbers you will remember. You type them when "
                              "you come back, so only you can see or change your story.")
_WHAT_IS_A_PIN = re.compile(r"\b(what|whats|why)\b.*\b(pin|code)\b|\bpin\b.*\b(for|mean|means)\b")
# At the PIN, a greeting or a story begun is someone starting, not a PIN mistyped: a first message the
# NLU model heard as "returning" ("I want to tell my story") asked a newcomer for a PIN they never had,
# and "hello" there got "A PIN is 4 to 8 numbers only".
_STARTING = re.compile(r"^\W*(hello|hi|hiya|hey|morning|good (morning|afternoon|evening))\b|"
                       r"\b(tell|telling|start|begin|do)\s+(my|a|our|his|her|their|the|mums?|dads?)\s+story\b|"
                       r"\bnew story\b", re.I)


def starting_afresh(text: str) -> bool:
    """Whether a reply at a returning person's PIN is someone starting instead."""
    return bool(_STARTING.search(text)) or meaning.is_restart(text)


def forgot(text: str) -> bool:
    """Whether a reply at the PIN says the PIN was forgotten."""
    return bool(_FORGOT.search(meaning.plain(text)))


def needs_pin(rt: Runtime, turn: Turn) -> bool:
    """A returning person who has not yet typed their PIN in this session."""
    return not rights.may(rt, turn.sender_id, Right.READ_BACK) and pins.has_pin(rt, turn.sender_id)


def ask_first() -> Step:
    """A returning person asked for something of their story before typing their PIN: the PIN first
    (the returning form asks it)."""
    return Step(then="returning_form").set(pin_reply=None, menu_reply=None, menu_pending=None).at(Stage.RETURNING)


def ask_first_if_kept(rt: Runtime, turn: Turn) -> Step:
    """The PIN first (ask_first), unless this is a first message, typed, from someone with nothing kept here (no PIN,
    no story saved): the NLU model's guess of a choice made later in the journey ("the gp please", "' OR 1=1; --",
    "{{7*7}}") is then asked the first question again, never a PIN that was never chosen (a guess at which counted
    as a wrong try: a stranger, session 32)."""
    if turn.stage is None and not turn.text.startswith("/") and not pins.has_pin(rt, turn.sender_id) \
            and story.current_profile(rt, turn.sender_id) is None:
        return Step().say(wording.reprompt(None))
    return ask_first()


def mode(rt: Runtime, turn: Turn) -> str:
    """"verify" a returning person (or anyone who says they are one), or "set" a first PIN."""
    if turn.pin_step is not None and not needs_pin(rt, turn):
        # a first PIN (or the same again): never a way round an existing one; in the returning form, for a story
        # saved here whose PIN was never chosen (returning_menu.returning)
        return "set"
    return "verify"


def ask(rt: Runtime, turn: Turn) -> Step:
    """Asks for a new PIN (and then the same again), or for the PIN of a returning person (not while
    "Shall I clear everything …?" waits for its answer)."""
    if turn.slot("restart_asked"):
        return Step()
    if mode(rt, turn) == "verify":
        return Step().say(wording.ASK_PIN)
    return Step().say(wording.ASK_PIN_AGAIN if turn.pin_step is PinStep.AGAIN else wording.ask_new_pin(turn.person))


def check(rt: Runtime, turn: Turn, text: str) -> Step:
    """A typed reply at the PIN: a first PIN chosen, the same typed again, or a returning person's
    PIN checked (counting tries). Its slots: pin_reply "ok" once through, "stopped", or None to ask
    again. (Its scrypt takes about 0.1 s: the action server runs it in a thread.)"""
    choosing = mode(rt, turn) == "set"
    if choosing and (meaning.is_help(text) or never_had(text) or _WHAT_IS_A_PIN.search(meaning.plain(text))):
        return Step().say(CHOOSING_HELP).set(pin_reply=None)  # "what pin", "i dont have one": one is chosen now
    if meaning.is_help(text):
        return Step().say(HELP).set(pin_reply=None)
    # "i forgot it", "im new": a returning person with no PIN to type; while one is chosen, "you forgot her tablets"
    # is more of the story (a stranger's carer was told "OK, I have stopped" and could never come back: no PIN)
    if meaning.is_stop(text) or (not choosing and _NO_PIN_TO_TYPE.search(text)):
        return Step().set(pin_reply="stopped")
    if not meaning.looks_like_pin(text):
        if _a_concern(text):  # the help was given first (bot/rasa/server.py): the PIN asked again
            return Step().set(pin_reply=None)  # plainly, not "A PIN is 4 to 8 numbers only"
        if choosing and len(re.findall(r"[a-zA-Z]{2,}", text)) >= _STORY_WORDS and "pin" not in text.lower() \
                and not meaning.is_no(text):  # "I dont want a pin", "can I use my birthday" are about the PIN
            return Step().say(wording.PIN_BEFORE_MORE).set(pin_reply=None)
        return Step().say(wording.PIN_ONLY_NUMBERS).set(pin_reply=None)
    pin = meaning.pin_of(text)
    if choosing:
        return _set(rt, turn, pin)
    check = pins.check_pin(rt, turn.sender_id, pin)
    if check is None:  # nobody to check against: answered exactly as a wrong PIN would be
        misses = int(turn.slot("pin_misses") or 0) + 1
        locked = misses >= MAX_TRIES
        return Step().say(wording.pin_wrong(MAX_TRIES - misses, LOCKED_MINUTES if locked else None)) \
            .set(pin_reply=None, pin_misses=float(min(misses, MAX_TRIES)))
    if not check.ok:
        minutes = None
        if check.locked_until is not None:
            minutes = max(1, round((check.locked_until - rt.now()).total_seconds() / 60))
        return Step().say(wording.pin_wrong(check.attempts_left, minutes)).set(pin_reply=None)
    return Step().say(wording.VERIFIED, *delivery_news.untold(rt, turn.sender_id)).set(pin_reply="ok")


def _a_concern(text: str) -> bool:
    """Whether the Rasa server gave urgent help for this reply (bot/rasa/server.py)."""
    from bot.understanding.safeguarding import detector  # loads only where it is needed

    if not text.strip():
        return False
    found = detector().check(text)
    return found.concern and not (found.surest > 0.0 and only_about_the_pin(text))


_PIN_WORDS = frozenset("my the a your pin pins number code passcode password it is its whats what i forgot forget dont "
                       "do not know remember please ok okay here you go sorry cant cannot recall think".split())
# "i dont have one", "i never set a pin", "no pin": someone who has no PIN here, or thinks so
_NO_PIN = re.compile(r"\b(i|we) (do not|dont|never|did not|didnt|have not|havent) (have|had|got|set|made|chose|choose|"
                     r"get|got given|was given) ((a|any|the|my) )?(pin|code|number|one)\b|^(no|not got|got no|there is no|"
                     r"theres no) (pin|code|one)\b|\bwhat pin\b|\b(have|got) no (pin|code)\b")


def never_had(text: str) -> bool:
    """Whether a reply at the PIN says they have no PIN ("i dont have one", "what pin?")."""
    return bool(_NO_PIN.search(meaning.plain(text)))


def only_about_the_pin(text: str) -> bool:
    """Whether a reply at the PIN is made only of words about the PIN ("my pin", "i forgot my pin"): no
    disclosure, whatever the classifier alone makes of it (bot/rasa/server.py gives no help for it)."""
    words = re.findall(r"[a-z]+", _NO_PIN.sub(" pin ", meaning.plain(text)))
    return bool(words) and all(word in _PIN_WORDS for word in words)


def _set(rt: Runtime, turn: Turn, pin: str) -> Step:
    if turn.pin_step is not PinStep.AGAIN:
        try:
            pins.set_pin(rt, turn.sender_id, pin)
        except WeakPin as weak:
            return Step().say(wording.Reply(str(weak))).set(pin_reply=None)
        return Step().set(pin_reply=None, pin_step=PinStep.AGAIN.value)
    if not pins.pin_matches(rt, turn.sender_id, pin):
        return Step().say(wording.PIN_MISMATCH).set(pin_reply=None, pin_step=PinStep.NEW.value)
    return Step().say(wording.PIN_SET).set(pin_reply="ok", pin_step=None)


def kept(rt: Runtime, turn: Turn, value: Any) -> Step:
    """A pin_reply set by an action ("ok" once the gate lets them in, or "stopped"), not typed:
    a typed "ok" is not a PIN checked."""
    if value == "ok" and turn.pin_step is None and rights.may(rt, turn.sender_id, Right.READ_BACK):
        return Step().set(pin_reply="ok")
    return Step().set(pin_reply="stopped" if value == "stopped" else None)


def typed(value: Any) -> bool:
    """Whether a pin_reply is something the person typed (to be checked), not one an action set."""
    return isinstance(value, str) and value not in ("ok", "stopped")
