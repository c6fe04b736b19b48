"""Structuring a plain-language story into the profile of DESIGN.md."""
import json
import os
import subprocess
import sys

import pytest

from bot.config import PROJECT_ROOT
from bot.sections import SECTION_KEYS
from bot.structuring import join_story

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
    ("My partner hits me when he drinks.", "abuse"),
    ("Some days I want to end my life.", "suicide risk"),
    ("I don't feel safe at home.", "not safe at home"),
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
