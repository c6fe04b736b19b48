"""Thoughts of suicide and self-harm told in the story, kept under risks (session 27). A stranger on the stack (session
26) told "ive been cuttin again" in their story: the urgent help came, but nothing was read back or could be shared
(with consent) with a service; of the eleventh fresh safeguarding set's suicidal disclosures heard, none were kept. Each
case here is in our own words."""
from __future__ import annotations

import pytest


def risks(profile):
    return [i for i in profile["sections"]["risks"]]


@pytest.mark.parametrize("parts", [
    ["ive been cuttin again, nobody knows", "I have asthma"],
    ["I have asthma.", "Since my wife went I've been putting my tablets by in a tin, there's nearly enough now."],
    ["dont see the point no more. been looking up how many paracetamol it would take and ive got three boxes hid"],
    ["I've been burning my arm with a lighter when it gets too much."],
    # across sentences: no one sentence says it
    ["I started cutting in the summer and I keep count. It's thirty times now. Tonight I want to go deeper."],
])
def test_own_harm_told_in_the_story_is_kept_once_under_risks(structurer, parts):
    profile = structurer.structure(parts, teller="self")
    kept = risks(profile)
    assert len(kept) == 1, kept
    assert kept[0]["about"] == "subject" and kept[0]["status"] == "current"
    assert set(kept[0].get("concern") or []) & {"suicidal", "self_harm"}


def test_a_risk_kept_whole_is_not_read_back_twice(structurer):
    """ "I want to end it all" was kept as a wish moved to risks beside the whole sentence."""
    profile = structurer.structure(["I want to end it all. I have COPD"], teller="self")
    assert [i["text"].rstrip(".") for i in risks(profile)] == ["I want to end it all"]


@pytest.mark.parametrize("parts, teller", [
    (["my friend has been cutting herself and im worried about her", "I have asthma"], "self"),
    (["I care for my husband Jim, he has dementia.", "Some nights I think about driving into the reservoir."], "carer"),
    (["I cut myself peeling potatoes, nothing serious", "I have asthma"], "self"),
    (["I used to self harm when I was 14 but not for years now. I have asthma"], "self"),
])
def test_someone_elses_thoughts_a_carers_own_and_everyday_cuts_are_no_risk_of_the_persons(structurer, parts, teller):
    profile = structurer.structure(parts, teller=teller)
    assert not [i for i in risks(profile) if set(i.get("concern") or []) & {"suicidal", "self_harm"}]


@pytest.mark.parametrize("parts", [
    ["I feel like ending it all, I can't cope with dad. Dad has Parkinsons."],
    ["Sometimes I think about killing myself. Dad has dementia and I do everything."],
])
def test_a_carers_own_thoughts_are_never_the_persons_risk(structurer, parts):
    """A second reader (session 27): the first form of the rule filed these as the person's."""
    profile = structurer.structure(parts, teller="carer")
    assert not [i for i in risks(profile) if i["about"] == "subject" and set(i.get("concern") or []) & {"suicidal",
                                                                                                        "self_harm"}]


def test_a_childs_self_harm_told_by_their_parent_is_their_risk(structurer):
    profile = structurer.structure(["My daughter is 15 and she has been cutting her arms again"], teller="carer")
    assert [i for i in risks(profile) if i["about"] == "subject" and "self_harm" in (i.get("concern") or [])]
