"""Contact details and the name someone goes by, as forms want them: an email address, the home's phone a
carer gives with no owner ("House phone …"), "everyone calls me Beth"."""
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
FORMS = Path(__file__).parents[2] / "intake" / "forms"
REGISTRY = load_full_registry(load_settings({}).services_dir)


def _patient_details(profile: dict, teller: str) -> dict:
    form = service_for_form(json.loads((FORMS / "patient-details.json").read_text()), REGISTRY.codes,
                            service_id="patient-details")
    return answers_of(prefill(form, profile, teller, NOW).response["item"])


def _kinds(profile: dict, section: str, kind: str) -> list:
    return [(i["about"], i["value"]) for i in profile["sections"][section] if i.get("kind") == kind]


def test_their_email_and_the_name_they_go_by(structurer):
    profile = structurer.structure(["Hi, I'm Bethany Kowalczyk but everyone calls me Beth, date of birth 23.09.1987. "
                                    "Mobile 07700 900127, email beth.k87@example.com."])
    answers = _patient_details(profile, "self")
    assert answers["pd-preferred"] == [{"valueString": "Beth"}]
    assert answers["pd-given"] == [{"valueString": "Bethany"}]
    assert answers["pd-email"] == [{"valueString": "beth.k87@example.com"}]
    assert answers["pd-mobile"] == [{"valueString": "07700 900127"}]


def test_a_carers_own_email_is_theirs(structurer):
    profile = structurer.structure(["I look after my mum. My email is sian.p@example.com and her email is "
                                    "eileen@example.co.uk."], teller="carer", relationship="daughter")
    assert _kinds(profile, "communication", "email") == [("subject", "eileen@example.co.uk")]
    assert _kinds(profile, "support_network", "email") == [("narrator", "sian.p@example.com")]


@pytest.mark.parametrize("said", ["me@home", "an @ sign", "jo@example."])
def test_no_email_that_is_not_one(structurer, said):
    profile = structurer.structure([f"You can write to {said} if you like."])
    assert _kinds(profile, "communication", "email") == []


def test_the_house_phone_a_carer_gives_is_the_persons(structurer):
    profile = structurer.structure(["I am writing for my husband Delroy Campbell. House phone 0117 496 0772, "
                                    "my mobile 07700 900418."], teller="carer", relationship="wife")
    assert _kinds(profile, "communication", "phone") == [("subject", "0117 496 0772")]
    answers = _patient_details(profile, "carer")
    assert answers["pd-home-phone"] == [{"valueString": "0117 496 0772"}]
    assert "pd-mobile" not in answers  # the mobile is Marcia's


def test_a_mobile_and_a_home_phone_both_reach_the_form(structurer):
    profile = structurer.structure(["My mobile is 07700 900334 and my home phone is 01632 960009."])
    answers = _patient_details(profile, "self")
    assert (answers["pd-mobile"], answers["pd-home-phone"]) == ([{"valueString": "07700 900334"}],
                                                                [{"valueString": "01632 960009"}])


@pytest.mark.parametrize("story, teller, relationship, known", [
    ("I look after my mum Margaret, everyone calls her Peggy.", "carer", "daughter", ["Peggy"]),
    ("I look after my mum. My son Jay, everyone calls him JJ, helps.", "carer", "daughter", []),  # the son's
    ("My son Jay, everyone calls him JJ. I'm Sam.", "self", None, []),
])
def test_whose_name_it_is(structurer, story, teller, relationship, known):
    profile = structurer.structure([story], teller=teller, relationship=relationship)
    assert [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "preferred_name"] == known


def test_phone_numbers_said_in_words_in_a_run_on_story(structurer):
    profile = structurer.structure(["my brother dai is still going hes got the copd too mobile is zero seven seven "
                                    "zero zero nine double zero three three four home is zero one six three two nine "
                                    "six zero zero zero nine"])
    assert _kinds(profile, "communication", "phone") == [("subject", "07700 900334"), ("subject", "01632 960009")]


@pytest.mark.parametrize("story", [
    "my neighbour Tom, mobile 07700 900123",
    "my son dave mobile 07700 900124",
    "one two three four five six seven eight nine ten",
])
def test_no_number_of_someone_elses_nor_a_count(structurer, story):
    assert _kinds(structurer.structure([story]), "communication", "phone") == []
