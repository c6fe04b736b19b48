"""One call of the dialogue as the conversation sees it, and what to do about it.

A `Turn` is what was said and where the conversation stands (its slots); a `Step` is the answer:
what to say, which slots to set, and what runs next. The actions build the one from Rasa's tracker
and turn the other into Rasa's events; nothing in bot.conversation.steps knows Rasa.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.conversation.stages import Pending, PinStep, Stage
from bot.conversation.wording import Reply


@dataclass(frozen=True)
class Turn:
    sender_id: str
    slots: Mapping[str, Any] = field(default_factory=dict)
    text: str = ""                    # the latest message as typed (or a button's payload)
    intent: str | None = None         # what the NLU model guessed it means
    service_named: str | None = None  # the first service the NLU found in it (a button's entity)
    form: str | None = None           # the form being filled, if any
    answered: bool = False            # something was said already in reply to the latest message
    just_verified: bool = False       # the PIN was found right a moment ago, in this turn
    sms_number: str | None = None     # the number this text came from, as the SMS channel says (checked before use)
    helped: bool = False              # the urgent help was given for this message (bot/rasa/server.py) just before

    def slot(self, name: str) -> Any:
        return self.slots.get(name)

    @property
    def teller(self) -> str:
        return "carer" if self.slot("teller") == "carer" else "self"

    @property
    def stage(self) -> Stage | None:
        return Stage.of(self.slot("stage"))

    @property
    def pending(self) -> Pending | None:
        """The question a returning person's choice led to, if any."""
        value = self.slot("menu_pending")
        return Pending(value) if value in set(Pending) else None

    @property
    def pin_step(self) -> PinStep | None:
        """Where the choosing of a first PIN is, if it is being chosen."""
        value = self.slot("pin_step")
        return PinStep(value) if value in set(PinStep) else None

    @property
    def updating(self) -> bool:
        return bool(self.slot("updating"))

    @property
    def carer(self) -> dict[str, Any] | None:
        """A carer's answers about whose story it is; None when the person tells their own."""
        carer: dict[str, Any] | None = self.slot("carer") if self.teller == "carer" else None
        return carer

    @property
    def person(self) -> str | None:
        """Whom a carer's replies are about: the person's first name, or "them"; None to the person."""
        if self.carer is None:
            return None
        return str(self.carer.get("name") or "them").split()[0]


@dataclass
class Step:
    replies: list[Reply] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)  # in the order they are set
    then: str | None = None    # the action or form to run next
    form: str | None = None    # the form to take up again
    restart: bool = False      # forget this conversation (everything about the person was deleted)

    def say(self, *replies: Reply) -> Step:
        self.replies.extend(replies)
        return self

    def set(self, **slots: Any) -> Step:
        self.slots.update(slots)
        return self

    def at(self, stage: Stage | None) -> Step:
        """Move the conversation to `stage` (None: no stage)."""
        self.slots["stage"] = stage.value if stage else None
        return self

    def and_then(self, following: Step) -> Step:
        """This step followed by another: both say their replies, the later slot values win."""
        self.replies.extend(following.replies)
        self.slots.update(following.slots)
        self.then = following.then or self.then
        self.form = following.form or self.form
        self.restart = self.restart or following.restart
        return self
