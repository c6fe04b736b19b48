"""What a reply to the read-back means ("Is this right about your health?"): yes, no (with the right
words, maybe), take this out, add something, or a correction in the person's own words."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.conversation.meaning.kinds import Meaning
from bot.conversation.meaning.plain import bare, plain
from bot.conversation.meaning.words import (
    ABOUT_SOMEONE,
    DONE,
    HELP,
    NO,
    NO_WHOLE,
    POLITE,
    STOP,
    YES,
    general,
    is_nothing_wrong,
    is_question,
    no_then,
)

_REMOVE = re.compile(r"^(please\s+)?(can you\s+|could you\s+)?(remove|delete|take out|take off|take away|get rid of|"
                     r"take (that|it|this)( bit| part| line)? (out|off|away)|"
                     r"drop|cross out|leave out|scrap|lose|bin)\s*(that|it|this|that one|this one|all that|the lot|"
                     r"that bit|this bit|that part|this part|that line)?(\s+(please|thanks|out|off))*$")
_REMOVE_WORDS = re.compile(r"^(please\s+)?(can you\s+|could you\s+)?(remove|delete|take out|take off|get rid of|drop|"
                           r"leave out|cross out)\s+(the\s+|my\s+|their\s+|his\s+|her\s+|about\s+|bit about\s+)?"
                           r"(?P<what>.+?)(\s+(please|thanks))?$")
_ADD = re.compile(r"^(please\s+)?(can you\s+|could you\s+)?(add|also|and also|put|include|put in)\s+"
                  r"(that\s+|in that\s+|in\s+)?(?P<what>.+)$")


# Words of replies, not of stories: a correction needs at least one word besides these.
_REPLY_WORDS = set(re.findall(r"[a-z]+", " ".join([YES, NO, DONE, STOP, HELP, POLITE]))) | {
    "the", "a", "an", "is", "it", "that", "this", "i", "you", "we", "he", "she", "they", "me", "my", "its", "be",
    "was", "are", "so", "very", "quite", "sort", "kind", "of", "bit", "more", "less", "mostly", "almost", "nearly",
    "pretty", "much", "well", "think", "guess", "suppose", "hmm", "em", "er", "uh", "like", "kinda", "sorta",
    "maybe", "perhaps", "probably", "to", "and", "or", "but", "what", "there", "here", "all", "some", "part",
    "parts", "thing", "things", "one", "bits", "about"} - {"wrong", "incorrect"}


def read_back_meaning(text: str) -> Meaning:
    """A reply to "Is this right about …?": yes, no (with a correction, maybe), remove, add, correct."""
    p = bare(plain(text))
    raw = (text or "").strip()
    if is_nothing_wrong(text):
        return Meaning("yes")
    if _REMOVE.match(p):
        return Meaning("remove")
    if re.search(r"\b(remove|delete) (it|that|this)$", p) and len(p.split()) <= 8:
        return Meaning("remove")
    if re.match(r"^(that|this|it) (should not|does not need to|need not) (be there|be in|be in there|be included)|"
                r"^(do not|please do not) (include|put|put in|add) (that|it|this)|^(please )?leave (that|it|this)( bit| part)? out|"
                r"^i do not want (that|this|it)( bit| part)? (in|included|in there|on there|on it|there|put in)\b", p):
        return Meaning("remove")
    missed = re.match(r"(?i)^\W*(you (missed|forgot|left out)|you have (missed|forgotten|left out))\s+(that\s+)?(.+)$", raw)
    if missed and len(missed.group(5).split()) >= 2:
        return Meaning("add", missed.group(5).strip())
    removing = _REMOVE_WORDS.match(p)
    if removing:
        raw_what = re.search(r"(?i)(remove|delete|take out|take off|get rid of|drop|leave out|cross out)\s+"
                             r"(the\s+|my\s+|their\s+|his\s+|her\s+|about\s+)?(.+?)\W*$", raw)
        return Meaning("remove", raw_what.group(3) if raw_what else removing.group("what"))
    adding = _ADD.match(p)
    if adding and len(adding.group("what").split()) >= 2:
        raw_what = re.search(r"(?i)^\W*(please\s+)?(can you\s+|could you\s+)?(add|also|and also|put in|put|include)\s+"
                             r"(that\s+|in that\s+|in\s+)?(.+)$", raw, re.DOTALL)
        return Meaning("add", (raw_what.group(5) if raw_what else adding.group("what")).strip())
    if NO_WHOLE.match(p):
        return Meaning("no")
    after_no = no_then(p)
    if after_no is not None and after_no:
        words = re.sub(r"(?i)^\W*(no+|nah+|nope|na|not quite|not right|that'?s (wrong|not right)|wrong|incorrect)"
                       r"\b[\s,.!-]*", "", raw)
        return Meaning("no", words.strip() or after_no)
    found = general(text)
    if found and found.kind in ("later", "restart") and ABOUT_SOMEONE.search(p) and len(p.split()) > 3:
        found = None  # "she goes to the day centre later": a correction, not a wish to stop for now
    if found:
        return found
    if is_question(text):
        return Meaning("question")
    if p and set(p.split()) <= _REPLY_WORDS:  # "yes well sort of": no words to correct anything with
        return Meaning("invalid")
    return Meaning("correct", raw)


@dataclass(frozen=True)
class ReadBackReply:
    kind: str          # "right", "remove", "add", "correct", "wrong", or a general meaning
    text: str = ""     # what to add, what the correction says, or which words to remove


_KINDS = {"yes": "right", "remove": "remove", "add": "add", "correct": "correct"}


def read_back_reply(text: str) -> ReadBackReply:
    """What a reply to "Is this right about …?" asks for: "right", "remove", "add", "correct", "wrong",
    or one of the general meanings ("later", "restart", "human", "help", "stop", "question")."""
    meant = read_back_meaning(text)
    if meant.kind == "no":
        return ReadBackReply("correct", meant.value) if meant.value else ReadBackReply("wrong")
    return ReadBackReply(_KINDS.get(meant.kind, meant.kind), meant.value or "")
