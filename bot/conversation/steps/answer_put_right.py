"""A yes or no answer to a service's question put right at the question after it (a stranger, session 37): "yes" to "Is
anyone in the household terminally ill?", then, at "Do you agree to share this?", "sorry I press wrong, nobody is
terminally ill, is no" was taken as a no to sharing, and "yes. but terminally ill question answer is NO" was not
understood; the welfare rights service was sent "terminally ill: yes". A reply that says it puts something right and
names an answered yes-or-no question by its words changes that answer, says so, and asks the consent question again."""
from __future__ import annotations

import copy
import re
from typing import Any

from bot.conversation import wording
from bot.conversation.journey.person import person_for
from bot.conversation.stages import Stage
from bot.conversation.steps.turn import Step, Turn
from bot.ops.runtime import Runtime
from consent_store import people

_PUTTING_RIGHT = re.compile(r"\b(?:sorry|wrong|mistake|mistaken|meant|pressed|press|correct|correction|actually|oops|"
                            r"should\s+(?:be|have\s+been|say))\b", re.IGNORECASE)
_NO = re.compile(r"\b(?:no|nope|not|nobody|none|noone|no\s+one|is\s+no|isn['’]?t|isnt)\b", re.IGNORECASE)
_YES = re.compile(r"\b(?:yes|yeah|yep|is\s+yes)\b", re.IGNORECASE)
# parts of the story chosen, not an answer put right: "yes but not my medicines, sorry"
_PARTS_CHOSEN = re.compile(r"\b(?:not\s+(?:my|the|her|his|their)|only\s+(?:my|the|her|his|their)|leave\s+out|except|without|"
                           r"apart\s+from)\b", re.IGNORECASE)
# words too common to name a question by
_COMMON = frozenset({"about", "anyone", "there", "their", "your", "would", "could", "should", "which", "what", "where",
                     "when", "with", "have", "does", "this", "that", "from", "they", "them", "question", "answer",
                     "sorry", "wrong", "press", "pressed", "house", "home", "share", "agree", "person"})


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 5 and w not in _COMMON}


def _question_text(rt: Runtime, key: str) -> str | None:
    for service in rt.services.values():
        for item in service.form.walk():
            if item.key == key and item.text:
                return str(item.text)
    return None


def put_right(rt: Runtime, turn: Turn) -> Step | None:
    """At the consent question: the answered yes-or-no question the reply puts right, changed; None when it puts none
    right (then the reply is read as an answer to the consent question)."""
    text = turn.text
    if turn.stage is not Stage.CONSENT or text.startswith("/") or not _PUTTING_RIGHT.search(text) \
            or _PARTS_CHOSEN.search(text):
        return None
    said_no, said_yes = bool(_NO.search(text)), bool(_YES.search(_NO.sub(" ", text)))
    words = _words(text)
    with rt.sessions.begin() as session:
        person = person_for(rt, session, turn.sender_id)
        saved = people.latest_profile(session, person) if person else None
        if person is None or saved is None:
            return None
        profile: dict[str, Any] = copy.deepcopy(saved.profile)
        found = None
        for items in profile["sections"].values():
            for item in items:
                key = item.get("question_key")
                question = _question_text(rt, key) if key and isinstance(item.get("value"), bool) else None
                if question and words & _words(question):
                    found = (item, question)
        if found is None:
            return None
        item, question = found
        # what the reply says about that question: a "no" said there ("nobody is terminally ill, is no") is the new answer;
        # a yes only when no "no" is said of it
        value = False if said_no else True if said_yes else None
        if value is None or value == item["value"]:
            return None
        display = "yes" if value else "no"
        item.update(value=value, text=re.sub(r"\b(?:yes|no)$", display, str(item.get("text", ""))) or display)
        people.save_profile_version(session, person, profile, saved.told_by, rt.now())
    return Step().say(wording.Reply(f"Thank you. I have changed your answer to “{question}” to {display.capitalize()}. "
                                    "Nothing has been sent yet. Do you agree to share this? Please answer yes or no.",
                                    wording.YES_NO))
