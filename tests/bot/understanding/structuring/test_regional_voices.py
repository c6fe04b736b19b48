"""Issue 18, fifth session: the classes of misreads found in batch v11 (Scots, Northern and Irish
phrasing, carers of many kinds, drinking), each through the structurer, in words other than the
gold stories'."""
import pytest


def facts(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


@pytest.mark.parametrize("story, relation", [
    ("Ma da's got Parkinson's an ma maw has angina.", "wife"),
    ("Me faither has COPD. Ma mither has dementia noo.", "wife"),
    ("Ma maw has COPD. Ma da has had two strokes.", "husband"),
])
def test_scots_kin_words_say_whose_story_it_is_and_who_else_is_named(structurer, story, relation):
    profile = structurer.structure([story], teller="carer")
    health = facts(profile, "health")
    subject = [text for text, status, about in health if about == "subject"]
    family = [(status, about) for text, status, about in health if about != "subject"]
    assert len(subject) == 1 and family == [("family", relation)]
    assert profile["sections"]["support_network"] == []  # the person is no supporter of their own


@pytest.mark.parametrize("story, age", [
    ("Our lad's nineteen and he has epilepsy.", 19),
    ("Me mam's seventy six, she's got heart failure.", 76),
    ("Ma da's eighty. He's got dementia.", 80),
])
def test_a_regional_kin_words_age_is_the_persons(structurer, story, age):
    profile = structurer.structure([story], teller="carer")
    assert [i["value"] for i in profile["sections"]["about_me"] if i.get("kind") == "age"] == [age]
    assert profile["sections"]["support_network"] == []


def test_ah_m_is_i_am(structurer):
    profile = structurer.structure(["Ah'm sixty nine an ah've got angina."])
    assert [i["value"] for i in profile["sections"]["about_me"] if i.get("kind") == "age"] == [69]
    assert facts(profile, "health") == [("angina", "current", "subject")]


@pytest.mark.parametrize("story, subject_name", [
    ("I'm Ron's son-in-law. Ron has COPD.", "Ron"),
    ("I'm Edna's support worker. Edna has diabetes.", "Edna"),
    ("Maureen's a friend of mine. She has COPD.", "Maureen"),
    ("I live next door to Walter. He has COPD.", "Walter"),
])
def test_what_the_carer_is_to_the_person_by_name_is_the_carers_own(structurer, story, subject_name):
    profile = structurer.structure([story], teller="carer", subject_name=subject_name)
    support = profile["sections"]["support_network"]
    assert [i["about"] for i in support] == ["narrator"]
    assert facts(profile, "health") == [("copd" if "COPD" in story else "diabetes", "current", "subject")]


@pytest.mark.parametrize("story, status", [
    ("He doesn't touch alcohol.", "negated"),
    ("She has a problem with alcohol.", "current"),
    ("Still on the fags, twenty a day.", "current"),
    ("He packed in the ciggies in 2012.", "past"),
])
def test_alcohol_and_cigarettes_are_the_habit_items(structurer, story, status):
    profile = structurer.structure([story], teller="carer")
    habit = "drinking" if "alcohol" in story else "smoking"
    assert facts(profile, "health") == [(habit, status, "subject")]
    assert profile["sections"]["risks"] == []  # drinking is a health item, not a risk (docs/profile.md)


def test_a_habit_said_only_as_when_something_happens_changes_nothing(structurer):
    profile = structurer.structure(["He drinks every day.", "He gets aggressive after he's had a few drinks."],
                                   teller="carer")
    assert facts(profile, "health") == [("drinking", "current", "subject")]


@pytest.mark.parametrize("story, part", [
    ("Her feet are very sore.", "feet"),
    ("My kidneys aren't working right.", "kidneys"),
    ("His hearing is terrible.", "hearing"),
])
def test_a_part_said_with_a_problem_is_a_health_fact(structurer, story, part):
    assert [text for text, _, _ in facts(structurer.structure([story]), "health")] == [part]


@pytest.mark.parametrize("story", [
    "I can't use my left hand properly.",
    "She held my hand at the hospital.",
    "I have a court hearing next week.",
    "I put my feet up in the afternoon.",
])
def test_a_part_without_a_problem_is_no_health_fact(structurer, story):
    assert structurer.structure([story])["sections"]["health"] == []


@pytest.mark.parametrize("story, condition", [
    ("His right side is still weak since the stroke.", "weakness"),
    ("She's been very confused at night.", "confusion"),
    ("I've had a chesty cough since Christmas.", "cough"),
    ("She's got very frail this winter.", "frailty"),
    ("Grandad shakes all the time now.", "tremor"),
])
def test_complaints_said_in_other_words_are_health_facts(structurer, story, condition):
    profile = structurer.structure([story], teller="carer" if not story.startswith("I") else "self")
    assert any(text.endswith(condition) for text, status, _ in facts(profile, "health") if status == "current")


@pytest.mark.parametrize("story", ["She's always coughing up the money for him.", "I'm confused by the form."])
def test_the_same_words_in_another_sense_are_no_complaint(structurer, story):
    assert structurer.structure([story])["sections"]["health"] == []


def test_how_bad_a_condition_is_stays_with_it(structurer):
    profile = structurer.structure(["I have mild asthma and severe eczema."])
    assert [text for text, _, _ in facts(profile, "health")] == ["mild asthma", "severe eczema"]


def test_a_part_and_its_operation_are_one_past_fact(structurer):
    profile = structurer.structure(["He's been slow on his feet since his knee operation."], teller="carer")
    assert ("knee operation", "past", "subject") in facts(profile, "health")
    assert "operation" not in [text for text, _, _ in facts(profile, "health")]


def test_the_month_may_is_no_maybe(structurer):
    profile = structurer.structure(["Since May I've had angina."])
    assert facts(profile, "health") == [("angina", "current", "subject")]


@pytest.mark.parametrize("story", ["ive had a cough for a month", "hes had headaches all week"])
def test_have_had_typed_without_apostrophes_runs_on_to_now(structurer, story):
    profile = structurer.structure([story], teller="carer" if story.startswith("hes") else "self")
    assert [status for _, status, _ in facts(profile, "health")] == ["current"]


def test_text_speak_ms_rly_and_co_codamol(structurer):
    profile = structurer.structure(["my sis has ms n shes rly struggling", "she takes co codamol"], teller="carer")
    assert ("multiple sclerosis", "current", "subject") in facts(profile, "health")
    assert [i["name"] for i in profile["sections"]["medications"]] == ["co-codamol"]
    assert structurer.structure(["I saw Ms Jones today."])["sections"]["health"] == []


@pytest.mark.parametrize("parts, relationship, expected", [
    (["My husband has angina.", "Mum helps with the kids."], "wife", "mother-in-law"),
    (["My wife has MS. My mum helps with the school run."], "husband", "mother-in-law"),
    (["My wife has MS. My mum helps with the school run."], None, "mum"),
    (["My husband has COPD. His mum helps a lot."], "wife", "mum"),
])
def test_who_helps_a_partners_story_is_said_as_the_persons_relative(structurer, parts, relationship, expected):
    profile = structurer.structure(parts, teller="carer", relationship=relationship)
    assert [i["relationship"] for i in profile["sections"]["support_network"] if i["about"] == "subject"] == [expected]
    assert profile["sections"]["work_money"] == []  # her help with the school run is no work of hers


@pytest.mark.parametrize("story, said", [("He gets drunk every night.", "drinking"),
                                         # a dependence is a condition a form lists (session 9, the forms developer)
                                         ("She's an alcoholic.", "alcohol dependence"),
                                         ("He has alcohol dependence.", "alcohol dependence")])
def test_problem_drinking_however_said_is_the_one_drinking_item(structurer, story, said):
    profile = structurer.structure([story], teller="carer")
    assert facts(profile, "health") == [(said, "current", "subject")]
    assert profile["sections"]["risks"] == []


@pytest.mark.parametrize("story", ["He only drinks alcohol-free beer now.", "I rub alcohol gel on her hands."])
def test_what_holds_no_alcohol_is_no_drinking(structurer, story):
    assert structurer.structure([story], teller="carer")["sections"]["health"] == []


@pytest.mark.parametrize("story, age", [
    ("i look after my mum she has ms. my lil bro is 8", None),
    ("My dad has COPD. My sister is 45 and helps.", None),
    ("My nan is 90 and my uncle is 60.", 90),
])
def test_another_relatives_age_is_not_the_persons(structurer, story, age):
    profile = structurer.structure([story], teller="carer")
    assert [i["value"] for i in profile["sections"]["about_me"] if i.get("kind") == "age"] == ([age] if age else [])


def test_ms_typed_in_lower_case_at_the_end_of_a_sentence(structurer):
    profile = structurer.structure(["my mum has ms. she is 50"], teller="carer")
    assert ("multiple sclerosis", "current", "subject") in facts(profile, "health")


@pytest.mark.parametrize("story, name", [
    ("hi so im Chloe im 23 and i have asthma", "Chloe"),
    ("So I'm Dave and I have COPD.", "Dave"),
    ("I'm Tired and I'm fed up.", None),
])
def test_a_name_after_a_greeting_and_a_filler_word(structurer, story, name):
    profile = structurer.structure([story])
    assert [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "name"] == ([name] if name else [])


@pytest.mark.parametrize("story", ["I go round after work and do her cleaning.", "I help dad with his exercises before college."])
def test_a_time_of_day_is_no_work_or_school(structurer, story):
    assert structurer.structure([story], teller="carer")["sections"]["work_money"] == []
