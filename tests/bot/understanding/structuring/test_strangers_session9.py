"""Misreads found by strangers and by the forms developer in the ninth session, each through the
structurer, in words other than the reports' where the cause is general."""
import pytest


def facts(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


@pytest.mark.parametrize("story", [
    "Mum has no mobility since the stroke.",
    "no since the stroke she cant walk far",
    "she's not been the same since the stroke, she cant walk far",
    "she doesnt go out since the stroke",
    "She hasn't walked far since she had a stroke.",
])
def test_a_condition_said_as_what_something_came_since_is_never_negated(structurer, story):
    profile = structurer.structure(["Its about my mum Joan.", story], teller="carer")
    stroke = [(s, a) for t, s, a in facts(profile, "health") if t == "stroke"]
    assert stroke and stroke[0][0] in ("current", "past") and stroke[0][1] == "subject"


def test_a_negation_of_the_condition_itself_still_negates(structurer):
    profile = structurer.structure(["I have never had a stroke, not since the operation either."])
    assert ("stroke", "negated", "subject") in facts(profile, "health")


@pytest.mark.parametrize("relationship", ["wife", "partner", "husband, wife or partner", None])
def test_a_partners_husband_said_apart_from_his_name_is_the_person(structurer, relationship):
    """A wife wrote "my husband had a stroke" in Geoffrey's story: read back "Their husband had a stroke"."""
    profile = structurer.structure(["Geoffrey is 78. My husband had a stroke in March and cant use his left arm."],
                                   teller="carer", subject_name="Geoffrey", relationship=relationship)
    assert [(t, a) for t, _, a in facts(profile, "health")] == [("stroke", "subject")]


def test_a_daughters_dad_said_apart_from_her_mums_name_is_still_her_dad(structurer):
    profile = structurer.structure(["Margaret has COPD. Dad has dementia."], teller="carer",
                                   subject_name="Margaret", relationship="daughter")
    assert ("dementia", "family", "husband") in facts(profile, "health")


@pytest.mark.parametrize("said", ["I want a break from him sometimes.", "I need a break from looking after my husband.",
                                  "Honestly I could do with a rest from it all, he never sleeps."])
def test_a_carers_wish_for_themselves_is_theirs_whoever_else_it_names(structurer, said):
    profile = structurer.structure(["My husband Dave has dementia.", said], teller="carer", subject_name="Dave",
                                   relationship="wife")
    assert profile["sections"]["goals"] == []
    assert [a for _, _, a in facts(profile, "support_network") if a == "narrator"]


def test_a_carers_wish_for_care_for_the_person_is_still_the_persons_goal(structurer):
    profile = structurer.structure(["My husband Dave has dementia. I want him to stay at home."], teller="carer",
                                   relationship="wife")
    assert [a for _, _, a in facts(profile, "goals")] == ["subject"]


@pytest.mark.parametrize("said", ["i live 40 mins away and visit twice a week", "I live about an hour away so I see her on Sundays",
                                  "I visit every day after work."])
def test_how_far_a_carer_lives_and_how_often_they_visit_is_their_part(structurer, said):
    profile = structurer.structure(["My dad has dementia.", said], teller="carer")
    mine = " ".join(t for t, _, a in facts(profile, "support_network") if a == "narrator")
    assert all(part in mine for part in said.rstrip(".").split(" so "))


def test_a_relative_named_with_is_keeps_their_own_facts_in_the_persons_story(structurer):
    profile = structurer.structure(["my daughter is Lily. Lily is 8 years and has autism"])
    assert ("autism", "family", "daughter") in facts(profile, "health")
    assert [i for i in profile["sections"]["about_me"] if i.get("kind") == "age"] == []
