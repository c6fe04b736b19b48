"""Where a conversation is: the one declared set of stages, menu questions and PIN steps. The
domain's `stage` slot lists the same values (a test checks it); actions translate slots to these and
back, and replies are chosen by them."""
from __future__ import annotations

from enum import Enum


class Stage(str, Enum):
    TELLING = "telling"                # the story, message by message (kept across sessions)
    READBACK = "readback"              # each section read back, then the PIN
    CHOOSE_SERVICE = "choose_service"  # the services on offer
    GAPS = "gaps"                      # the chosen service's own questions
    CONSENT = "consent"                # "Do you agree to share this?"
    DONE = "done"
    RESEND = "resend"                  # "Shall I send them the update?"
    RETURNING = "returning"            # the PIN, then the returning person's choices

    @classmethod
    def of(cls, value: object) -> Stage | None:
        """The stage a slot value names; None for no stage or a value that is none of them."""
        try:
            return cls(value) if value is not None else None
        except ValueError:
            return None


# What survives a new session: only a story being told (nothing of it may be lost).
CARRIED_OVER = (Stage.TELLING,)


class Pending(str, Enum):
    """A question a returning person's choice led to (the `menu_pending` slot)."""
    STOP = "stop"                  # "Which service should I stop sharing with?"
    DELETE = "delete"              # "Are you sure?"
    DELETE_AGAIN = "delete_again"  # "Are you completely sure?"
    QUESTION = "question"          # a service's question: "Riverside Surgery needs your date of birth…"
    REVIEW = "review"              # "Is this still true?", a section at a time
    REVIEW_CHANGE = "review_change"  # "What has changed?"
    VIEWER_NAME = "viewer_name"    # "What is your daughter's name?" (someone to see the referrals)


class PinStep(str, Enum):
    """Choosing a first PIN (the `pin_step` slot)."""
    NEW = "new"
    AGAIN = "again"
