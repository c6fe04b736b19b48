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


# --- a service said not to be involved is no service involved ---------------------------------------------------

@pytest.mark.parametrize("parts", [
    ["My dad has dementia.", "The police arent involved with him."],
    ["My dad has dementia.", "Correction: The police aren't involved with him"],
    ["My dad has dementia.", "Correction: no social worker"],
    ["My dad has dementia and social services have never been involved."],
    ["My dad has dementia.", "Correction: social services are not involved"],
])
def test_a_service_said_not_to_be_involved_is_not_read_as_involved(structurer, parts):
    """ "The police arent involved with him", said at the read-back, was read back and sent under the services
    involved as if the police were involved; "no social worker" as a social worker he has."""
    profile = structurer.structure(parts, teller="carer", subject_name="Ken", relationship="son")
    assert [i["text"] for i in profile["sections"]["services_involved"] if i["status"] != "negated"] == []


def test_a_service_that_is_involved_stays_involved(structurer):
    profile = structurer.structure(["The police are involved and he has a social worker called Sue."],
                                   teller="carer", subject_name="Ken", relationship="son")
    assert [i["status"] for i in profile["sections"]["services_involved"]] == ["current", "current"]
