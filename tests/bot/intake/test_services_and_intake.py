"""The service registry and pre-filling each service's own FHIR form from a consented view."""
import json
from datetime import datetime, timezone

import pytest
from fhir.resources.questionnaireresponse import QuestionnaireResponse

from bot.intake import answer_text, prefill, summary_html, summary_text
from bot.intake.errors import ServiceRegistryError
from bot.intake.services import load_full_registry, load_service, rank_for
from bot.settings import load_settings
from consent_store.consent import filter_profile

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
SERVICES_DIR = load_settings({}).services_dir
STORY = ("I'm Margaret and I'm 78. I had a fall last month. I live alone in a council flat on the "
         "second floor with no lift. I take metformin 500mg twice a day and ramipril. I'm allergic to "
         "penicillin. I have diabetes and I don't have asthma. My mother had breast cancer. My daughter "
         "Sue helps with shopping. I can't manage the stairs and I struggle to wash. I use a walking "
         "frame. I'm hard of hearing so please text me. I get pension credit and I have rent arrears. "
         "I want to get back to going to church. Seeing my grandchildren matters most to me.")


@pytest.fixture(scope="module")
def registry():
    return load_full_registry(SERVICES_DIR)


@pytest.fixture(scope="module")
def services(registry):
    return registry.services


@pytest.fixture(scope="module")
def profile(structurer):
    return structurer.structure([STORY])


def answers_of(items, found=None):
    found = {} if found is None else found
    for item in items:
        if "answer" in item:
            found[item["linkId"]] = item["answer"]
        answers_of(item.get("item", []), found)
    return found


def strings(answers):
    return [next(iter(a.values())) for a in answers]


def count_items(items):
    return sum(1 + count_items(i.get("item", [])) for i in items)


def test_seven_realistic_services_each_with_its_own_valid_form(services):
    assert {"gp-practice", "community-nursing", "housing-adaptations", "adult-social-care",
            "carers-assessment", "welfare-benefits", "employment-support"} <= set(services)
    for service in services.values():
        q = service.questionnaire
        assert 15 <= count_items(q["item"]) <= 40, service.id
        kinds = {i.type for i in service.form.walk()}
        assert {"group", "choice"} <= kinds or {"group", "open-choice"} <= kinds, service.id
        assert any(i.required for i in service.form.walk()), service.id
        assert service.eligibility and service.purpose and service.helps


def test_the_gp_form_is_filled_in_its_own_shape_from_the_story(services, profile):
    filled = prefill(services["gp-practice"], profile, "self", NOW)
    QuestionnaireResponse.parse_obj(filled.response)
    assert filled.response["status"] == "in-progress"
    answers = answers_of(filled.response["item"])
    assert strings(answers["patient.name"]) == ["Margaret"]
    assert "metformin 500mg twice a day" in strings(answers["clinical.medicines"])
    assert strings(answers["clinical.allergies"]) == ["penicillin"]
    assert "diabetes" in strings(answers["clinical.conditions"])
    assert "asthma" not in json.dumps(answers["clinical.conditions"])  # a denied condition is not current
    assert "breast cancer (family history: mother)" in strings(answers["clinical.history"])
    assert answers["contact.method"] == [{"valueCoding": {
        "system": "https://example.org/fhir/CodeSystem/tell-options", "code": "sms", "display": "Text message"}}]
    assert "patient.dob" not in answers  # never invented
    assert "Date of birth" in filled.unanswered


def test_choice_items_pick_the_option_the_story_supports(services, profile):
    housing = answers_of(prefill(services["housing-adaptations"], profile, "self", NOW).response["item"])
    assert housing["property.tenure"][0]["valueCoding"]["code"] == "council"
    assert housing["property.type"][0]["valueCoding"]["code"] == "flat"
    assert strings(housing["needs.equipment"]) == ["walking frame"]
    welfare = answers_of(prefill(services["welfare-benefits"], profile, "self", NOW).response["item"])
    assert welfare["household.tenure"][0]["valueCoding"]["code"] == "social"
    assert strings(welfare["income.debts"]) == ["I have rent arrears"]  # not the pension credit clause


