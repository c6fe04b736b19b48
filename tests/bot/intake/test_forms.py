"""Forms designed elsewhere, gap questions asked once, and hostile stories."""
import csv
import io
import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from fhir.resources.questionnaireresponse import QuestionnaireResponse

from bot.intake import (
    AnswerNotUnderstood,
    answer_item,
    gaps_for,
    parse_answer,
    prefill,
    summary_html,
    summary_text,
)
from bot.intake.errors import PathNotSupported
from bot.intake.gaps import Gap
from bot.intake.paths import parse_path
from bot.intake.services import load_full_registry, service_for_form
from bot.settings import load_settings
from reference_service.staff_pages import intake_rows
from tests.bot.intake.test_services_and_intake import answers_of

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
FORMS = Path(__file__).parent / "forms"
REGISTRY = load_full_registry(load_settings({}).services_dir)
STORY = ("I'm Margaret. I take metformin 500mg twice a day. I'm allergic to penicillin. I had a hip "
         "replacement in 2019. I use a walking frame. Seeing my grandchildren matters most to me.")


def foreign(name: str):
    return service_for_form(json.loads((FORMS / name).read_text()), REGISTRY.codes, service_id=name[:-5])


@pytest.fixture(scope="module")
def profile(structurer):
    return structurer.structure([STORY])


def answer_all(profile, gaps, replies):
    """Answer gap questions as the dialogue does: each reply kept as an item in the profile."""
    for gap in gaps:
        section, item = answer_item(gap, parse_answer(gap, replies[gap.label], date(2026, 11, 23)), "self", NOW)
        profile["sections"].setdefault(section, []).append(item)
    return profile


def test_three_foreign_forms_load_and_fill_what_their_codes_and_expressions_reach(profile):
    loinc = prefill(foreign("loinc-nested.json"), profile, "self", NOW)
    sdc = prefill(foreign("sdc-expressions.json"), profile, "self", NOW)
    snomed = prefill(foreign("snomed-discharge.json"), profile, "self", NOW)
    for filled in (loinc, sdc, snomed):
        QuestionnaireResponse.parse_obj(filled.response)
        summary_text(filled), summary_html(filled)
    by_code = answers_of(loinc.response["item"])
    assert by_code["2.1.1"] == [{"valueString": "Margaret"}]  # LOINC 54125-0: nested three deep
    assert by_code["3.3"] == [{"valueString": "penicillin"}]
    assert "3.2" not in by_code  # enableWhen: only once "do you take medicines?" is answered yes
    assert loinc.response["questionnaire"] == "http://hospital.example.nhs.uk/fhir/Questionnaire/pre-assessment|2024.3"
    expressions = answers_of(sdc.response["item"])
    assert expressions["matters"] == [{"valueString": "Seeing my grandchildren matters most to me"}]
    assert expressions["aids"] == [{"valueString": "walking frame"}]
    assert expressions["walks"] == [{"valueBoolean": True}]
    # %patient is the person, made a FHIR Patient from the shared sections (issue 20); a
    # calculatedExpression over the response is not an initial value: left alone.
    assert expressions["who"] == [{"valueString": "Margaret"}]
    assert "score" not in expressions
    coded = answers_of(snomed.response["item"])
    assert "hip replacement (in 2019)" in json.dumps(coded["history.procedures"])
    assert snomed.left_for_service == ("Discharge letter", "Date and time of discharge")


def test_unmapped_required_items_become_gaps_and_enable_when_is_followed(profile):
    form = foreign("snomed-discharge.json")
    first = gaps_for([form], profile["sections"], "self", {})
    assert [g.label for g in first] == ["Is a package of care already in place"]
    assert first[0].question == "Is a package of care already in place?"
    answered = answer_all(json.loads(json.dumps(profile)), first, {"Is a package of care already in place": "no"})
    # "no" enables the end-of-life group and keeps the provider question hidden.
    assert [g.label for g in gaps_for([form], answered["sections"], "self", {})] == ["Preferred place of care"]
    answered = answer_all(json.loads(json.dumps(profile)), first, {"Is a package of care already in place": "yes"})
    assert [g.label for g in gaps_for([form], answered["sections"], "self", {})] == ["Care provider name"]


