"""Found by strangers using the chat assistant as real people would (2026-12-04, issue 18)."""
import pytest


def facts(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


# --- a carer's own words about themselves are the carer's, never the person's health ---------------------------

@pytest.mark.parametrize("said", [
    "I'm exhausted from caring for her.",
    "I have anxiety and I'm exhausted from caring for her.",
    "Honestly I'm at breaking point and exhausted from looking after her.",
    "im so stressed and depressed from caring for her",
])
def test_a_carers_own_state_said_with_caring_for_her_is_the_carers(structurer, said):
    """ "I'm exhausted from caring for her" filed "fatigue" under Doreen's health (the carer's exhaustion,
    read back and sent to her GP as hers)."""
    profile = structurer.structure(["Mum has dementia.", said], teller="carer", subject_name="Doreen",
                                   relationship="son")
    health = facts(profile, "health")
    assert ("dementia", "current", "subject") in health
    assert [h for h in health if h[2] == "subject" and h[0] != "dementia"] == []
    assert any(i["about"] == "narrator" for i in profile["sections"]["support_network"])


def test_the_persons_condition_said_after_the_carers_role_stays_theirs(structurer):
    profile = structurer.structure(["I look after her because she has dementia and she is depressed."],
                                   teller="carer", subject_name="Doreen", relationship="son")
    assert ("dementia", "current", "subject") in facts(profile, "health")
