"""A carer's own number given where the person's is asked (a stranger, session 37): "ring me, Graham, on 07700 900654 -
her voice is too quiet for the phone", at "What is the best phone number to reach Patricia?", went to the OT and the GP
as Patricia's telephone number, unexplained, for three carers out of three. It is now said as the carer's on every form
and never put in the person's own record (the bundle's Patient)."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from bot.intake import prefill
from bot.intake.fhir_bundle import resources_of, story_bundle
from bot.intake.gaps import answer_item, gaps_for, parse_answer
from bot.intake.services import load_full_registry
from bot.settings import load_settings
from tests.bot.intake.test_services_and_intake import answers_of

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)
REGISTRY = load_full_registry(load_settings({}).services_dir)
STORY = ["My mum Joan is 84 and has dementia and COPD."]


def _answered(structurer, reply: str, teller: str = "carer"):
    service = replace(REGISTRY.services["gp-practice"], ask_limit=1000)
    profile = structurer.structure(STORY if teller == "carer" else ["I'm Joan, 84, I have COPD."], teller=teller)
    gap = next(g for g in gaps_for([service], profile["sections"], teller, REGISTRY.questions)
               if g.key == "communication.where(kind='phone').value")
    section, item = answer_item(gap, parse_answer(gap, reply, NOW.date()), teller, NOW, reply)
    profile["sections"][section].append(item)
    phone = [a["valueString"] for a in answers_of(prefill(service, profile, teller, NOW).response["item"]).get(
        "patient.phone", [])]
    [patient] = resources_of(story_bundle(profile["sections"], NOW), "Patient")
    return phone, [t["value"] for t in patient.get("telecom", [])]


@pytest.mark.parametrize("reply", ["ring me, Sue, on 07700 900123, mum cant hear the phone",
                                   "07700 900123 is my mobile, call me instead",
                                   "best to phone me on 07700900123 - her hearing is bad"])
def test_the_carers_own_number_is_said_as_the_carers(structurer, reply):
    phone, telecom = _answered(structurer, reply)
    assert phone == ["07700 900123 (the carer's number: ring the carer instead)"], phone
    assert telecom == [], telecom


@pytest.mark.parametrize("reply, teller", [("07700 900456", "carer"), ("her number is 07700 900456, not mine", "carer"),
                                           # (a stranger, session 41: sent as the carer's number, "ring the carer instead")
                                           ("her landline is 07700 900456 but she doesnt always answer so ring me first",
                                            "carer"),
                                           ("mums number is 07700 900456, call me if she dont pick up", "carer"),
                                           ("ring me on 07700 900456", "self")])
def test_the_persons_own_number_stays_theirs(structurer, reply, teller):
    phone, telecom = _answered(structurer, reply, teller)
    assert phone == ["07700 900456"], phone
    assert telecom == ["07700 900456"], telecom
