"""Real published Questionnaires (tests/bot/forms/published/README.md), filled from a typical story
with no mapping of ours: what a careful person would fill is filled, nothing else, none refused.

    python -m pytest tests/bot/forms/test_published_forms.py -q -s   # prints items filled per form
"""
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from fhir.resources.questionnaireresponse import QuestionnaireResponse

from bot.config import load_settings
from bot.intake import prefill
from bot.services import load_full_registry, service_for_form

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
HERE = Path(__file__).parent
STORY = {"sections": json.loads((HERE / "typical-story.json").read_text())["sections"]}
CARER = "their daughter, on the basis of the person's own agreement"
CODES = load_full_registry(load_settings({}).services_dir).codes
# linkId -> answers a careful person would write from the typical story (and nothing else).
EXPECTED = {
    "lhc-hunger-vital-sign.json": {},  # the story says nothing of food
    "lhc-phq-9.json": {},  # mood ratings are the person's to give, never guessed from a story
    "smart-forms-715-patient-details.json": {
        "17596726-34cf-4133-9960-7081e1d63558": [{"valueString": "Margaret"}],
        "90ad8f16-16e4-4438-a7aa-b3189f510da2": [{"valueDate": "1944-03-03"}],
        "e2a16e4d-2765-4b61-b286-82cfc6356b30": [{"valueInteger": 82}],  # age on 23 November 2026 (NOW)
        "4037a02b-4a85-40e0-9be6-5b17df1aac56": [{"valueString": "07700 900123"}],  # mobile
        "9541f0b0-f5ba-4fe7-a8e9-ad003cef897b": [{"valueString": "07700 900123"}],  # the phone she gave
        "d05558fb-a3cc-4bd6-b803-b672b36b9c51": [{"valueCoding": {
            "code": "Y", "system": "http://terminology.hl7.org/CodeSystem/v2-0136", "display": "Yes"}}],
    },
    "smart-forms-715-medical-history.json": {
        "736f2a51-e04d-4e7f-aef1-c47f3a1f4e3c": [{"valueString": "type 2 diabetes"},
                                                 {"valueString": "arthritis in the knees"},
                                                 {"valueString": "hip replacement"}],
        "59b1900a-4f85-4a8c-b9cd-3fe2fd76f27e": [{"valueString": "type 2 diabetes"}],
    },
}


def filled_items(items, found=None):
    found = {} if found is None else found
    for item in items:
        if "answer" in item:
            found[item["linkId"]] = [{k: v for k, v in a.items() if k != "item"} for a in item["answer"]]
            for answer in item["answer"]:
                filled_items(answer.get("item", []), found)
        filled_items(item.get("item", []), found)
    return found


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_published_form_fills_what_the_story_holds_and_nothing_else(name):
    questionnaire = json.loads((HERE / "published" / name).read_text())
    service = service_for_form(questionnaire, CODES, service_id=name[:-5])  # never refused
    result = prefill(service, STORY, CARER, NOW)
    QuestionnaireResponse.parse_obj(result.response)
    found = filled_items(result.response.get("item", []))
    print(f"\n{name}: {len(found)} items filled (expected {len(EXPECTED[name])}), "
          f"{len(result.unanswered)} to ask, {len(result.left_for_service)} left for the service, "
          f"{len(service.form.warnings)} warnings")
    assert found == EXPECTED[name]
    assert "dementia" not in json.dumps(result.response)  # "I don't have dementia"
    assert "breast cancer" not in json.dumps(result.response)  # her mother's


def test_today_in_an_expression_is_the_time_given_not_the_clock():
    questionnaire = json.loads((HERE / "published" / "smart-forms-715-patient-details.json").read_text())
    service = service_for_form(questionnaire, CODES, service_id="715")
    age = "e2a16e4d-2765-4b61-b286-82cfc6356b30"
    before_birthday = prefill(service, STORY, CARER, datetime(2027, 3, 2, tzinfo=timezone.utc))
    after_birthday = prefill(service, STORY, CARER, datetime(2027, 3, 4, tzinfo=timezone.utc))
    assert filled_items(before_birthday.response["item"])[age] == [{"valueInteger": 82}]
    assert filled_items(after_birthday.response["item"])[age] == [{"valueInteger": 83}]


def test_the_story_gives_some_form_something_on_every_published_form_that_asks_for_it():
    asks = [name for name, fills in EXPECTED.items() if fills]
    assert len(asks) >= 2 and all(EXPECTED[name] for name in asks)