def test_prefill_fills_only_items_of_shared_sections(services, profile):
    view = filter_profile(profile, {"health", "medications"})
    filled = prefill(services["gp-practice"], view, "self", NOW)
    answers = answers_of(filled.response["item"])
    assert {"clinical.conditions", "clinical.medicines"} <= set(answers) <= {
        "stay.recent", "stay.reason", "clinical.conditions", "clinical.history", "clinical.medicines",
        "clinical.stopped"}
    everything = json.dumps(filled.response) + summary_text(filled) + summary_html(filled)
    for private in ("Margaret", "council flat", "penicillin", "grandchildren", "Sue"):
        assert private not in everything
    assert filled.sections == ("health", "medications")


def test_an_empty_view_fills_nothing_and_lists_what_is_still_to_ask(services):
    filled = prefill(services["gp-practice"], {"sections": {}}, "self", NOW)
    assert "item" not in filled.response  # FHIR JSON never holds an empty array
    assert "Patient name" in filled.unanswered
    assert "Nothing on this form could be filled in." in summary_text(filled)


def test_the_summary_names_the_teller_and_follows_the_form(services, profile):
    filled = prefill(services["housing-adaptations"], filter_profile(profile, {"home"}), "carer", NOW)
    text = summary_text(filled)
    assert "a carer on the person's behalf" in text
    assert "Do you own or rent your home?: Council tenant" in text
    assert "second floor" in text and "metformin" not in text


def test_answer_text_marks_what_is_not_current():
    assert answer_text({"text": "asthma", "status": "past", "about": "subject"}) == "asthma (in the past)"
    assert answer_text({"text": "I work", "status": "current", "about": "narrator"}) == "I work (about the carer)"


def test_services_are_ranked_by_what_they_would_receive(services, profile):
    ranked = rank_for(profile, services)
    assert ranked and all(service.sections_in(profile) for service in ranked)
    counts = [len(service.sections_in(profile)) for service in ranked]
    assert counts == sorted(counts, reverse=True)
    assert rank_for({"sections": {}}, services) == []


def _write(tmp_path, document, name="bad.json"):
    path = tmp_path / name
    path.write_text(json.dumps(document))
    return path


def test_a_mapping_naming_an_unknown_section_is_refused_naming_the_item(tmp_path):
    document = json.loads((SERVICES_DIR / "gp-practice.json").read_text())
    document["mapping"]["clinical.conditions"] = "horoscope"
    with pytest.raises(ServiceRegistryError, match=r"bad.json: item 'clinical.conditions'.*horoscope"):
        load_service(_write(tmp_path, document))


def test_a_form_our_code_cannot_read_gets_an_error_naming_the_item(tmp_path):
    document = json.loads((SERVICES_DIR / "gp-practice.json").read_text())
    document["questionnaire"]["item"][1]["item"][0]["required"] = {"not": "a boolean"}
    with pytest.raises(ServiceRegistryError, match=r"broken.json: item 'stay.recent'.*required"):
        load_service(_write(tmp_path, document, "broken.json"))
    document = json.loads((SERVICES_DIR / "gp-practice.json").read_text())
    document["questionnaire"]["item"][0]["item"][1]["type"] = "banana"
    with pytest.raises(ServiceRegistryError, match=r"item 'patient.dob'.*unknown item type 'banana'"):
        load_service(_write(tmp_path, document))
    del document["questionnaire"]["item"][0]["linkId"]
    with pytest.raises(ServiceRegistryError, match="linkId"):
        load_service(_write(tmp_path, document))


def test_answer_text_gives_the_year_an_event_was_told_with():
    """'I had a hip replacement in 2019' reaches a text item with its year, where structuring keeps it."""
    assert answer_text({"text": "hip replacement", "status": "past", "about": "subject", "year": 2019}) == \
        "hip replacement (in 2019)"
    assert answer_text({"text": "diabetes", "status": "current", "about": "subject", "year": "2015"}) == \
        "diabetes (since 2015)"
    assert answer_text({"text": "asthma", "status": "past", "about": "subject", "year": "a while"}) == \
        "asthma (in the past)"
    assert answer_text({"text": "asthma", "status": "negated", "about": "subject", "term": "asthma",
                        "year": 2019}) == "asthma (does not have)"


def test_answer_text_notes_status_only_where_the_words_do_not_say_it():
    term = {"text": "asthma", "term": "asthma", "status": "negated", "about": "subject"}
    clause = {"text": "there's no lift", "status": "negated", "about": "subject"}
    misspelt = {"text": "diabetes", "term": "diabeties", "spelled": "diabeties", "status": "current",
                "about": "subject"}
    assert answer_text(term) == "asthma (does not have)"
    assert answer_text(clause) == "there's no lift"
    assert answer_text(misspelt) == "diabetes (written as “diabeties”)"


