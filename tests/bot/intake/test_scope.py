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


@pytest.mark.parametrize("feeling", [item("stress", term="stressed"), item("hypoglycaemia", status="past", term="hypos")],
                         ids=lambda i: i["text"])
def test_stress_or_hypos_are_never_a_listed_condition(feeling):
    """Sixth fresh set: "im so stressed tbh" and "I was having hypos" (why a medicine stopped) were sent as
    conditions ('stress' active, 'hypoglycaemia' inactive) on a medical history."""
    sections = {"health": [item("asthma", term="asthma"), feeling]}
    conditions = [c["code"]["text"] for c in resources_of(story_bundle(sections), "Condition")]
    assert conditions == ["asthma"]


def test_a_month_said_with_the_year_is_the_onset_but_never_one_to_come():
    """ "July 2024 him come off a scaffold and get a head injury": onset 2024-07, not just 2024."""
    def onset(**when):
        [condition] = resources_of(story_bundle({"health": [item("brain injury", **when)]}, NOW), "Condition")
        return condition.get("onsetDateTime")
    assert onset(year=2024, month=7) == "2024-07"
    assert onset(year=2024) == "2024"
    assert onset(year=2026, month=12) == "2026"  # December 2026 has not come on 23 November 2026
    assert onset(year=2024, month=13) == "2024"


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


def test_a_husband_wife_or_partners_condition_is_no_family_history():
    """A carer's "my mum died of a stroke", told about her dad, is his wife's (structuring says
    `about: wife`): no blood relation, so no family history of his, nor is a partner's or a step-parent's."""
    sections = {"health": [item("stroke", about="wife", status="family", told_by="carer", term="stroke"),
                           item("dementia", about="husband", status="family", told_by="carer", term="dementia"),
                           item("cancer", about="partner", status="family", told_by="carer", term="cancer"),
                           item("asthma", about="stepdad", status="family", told_by="carer", term="asthma"),
                           # a carer's aunt may be the person's sister or sister-in-law ("her sister my aunty Jean",
                           # told by her son, was written as the person's aunt): not written from a carer
                           item("breast cancer", about="aunty", status="family", told_by="carer", term="breast cancer"),
                           item("diabetes", about="sister", status="family", told_by="carer", term="diabetes")]}
    assert [i["text"] for i in parse_path("health.where(status='family')").evaluate(sections)] == ["diabetes"]
    assert [i["text"] for i in parse_path("health").evaluate(sections)] == ["diabetes"]
    histories = resources_of(story_bundle(sections), "FamilyMemberHistory")
    assert [h["condition"][0]["code"]["text"] for h in histories] == ["diabetes"]
    answers = filled("family-health-history.json", sections, "carer")
    assert texts(answers["fh-condition"]) == "diabetes"


def test_a_grandparent_a_carer_names_is_no_family_history_but_the_persons_own_nan_is():
    """A grandchild's "My nan had alzheimers before she died", in her grandad's story, is his wife's;
    a son's, his mum's mother or mother-in-law's: when structuring does not know who the carer is it
    leaves `about: nan`, which says no blood relation of the person's for sure."""
    carers = {"health": [item("alzheimer's", about="nan", status="family", told_by="carer", term="alzheimers"),
                         item("stroke", about="great-grandad", status="family", told_by="carer", term="stroke"),
                         item("parkinson's", about="sister", status="family", told_by="carer", term="parkinsons")]}
    assert [i["text"] for i in parse_path("health.where(status='family')").evaluate(carers)] == ["parkinson's"]
    assert [h["condition"][0]["code"]["text"] for h in resources_of(story_bundle(carers), "FamilyMemberHistory")] == [
        "parkinsons"]
    answers = filled("family-health-history.json", carers, "carer")
    assert texts(answers["fh-condition"]) == "parkinsons"
    own = {"health": [item("alzheimer's", about="nan", status="family", term="alzheimers")]}
    assert texts(filled("family-health-history.json", own)["fh-condition"]) == "alzheimers"


