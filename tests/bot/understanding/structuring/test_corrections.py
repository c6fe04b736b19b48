"""bot/understanding/structuring/corrections.py: corrections said at the read-back (strangers on the
stack, 2026-12-03): "it's 80 not 79" and "he's 91 not 19" changed no age, and a carer's "the exhausted
bit is me, not mum" left it as mum's; each got "Sorry, I could not work out how to change that"."""
import pytest


def ages(profile):
    return [i["value"] for i in profile["sections"]["about_me"] if i.get("kind") == "age"]


@pytest.mark.parametrize("parts, correction, teller, age", [
    (["I am 79 and have arthritis."], "Correction: it's 80 not 79", "self", 80),
    (["I am 79 and have arthritis."], "Correction: I'm 80, not 79", "self", 80),
    (["Dad is 19 and has COPD."], "Correction: he's 91 not 19", "carer", 91),
    (["Dad is 19 and has COPD."], "Correction: not 19, hes 91", "carer", 91),
])
def test_a_wrong_age_is_put_right(structurer, parts, correction, teller, age):
    assert ages(structurer.structure(parts + [correction], teller=teller)) == [age]


def test_a_number_that_is_not_the_age_read_back_changes_no_age(structurer):
    profile = structurer.structure(["I am 79 and have arthritis.", "Correction: it's 12 not 21"])
    assert ages(profile) == [79]


MUM = "Mum is 84 and has dementia. She is exhausted and has back pain."


@pytest.mark.parametrize("correction, kept, moved", [
    ("Correction: the exhausted bit is me, not mum", "back pain", "fatigue"),
    ("Correction: the back pain is mine not mums", "fatigue", "back pain"),
    ("Correction: it's me that has the back pain, not mum", "fatigue", "back pain"),
])
def test_a_carers_own_fact_told_as_the_persons_becomes_the_carers(structurer, correction, kept, moved):
    profile = structurer.structure([MUM, correction], teller="carer", relationship="daughter")
    health = [(i["text"], i["about"]) for i in profile["sections"]["health"]]
    assert (kept, "subject") in health and ("dementia", "subject") in health
    assert not [h for h in health if h[0] == moved], health
    theirs = [i["text"] for i in profile["sections"]["support_network"] if i["about"] == "narrator"]
    assert theirs == [f"I have {moved}"], profile["sections"]["support_network"]


def test_the_persons_own_story_keeps_its_facts(structurer):
    profile = structurer.structure(["I have back pain.", "Correction: the back pain is mine not my dads"])
    assert [(i["text"], i["about"]) for i in profile["sections"]["health"]] == [("back pain", "subject")]


@pytest.mark.parametrize("parts", [
    ["my dad Ron is 79 and has dementia and type 2 diabetes", "thats wrong, the diabetes is mine not dads"],
    ["my dad Ron is 79 and has dementia and type 2 diabetes. the diabetes is mine not dads"],
])
def test_whose_a_fact_is_corrected_while_telling(structurer, parts):
    """Typed while telling (not at the read-back), "the diabetes is mine not dads" was kept as a fact of
    the carer's and Ron's diabetes went to the carer's assessment (a stranger on the stack, session 10)."""
    profile = structurer.structure(parts, teller="carer", relationship="son", subject_name="Ron")
    assert [i["text"] for i in profile["sections"]["health"]] == ["dementia"]
    assert [(i["text"], i["about"]) for i in profile["sections"]["support_network"]] == [
        ("I have type 2 diabetes", "narrator")]