def test_a_gap_shared_by_several_services_is_asked_once_and_used_by_all(profile):
    chosen = [REGISTRY.services[s] for s in ("gp-practice", "housing-adaptations", "welfare-benefits")]
    gaps = gaps_for(chosen, profile["sections"], "self", REGISTRY.questions)
    keys = [g.key for g in gaps]
    assert len(keys) == len(set(keys))
    dob = next(g for g in gaps if g.type == "date")
    assert dob.question == "What is your date of birth?"
    assert set(dob.services) == {"gp-practice", "housing-adaptations", "welfare-benefits"}
    section, item = answer_item(dob, parse_answer(dob, "3rd March 1950", date(2026, 11, 23)), "self", NOW)
    profile = json.loads(json.dumps(profile))
    profile["sections"][section].append(item)
    for service in chosen:
        found = answers_of(prefill(service, profile, "self", NOW).response["item"])
        assert {"valueDate": "1950-03-03"} in [a for answers in found.values() for a in answers], service.id
    assert dob.key not in [g.key for g in gaps_for(chosen, profile["sections"], "self", REGISTRY.questions)]


def test_nothing_the_story_already_answered_is_asked_again(structurer):
    story = ("My name is Margaret. I'm 78. I live in a council flat. I take ramipril. I have diabetes. "
             "I'm allergic to penicillin. I want to walk to church again. What matters is my garden. "
             "I can't wash on my own. I get pension credit.")
    profile = structurer.structure([story])
    everything = list(REGISTRY.services.values())
    form = "form:https://example.org/fhir/Questionnaire/"
    told = {"about_me.where(kind='name').text", "medications.where(status='current')",
            "health.where(status='current')", "allergies", "fact:benefits", "what_matters", "goals", "daily_living",
            form + "housing-adaptations-intake#property.tenure", form + "welfare-benefits-intake#household.tenure"}
    untold = {g.key for g in gaps_for(everything, {}, "self", REGISTRY.questions)}
    assert told <= untold  # each of these is asked when the story does not say it...
    asked = {g.key for g in gaps_for(everything, profile["sections"], "self", REGISTRY.questions)}
    assert not told & asked  # ...and none is asked when it does
    assert "about_me.where(kind='date_of_birth').value" in asked  # what it did not say still is


def test_carers_are_asked_about_the_person_they_care_for():
    gap = next(g for g in gaps_for([REGISTRY.services["gp-practice"]], {}, "carer", REGISTRY.questions)
               if g.type == "date")
    assert gap.question == "What is their date of birth?"


@pytest.mark.parametrize("kind,reply,value", [
    ("boolean", "Yes please", True), ("boolean", "no", False), ("integer", "about 35 hours", 35),
    ("date", "03/03/1950", "1950-03-03"), ("date", "March 3rd, 1950", "1950-03-03"),
    ("date", "1950-03-03", "1950-03-03"), ("choice", "2", "some"), ("choice", "significant impact", "significant"),
])
def test_replies_to_gap_questions_are_read_into_typed_answers(kind, reply, value):
    gap = next(g for g in gaps_for(list(REGISTRY.services.values()), {}, "self", REGISTRY.questions)
               if g.type == kind and (kind != "choice" or g.label == "Impact on your wellbeing"))
    assert parse_answer(gap, reply, date(2026, 11, 23)) == value


@pytest.mark.parametrize("kind,reply,message", [
    ("boolean", "perhaps", "yes or no"), ("integer", "lots", "a number"), ("date", "last Tuesday", "3 March 1950"),
    ("date", "31/12/1850", "over 120 years old"), ("choice", "purple", "1 for No impact"), ("string", " \u200b ", "didn't get an answer"),
    ("string", "x" * 5000, "shorter"),
])
def test_a_reply_that_does_not_answer_gets_a_plain_message(kind, reply, message):
    gap = next(g for g in gaps_for(list(REGISTRY.services.values()), {}, "self", REGISTRY.questions)
               if g.type == kind and (kind != "choice" or g.label == "Impact on your wellbeing"))
    with pytest.raises(AnswerNotUnderstood, match=message):
        parse_answer(gap, reply, date(2026, 11, 23))


def test_paths_outside_our_subset_are_refused_plainly():
    assert parse_path("%profile.daily_living.where(aids='walking frame').exists()").function == "exists"
    for bad in ("%patient.name", "health.where(status='current') or true", "health..text", "health.text.text"):
        with pytest.raises(PathNotSupported):
            parse_path(bad)


HOSTILE = [
    "My name is <script>alert('x')</script>. I take =HYPERLINK(\"http://evil.example\",\"metformin\").",
    "I'm Bob\r\nX-Injected: yes\r\n\r\n<img src=x onerror=alert(1)>. I'm allergic to @SUM(A1:A9).",
    "I use a walking frame\u202e and +cmd|' /C calc'!A0 and -2+3.\u0000 I'm allergic to penicillin.",
]


