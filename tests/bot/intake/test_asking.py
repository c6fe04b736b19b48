"""Asking what a form does not require (bot/intake/asking.py, gaps_for(optional=True)): the items
the person is the right one to answer, up to each service's limit, each once across forms."""
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.intake import answer_item, gaps_for, parse_answer
from bot.intake.asking import DEFAULT_ASK_LIMIT
from bot.intake.errors import ServiceRegistryError
from bot.intake.services import load_full_registry, load_service, service_for_form
from bot.settings import load_settings

FORMS = Path(__file__).parent / "forms"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
REGISTRY = load_full_registry(load_settings({}).services_dir)


def form(name: str, limit: int | None = None):
    import json

    service = service_for_form(json.loads((FORMS / f"{name}.json").read_text()), REGISTRY.codes, service_id=name)
    return service if limit is None else replace(service, ask_limit=limit)


def item(text, **fields):
    return {"text": text, "status": "current", "about": "subject", "told_by": "self", **fields}


def labels(gaps):
    return [g.label for g in gaps]


def test_only_required_questions_unless_the_conversation_asks_for_more():
    council = form("council-referral")
    assert all(g.required for g in gaps_for([council], {}, "self", {}))
    assert gaps_for([council], {}, "self", {}) == [g for g in gaps_for([council], {}, "self", {}, optional=True)
                                                   if g.required]


def test_the_person_is_asked_what_they_can_answer_up_to_the_services_limit():
    council = form("council-referral")
    asked = [g for g in gaps_for([council], {}, "self", {}, optional=True) if not g.required]
    assert len(asked) == DEFAULT_ASK_LIMIT == 8
    assert labels(asked)[:3] == ["Full name", "Date of birth", "Address"]  # in the form's order
    assert labels([g for g in gaps_for([form("council-referral", 3)], {}, "self", {}, optional=True)
                   if not g.required]) == ["Full name", "Date of birth", "Address"]
    assert [g for g in gaps_for([form("council-referral", 0)], {}, "self", {}, optional=True) if not g.required] == []


def test_what_the_story_says_is_not_asked():
    sections = {"about_me": [item("Joan Smith", kind="name")], "allergies": [item("penicillin", term="penicillin")]}
    asked = labels(gaps_for([form("council-referral", 20)], sections, "self", {}, optional=True))
    assert "Full name" not in asked and "Do you have any allergies" not in asked
    assert "Date of birth" in asked


def test_what_the_form_works_out_or_its_staff_fill_in_is_never_asked():
    details = labels(gaps_for([form("patient-details", 50)], {}, "self", {}, optional=True))
    assert "Age" not in details  # calculated from the birth date, and read-only
    assert "Completed by" not in details  # the clinician (%user is a Practitioner)
    assert {"Family name", "Date of birth", "Postcode"} <= set(details)
    history = labels(gaps_for([form("medical-history", 50)], {}, "self", {}, optional=True))
    assert "Condition" not in history and "Medicine" not in history  # one group per thing found
    food = labels(gaps_for([form("food-screener", 50)], {}, "self", {}, optional=True))
    assert "Food insecurity risk" not in food and len(food) == 2


def test_a_question_under_a_question_waits_for_its_answer():
    asked = labels(gaps_for([form("home-and-habits", 50)], {}, "self", {}, optional=True))
    assert "Do you smoke" in asked and "How many cigarettes a day" not in asked
    smoker = {"health": [item("smoking", term="smoke")]}
    assert "How many cigarettes a day" in labels(gaps_for([form("home-and-habits", 50)], smoker, "self", {},
                                                          optional=True))


def test_what_a_form_asks_of_whoever_fills_it_in_is_asked_only_of_a_carer():
    council = form("council-referral", 50)
    assert "Your name" not in labels(gaps_for([council], {}, "self", {}, optional=True))
    assert "Your name" in labels(gaps_for([council], {}, "carer", {}, optional=True))


def test_each_question_is_asked_once_across_forms_and_costs_the_second_form_nothing():
    council, screener = form("council-referral", 8), form("social-needs-screener", 1)
    gaps = gaps_for([council, screener], {}, "self", {}, optional=True)
    keys = [g.key for g in gaps]
    assert len(keys) == len(set(keys))
    address = next(g for g in gaps if g.label == "Address")  # the same LOINC-mapped path on both
    assert address.services == ("council-referral", "social-needs-screener")
    # the screener's one question of its own is still asked: the shared address did not use it up
    assert [g.services for g in gaps if not g.required].count(("social-needs-screener",)) == 1


def test_what_was_asked_before_counts_towards_the_limit_and_a_skipped_one_is_not_asked_again():
    council = form("council-referral", 3)
    first = [g for g in gaps_for([council], {}, "self", {}, optional=True) if not g.required]
    assert labels(first) == ["Full name", "Date of birth", "Address"]
    gap = first[0]
    section, kept = answer_item(gap, parse_answer(gap, "Joan Smith", NOW.date()), "self", NOW)
    answered = {section: [kept]}
    # answering one does not bring a fourth question in: three were asked
    assert labels(g for g in gaps_for([council], answered, "self", {}, optional=True)
                  if not g.required) == ["Date of birth", "Address"]
    skipped = gaps_for([council], answered, "self", {}, optional=True, skipped=[first[1].key])
    assert labels(g for g in skipped if not g.required) == ["Address"]


