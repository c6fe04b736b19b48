"""What the person told about their health and confirmed at the read-back reaches the services (a stranger, session 36):
"a heart problem", "numb feet", "low mood", "weakness on my right side" and "my memory is going" were read back and
confirmed, and then no form held them: a list of conditions holds no symptom and no part of the body said to be bad, so
the GP, the community nurses, adult social care and the work adviser were never told. Our forms now give them an item of
their own, which only shows what was told (read-only: it is never asked), and the bundle keeps each as a symptom."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.intake import prefill
from bot.intake.fhir_bundle import resources_of, story_bundle
from bot.intake.gaps import gaps_for
from bot.intake.services import load_full_registry
from bot.settings import load_settings
from tests.bot.intake.test_services_and_intake import answers_of

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)
REGISTRY = load_full_registry(load_settings({}).services_dir)
STORY = ("I'm Joan Smith. I have diabetes and a heart problem and numb feet. My mood has been low lately. "
         "Weakness on my right side since the stroke in March. My memory is going.")
SYMPTOMS = {"gp-practice": "clinical.symptoms", "community-nursing": "referral.symptoms",
            "adult-social-care": "wellbeing.symptoms", "employment-support": "health.symptoms"}


def texts(answers: list[dict]) -> list[str]:
    return [a.get("valueString", "") for a in answers]


@pytest.mark.parametrize("service", sorted(SYMPTOMS))
def test_what_was_told_and_is_no_diagnosis_reaches_the_service(structurer, service):
    response = prefill(REGISTRY.services[service], structurer.structure([STORY]), "self", NOW).response
    told = " | ".join(texts(answers_of(response.get("item", [])).get(SYMPTOMS[service], [])))
    for words in ("a problem with the heart", "numbness in the feet", "low mood", "right-sided weakness",
                  "memory problems"):
        assert words in told, (service, words, told)
    assert "diabetes" not in told  # a diagnosis stays with the conditions


def test_a_symptom_item_is_never_asked(structurer):
    """Read-only: what was not told is not asked for ("What should I put for Symptoms…?")."""
    service = REGISTRY.services["gp-practice"]
    profile = structurer.structure(["I have diabetes."])
    assert "clinical.symptoms" not in answers_of(prefill(service, profile, "self", NOW).response.get("item", []))
    gaps = gaps_for([service], profile["sections"], "self", REGISTRY.questions, optional=True)
    assert gaps and not any("ymptom" in gap.label or "ymptom" in gap.question for gap in gaps)


def test_someone_elses_symptoms_and_the_carers_own_are_not_the_persons(structurer):
    profile = structurer.structure(["I look after my husband Ted, he has dementia. My own back is bad and I feel low.",
                                    "My sister gets numb feet."], teller="carer")
    response = prefill(REGISTRY.services["gp-practice"], profile, "carer", NOW).response
    told = texts(answers_of(response.get("item", [])).get("clinical.symptoms", []))
    assert not any("numb" in t or "back" in t or "low" in t for t in told), told


def test_the_structured_sites_are_kept(structurer):
    for said, words in (("I have numb feet.", "numbness in the feet"), ("my feet are numb", "numbness in the feet"),
                        ("she is weak down her left side", "left-sided weakness"),
                        ("I've had right-sided weakness since the stroke", "right-sided weakness"),
                        ("weakness on my right side", "right-sided weakness")):
        teller = "carer" if said.startswith("she") else "self"
        health = [i["text"] for i in structurer.structure([said], teller=teller)["sections"]["health"]]
        assert words in health, (said, health)


def test_the_bundle_keeps_a_part_said_to_be_bad_as_a_symptom(structurer):
    bundle = story_bundle(structurer.structure(["I have a heart problem."])["sections"], NOW)
    symptoms = [o["valueCodeableConcept"]["text"] for o in resources_of(bundle, "Observation")
                if o["code"].get("text") == "Symptom"]
    assert symptoms == ["a problem with the heart"]
    assert not resources_of(bundle, "Condition")


def test_nothing_stopped_is_none_not_none_in_the_past(structurer):
    """A stranger (session 36): "nothing" to "Medicines stopped or changed" reached the GP as "none known (in the past)"."""
    from dataclasses import replace

    from bot.intake.gaps import answer_item, parse_answer

    service = replace(REGISTRY.services["gp-practice"], ask_limit=1000)
    profile = structurer.structure(["I have diabetes and I take metformin."])
    gap = next(g for g in gaps_for([service], profile["sections"], "self", REGISTRY.questions, optional=True)
               if g.key == "medications.where(status='past')")
    section, item = answer_item(gap, parse_answer(gap, "nothing", NOW.date()), "self", NOW)
    profile["sections"][section].append(item)
    stopped = texts(answers_of(prefill(service, profile, "self", NOW).response.get("item", [])).get("clinical.stopped", []))
    assert stopped and all("past" not in t for t in stopped) and stopped[0].lower().startswith("none known"), stopped
