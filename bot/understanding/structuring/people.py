"""Who a story and each of its clauses is about: the person, the carer telling it, or someone else.

In a carer's story the first "my <relation>" (or a bare "Dad is 82…") says whose story it is, and a
clause in the first person that mentions nobody else is the carer's own."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from bot.understanding.structuring import cues, names

_OPENS_WITH_I = re.compile(r"(?:and\s+|but\s+)?(?:i|i'm|i’m|im|i've|i’ve|ive|i am)\b")


@dataclass
class Teller:
    teller: str
    subject_name: str | None
    subject_relation: str | None
    today: date = field(default_factory=date.today)


class People:
    def __init__(self, relatives: frozenset[str], relationship_words: frozenset[str]):
        self.relatives = relatives                      # family members ("mum", "son")
        self.relationship_words = relationship_words    # family, friends and helpers ("neighbour")

    def speaker(self, clause: str, who: Teller) -> str:
        """'narrator' for a carer's own facts, else 'subject'."""
        if who.teller != "carer":
            return "subject"
        lowered = clause.lower()
        if lowered.startswith("please"):
            return "subject"  # "please contact me" is how to reach the person, through the carer
        words = set(re.findall(r"[a-z']+|[a-z’]+", lowered))
        if "myself" in words and _OPENS_WITH_I.match(lowered):
            return "narrator"  # "I have depression myself and my back is bad from lifting her"
        if not words & cues.FIRST_PERSON or words & cues.THIRD_PERSON:
            return "subject"
        if who.subject_relation and who.subject_relation in words:
            return "subject"
        if who.subject_name and who.subject_name.lower() in lowered:
            return "subject"
        if words & self.relationship_words and not cues.CARER_ROLE.search(clause):
            return "subject"
        return "narrator"

    def other_person(self, clause: str, who: Teller) -> str | None:
        """The relation a clause is about when it starts with one ("My wife works part time")."""
        match = re.match(r"(?:and\s+)?(?:my|his|her|their|our)\s+([a-z]+)", clause.lower())
        if match and match.group(1) in self.relationship_words and match.group(1) != who.subject_relation:
            return match.group(1)
        return None

    def subject_relation(self, story: str) -> str | None:
        """For a carer's story: the first 'my <relation>' names whose story it is."""
        for match in re.finditer(r"\b(?:my|our)\s+([a-z]+)|(?:^|[.!?]\s+|\n)([a-z]+)\b", story.lower()):
            relation = match.group(1) or match.group(2)
            if relation in self.relatives and not cues.DIED.search(_sentence_at(story, match.start())):
                return relation
            if match.group(1) in self.relationship_words and not cues.DIED.search(_sentence_at(story, match.start())):
                return relation
        return None

    def name_after_relation(self, story: str, relation: str) -> str | None:
        match = re.search(rf"\b(?i:my|our)\s+(?i:{re.escape(relation)})\b", story)
        if match:
            found = names.name_after(story, match.end(), self.relationship_words)
            if found:
                return found[0]
        match = re.search(rf"\b([A-Z][a-z]+) is (?:my|our) {re.escape(relation)}\b", story)
        return match.group(1) if match else None

    def is_subject_phrase(self, before: str, teller: str) -> bool:
        """Whether the words before "is 84" name the person the story is about."""
        words = before.lower().split()
        if teller == "self":
            return bool(words) and words[-1] in {"who", "i", "i'm"}
        return bool(words) and (words[-1] in {"who", "he", "she", "they"} or words[-1] in self.relationship_words
                                or (words[-1][:1].isalpha() and before.split()[-1][:1].isupper()))


def _sentence_at(story: str, position: int) -> str:
    """The sentence of `story` that holds `position` (for a carer's first words about someone)."""
    start = max(story.rfind(".", 0, position), story.rfind("\n", 0, position)) + 1
    end = min((i for i in (story.find(".", position + 1), story.find("\n", position + 1)) if i != -1),
              default=len(story))
    return story[start:end]
