"""People in a carer's story read as the person's by the seventh fresh held-out structuring set (heldout_fresh7.yml,
session 23), fixed in general and tested in our own words: the carer's own husband or wife is no partner of the
person's ("he lives with me and my wife": the person's daughter-in-law), "my wife's mum" names the person and no one
who supports them, the person's name in "I'm Rita Moss's neighbour" is not the carer's, and a young carer's own group
is theirs."""
from __future__ import annotations

import pytest


def network(profile):
    return profile["sections"]["support_network"]


@pytest.mark.parametrize("said, name, kin, wrong, right", [
    ("My dad Ron is 80. He lives with me and my wife in Leeds. He has COPD.", "Ron", "dad", "wife", "daughter-in-law"),
    ("My mum Edith is 79, she lives with me and my husband since the fall.", "Edith", "mum", "husband", "son-in-law"),
    ("Stan is my father-in-law. He stays with me and my husband at weekends.", "Stan", "father-in-law", "husband",
     "son"),
])
def test_the_carers_own_partner_is_not_the_persons(structurer, said, name, kin, wrong, right):
    profile = structurer.structure([said], teller="carer", subject_name=name)
    relations = [i.get("relationship") for i in network(profile) if i["about"] == "subject"]
    assert wrong not in relations
    assert right in relations


def test_a_partner_who_cares_keeps_the_persons_own_husband(structurer):
    profile = structurer.structure(["My mum Edith is 79. Her husband Bert helps her dress."], teller="carer",
                                   subject_name="Edith")
    assert "husband" in [i.get("relationship") for i in network(profile)]


@pytest.mark.parametrize("said, name", [
    ("Joan is my mother-in-law, my wife's mum. She's 85 and has dementia.", "Joan"),
    ("Frank is my husband's father, he's 90 and has Parkinson's.", "Frank"),
])
def test_my_wifes_mum_names_the_person_and_no_supporter(structurer, said, name):
    profile = structurer.structure([said], teller="carer", subject_name=name)
    assert not [i for i in network(profile) if i["about"] == "subject" and i.get("relationship") in ("wife", "husband")]


def test_the_persons_name_before_the_carers_role_is_not_the_carers(structurer):
    profile = structurer.structure(["I'm Rita Moss's neighbour. Rita is 88 and has arthritis."], teller="carer",
                                   subject_name="Rita")
    assert not [i for i in network(profile) if i.get("name") == "Rita"]


@pytest.mark.parametrize("said", [
    "hi I'm Jess, 14. I look after my dad Paul, he has MS. I go to a young carers club on Mondays.",
    "I'm 16 and I care for my mum. I've started going to the young carers group at school.",
])
def test_a_young_carers_own_group_is_theirs(structurer, said):
    profile = structurer.structure([said], teller="carer")
    groups = [i for i in network(profile) if "young carers" in i["text"].lower()]
    assert groups and all(i["about"] == "narrator" for i in groups)
