"""What delivery raises: a send the service did not take, a call back that is not a Task update, a text
the SMS provider did not take."""
from __future__ import annotations

from datetime import timedelta


class DeliveryFailed(Exception):
    """The service did not take the delivery. `kind` is "retry" (try again later), "refused" (a 4xx:
    trying again will not help) or "gone" (410: the endpoint is closed)."""

    def __init__(self, reason: str, kind: str, retry_after: timedelta | None = None):
        super().__init__(reason)
        self.reason = reason
        self.kind = kind
        self.retry_after = retry_after


class NotATaskUpdate(Exception):
    """The body is not a Task update we can apply."""


class NotSent(Exception):
    """A text could not be handed to the SMS provider (nothing of it in the message)."""


class OptedOut(NotSent):
    """The SMS provider will not text this number: its owner opted out (texted STOP to it)."""
