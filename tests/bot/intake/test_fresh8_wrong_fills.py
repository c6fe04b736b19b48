"""Wrong fills a service would act on, found by the eighth fresh forms set (its wrong fills read on
2026-12-04, its misses never), fixed in general and tested here in our own wording."""
from __future__ import annotations

import pytest

from bot.intake import facts
from bot.intake.codes import CODES
from bot.intake.paths import parse_path
from bot.intake.scope import belongs, is_condition
from bot.intake.services import load_full_registry
from bot.settings import load_settings

PROCEDURES = "http://snomed.info/sct|416940007"  # Past history of procedure


def health(*items):
    return {"health": [{"about": "subject", "told_by": "self", **i} for i in items]}


@pytest.mark.parametrize("codes", [CODES, load_full_registry(load_settings({}).services_dir).codes],
                         ids=["built-in", "registry"])
def test_a_history_of_procedures_holds_operations_not_past_illnesses(codes):
    """ "Past history of procedure" was answered with every past illness: "sepsis (in the past)",
    "hepatitis c (in the past)", "shingles (in the past)" written as operations on a discharge form."""
    sections = health({"text": "sepsis", "status": "past"}, {"text": "shingles", "status": "past"},
                      {"text": "hip replacement", "status": "past", "year": 2019},
                      {"text": "knee replacement", "status": "hypothetical"},
                      {"text": "cataract operation", "status": "past", "year": 2023},
                      {"text": "asthma", "status": "current"})
    found = [i["text"] for i in parse_path(codes[PROCEDURES]).evaluate(sections)]
    assert found == ["hip replacement", "cataract operation"]


@pytest.mark.parametrize("words", ["spasms", "muscle spasms", "cramps"])
def test_spasms_are_what_a_condition_does_not_a_condition(words):
    """ "baclofen for spasms" listed "spasms" as a condition on a medical history."""
    item = {"text": words, "status": "current", "about": "subject"}
    assert not is_condition(item) and not belongs(item, "health")


def home(*texts):
    return {"home": [{"text": t, "status": "current", "about": "subject", "told_by": "self",
                      "source": {"start": 100 * n, "end": 100 * n + len(t)}} for n, t in enumerate(texts)]}


def test_a_lift_wished_for_is_not_a_lift_in_the_building():
    """ "no lift so the stairs r a nightmare" then "what i need is … a flat with a lift" answered "Is
    there a lift?" with yes."""
    assert facts.has_lift(home("i live in a 3rd floor flat, no lift so the stairs are hard",
                               "what i need is a ground floor flat or a flat with a lift")) is False
    assert facts.has_lift(home("what i need is a flat with a lift")) is None


def test_people_named_in_the_clause_after_whom_they_live_with_are_counted():
    """ "I live with my mum, my stepdad Craig and my little brother Tyler who's 7, in mum's council house"
    was a household of 2."""
    sections = {"home": [
        {"text": "I live with my dad", "status": "current", "about": "subject", "told_by": "self",
         "source": {"start": 0, "end": 18}},
        {"text": "my nan Rita and my little sister Mia who's 6, in dad's council flat", "status": "current",
         "about": "subject", "told_by": "self", "source": {"start": 20, "end": 88}}]}
    assert facts.household_size(sections) == 4
    assert facts.lives_with(sections) == "my dad, my nan Rita and my little sister Mia"