def test_a_childs_or_grandchilds_condition_is_theirs_not_the_persons_family_history():
    """ "I live with my son, he has learning disabilities and I look after him": what the person
    cares for, not what they may have inherited, as their mum's diabetes and their sister's cancer are."""
    sections = {"health": [item("learning disability", about="son", status="family", term="learning disabilities"),
                           item("epilepsy", about="granddaughter", status="family", term="epilepsy"),
                           item("autism", about="kids", status="family", term="autism"),
                           item("diabetes", about="mum", status="family", term="diabetes"),
                           item("breast cancer", about="sister", status="family", term="breast cancer")]}
    assert [i["text"] for i in parse_path("health").evaluate(sections)] == ["diabetes", "breast cancer"]
    histories = resources_of(story_bundle(sections), "FamilyMemberHistory")
    assert [h["relationship"]["text"] for h in histories] == ["mum", "sister"]
    answers = filled("family-health-history.json", sections)
    assert [a["valueCoding"]["code"] for a in answers["fh-relationship"]] == ["MTH", "SIS"]


def test_each_relative_is_one_entry_with_their_own_conditions():
    """'dad died of a heart attack at 58, mums got diabetes': an entry said Father beside the mother's
    diabetes (the fifth fresh forms set). Each entry's relationship is its conditions' relative, and a
    relative told twice is one entry with both, never a second Father."""
    sections = {"about_me": [item("My dad died of a heart attack at 58", kind="bereavement")],
                "health": [item("heart attack", about="dad", status="family", term="heart attack"),
                           item("diabetes", about="mum", status="family", term="diabetes"),
                           # "he had high blood pressure" as structuring files it (when: past); "has" would
                           # speak of him as living, and leave his death out
                           item("high blood pressure", about="dad", status="family", term="high blood pressure",
                                when="past")]}
    histories = resources_of(story_bundle(sections), "FamilyMemberHistory")
    assert [(h["relationship"]["text"], [c["code"]["text"] for c in h["condition"]], h.get("deceasedBoolean"))
            for h in histories] == [("dad", ["heart attack", "high blood pressure"], True), ("mum", ["diabetes"], None)]
    service = service_for_form(evaluation.questionnaire(FORMS, "family-health-history.json"), CODES,
                               service_id="family-health-history")
    groups = [g for g in prefill(service, {"sections": sections}, "self", NOW).response["item"]
              if g["linkId"] == "fh-relative"]
    found = []
    for group in groups:
        answers = evaluation.answers_by_link_id(group["item"])
        found.append((answers["fh-relationship"][0]["valueCoding"]["code"], texts(answers["fh-condition"]),
                      texts(answers.get("fh-living", []))))
    assert [(who, conditions) for who, conditions, _ in found] == [
        ("FTH", "heart attack; high blood pressure"), ("MTH", "diabetes")]
    assert "'code': 'N'" in found[0][2] and found[1][2] == ""  # only the father died


def test_the_carers_own_facts_are_read_only_where_a_form_asks_about_the_carer():
    sections = {"health": [item("asthma", told_by="carer"), item("depression", about="narrator", told_by="carer")],
                "support_network": [item("I'm his main carer", about="narrator", told_by="carer", role="carer")]}
    assert [i["text"] for i in parse_path("health").evaluate(sections)] == ["asthma"]
    assert [i["text"] for i in parse_path("health.where(about='narrator')").evaluate(sections)] == ["depression"]
    assert [i["text"] for i in parse_path("support_network").evaluate(sections)] == ["I'm his main carer"]
    assert texts(filled("council-referral.json", sections, "carer")["3.1"]) == "asthma"


@pytest.mark.parametrize("theirs", [
    item("diabetes", about="partner", told_by="carer", term="diabetes"),  # "Jamie has diabetes", the carer's partner
    item("diabetes", about="other", told_by="carer", term="diabetes", name="Jamie"),
    item("diabetes", about="narrator", told_by="carer", term="diabetes"),
    item("multiple sclerosis", about="mum", status="family", told_by="carer", term="MS"),  # "my own mum has MS"
    item("multiple sclerosis", about="mum", told_by="carer", term="MS"),  # filed as current, still hers
    item("multiple sclerosis", about="narrator", status="family", told_by="carer", term="MS", relationship="mum"),
], ids=lambda i: f"{i['about']}-{i['status']}")
def test_the_carers_familys_conditions_never_reach_the_persons_condition_lists(theirs):
    """A carer's partner's diabetes and her own mum's MS were listed as the person's conditions (the fifth
    fresh forms set, where structuring filed them as the person's): whatever else structuring says whom
    they are about, only the person's own are on the person's lists."""
    sections = {"health": [item("copd", told_by="carer", term="COPD"), theirs]}
    assert texts(filled("medical-history.json", sections, "carer")["mh-condition"]) == "copd"
    assert texts(filled("council-referral.json", sections, "carer")["3.1"]) == "copd"
    assert [a["valueString"] for a in filled("social-care-profile.json", sections, "carer")["/health/11450-4"]] == ["copd"]
    assert [c["code"]["text"] for c in resources_of(story_bundle(sections), "Condition")] == ["copd"]
    assert [i["text"] for i in parse_path("health.where(status='current')").evaluate(sections)] == ["copd"]


