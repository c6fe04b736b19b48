"""What the Rasa glue raises on purpose (each message says what is wrong, never what was typed)."""
from __future__ import annotations


class ActionsTokenError(ValueError):
    """TELL_ACTIONS_TOKEN is not a usable secret (the message never quotes it)."""


class MessageRefused(ValueError):
    """A message no part of the system should take (bot/rasa/channels/text.py's `normalise`); the
    message says so in plain words, to be shown to the person."""
