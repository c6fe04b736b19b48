"""The running stack's named errors (bot/ops)."""


class StartupError(Exception):
    """A process did not become ready; the message says which and where its log is."""