# --- only what the person has, now -----------------------------------------------------------------------

@pytest.mark.parametrize("symptom", ["chest pain", "pain in the chest", "dizziness", "breathlessness", "poor sleep"])
def test_a_symptom_is_never_listed_as_a_health_condition(symptom):
    sections = {"health": [item("diabetes", term="sugar diabetes"), item(symptom, term=symptom)]}
    assert texts(filled("council-referral.json", sections)["3.1"]) == "diabetes"
    assert [a["valueString"] for a in filled("social-care-profile.json", sections)["/health/11450-4"]] == ["diabetes"]
    assert texts(filled("medical-history.json", sections)["mh-condition"]) == "diabetes"
    bundle = story_bundle(sections)
    assert [c["code"]["text"] for c in resources_of(bundle, "Condition")] == ["diabetes"]
    symptoms = [o for o in resources_of(bundle, "Observation") if o["code"]["coding"][0]["code"] == "75325-1"]
    assert [o["valueCodeableConcept"]["text"] for o in symptoms] == [symptom]  # kept, as what they feel


def test_back_pain_and_a_pregnancy_now_are_conditions_and_one_that_is_over_is_not():
    sections = {"health": [item("back pain"), item("pregnancy"), item("pregnancy", status="past", term="pregnant")]}
    assert [i["text"] for i in parse_path("health").evaluate(sections)] == ["back pain", "pregnancy"]


def test_what_the_person_does_not_have_is_never_listed_as_theirs():
    sections = {"medications": [item("metformin", name="metformin"),
                                item("medicines", status="negated", term="medicines", name="medicines")],
                "allergies": [item("penicillin", status="negated", term="penicillin")],
                "health": [item("asthma", status="negated", term="asthma")]}
    answers = filled("social-care-profile.json", sections)
    assert texts(answers["/health/10160-0"]) == "metformin"
    assert "/health/48765-2" not in answers and "/health/11450-4" not in answers
    council = filled("council-referral.json", sections)
    assert "3.3" not in council and texts(council["3.2"]) == "metformin"
    assert parse_path("health.where(status='negated')").evaluate(sections)[0]["text"] == "asthma"  # when asked
    assert parse_path("health.where(text='asthma').exists()").evaluate(sections) == [False]


@pytest.mark.parametrize("allergen", ["no", "No", "it", "any", "known"])
def test_an_allergy_to_a_word_that_names_nothing_is_no_allergy(allergen):
    """'No allergy for medicine', 'I'm allergic to it': no allergen, so nothing listed, no 'No'."""
    sections = {"allergies": [item(allergen.lower(), term=allergen)]}
    assert "3.3" not in filled("council-referral.json", sections)
    assert "/health/48765-2" not in filled("social-care-profile.json", sections)
    assert "mh-substance" not in filled("medical-history.json", sections)
    assert resources_of(story_bundle(sections), "AllergyIntolerance") == []


def test_only_a_plain_no_allergies_answers_the_allergy_question_no():
    plain = {"allergies": [item("any known allergies", status="negated", term="allergies")]}
    assert texts(filled("council-referral.json", plain)["3.3"]) == "No known allergies"
    assert texts(filled("social-care-profile.json", plain)["/health/48765-2"]) == "No known allergies"
    assert "3.3" not in filled("council-referral.json", {"allergies": [item("nut", status="negated", term="nut")]})
    assert "3.3" not in filled("council-referral.json", {})  # nothing said: nothing written


def test_no_allergy_to_medicines_is_no_known_drug_allergies():
    """ "No allergy for medicine", filed as no allergy to "medicines": what they said, no more."""
    sections = {"allergies": [item("medicines", status="negated", term="medicine", said="allergy")]}
    assert texts(filled("council-referral.json", sections)["3.3"]) == "No known drug allergies"
    assert texts(filled("social-care-profile.json", sections)["/health/48765-2"]) == "No known drug allergies"
    assert "3.3" not in filled("council-referral.json", {"allergies": [item("medicines", status="negated",
                                                                            term="medicines")]})


