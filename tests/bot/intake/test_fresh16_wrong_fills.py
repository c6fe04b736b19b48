"""Wrong fills a service would act on, found by the sixteenth fresh forms set (its wrong fills and extra items read in
session 22, its misses never), fixed in general and tested here in our own wording. (The structurer's part:
tests/bot/understanding/structuring/test_fresh16_wrong_facts.py.)"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from bot.intake import prefill
from bot.intake.facts import drinks, has_carer, teller_name
from bot.intake.home_facts import housing
from bot.intake.services import load_full_registry, service_for_form
from bot.settings import load_settings

REGISTRY = load_full_registry(load_settings({}).services_dir)
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
FORMS = Path(__file__).parent / "forms"


@pytest.mark.parametrize("story", [
    "I'm Ollie's dad, Gareth Hughes. Ollie is our son, Oliver Hughes, 31. He has cerebral palsy. I do his shopping.",
    "Hello, I'm Ollie's father, Gareth Hughes, and I look after my son Oliver, who is 31.",
])
def test_the_persons_name_with_s_is_not_the_carers_own_name(structurer, story):
    """ "I'm <son>'s mum, <her name>" wrote the son's name as the carer's name on a council referral, a carers
    assessment and a social care profile: "I'm <name>" was read up to the "'s"."""
    assert teller_name(structurer.structure([story], teller="carer")["sections"]) == "Gareth Hughes"


def test_a_carer_who_gives_only_whose_parent_they_are_gives_no_name(structurer):
    story = "I am Ollie's dad. Ollie is 31 and has cerebral palsy. I do his shopping every week."
    assert teller_name(structurer.structure([story], teller="carer")["sections"]) is None


@pytest.mark.parametrize("said", [
    "I can't drink now, it knocks me for six.",
    "Alcohol wise I cannot drink with these tablets.",
])
def test_cannot_drink_is_no_drinking(structurer, said):
    """ "I can't drink now, it <does me harm>" wrote "drinks alcohol: yes" on a home and habits form."""
    assert drinks(structurer.structure([f"I'm Nadia Kerr, 47. {said}"])["sections"]) is False


def test_cannot_stop_drinking_is_still_drinking(structurer):
    assert drinks(structurer.structure(["I'm Nadia Kerr, 47. I can't stop drinking in the evenings."])["sections"]) \
        is not False


@pytest.mark.parametrize("said", [
    "my PA from the leaving care team, Sam, helps me with my forms and that.",
    "I have a PA from the after care team who helps me with bills.",
    "I've got a personal assistant, paid from my direct payments, who helps me shop.",
])
def test_a_personal_adviser_or_assistant_is_no_unpaid_carer(structurer, said):
    """ "my PA from the leaving care team helps me with forms" answered "Do you have an unpaid carer?" yes on a social
    care profile: a care leaver's personal adviser (and a paid personal assistant) is no unpaid carer."""
    assert has_carer(structurer.structure([f"im Kyle, 18. {said}"])["sections"]) is None


def test_a_mum_who_helps_is_still_an_unpaid_carer(structurer):
    assert has_carer(structurer.structure(["I'm Kyle, 18. My mum helps me with my forms."])["sections"]) is True


@pytest.mark.parametrize("said", [
    "We are in a hotel at the moment, 3 Pier Road, Hastings, all four of us in one room.",
    "Now me and my boys stay in the Seaview Hotel on Pier Road, and the council say we must leave it soon.",
    "The council put us in a B&B on Pier Road for now.",
])
def test_living_in_a_hotel_is_having_no_housing(structurer, said):
    """A family now placed in a hotel they must leave was written "I have housing" on a social needs screener;
    PRAPARE counts staying in a hotel as not having housing."""
    found = housing(structurer.structure([f"My name is Amina Yusuf. {said}"])["sections"])
    assert found is not None and found.key == "homeless"


@pytest.mark.parametrize("said", ["I work in a hotel as a chef.", "My son is in a hotel in Spain this week."])
def test_a_hotel_that_is_not_their_home_leaves_them_housed(structurer, said):
    found = housing(structurer.structure([f"I'm Tom, 40. I live at 3 Pier Road, Hastings. {said}"])["sections"])
    assert found is not None and found.key == "housed"


@pytest.mark.parametrize("said", [
    "I am at a hotel this weekend for my granddaughter's wedding. I live in my own bungalow.",
    "We're staying in a hotel in Blackpool for our anniversary, I own my house.",
])
def test_a_hotel_stayed_in_away_from_home_leaves_them_housed(structurer, said):
    """A second reader (session 22): each was "I do not have housing" beside the home they own."""
    found = housing(structurer.structure([f"I'm Tom, 70. {said}"])["sections"])
    assert found is None or found.key == "housed"


def _answers(response: dict[str, Any]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            if "answer" in item:
                found[item["linkId"]] = [next(iter(a.values())) for a in item["answer"]]
            walk(item.get("item", []) + [i for a in item.get("answer", []) for i in a.get("item", [])])

    walk(response.get("item", []))
    return found


def test_which_of_the_named_benefits_lists_only_those_named(structurer):
    """ "Which one?" under "Do they get Attendance Allowance, PIP or DLA?" listed Universal Credit beside PIP on a
    carers assessment: the question names the benefits it asks of."""
    story = "I look after my daughter Freya, she is 24 and has cerebral palsy. She's on DLA and Universal Credit."
    profile = structurer.structure([story], teller="carer", relationship="mother")
    form = service_for_form(json.loads((FORMS / "carers-assessment.json").read_text()), REGISTRY.codes,
                            service_id="carers-assessment")
    filled = _answers(prefill(form, profile, "their mother, on the basis of being their carer", NOW).response)
    assert filled.get("cared.benefits.which") == ["DLA"]
