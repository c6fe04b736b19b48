"""What a carer wants for the person is the person's goal, and a medicine that helps is one they take.

A daughter telling her mum's story who wishes for care ("I'd like someone to come in at lunchtime")
said a goal for her mum: it was filed as the daughter's own fact, under the people who support. A
medicine said with what it relieves ("topiramate gives me less headaches") was dropped: a medicine
that helps is taken now, and the condition it helps stays too."""
import pytest


def facts(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


@pytest.mark.parametrize("story", [
    "I'd like someone to come in at lunchtime.",
    "I'd like someone to pop in at lunch, I worry she's not eating.",
    "I would really like some help at lunchtime so I know she has eaten.",
    "I'd like carers to come in twice a day.",
])
def test_a_carers_wish_for_care_is_the_persons_goal(structurer, story):
    profile = structurer.structure([story], teller="carer", subject_name="Margaret", relationship="daughter")
    goals = profile["sections"]["goals"]
    assert len(goals) == 1 and goals[0]["about"] == "subject" and goals[0]["told_by"] == "carer"
    assert not any(i["about"] == "narrator" for i in profile["sections"]["support_network"])


@pytest.mark.parametrize("story", [
    "I'd like someone to come in at lunchtime to make sure she eats.",
    "we want her to stay at home as long as possible.",
])
def test_a_carers_goal_for_the_person_stays_a_goal(structurer, story):
    profile = structurer.structure([story], teller="carer", subject_name="Margaret", relationship="daughter")
    assert [i["about"] for i in profile["sections"]["goals"]] == ["subject"]
    assert profile["sections"]["support_network"] == []


@pytest.mark.parametrize("said", ["I need a break.", "I'd like to go back to work.",
                                  "I'd like someone to help me with the paperwork for myself.",
                                  "I'd like someone to talk to."])
def test_a_carers_own_wish_is_still_theirs(structurer, said):
    profile = structurer.structure(["Mum has dementia. " + said], teller="carer", subject_name="Margaret",
                                   relationship="daughter")
    assert profile["sections"]["goals"] == []
    assert [i["about"] for i in profile["sections"]["support_network"]] == ["narrator"]


@pytest.mark.parametrize("story, medicine, condition", [
    ("topiramate gives me less headaches", "topiramate", "headaches"),
    ("Topiramate has given me fewer headaches.", "topiramate", "headaches"),
    ("my headaches are better since the topiramate", "topiramate", "headaches"),
    ("since starting duloxetine my pain is much better", "duloxetine", "pain"),
    ("duloxetine works well for my pain", "duloxetine", "pain"),
    ("since the amlodipine my blood pressure is better", "amlodipine", "blood pressure"),
    ("amlodipine keeps my blood pressure down", "amlodipine", "blood pressure"),
])
def test_a_medicine_that_relieves_is_taken_and_the_condition_stays(structurer, story, medicine, condition):
    profile = structurer.structure([story])
    assert (medicine, "current", "subject") in facts(profile, "medications")
    assert (condition, "current", "subject") in facts(profile, "health")
    assert profile["sections"]["allergies"] == []


@pytest.mark.parametrize("story", ["duloxetine helps a lot", "sertraline helps a lot"])
def test_a_medicine_that_helps_is_taken(structurer, story):
    medicines = facts(structurer.structure([story]), "medications")
    assert [(text, status) for text, status, _ in medicines] == [(story.split()[0], "current")]


@pytest.mark.parametrize("story", ["duloxetine made me sick so it didnt help", "my mum says duloxetine helps her",
                                   "duloxetine doesn't help"])
def test_a_medicine_that_does_not_help_them_or_is_someone_elses_is_not_taken(structurer, story):
    assert facts(structurer.structure([story]), "medications") == []
