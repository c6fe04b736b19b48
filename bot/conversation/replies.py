"""Old name of bot.conversation.meaning (what a typed reply means): kept only until its callers
import bot.conversation.meaning; add nothing here."""
from bot.conversation.meaning import *  # noqa: F403
from bot.conversation.meaning import __all__ as _MEANING
from bot.conversation.questions import MENU

__all__ = [*_MEANING, "MENU"]