def test_a_hospital_stay_is_never_guessed_from_an_old_operation(services, structurer):
    # A stranger said "no" to a hospital stay and the GP read "What was the stay for? breast cancer (in
    # the past)"; any past operation answered "Have you been in hospital in the last 3 months?" with yes.
    story = structurer.structure(["I had a hip replacement in 2019 and breast cancer in 2010. I have asthma."])
    answers = answers_of(prefill(services["gp-practice"], story, "self", NOW).response["item"])
    assert "clinical.conditions" in answers
    assert not {"stay.recent", "stay.reason", "stay.followup"} & set(answers)


def test_a_carer_who_wants_a_break_is_not_asked_again(services, structurer):
    """A young carer's "i want a break sometimes" was followed by "Would a break from caring help?"
    (a stranger on the stack): the carer's assessment fills it from the story."""
    told = structurer.structure(["Dad has Parkinsons. I look after him every day.", "i want a break sometimes"],
                                teller="carer")
    answers = answers_of(prefill(services["carers-assessment"], told, "carer", NOW).response["item"])
    assert answers["impact.break"] == [{"valueBoolean": True}]
    quiet = structurer.structure(["Dad has Parkinsons. I look after him every day."], teller="carer")
    assert "impact.break" not in answers_of(prefill(services["carers-assessment"], quiet, "carer", NOW).response["item"])


def test_the_benefits_form_says_not_working_after_a_job_lost_and_lists_benefits_only(services, structurer):
    """A stranger's benefits intake said 'Are you working? Yes' after 'lost my job in june' (a mention of
    'job' was a yes) and 'Benefits you get now: i am 45, lost my job in june' (every work and money
    clause was a benefit)."""
    lost = structurer.structure(["i am 45, lost my job in june. want to get back to work, money is really tight"])
    welfare = answers_of(prefill(services["welfare-benefits"], lost, "self", NOW).response["item"])
    assert welfare["income.working"][0]["valueBoolean"] is False
    assert "income.benefits" not in welfare
    gets = structurer.structure(["I work part time at Tesco and get Universal Credit"])
    welfare = answers_of(prefill(services["welfare-benefits"], gets, "self", NOW).response["item"])
    assert welfare["income.working"][0]["valueBoolean"] is True
    assert strings(welfare["income.benefits"]) == ["Universal Credit"]


@pytest.mark.parametrize(("carer", "code"), [("son or daughter", "parent"), ("daughter", "parent"),
                                             ("mother", "child"), ("partner", "partner")])
def test_the_person_cared_for_is_related_to_the_carer_the_other_way_round(services, carer, code):
    """A stranger's carer's assessment said 'Relationship to the carer: Son or daughter' for a son's dad:
    the carer's own role was given as the person's."""
    profile = {"sections": {"support_network": [{"text": "I do his shopping", "status": "current", "about": "narrator",
                                                  "told_by": "carer", "relationship": carer}]}}
    filled = answers_of(prefill(services["carers-assessment"], profile, "carer", NOW).response["item"])
    assert filled["cared_for.relationship"][0]["valueCoding"]["code"] == code


@pytest.mark.parametrize("story, status, benefits", [
    # a stranger, 2026-12-04: a 17-year-old who left college and wants a job went to the employment service as
    # "Working", with his work lines as the benefits he receives
    ("im jayden 17 n i got adhd n dyslexia lol. left college cuz it was long. need a job tbh.", None, None),
    ("I work part time at Tesco and I get Universal Credit and PIP.", "employed", ["Universal Credit", "PIP"]),
])
def test_the_employment_form_says_working_and_benefits_only_where_the_story_does(services, structurer, story,
                                                                                 status, benefits):
    found = answers_of(prefill(services["employment-support"], structurer.structure([story]), "self",
                               NOW).response.get("item", []))
    assert (found["work.status"][0]["valueCoding"]["code"] if "work.status" in found else None) == status
    assert (strings(found["aims.benefits"]) if "aims.benefits" in found else None) == benefits


