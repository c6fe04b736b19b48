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
