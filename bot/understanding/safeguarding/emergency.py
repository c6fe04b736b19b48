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
# lips gone blue: an emergency now, unless the words say when it happens or happened ("when she gets cold")
_LIPS = re.compile(r"\blips (?:have |has |are |is )?(?:gone |turned |going |turning )(?:blue|grey|purple)\b")
_NOW = re.compile(r"\b(?:right now|just now|at the moment|this minute|as we speak|as i type|currently"
                  r"|now(?! and (?:then|again)| uses| has| takes| needs| lives| gets)"
                  r"|just (?:collapsed|passed out|gone)|has (?:just )?collapsed(?! (?:\w+ )?(?:times|twice|once|before|a few))"
                  r"|is (?:fitting|choking|collapsed)(?! on (?:his|her|their) food)|^help\b"
                  r"|(?:can not|cannot|could not) wake (?:him|her|them)|(?:think|thinks|reckon) (?:he|she|they|\w+) "
                  r"(?:is |has |have )?(?:overdosed|taken an overdose|taken too much)"
                  r"|(?:is|are) not (?:waking|responding|breathing)|will not (?:wake|stop)|(?:think|thinks) (?:i am|he is|she is)"
                  r" having)\b")
# an emergency whatever else is said
_PLAINLY_NOW = re.compile(
    r"\b(?:not breathing|stopped breathing|(?:i am|he is|she is|they are|(?:my )?\w+ is|think i am|think (?:he|she) is) "
    r"having (?:a|another) (?:stroke|heart attack)|collapsed (?:\w+ ){0,4}and (?:is not|will not|can not|not) (?:waking|wake|"
    r"responding|respond|breathing|breathe|get up)|on the floor and (?:is )?not (?:responding|moving|breathing|waking)"
    r"|(?:is|are) not responding"
    r"|(?:is not|will not) wake up and (?:is|she is|he is) (?:cold|blue|grey)"
    # someone else overdosed now (a stranger, session 24: "the lad next to me wont wake up properly and his lips have gone
    # blue, he took something earlier", then "I think hes overdosed what do i do" got the Samaritans, as if the writer's
    # own thoughts, and no 999)
    # (not the writer: "i could not wake up this morning"; nor a lie-in: "wont wake up till 12"; a second reader)
    r"|(?:(?:will not|can not|cannot|could not) wake (?:him|her|them) up|(?<!\bi )(?:will not|can not|cannot|could not) wake "
    r"up)\b(?! (?:in the|on time|for|early|when|till|until|til|before|at|most|every|some|in|on)\b)"
    r"|(?:think|thinks|reckon|worried) (?:he|she|they|\w+) (?:is |are |has |have |just )*(?:overdosed|od d|oded|taken an "
    r"overdose|taken too much(?! (?:on|from|out|off|to|for|with|in|at|home)\b))"
    r"|(?:he|she|they|\w+) (?:has|have) (?:just )?(?:overdosed|taken an overdose|taken too much(?! (?:on|from|to|for|with)\b))"
    r"(?! (?:before|in the past|years)\b)"
    r")\b")
# the story's, not now: a time said in the past, or now and then
_THEN = re.compile(r"\b(?:last (?:week|month|year|night|time|christmas|summer)|years? ago|months? ago|weeks? ago|in (?:19|20)\d\d"
                   r"|in (?:january|february|march|april|may|june|july|august|september|october|november|december)"
                   r"|used to|sometimes|now and (?:then|again)|every now|when (?:i|he|she) (?:walk|walks|climb|climbs|exercise)"
                   r"|had a (?:stroke|heart attack)|since (?:the|my|his|her)|this year|more now|risk of|in case|might|could"
                   r"|worried (?:about|that|he|she|i)"
                   # "her lips go blue when she gets cold", "when he had the fit his lips turned blue, that was in hospital"
                   r"|when (?:she|he|they|i) (?:gets?|got|had|has|is|was)|that was|gets cold|in the cold)\b")
