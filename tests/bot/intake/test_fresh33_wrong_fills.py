"""Wrong fills found by the thirty-third fresh forms set (session 39), fixed in general and tested in our own words. Each
failed before: a husband writing "about the wife, <her name>" (or "the wife" and no name) had their son, named later, sent
to the council as the person, and as a man."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.intake import prefill
from bot.intake.services import load_full_registry
from bot.settings import load_settings
from tests.bot.intake.test_services_and_intake import answers_of

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)
REGISTRY = load_full_registry(load_settings({}).services_dir)


def _social_care(structurer, said):
    profile = structurer.structure([said], teller="carer")
    return answers_of(prefill(REGISTRY.services["adult-social-care"], profile, "carer", NOW).response.get("item", []))


@pytest.mark.parametrize("said", [
    "Hello, Ron here, I'm writing about the wife, Brenda Hale. She has vascular dementia. Our son Neil helps on Sundays.",
    "im phoning about the husband, Tom Baxter, he has COPD. our daughter Kim does his shopping",
])
def test_the_person_written_about_by_a_spouse_is_named_not_their_child(structurer, said):
    names = [a.get("valueString") for a in _social_care(structurer, said).get("person.name", [])]
    assert names and names[0] in ("Brenda Hale", "Tom Baxter"), names


def test_a_spouse_unnamed_is_no_child_named_later(structurer):
    profile = structurer.structure(["I look after the wife, she has Parkinson's. Our son Neil helps on Sundays."],
                                   teller="carer")
    about = profile["sections"]["about_me"]
    assert not [i for i in about if i.get("kind") == "name"]
    assert [i["value"] for i in about if i.get("kind") == "gender"] in (["female"], [])


@pytest.mark.parametrize("said, kin", [("My eldest daughter does my shopping and takes me to the doctor", "daughter"),
                                       ("my youngest son rings every day and sorts my tablets", "son")])
def test_the_eldest_son_is_a_son(structurer, said, kin):
    support = structurer.structure([said])["sections"]["support_network"]
    assert [i.get("relationship") for i in support] == [kin]


@pytest.mark.parametrize("said, others", [
    ("I look after me mam. its just me mam n my brother at home, our uncle comes on fridays and does her garden", None),
    ("I look after my dad and nobody else helps", False),
])
def test_who_lives_there_is_not_that_no_one_else_helps(structurer, said, others):
    from bot.intake.carer_facts import others_help
    assert others_help(structurer.structure([said], teller="carer")["sections"]) is others


@pytest.mark.parametrize("said, worried", [
    ("Money is tight but we get by on his pension and attendance allowance.", None),
    ("money is tight, we are behind on the gas bill", True),
])
def test_money_tight_but_managed_is_no_struggle_to_pay(structurer, said, worried):
    from bot.intake.money_facts import money_worries
    assert money_worries(structurer.structure([said])["sections"]) is worried
