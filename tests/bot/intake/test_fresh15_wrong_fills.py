"""Wrong fills a service would act on, found by the fifteenth fresh forms set (its wrong fills read in session 22,
its misses never), fixed in general and tested here in our own wording. (The structurer's part:
tests/bot/understanding/structuring/test_fresh15_wrong_facts.py.)"""
from __future__ import annotations

import pytest

from bot.intake.facts import carer_relationship
from bot.intake.home_facts import housing_worry_text, tenure


@pytest.mark.parametrize("said", [
    "im Reece, 20. been sleepin on my mate Deans sofa at his flat for a month but his landlord wants me out.",
    "I'm Reece, 20. I've been staying at my friend Dean's flat since June, but Dean's landlord says I have to go.",
    "I'm Reece, 20. Sofa surfing at my cousin's place since June; her landlord is not happy about it.",
])
def test_a_friends_landlord_is_no_tenancy_of_the_persons(structurer, said):
    """ "sofa surfing at my mate's flat … his landlord says I can't stay" wrote "rents privately" as his tenure on a
    housing form and a social care profile: the friend's landlord was read as the person's."""
    assert tenure(structurer.structure([said])["sections"]) is None


@pytest.mark.parametrize("said", ["I rent a flat; the landlord never fixes anything.",
                                  "Our landlord has put the rent up again."])
def test_the_persons_own_landlord_is_still_a_private_tenancy(structurer, said):
    choice = tenure(structurer.structure([f"I'm Reece, 20. {said}"])["sections"])
    assert choice is not None and choice.key == "private"


def test_a_carers_his_landlord_is_the_persons(structurer):
    story = "I'm writing for my son Reece, 20. He lives in a flat and his landlord wants to sell it."
    choice = tenure(structurer.structure([story], teller="carer")["sections"])
    assert choice is not None and choice.key == "private"


@pytest.mark.parametrize("said", [
    "Our landlord wrote to say he is selling the house, so we have to move out by April.",
    "The landlord tell us he sell the flat, we must go out in spring.",
    "The landlord wants the flat back to sell it and we've to leave by Easter.",
    "Our landlord is a private one and he wrote to us, he is going to sell the house and we must leave by June.",
])
def test_a_landlord_selling_up_is_why_they_may_lose_their_home(structurer, said):
    """ "he want to sell the flat and we must go out until February", with rent arrears said after, gave only the
    arrears as why the family may lose their home on a housing form: the landlord selling was not heard."""
    story = f"I'm Ahmed, 45, we rent a flat from a private landlord. {said} We are also behind with the rent."
    why = housing_worry_text(structurer.structure([story])["sections"])
    assert why is not None and "sell" in why


@pytest.mark.parametrize("story, told", [
    ("I'm Sandra Lewis and I'm writing for my husband, Gordon Lewis, who is 79. I wash and dress him.", "wife"),
    ("I'm Mark Evans and I'm writing for my wife, Jan Evans, who is 70. She has MS and I do all her care.", "husband"),
])
def test_the_carers_own_word_for_themselves_is_written_over_partner(structurer, story, told):
    """ "I'm writing for my husband", told by his wife, wrote "partner" as the carer's relationship on a social care
    profile, where the chat had heard "wife"."""
    assert carer_relationship(structurer.structure([story], teller="carer")["sections"], told) == told


def test_with_no_word_from_the_chat_the_carer_is_still_a_partner(structurer):
    story = "I'm Sandra Lewis and I'm writing for my husband, Gordon Lewis, who is 79. I wash and dress him."
    assert carer_relationship(structurer.structure([story], teller="carer")["sections"], None) == "partner"
