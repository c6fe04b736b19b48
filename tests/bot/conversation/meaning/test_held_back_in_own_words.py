"""A thing, a person or a service held back in the person's own words (bot/conversation/meaning/consent.py and
services.py; a stranger, session 32): "yes but you don't need the allotment stuff", "yes but don't mention Gary at all",
"nah changed my mind, dont send it to the gp", "yes but not the home adaptations"; and words that only sound like it."""
from __future__ import annotations

import pytest

from bot.conversation import meaning

EVERY = list(meaning.SERVICE_WORDS)


@pytest.mark.parametrize("text,things", [
    ("yes but you don't need the allotment stuff", ["allotment stuff"]),
    ("they wont need the allotment stuff", ["allotment stuff"]),
    ("yes but don't mention Gary at all, he might see the letters", ["gary"]),
    ("dont mention gary or his drinking", ["gary"]),
    ("yes but the gp doesnt need to know about gary", ["gary"]),
    ("yes but the nurses dont need to hear about the court case", ["court case"]),
])
def test_a_thing_or_a_person_held_back(text, things):
    assert meaning.things_held_back(text) == things


@pytest.mark.parametrize("text", ["yes you dont need to worry about me", "they dont need anything else",
                                  "ok but dont mention where i live", "dont mention it to him",
                                  "yes but you dont need my address", "yes please"])
def test_no_thing_held_back(text):
    assert meaning.things_held_back(text) == []


@pytest.mark.parametrize("text,service", [
    ("nah changed my mind, dont send it to the gp", "gp-practice"),
    ("dont send it to my gp", "gp-practice"),
    ("actually I've changed my mind, don't send it to the nurses", "community-nursing"),
    ("please do not share my story with the nurses", "community-nursing"),
    ("yes but not the home adaptations", "housing-adaptations"),
    ("the gp, not the district nurses", "community-nursing"),
])
def test_a_service_turned_down_by_name(text, service):
    assert meaning.services_refused(text, EVERY) == [service]
    assert service not in meaning.services_named(text, EVERY)


@pytest.mark.parametrize("text", ["send it to the gp", "yes send it to the nurses please", "the home adaptations"])
def test_a_service_named_to_send_to_is_not_turned_down(text):
    assert meaning.services_refused(text, EVERY) == []