def test_a_question_that_needs_its_groups_words_is_asked_with_them():
    screener = gaps_for([form("social-needs-screener", 50)], {}, "self", {}, optional=True)
    food = next(g for g in screener if g.label == "Food")
    assert food.question.startswith("In the past year, have you or anyone you live with gone without")
    assert food.question.endswith("(“Food”)")  # the form's own words, quoted
    details = gaps_for([form("patient-details", 50)], {}, "self", {}, optional=True)
    assert next(g for g in details if g.label == "Name").question == "What should I put for “Emergency contact: Name”?"
    to_a_carer = gaps_for([form("patient-details", 50)], {"about_me": [
        {"text": "Peter Hughes", "status": "current", "about": "subject", "kind": "name", "told_by": "carer"}]},
        "carer", {}, optional=True)
    assert next(g for g in to_a_carer if g.label == "Name").question == \
        "For Peter, what should I put for “Emergency contact: Name”?"


@pytest.mark.parametrize("limit", [-1, 101, "8", True, 2.5])
def test_a_service_file_with_a_limit_that_is_not_a_small_whole_number_is_refused(tmp_path, limit):
    import json

    document = json.loads((load_settings({}).services_dir / "gp-practice.json").read_text())
    document["ask_limit"] = limit
    path = tmp_path / "gp.json"
    path.write_text(json.dumps(document))
    with pytest.raises(ServiceRegistryError, match="gp.json: ask_limit"):
        load_service(path)
    document["ask_limit"] = 3
    path.write_text(json.dumps(document))
    assert load_service(path).ask_limit == 3


def test_not_asked_what_the_service_says_it_will_ask_nor_an_age_beside_a_date_of_birth():
    gp = REGISTRY.services["gp-practice"]
    asked = [g for g in gaps_for([gp], {}, "self", REGISTRY.questions, optional=True) if not g.required]
    assert asked and not any("the practice will ask if it needs this" in g.question for g in asked)
    social_care = REGISTRY.services["adult-social-care"]
    assert any(i.text == "Age" for i in social_care.form.walk())
    gaps = gaps_for([social_care], {}, "self", REGISTRY.questions, optional=True)
    assert "Date of birth" in labels(gaps) and "Age" not in labels(gaps)


# --- in plain words, and in the carer's voice when a carer tells the story -------------------------

def test_a_carer_is_asked_about_the_person_by_name_then_as_they():
    from bot.intake.phrasing import for_the_teller

    assert for_the_teller("Do you use a wheelchair?", "carer", "Peter") == "Does Peter use a wheelchair?"
    assert for_the_teller("Are you behind with your rent or mortgage?", "carer", "Peter") == \
        "Is Peter behind with their rent or mortgage?"
    assert for_the_teller("How many people live in your household, including you?", "carer", None) == \
        "How many people live in their household, including them?"
    assert for_the_teller("Do you smoke?", "self", "Peter") == "Do you smoke?"
    assert for_the_teller("In the past year, have you or anyone you live with gone without food?", "carer", "Peter") \
        == "In the past year, has Peter or anyone they live with gone without food?"
    # already in the carer's voice: the person named; "you" is the carer
    assert for_the_teller("Do they live with you?", "carer", "Peter") == "Does Peter live with you?"
    assert for_the_teller("What is their date of birth?", "carer", "Peter") == "What is Peter's date of birth?"
    # the form's own words, quoted, are left as they are; a question to the carer about themselves too
    assert for_the_teller("Is this true for you: “Your home”?", "carer", "Peter") == "Is this true for Peter: “Your home”?"
    assert for_the_teller("Are you in paid work?", "carer", "Peter", carers_own=True) == "Are you in paid work?"


def test_the_forms_questions_are_put_plainly_to_the_carer_and_the_carers_own_left_to_them():
    settings = load_settings({})
    registry = load_full_registry(settings.services_dir)
    folder = Path(__file__).parent / "forms"
    import json

    housing = service_for_form(json.loads((folder / "housing-needs.json").read_text()), registry.codes,
                               service_id="housing")
    carers = service_for_form(json.loads((folder / "carers-assessment.json").read_text()), registry.codes,
                              service_id="carers")
    named = {"about_me": [{"text": "Peter Hughes", "status": "current", "about": "subject", "kind": "name",
                           "told_by": "carer"}]}
    asked = {g.label: g.question for g in gaps_for([replace(housing, ask_limit=50), replace(carers, ask_limit=50)],
                                                    named, "carer", registry.questions, optional=True)}
    assert asked["Do you use a wheelchair"] == "Does Peter use a wheelchair?"
    assert asked["Date of birth"] == "What is Peter's date of birth?"  # our own plain question, named
    assert asked["Are you in paid work"] == "Are you in paid work?"  # under "About you, the carer"
    assert asked["How are you managing with caring"] == "How are you managing with caring?"
    assert asked["Which floor is your front door on"] == "Which floor is Peter's front door on?"
    assert not any("What should the form say" in question for question in asked.values())
    to_the_person = {g.label: g.question for g in gaps_for([replace(housing, ask_limit=50)], {}, "self",
                                                           registry.questions, optional=True)}
    assert to_the_person["Do you use a wheelchair"] == "Do you use a wheelchair?"


def test_our_adult_social_care_form_asks_its_care_act_outcomes_as_a_question():
    """Two strangers were asked "For Rose, what should I put for “Care Act outcomes: what is difficult:
    Managing and maintaining nutrition”?" and could not tell what was wanted."""
    service = load_service(load_settings({}).services_dir / "adult-social-care.json", REGISTRY.codes)
    asked = [g for g in gaps_for([replace(service, ask_limit=50)], {}, "carer", {"name": "Rose"}, optional=True)
             if "nutrition" in g.label.lower()]
    assert asked, "the nutrition outcome is asked"
    question = asked[0].question
    assert "what should I put for" not in question and "is hard for" in question, question
