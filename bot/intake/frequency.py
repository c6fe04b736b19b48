"""A reply on a how-often scale ("Not at all", "Several days", "More than half the days", "Nearly every day", the
PHQ-9 and GAD-7 answers, and scales like them): the option it plainly names, or None to ask again.

The scale's options are read by their own words (none, some, most, all of the time), and the reply by the words people
use for each ("no never", "a few days", "most days", "every nite tbh"). A reply that could be two places on the scale
("hardly ever": none or some? "sometimes") is asked again: a screener's score is a fact a service acts on (a session 36
forms set's "hardly ever" was read as "Nearly every day", the answer's "ever" taken for the start of "every").
"""
from __future__ import annotations

import re

# Where an option sits on the scale, by its own words
_OPTION_PLACES = (
    ("none", re.compile(r"^(?:not at all|never|none of the time|no days?|0 days?)$")),
    ("some", re.compile(r"^(?:several days|some days|a few days|on some days|some of the time|a little of the time|"
                        r"rarely|occasionally)$")),
    ("most", re.compile(r"^(?:more than half(?: of)? the days|most days|most of the time|often|a lot of the time)$")),
    ("all", re.compile(r"^(?:nearly every ?day|almost every ?day|every ?day|all of the time|all the time|always)$")),
)

# What a reply says, in the words people type; checked in this order, the first that matches wins. Doubt words come
# first: a reply with them is asked again.
_DOUBT = re.compile(r"\b(?:hardly|barely|sometimes|not (?:sure|really)|dunno|depends|maybe|either)\b|(?<!once )\bor\b")
_SAID = (
    ("none", re.compile(r"^(?:no|nope|nah|never|not at all|not once|none|no days?|no never|never at all|not ever)$")),
    ("all", re.compile(r"\b(?:every|evry|evey|ev(?:e|)ry) ?(?:day|night|nite|single day)\b|\b(?:all the time|constantly|"
                       r"always|daily|nightly|24/?7)\b")),
    ("most", re.compile(r"\b(?:most (?:days|nights|nites|of the time)|more than half|majority of (?:the )?days|"
                        r"(?:quite )?often|a lot|lots)\b")),
    ("some", re.compile(r"\b(?:a few days|few days|some days|a couple of days|couple of days|once or twice|"
                        r"several days|(?:one|two|three|1|2|3) days?|the odd day|now and (?:then|again)|a bit)\b")),
)
_FILLER = re.compile(r"\b(?:tbh|to be honest|honestly|i guess|i think|probably|lol|really|like|ok|okay)\b")


def scale_of(options: tuple[tuple[str, str], ...]) -> dict[str, str] | None:
    """Each place on the scale to its option's code, when every option sits plainly at one place; else None."""
    places: dict[str, str] = {}
    for code, label in options:
        label_words = " ".join(re.findall(r"[a-z0-9]+", label.lower()))
        place = next((name for name, pattern in _OPTION_PLACES if pattern.match(label_words)), None)
        if place is None or place in places:
            return None
        places[place] = code
    return places if len(places) >= 3 else None


def on_the_scale(reply: str, options: tuple[tuple[str, str], ...]) -> str | None:
    """The option a how-often reply plainly names on a how-often scale; None when the options are no such scale,
    the reply is unclear, or the place it names has no option."""
    places = scale_of(options)
    if places is None:
        return None
    said = " ".join(re.findall(r"[a-z0-9/]+", _FILLER.sub(" ", reply.lower())))
    if not said or _DOUBT.search(said):
        return None
    for place, pattern in _SAID:
        if pattern.search(said) if place != "none" else pattern.match(said):
            return places.get(place)
    return None
