"""Our own services' forms filled only with what the story says (a stranger, session 18): the community nurses were told
"Is the patient housebound? Yes" from walking and the stairs, and both they and home adaptations got "I live on my own
since my husband passed away" as the access to the property and the floor she lives on."""
from __future__ import annotations

from datetime import datetime, timezone

from bot.intake import prefill
from bot.intake.services import load_full_registry
from bot.settings import load_settings
from tests.bot.intake.test_services_and_intake import answers_of

NOW = datetime(2026, 12, 4, 2, 0, tzinfo=timezone.utc)
REGISTRY = load_full_registry(load_settings({}).services_dir)
STORY = ("I live on my own since my husband Arthur passed away two years ago. I have heart failure. Walking is hard and "
         "I get out of breath on the stairs. I need help with washing.")


def filled(structurer, story: str, service: str) -> dict:
    profile = structurer.structure([story])
    return answers_of(prefill(REGISTRY.services[service], profile, "self", NOW).response.get("item", []))


def test_stairs_and_walking_do_not_make_someone_housebound(structurer):
    answers = filled(structurer, STORY, "community-nursing")
    assert "referral.housebound" not in answers  # asked, not guessed
    assert not any("on my own" in str(a) for a in answers.get("patient.access", []))


def test_housebound_said_is_housebound(structurer):
    answers = filled(structurer, "I need help because I cannot get out of the house at all. I have COPD.", "community-nursing")
    assert answers.get("referral.housebound") == [{"valueBoolean": True}]


def test_living_alone_is_not_the_floor_they_live_on(structurer):
    assert "property.floor" not in filled(structurer, STORY, "housing-adaptations")
    said = filled(structurer, "I live in a second floor flat and there is no lift. I have arthritis.", "housing-adaptations")
    assert "property.floor" in said


def test_words_near_the_mark_are_not_those_answers(structurer):
    """A second reader (session 18): the bath, the park and a lift to the shops answered housebound, access and floor."""
    nurses = filled(structurer, "I can't get out of the bath without help. I live alone in a house near the park. I have "
                                "COPD.", "community-nursing")
    assert "referral.housebound" not in nurses
    assert not any("park" in str(a) for a in nurses.get("patient.access", []))
    assert "property.floor" not in filled(structurer, "My son gives me a lift to the shops. I have arthritis.",
                                          "housing-adaptations")


def test_having_diabetes_is_no_nursing_need_unless_the_nurses_are_asked_to_check_it(structurer):
    """A stranger (session 33): two community nursing referrals said "Nursing needs: Diabetes monitoring" for people with
    type 2 diabetes who asked the nurses for something else; what the nurses are asked to do is asked, not guessed."""
    needs = filled(structurer, "I have type 2 diabetes and heart failure. I take gliclazide.", "community-nursing")
    assert not any(a.get("valueCoding", {}).get("code") == "diabetes" for a in needs.get("referral.needs", []))
    wound = filled(structurer, "I have type 2 diabetes and a leg ulcer that needs dressing.", "community-nursing")
    assert [a["valueCoding"]["code"] for a in wound.get("referral.needs", [])] == ["wound"], wound
