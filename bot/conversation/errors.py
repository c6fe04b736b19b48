"""The conversation's named errors, all of them. Each is something the person is told plainly: its
message is safe to say (it never holds what they typed). The consent store's errors that reach the
conversation are translated into these where bot.conversation.journey calls the store, so nothing
above it (the steps, the actions) needs to know the store."""
from __future__ import annotations


class ConversationError(Exception):
    """Base class for the conversation's errors."""


class AnswerRefused(ConversationError, ValueError):
    """An answer cannot be used as it is (bot.conversation.answers); the message says why, plainly,
    with an example."""


class WeakPin(ConversationError, ValueError):
    """The PIN chosen is too easy to guess; the message says why, in plain words."""


class ShareRefused(ConversationError):
    """Nothing was shared with the service; the message says why."""


class ServiceClosed(ShareRefused):
    """The service closed its intake address (it answered 410): nothing can be sent to it now."""


class NotPermitted(ShareRefused, PermissionError):
    """The carer's basis does not let them agree to share any of it; the message says why."""


class NothingToShare(ShareRefused):
    """Nothing in the confirmed story is something the service's form uses."""


class NoConfirmedStory(ConversationError):
    """The person has no confirmed story yet to share or to add an answer to."""