@pytest.mark.parametrize("story", HOSTILE)
def test_hostile_stories_cannot_inject_markup_formulas_or_lines(structurer, story):
    profile = structurer.structure([story])
    profile["sections"]["about_me"].append({"text": "=1+1\nContent-Type: text/html", "status": "current",
                                            "about": "subject", "kind": "name"})
    for service in REGISTRY.services.values():
        filled = prefill(service, profile, "self", NOW)
        page = summary_html(filled)
        assert "<script" not in page and "<img" not in page
        text = summary_text(filled)
        assert "\r" not in text and "\u202e" not in text and "\x00" not in text
        assert not any(line.startswith(("X-Injected", "Content-Type")) for line in text.splitlines())
        strings = [next(iter(a.values())) for answers in answers_of(filled.response.get("item", [])).values()
                   for a in answers]
        for value in strings:
            if isinstance(value, str):
                assert not value.startswith(("=", "+", "-", "@")) and "\n" not in value
        rows = list(csv.reader(io.StringIO(_csv(filled))))
        assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def _csv(filled):
    buffer = io.StringIO()
    intake = {"delivery_id": "d", "received_at": 0, "questionnaireResponse": filled.response}
    csv.writer(buffer).writerows(intake_rows([intake]))
    return buffer.getvalue()


def test_an_answer_is_found_by_its_question_not_swept_into_the_story(profile):
    housing = REGISTRY.services["housing-adaptations"]
    gaps = {g.label: g for g in gaps_for([housing], profile["sections"], "self", REGISTRY.questions)}
    answered = answer_all(json.loads(json.dumps(profile)), [gaps["Home address and postcode"],
                                                            gaps["Is anyone at immediate risk at home"]],
                          {"Home address and postcode": "14 Elm Road, Leeds LS6 2AB",
                           "Is anyone at immediate risk at home": "no"})
    found = answers_of(prefill(housing, answered, "self", NOW).response["item"])
    assert found["applicant.address"] == [{"valueString": "14 Elm Road, Leeds LS6 2AB"}]
    assert found["needs.urgent"] == [{"valueBoolean": False}]
    assert "Elm Road" not in json.dumps(found.get("property.floor", []))
    assert "immediate risk" not in json.dumps(found.get("property.floor", []))


def run_prefill_cli(*args: str, story: str = STORY):
    import os
    import subprocess
    import sys

    from bot.settings import PROJECT_ROOT
    return subprocess.run([sys.executable, "-m", "bot", "prefill", *args], input=story, text=True,
                          capture_output=True, cwd=PROJECT_ROOT, timeout=120,
                          env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})


def test_the_prefill_command_fills_any_form_and_lists_what_the_chat_would_ask(tmp_path):
    result = run_prefill_cli(str(FORMS / "snomed-discharge.json"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Allergy to substance: penicillin" in result.stdout
    assert "The chat would ask:\n- Is a package of care already in place?" in result.stdout
    as_json = run_prefill_cli("gp-practice", "--json")
    QuestionnaireResponse.parse_obj(json.loads(as_json.stdout))
    broken = tmp_path / "broken.json"
    broken.write_text('{"resourceType": "Questionnaire", "status": "draft", "item": [{"linkId": "a", "type": "banana"}]}')
    refused = run_prefill_cli(str(broken))
    assert refused.returncode == 2 and "item 'a': unknown item type 'banana'" in refused.stderr


@pytest.mark.parametrize("reply, value", [
    # a stranger (session 35): "i own it" at "Do you own your home, or rent it?" was asked the list again, twice
    ("i own it", "owner"), ("we rent from the council", "council"), ("Privately rented", "private"),
])
def test_a_choice_named_by_its_words_is_that_choice(reply, value):
    gap = Gap(key="tenure", section="home", type="choice", label="Tenure", question="Do you own your home, or rent it?",
              options=(("owner", "Owner occupier"), ("council", "Rent from the council"), ("private", "Rent privately")),
              open=False, services=("x",))
    assert parse_answer(gap, reply, date(2026, 12, 7)) == value


@pytest.mark.parametrize("reply", ["i dont own it", "we rent it", "its complicated, my son owns half and we rent the rest"])
def test_a_choice_not_plainly_named_is_asked_again(reply):
    gap = Gap(key="tenure", section="home", type="choice", label="Tenure", question="Do you own your home, or rent it?",
              options=(("owner", "Owner occupier"), ("council", "Rent from the council"), ("private", "Rent privately")),
              open=False, services=("x",))
    with pytest.raises(AnswerNotUnderstood):
        parse_answer(gap, reply, date(2026, 12, 7))
