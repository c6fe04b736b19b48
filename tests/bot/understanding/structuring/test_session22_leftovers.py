"""Wrong facts left from earlier sessions' reading (session 22), each read wrongly before: a test that found the
condition left as "might have"; a habit given up read as never had; a job for the council read as a council home; a
job retired from read as a service the person has; Geordie "aa'm" for "I'm"."""
from __future__ import annotations

import pytest


def _items(structurer, parts, teller="self", sections=("health",)):
    profile = structurer.structure(parts, teller=teller)
    return {(i["text"].lower(), i["status"], i["about"])
            for section in sections for i in profile["sections"][section]}


@pytest.mark.parametrize("said, teller, condition", [
    ("They tested me for diabetes and I have it.", "self", "diabetes"),
    ("The GP checked him for COPD and he has got it, he is on inhalers now.", "carer", "copd"),
    ("She was tested for coeliac disease, it came back positive last month.", "carer", "coeliac"),
    ("they screened me for sleep apnoea n i have got it", "self", "apnoea"),
])
def test_a_test_that_found_it_leaves_it_had(structurer, said, teller, condition):
    statuses = {s for text, s, about in _items(structurer, [said], teller) if condition in text and about == "subject"}
    assert statuses == {"current"}


@pytest.mark.parametrize("said", [
    "They're testing me for diabetes, I get the results next week.",
    "The GP wants to check him for COPD.",
])
def test_a_test_not_back_yet_is_still_might_have(structurer, said):
    statuses = {s for text, s, _ in _items(structurer, [said], "self")}
    assert statuses == {"hypothetical"}


@pytest.mark.parametrize("said, teller", [
    ("I dont smoke now, packed in years ago.", "self"),
    ("I don't smoke, I gave up in 2015 after my heart attack.", "self"),
    ("He doesnt smoke now, he quit ten years ago.", "carer"),
    ("i dont smoke no more, stopped when i was pregnant wi my youngest", "self"),
])
def test_a_habit_given_up_is_past_not_never(structurer, said, teller):
    statuses = {s for text, s, _ in _items(structurer, [said], teller) if "smok" in text}
    assert statuses == {"past"}


def test_a_habit_never_had_is_still_never(structurer):
    statuses = {s for text, s, _ in _items(structurer, ["I don't smoke and never have."]) if "smok" in text}
    assert statuses == {"negated"}


@pytest.mark.parametrize("said", [
    "I worked for the council for thirty years.",
    "Before I retired I worked for the council in the parks department.",
])
def test_a_job_for_the_council_is_no_council_home(structurer, said):
    assert not structurer.structure([said], teller="self")["sections"]["home"]


@pytest.mark.parametrize("said", [
    "I'm retired from the fire service. I live on my own.",
    "I used to be a nurse and I'm retired from the NHS now.",
    "He retired from the police in 2010.",
])
def test_a_service_retired_from_is_no_service_they_have(structurer, said):
    teller = "carer" if said.startswith("He") else "self"
    assert not structurer.structure([said], teller=teller)["sections"]["services_involved"]


def test_a_service_they_have_is_still_one(structurer):
    services = structurer.structure(["The district nurse comes twice a week."], teller="self")["sections"][
        "services_involved"]
    assert services


@pytest.mark.parametrize("said, name, age", [
    ("Aa'm Stanley, aa'm seventy nine.", "Stanley", 79),
    ("aa'm Doris an aa'm eighty two", "Doris", 82),
])
def test_geordie_i_am_tells_name_and_age(structurer, said, name, age):
    about = structurer.structure([said], teller="self")["sections"]["about_me"]
    assert {i["text"] for i in about if i.get("kind") == "name"} == {name}
    assert {i.get("value") for i in about if i.get("kind") == "age"} == {age}
