"""Services chosen by number (bot/conversation/steps/service_choice.py): "1 and 2" to a carer, offered the
carer's assessment first and adult social care second, kept only the carer's assessment (a stranger,
session 11): a rule meant for words ("the carers assessment" names no social care) dropped social care
chosen by its number."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.conversation.relevance import Ranked
from bot.conversation.steps import service_choice
from bot.intake.services import load_full_registry

SERVICES = load_full_registry(Path(__file__).resolve().parents[4] / "data" / "services").services


def offers(*ids: str) -> Ranked:
    return Ranked([(SERVICES[service_id], ["health"]) for service_id in ids])


@pytest.mark.parametrize("text", ["1 and 2", "1, 2", "both 1 and 2", "first and second"])
def test_both_services_chosen_by_number_are_kept(text):
    ranked = offers("carers-assessment", "adult-social-care", "gp-practice")
    assert service_choice.named(text, ranked) == ["carers-assessment", "adult-social-care"]


def test_the_carers_assessment_by_name_is_not_social_care_too():
    ranked = offers("carers-assessment", "adult-social-care", "gp-practice")
    assert service_choice.named("the carers assessment please", ranked) == ["carers-assessment"]
