"""Only the person's own facts reach their form (bot/intake/scope.py): not a habit as a health
condition, not what structuring says is someone else's, not the carer's own facts unless asked."""
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.intake import evaluation, prefill
from bot.intake.fhir_bundle import resources_of, story_bundle
from bot.intake.paths import parse_path
from bot.intake.services import load_full_registry, service_for_form
from bot.settings import load_settings

FORMS = Path(__file__).parent / "forms"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
CODES = load_full_registry(load_settings({}).services_dir).codes


def item(text, about="subject", status="current", told_by="self", **fields):
    return {"text": text, "status": status, "about": about, "told_by": told_by, **fields}


def filled(form: str, sections: dict, teller: str = "self") -> dict:
    service = service_for_form(evaluation.questionnaire(FORMS, form), CODES, service_id=form)
    return evaluation.answers_by_link_id(prefill(service, {"sections": sections}, teller, NOW).response.get("item", []))


def texts(answers: list[dict]) -> str:
    return "; ".join(str(next(iter(a.values()))) for a in answers)


# --- a habit is not a health condition ---------------------------------------------------------------

HABITS = [item("drinking", term="drinking more"), item("drinking", term="drinks a lot"),
          item("alcohol", term="alcohol"), item("smoking", term="smoke"), item("heavy drinker")]


@pytest.mark.parametrize("habit", HABITS, ids=lambda i: i.get("term") or i["text"])
def test_a_habit_is_never_written_as_a_health_condition(habit):
    sections = {"health": [item("copd", term="COPD"), habit]}
    assert [i["text"] for i in parse_path("health.where(status='current')").evaluate(sections)] == ["copd"]
    assert [a["valueString"] for a in filled("social-care-profile.json", sections)["/health/11450-4"]] == ["copd"]
    assert texts(filled("council-referral.json", sections)["3.1"]) == "copd"  # matched by its wording alone
    conditions = [c["code"]["text"] for c in resources_of(story_bundle(sections), "Condition")]
    assert conditions == ["copd"]


def test_the_habit_still_answers_the_habit_questions_and_a_disease_named_after_it_is_a_condition():
    sections = {"health": [item("drinking", term="drinking more"), item("alcohol-related liver disease")]}
    habits = filled("home-and-habits.json", sections)
    assert habits["alcohol"] == [{"valueBoolean": True}]
    assert texts(filled("council-referral.json", sections)["3.1"]) == "alcohol-related liver disease"
    observations = [o["code"]["coding"][0]["code"] for o in resources_of(story_bundle(sections), "Observation")]
    assert observations == ["11331-6"]  # history of alcohol use


# --- whom an item is about -----------------------------------------------------------------------------

def test_what_structuring_says_of_someone_else_is_not_the_persons():
    """'She has dementia and she can't cook' after 'he lives with my mum': the mum's, as structuring says."""
    sections = {
        "health": [item("copd", term="COPD", told_by="carer"),
                   item("dementia", about="mum", status="family", told_by="carer", term="dementia")],
        "daily_living": [item("she can't cook or do the shopping", about="mum", told_by="carer",
                              activities=["cook", "shopping"]),
                         item("Dad can't manage the stairs", told_by="carer")],
        "risks": [item("she wanders at night", about="mum", told_by="carer")],
        "work_money": [item("she gets confused with money", about="other", told_by="carer")],
    }
    assert [i["text"] for i in parse_path("daily_living").evaluate(sections)] == ["Dad can't manage the stairs"]
    assert parse_path("risks").evaluate(sections) == []
    assert parse_path("work_money").evaluate(sections) == []
    assert parse_path("daily_living.where(activities='cook')").evaluate(sections) == []
    # The relative's condition is family history, shown as such, and never the person's.
    assert [i["text"] for i in parse_path("health").evaluate(sections)] == ["copd", "dementia"]
    assert [i["text"] for i in parse_path("health.where(status='current')").evaluate(sections)] == ["copd"]
    assert [i["text"] for i in parse_path("health.where(about!='narrator')").evaluate(sections)] == ["copd", "dementia"]


def test_a_condition_of_no_named_relative_or_of_the_carer_is_no_family_history():
    sections = {"health": [item("stroke", about="narrator", status="family", told_by="carer", term="stroke"),
                           item("cancer", about="other", status="family", told_by="carer", term="cancer"),
                           item("diabetes", about="brother", status="family", told_by="carer", term="diabetes")]}
    assert [i["text"] for i in parse_path("health.where(status='family')").evaluate(sections)] == ["diabetes"]
    histories = resources_of(story_bundle(sections), "FamilyMemberHistory")
    assert [(h["relationship"]["text"], h["condition"][0]["code"]["text"]) for h in histories] == [
        ("brother", "diabetes")]
    answers = filled("family-health-history.json", sections, "carer")
    assert texts(answers["fh-condition"]) == "diabetes"
    assert [a["valueCoding"]["code"] for a in answers["fh-relationship"]] == ["BRO"]


def test_the_carers_own_facts_are_read_only_where_a_form_asks_about_the_carer():
    sections = {"health": [item("asthma", told_by="carer"), item("depression", about="narrator", told_by="carer")],
                "support_network": [item("I'm his main carer", about="narrator", told_by="carer", role="carer")]}
    assert [i["text"] for i in parse_path("health").evaluate(sections)] == ["asthma"]
    assert [i["text"] for i in parse_path("health.where(about='narrator')").evaluate(sections)] == ["depression"]
    assert [i["text"] for i in parse_path("support_network").evaluate(sections)] == ["I'm his main carer"]
    assert texts(filled("council-referral.json", sections, "carer")["3.1"]) == "asthma"