# what says it is now, whatever was said of before ("I had a stroke last year and I think I'm having another one now")
_SURELY_NOW = re.compile(r"\b(?:right now|just now|this minute|as we speak|having (?:another|one) (?:one )?now|now my)\b")


# Someone else's overdose or collapse from one, going on now: whose it is, for the help that speaks of them
_ANOTHERS_OVERDOSE = re.compile(
    r"\b(?:(?:his|her|their) lips|wake (?:him|her|them) up"
    r"|(?:think|thinks|reckon|worried) (?:he|she|they|\w+) (?:is |are |has |have |just )*(?:overdosed|od d|oded|taken)"
    r"|(?:he|she|they|\w+) (?:has|have) (?:just )?(?:overdosed|taken an overdose|taken too much)"
    r"|(?:he|she|they) (?:took|has taken|have taken|had) (?:something|too much|loads|a load|an overdose))\b")
_MINE = re.compile(r"\b(?:i|i have|i am|i took|i think i) (?:have |just )*(?:overdosed|taken|took)\b")
# the writer's own thoughts beside it: "... and honestly i want to die too" (a second reader, session 24)
_MY_THOUGHTS = re.compile(r"\b(?:i|me) (?:\w+ ){0,3}(?:die|dead|end it|kill myself|not be here|be gone)\b")


def anothers_overdose(text: str) -> bool:
    """Whether the emergency now is someone else's overdose ("the lad next to me wont wake up and his lips have gone
    blue, he took something"): 999 and A&E for them, and no help that speaks of the writer's own thoughts."""
    plain = " ".join(plain_words(text))
    return happening_now(text) and bool(_ANOTHERS_OVERDOSE.search(plain)) and not _MINE.search(plain)


def writers_own_thoughts(text: str) -> bool:
    """Whether the writer says their own thoughts of dying beside someone else's emergency."""
    return bool(_MY_THOUGHTS.search(" ".join(plain_words(text))))


# Gas smelt, and not made safe: "The gas leak was reported three weeks ago and I can still smell it in the kitchen"
# (the eleventh fresh set, session 26: nothing was said); not a bill, a safety check, or a leak put right
_GAS = re.compile(r"\b(?:(?:smell|smells|smelling|smelt|smelled|whiff|stink|stinks) (?:of )?gas|gas (?:leak|leaks|leaking|"
                  r"smell|smells|is leaking|escape))\b")
_GAS_STILL = re.compile(r"\b(?:still|now|right now|can smell|keep smelling|every day|everyday|all the time|headaches?|dizzy|"
                        r"sick|nobody|no one|not been|has not|hasnt|keeps saying|ignored?)\b")
_GAS_SAFE = re.compile(r"\b(?:fixed|sorted|repaired|capped|made safe|turned off at the meter|engineer came|gas (?:bill|bills|"
                       r"safety|certificate|check|meter reading)|in case|what (?:do|should) (?:i|we) do if|if (?:i|you|we) "
                       r"(?:ever )?smell|nothing there|there is nothing|theres nothing|there s nothing|no gas|imagin\w*|dementia)\b")


def gas_now(plain: str) -> bool:
    """Whether the message (its plain words, joined) tells of gas smelt, or a leak, that is still there."""
    return bool(_GAS.search(plain) and _GAS_STILL.search(plain) and not _GAS_SAFE.search(plain))


def happening_now(text: str) -> bool:
    """Whether a sentence of the message tells a medical emergency going on now."""
    for sentence in _SENTENCES.split(text):
        plain = " ".join(plain_words(sentence))
        if not plain:
            continue
        if _PLAINLY_NOW.search(plain) or (_LIPS.search(plain) and not _THEN.search(plain)):
            return True
        if _SYMPTOM.search(plain) and _NOW.search(plain) and (_SURELY_NOW.search(plain) or not _THEN.search(plain)):
            return True
    return False
