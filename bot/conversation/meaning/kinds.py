"""What a reply can mean: the `Meaning` every reader returns, and the names of the questions asked."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The questions the assistant asks, by the name the corpus (data/replies/*.tsv) uses.
CONTEXTS = ("teller", "carer_name", "carer_relationship", "carer_self", "carer_basis", "carer_age", "carer_knows",
            "telling", "readback", "consent", "choose_service", "gap_phone", "gap_dob", "gap_address",
            "gap_yesno", "gap_text", "menu", "pin", "confirm")

# Meanings any question can get, besides its own answers.
GENERAL = ("stop", "later", "restart", "help", "human", "question", "skip", "invalid")


@dataclass(frozen=True)
class Meaning:
    kind: str          # "yes", "no", "done", "stop", "later", "restart", "help", "human", "question",
                       # "skip", "invalid", "story", "remove", "add", "correct", "other_language"
                       # (not English: bot.conversation.meaning.language), or "value"
    value: Any = None  # the answer itself (a name, a service id, a date…), or words that go with the kind

    @property
    def label(self) -> str:
        """What the corpus calls this meaning: the value for an answer, else the kind."""
        if self.kind == "value":
            return ",".join(self.value) if isinstance(self.value, (list, tuple)) else str(self.value)
        return self.kind

