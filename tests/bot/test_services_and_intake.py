"""The service registry and pre-filling a service's own FHIR form from a consented view."""
import json
from datetime import datetime, timezone

import pytest
from fhir.resources.questionnaireresponse import QuestionnaireResponse

from bot.config import load_settings
from bot.intake import answer_text, prefill, summary_text
from bot.services import ServiceRegistryError, load_registry, load_service, rank_for
from consent_store.consent import filter_profile

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def registry():
    return load_registry(load_settings({}).services_dir)


@pytest.fixture(scope="module")
def profile(structurer):
    from tests.bot.test_structuring import STORY
    return structurer.structure([STORY])


def answered_link_ids(items):
    found = {}
    for item in items:
        if "answer" in item:
            found[item["linkId"]] = [a["valueString"] for a in item["answer"]]
        found.update(answered_link_ids(item.get("item", [])))
    return found


def test_at_least_two_services_each_with_a_valid_questionnaire(registry):
    assert len(registry) >= 2
    for service in registry.values():
        assert service.sections and service.questionnaire["resourceType"] == "Questionnaire"


def test_prefill_fills_only_items_of_shared_sections(registry, profile):
    gp = registry["gp-practice"]
    view = filter_profile(profile, {"health", "medications"})
    response = prefill(gp, view, NOW)
    QuestionnaireResponse.parse_obj(response)
    assert response["status"] == "in-progress"
    answers = answered_link_ids(response["item"])
    assert set(answers) == {"clinical.conditions", "clinical.medicines"}
    assert "metformin 500mg twice a day" in answers["clinical.medicines"]
    assert "asthma (does not have)" in answers["clinical.conditions"]
    assert "breast cancer (family history: mother)" in answers["clinical.conditions"]
    assert "third floor" not in json.dumps(response)


def test_an_empty_view_fills_nothing(registry):
    response = prefill(registry["gp-practice"], {"sections": {}}, NOW)
    assert response["item"] == []


def test_the_summary_names_the_teller_and_holds_only_the_view(registry, profile):
    view = filter_profile(profile, {"home"})
    text = summary_text(registry["housing-adaptations"], view, "carer")
    assert "a carer on the person's behalf" in text
    assert "third floor" in text and "metformin" not in text


def test_answer_text_marks_what_is_not_current():
    assert answer_text({"text": "asthma", "status": "past", "about": "subject"}) == "asthma (in the past)"
    assert answer_text({"text": "I work", "status": "current", "about": "narrator"}) == "I work (about the carer)"


def test_services_are_ranked_by_what_they_would_receive(registry, profile):
    ranked = rank_for(profile, registry)
    assert ranked and all(service.sections_in(profile) for service in ranked)
    counts = [len(service.sections_in(profile)) for service in ranked]
    assert counts == sorted(counts, reverse=True)
    assert rank_for({"sections": {}}, registry) == []


def test_a_service_file_naming_an_unknown_section_is_refused(tmp_path, registry):
    document = json.loads((load_settings({}).services_dir / "gp-practice.json").read_text())
    document["mapping"]["clinical.conditions"] = "horoscope"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))
    with pytest.raises(ServiceRegistryError, match="bad.json"):
        load_service(path)


def test_a_service_file_with_an_invalid_questionnaire_is_refused(tmp_path):
    document = json.loads((load_settings({}).services_dir / "gp-practice.json").read_text())
    del document["questionnaire"]["item"][0]["linkId"]  # every item must have one
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document))
    with pytest.raises(ServiceRegistryError, match="broken.json"):
        load_service(path)


def test_answer_text_notes_status_only_where_the_words_do_not_say_it():
    from bot.intake import answer_text
    term = {"text": "asthma", "term": "asthma", "status": "negated", "about": "subject"}
    clause = {"text": "there's no lift", "status": "negated", "about": "subject"}
    misspelt = {"text": "diabetes", "term": "diabeties", "spelled": "diabeties", "status": "current",
                "about": "subject"}
    assert answer_text(term) == "asthma (does not have)"
    assert answer_text(clause) == "there's no lift"
    assert answer_text(misspelt) == "diabetes (written as “diabeties”)"
