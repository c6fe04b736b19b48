"""A medical emergency happening now: "crushing chest pain right now and i cant breathe", "i think im having a stroke my
face has dropped", "mum has collapsed and isnt waking up" (a stranger, session 19, got "Thank you, I have kept that",
a carer's help or the council's). No safeguarding kind: the reply says to call 999 first, whatever else it says.
Only what is going on now: "I had chest pain last year", "she collapsed last week", "I get chest pain now and then"
are the story's.
"""
from __future__ import annotations

import re

from bot.understanding.safeguarding.typed import plain_words

_SENTENCES = re.compile(r"[.!?;\n]+")
# what is an emergency only when it is going on now
_SYMPTOM = re.compile(
    r"\b(?:chest (?:pain|pains|(?:is|feels) (?:really |very |so |proper )?(?:tight|crushing))|pain (?:in|across) (?:my|his|her|their) (?:chest|left arm and chest)"
    r"|crushing (?:pain|chest)|(?:can not|cannot|struggling to|fighting to|hardly) (?:breathe|get (?:my|his|her) breath)"
    r"|gasping for (?:air|breath)|(?:face|mouth) (?:has |is )?(?:dropped|drooping|droopy|gone droopy|dropping)"
    r"|having (?:another|one)|(?:speech|talking|words) (?:is |are )?(?:slurred|slurring)|slurring (?:his|her|my) (?:words|speech)"
    r"|(?:can not|cannot) (?:lift|move|raise) (?:my|his|her) (?:arm|leg)|(?:fitting|having a (?:fit|seizure))"
    r"|bleeding (?:heavily|a lot|loads|badly|everywhere)|choking|unconscious|collapsed|passed out|blacked out"
    r"|coughing up blood|vomiting blood|throwing up blood)\b")
_NOW = re.compile(r"\b(?:right now|just now|at the moment|this minute|as we speak|as i type|currently"
                  r"|now(?! and (?:then|again)| uses| has| takes| needs| lives| gets)"
                  r"|just (?:collapsed|passed out|gone)|has (?:just )?collapsed(?! (?:\w+ )?(?:times|twice|once|before|a few))"
                  r"|is (?:fitting|choking|collapsed)(?! on (?:his|her|their) food)|^help\b"
                  r"|(?:is|are) not (?:waking|responding|breathing)|will not (?:wake|stop)|(?:think|thinks) (?:i am|he is|she is)"
                  r" having)\b")
# an emergency whatever else is said
_PLAINLY_NOW = re.compile(
    r"\b(?:not breathing|stopped breathing|(?:i am|he is|she is|they are|(?:my )?\w+ is|think i am|think (?:he|she) is) "
    r"having (?:a|another) (?:stroke|heart attack)|collapsed (?:\w+ ){0,4}and (?:is not|will not|can not|not) (?:waking|wake|"
    r"responding|respond|breathing|breathe|get up)|on the floor and (?:is )?not (?:responding|moving|breathing|waking)"
    r"|(?:is|are) not responding"
    r"|(?:is not|will not) wake up and (?:is|she is|he is) (?:cold|blue|grey))\b")
# the story's, not now: a time said in the past, or now and then
_THEN = re.compile(r"\b(?:last (?:week|month|year|night|time|christmas|summer)|years? ago|months? ago|weeks? ago|in (?:19|20)\d\d"
                   r"|in (?:january|february|march|april|may|june|july|august|september|october|november|december)"
                   r"|used to|sometimes|now and (?:then|again)|every now|when (?:i|he|she) (?:walk|walks|climb|climbs|exercise)"
                   r"|had a (?:stroke|heart attack)|since (?:the|my|his|her)|this year|more now|risk of|in case|might|could"
                   r"|worried (?:about|that|he|she|i))\b")
# what says it is now, whatever was said of before ("I had a stroke last year and I think I'm having another one now")
_SURELY_NOW = re.compile(r"\b(?:right now|just now|this minute|as we speak|having (?:another|one) (?:one )?now|now my)\b")


def happening_now(text: str) -> bool:
    """Whether a sentence of the message tells a medical emergency going on now."""
    for sentence in _SENTENCES.split(text):
        plain = " ".join(plain_words(sentence))
        if not plain:
            continue
        if _PLAINLY_NOW.search(plain):
            return True
        if _SYMPTOM.search(plain) and _NOW.search(plain) and (_SURELY_NOW.search(plain) or not _THEN.search(plain)):
            return True
    return False