def test_who_lives_with_the_person_is_who_lives_with_them_not_who_helps(services, structurer):
    """A stranger, 2026-12-04: "Who else lives with you?" went to home adaptations as "my daughter comes on
    sundays" for a widow who lives alone, and a man's "living in Bradford 9 years" to welfare benefits as who
    lives with him; his wife was sent as his carer."""
    edna = structurer.structure(["Im Edna, 84, I live on my own since my husband died. My daughter comes on "
                                 "sundays and does my shopping. I rent from the council."])
    housing = answers_of(prefill(services["housing-adaptations"], edna, "self", NOW).response["item"])
    assert strings(housing["property.others"]) == ["Lives alone"]
    tomasz = structurer.structure(["I am from Poland, living in Bradford 9 years. I live with my wife and two kids "
                                   "in a rented house. I get Universal Credit."])
    welfare = answers_of(prefill(services["welfare-benefits"], tomasz, "self", NOW).response["item"])
    assert strings(welfare["household.lives"]) == ["my wife and two kids"]
    assert "household.carer" not in welfare


def test_the_carers_assessment_gets_the_carers_own_words_in_the_carers_places_only(services, structurer):
    """A stranger, 2026-12-04: a son's carer's assessment got his dad's goals and what matters to his dad as the
    carer's own, "i have lasting power of attorney" as whether he works, and every line the son said of himself
    ("Im exhausted") as "Anyone else who helps"."""
    mark = structurer.structure(["My dad Frank has dementia. I am his son Mark and I look after him. Im exhausted, "
                                 "i work full time. i have lasting power of attorney for him. His garden matters to "
                                 "him. He wants to stay at home."], teller="carer")
    found = answers_of(prefill(services["carers-assessment"], mark, "carer", NOW).response["item"])
    told = str({key: value for key, value in found.items() if key.startswith(("impact.", "caring.", "carer.work"))})
    assert "garden" not in told and "stay at home" not in told and "attorney" not in told and "exhausted" not in told
    sue = structurer.structure(["My mum Jean has COPD. I am her daughter Sue. My brother Tom helps on weekends."],
                               teller="carer")
    found = answers_of(prefill(services["carers-assessment"], sue, "carer", NOW).response["item"])
    assert strings(found["caring.others"]) == ["My brother Tom helps on weekends"]


def test_adult_social_care_gets_who_cares_and_the_persons_relationships_not_the_carers_own_lines(services,
                                                                                                 structurer):
    """A stranger, 2026-12-04: a son's own "Im exhausted", "i work full time" went to adult social care as his
    dad's family relationships and as who provides care."""
    mark = structurer.structure(["My dad Frank has dementia. I am his son Mark and I look after him. Im exhausted, "
                                 "i work full time."], teller="carer")
    found = answers_of(prefill(services["adult-social-care"], mark, "carer", NOW).response["item"])
    told = str(found.get("outcomes.relationships", "")) + str(found.get("support.carers", ""))
    assert "exhausted" not in told and "full time" not in told
    assert strings(found["support.carers"]) == ["Mark, son"]


def test_the_nurses_get_who_cares_not_every_line_a_carer_said_of_themselves(services, structurer):
    mark = structurer.structure(["My dad Frank has dementia. I am his son Mark and I look after him. Im exhausted, "
                                 "i work full time."], teller="carer")
    found = answers_of(prefill(services["community-nursing"], mark, "carer", NOW).response["item"])
    assert strings(found["home.carers"]) == ["Mark, son"]


def test_the_gps_update_says_discharge_only_when_there_was_one(services, structurer):
    # A stranger (session 34): every GP intake was headed "Patient update after hospital discharge" and listed a fall
    # under "Falls or other risks since discharge", for someone who had not been in hospital: a service would read a
    # discharge that never happened.
    story = structurer.structure(["I fell in the garden last month. I have asthma and I live alone."])
    filled = prefill(services["gp-practice"], story, "self", NOW)
    said = (summary_text(filled) + summary_html(filled)).lower()
    assert "fell in the garden" in said
    assert "discharge" not in said


def test_a_phone_number_is_no_communication_need(services, structurer):
    # A stranger (session 35): the GP's "Communication needs" and the employment service's held "07700 900812" for four
    # people; the number belongs in the phone item only
    story = structurer.structure(["My name is Kyle Bates. My number is 07700 900812. I'm deaf in one ear so texts are "
                                  "better than calls. I have asthma."])
    answers = answers_of(prefill(services["gp-practice"], story, "self", NOW).response["item"])
    assert "900812" in json.dumps(answers.get("patient.phone"))
    assert "900812" not in json.dumps(answers.get("contact.communication"))
    assert "deaf" in json.dumps(answers.get("contact.communication")).lower()
