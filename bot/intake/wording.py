"""An uncoded item matched to a profile field by its wording, when the match is clear.

Precision first: a pattern must match the item's whole text (lower case, punctuation and a
leading "your"/"patient's" set aside), so "Name" and "Full name" match but "Name of your GP" does
not. When unsure the item stays empty, to be asked. Each entry: pattern, profile path, and for a
path over free text the words an answer must mention (as in a service's mapping).
"""
from __future__ import annotations

import re

_LEAD = r"(?:(?:what is |what's |please (?:give|enter) )?(?:your |the |patient'?s? |client'?s? |person'?s? )?)"
WORDINGS: list[tuple[str, str, tuple[str, ...]]] = [
    (r"(?:full |first |given )?name|name \(first and last\)", "about_me.where(kind='name').text", ()),
    (r"date of birth|birth ?date|dob|d\.o\.b|when were you born", "about_me.where(kind='date_of_birth').value", ()),
    (r"age(?: in years)?|how old are you", "about_me.where(kind='age').value", ()),
    (r"nhs (?:number|no)", "about_me.where(kind='nhs_number').value", ()),
    (r"(?:home |street |postal )?address|where do you live", "home.where(kind='address').value", ()),
    (r"(?:home |mobile |contact |tele)?(?:phone|telephone)(?: number)?|mobile(?: number)?",
     "communication.where(kind='phone').value", ()),
    (r"who do you live with|living situation|do you live alone|household( members)?|who lives with you",
     "home.text", ("live alone", "live on my own", "live by myself", "live with", "lives with", "living with")),
    (r"(?:current |regular )?(?:medications?|medicines?)(?: you take| you are taking)?|what medicines do you take",
     "medications.where(status='current')", ()),
    (r"(?:known )?allergies(?: or adverse reactions)?|are you allergic to anything|drug allergies", "allergies", ()),
    (r"(?:current |long[- ]term |medical |health )?conditions|medical history|health problems|diagnos[ei]s",
     "health.where(status='current')", ()),
    (r"(?:who is your |who are your |name of )?(?:main |primary |unpaid )?carers?(?: details)?|"
     r"who (?:looks after|cares for|helps) you", "support_network", ()),
    (r"do you have (?:a |an unpaid )?carer|does (?:anyone|someone) (?:look after|care for) you|"
     r"is there someone who (?:looks after|cares for) you", "support_network.text",
     ("my carer", "is my carer", "looks after me", "cares for me", "care for me", "look after me")),
    (r"(?:your )?goals|what (?:would you like|do you want|do you hope) to achieve", "goals", ()),
    (r"what matters (?:most )?to you|what is important to you", "what_matters", ()),
    (r"(?:mobility|walking) aids?|equipment you use|aids and equipment", "daily_living.aids", ()),
    (r"(?:have you had )?(?:any )?falls(?: in the last (?:year|12 months))?|have you fallen recently",
     "risks", ("fell", "fall", "falls", "fallen")),
    (r"(?:do you )?smoke|smoking(?: status)?|do you use tobacco", "health", ("smoke", "smoking", "cigarettes")),
]
_COMPILED = [(re.compile(f"^{_LEAD}(?:{pattern})$"), path, mentions) for pattern, path, mentions in WORDINGS]


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[?:.*!]+", " ", text.lower().replace("’", "'")).split())


def match_wording(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(profile path, mentions) for an item's text, or None when the wording is not clear."""
    words = normalise(text)
    return next(((path, mentions) for pattern, path, mentions in _COMPILED if pattern.match(words)), None)