def test_a_medicine_they_stopped_is_no_answer_to_medicines():
    sections = {"medications": [item("warfarin", status="past", name="warfarin"), item("apixaban", name="apixaban")]}
    assert [i["text"] for i in parse_path("medications").evaluate(sections)] == ["apixaban"]
    assert [i["text"] for i in parse_path("medications.where(status='past')").evaluate(sections)] == ["warfarin"]
    assert texts(filled("council-referral.json", sections)["3.2"]) == "apixaban"
    assert texts(filled("medical-history.json", sections)["mh-med"]) == "apixaban"


@pytest.mark.parametrize("told, street, town, postcode", [
    ("22 Green Lane Bradford BD3 9QT", "22 Green Lane", "Bradford", "BD3 9QT"),
    ("Flat 2, 41 Victoria Road, Leeds, LS11 5AB", "Flat 2, 41 Victoria Road", "Leeds", "LS11 5AB"),
    ("5 Mill Road in Hull", "5 Mill Road", "Hull", None),
    ("M14 5RT", None, None, "M14 5RT"),
    ("2 kids in a flat, rented off a private landlord, my postcode is M14 5RT", None, None, "M14 5RT"),
])
def test_the_street_and_the_postcode_are_each_only_what_they_are(told, street, town, postcode):
    sections = {"home": [item(told, kind="address", value=told)]}
    details = filled("patient-details.json", sections)
    assert (texts(details.get("pd-street", [])) or None, texts(details.get("pd-city", [])) or None,
            texts(details.get("pd-postcode", [])) or None) == (street, town, postcode)
    council = filled("council-referral.json", sections)
    assert texts(council.get("1.3", [])) == (told if street else "")  # a postcode alone is no address
    assert texts(council.get("1.4", [])) == (postcode or "")


def test_a_condition_only_feared_or_suspected_is_never_listed_as_theirs():
    """'I'm worried I might have dementia', 'it could be arthritis': provisional in the person's own
    bundle, and never a condition on a form."""
    sections = {"health": [item("copd", term="COPD"), item("dementia", status="hypothetical", term="dementia")]}
    assert texts(filled("medical-history.json", sections)["mh-condition"]) == "copd"
    assert texts(filled("council-referral.json", sections)["3.1"]) == "copd"
    kept = {c["code"]["text"]: c["verificationStatus"]["coding"][0]["code"]
            for c in resources_of(story_bundle(sections), "Condition")}
    assert kept == {"copd": "confirmed", "dementia": "provisional"}


def test_none_to_the_allergies_question_is_an_answer_and_is_not_asked_again():
    # "none" to 'Do you have any allergies? Say "none" if you have none.' is kept as "none known";
    # read as an allergy to "none" it was dropped, so the question came back after every answer.
    from datetime import date

    from bot.intake.gaps import Gap, parse_answer
    from bot.intake.scope import held, no_known_allergies

    gap = Gap(key="allergies", section="allergies", type="string", label="Allergies",
              question="Do you have any allergies?", options=(), open=False, services=("gp-practice",))
    kept = {"text": parse_answer(gap, "none", date(2026, 12, 2)), "status": "current"}
    assert no_known_allergies(kept) and held(kept, "allergies")
    assert not held({"text": "none", "status": "current"}, "allergies")  # an allergy to "none" is still none


def test_how_many_cigarettes_a_day_and_the_carers_own_phone_fill_their_questions():
    """home-and-habits' "How many cigarettes a day?" under "Do you smoke?"; the council's "Your phone
    number" under "If you are filling this in for someone else" is the carer's, never the person's."""
    smoker = {"health": [item("smoking", term="smoke", amount="about 12 roll ups a day")]}
    assert filled("home-and-habits.json", smoker)["smoke.amount"] == [{"valueInteger": 12}]
    carer = {"support_network": [item("07700 900222", about="narrator", told_by="carer", kind="phone",
                                      value="07700 900222")],
             "communication": [item("07700 900333", told_by="carer", kind="phone", value="07700 900333")]}
    answers = filled("council-referral.json", carer, "carer")
    assert texts(answers["5.3"]) == "07700 900222" and texts(answers["1.5"]) == "07700 900333"
