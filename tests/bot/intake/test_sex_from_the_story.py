"""A form's "Sex" / "Gender" from what a carer's story calls the person ("my mum", "me dad", "my husband");
left empty in the person's own story and when the word does not say ("my partner")."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.intake import prefill
from bot.intake.services import load_full_registry, service_for_form
from bot.settings import load_settings
from tests.bot.intake.test_services_and_intake import answers_of

NOW = datetime(2026, 12, 4, 2, 0, tzinfo=timezone.utc)
FORMS = Path(__file__).parent / "forms"
REGISTRY = load_full_registry(load_settings({}).services_dir)


def _sex(structurer, story: str, teller: str, relationship: str | None = None) -> tuple[list, list]:
    profile = structurer.structure([story], teller=teller, relationship=relationship)
    found = []
    for name, link in (("social-care-profile.json", "/personal/46098-0"), ("patient-details.json", "pd-gender")):
        form = service_for_form(json.loads((FORMS / name).read_text()), REGISTRY.codes, service_id=name[:-5])
        answers = answers_of(prefill(form, profile, teller, NOW).response.get("item", [])).get(link, [])
        found.append([a["valueCoding"]["code"] for a in answers])
    return found[0], found[1]


@pytest.mark.parametrize("story, relationship, sex", [
    ("its about my mum Eileen Parry dob 14/11/38, she has alzheimers", "daughter", "female"),
    ("im typin this for me dad cos his eyes r bad. hes called Lee Robson", "son", "male"),
    ("I am writing for my husband Delroy Campbell, born 12/08/1965.", None, "male"),
])
def test_a_carers_word_for_the_person_says_their_sex(structurer, story, relationship, sex):
    assert _sex(structurer, story, "carer", relationship) == ([sex], [sex])


@pytest.mark.parametrize("story, teller", [
    ("I look after my partner Sam, who has MS.", "carer"),
    ("My name is Gurdev Singh Sandhu. My wife passed in 2019.", "self"),
])
def test_no_sex_where_the_story_does_not_say(structurer, story, teller):
    assert _sex(structurer, story, teller) == ([], [])


def test_the_read_back_says_it(structurer):
    from bot.conversation.readback import read_back

    profile = structurer.structure(["its about my mum Eileen, she has alzheimers"], teller="carer")
    assert "Their sex is female." in json.dumps(read_back(profile, teller="carer"))


@pytest.mark.parametrize("story, sex", [
    ("I'm a 67 year old man living alone since my wife died.", "male"),
    ("I am a retired woman and I live in a flat.", "female"),
])
def test_their_own_story_says_it_plainly(structurer, story, sex):
    assert _sex(structurer, story, "self") == ([sex], [sex])


@pytest.mark.parametrize("story", ["im a trans woman and I'd like to be asked", "My son is a man now. I'm a nurse."])
def test_nothing_guessed_from_their_own_story(structurer, story):
    assert _sex(structurer, story, "self") == ([], [])
