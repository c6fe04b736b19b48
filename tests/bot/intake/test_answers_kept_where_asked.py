"""A reader (session 18, issue 18): "yes please", said to "Would you like the council to see if you can get a Disabled
Facilities Grant?", was kept under health (the question's "disab"): an answer is kept in the part it was asked about."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from bot.intake import gaps_for
from bot.intake.gaps import answer_item, parse_answer
from bot.intake.services import load_full_registry
from bot.settings import load_settings

_NOW = datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("service, key_ends, section", [
    ("housing-adaptations", "outcome.grant", "home"),
    ("housing-adaptations", "needs.urgent", "risks"),
    ("welfare-benefits", "health.terminal", "health")])
def test_an_answer_is_kept_in_the_part_asked_about(service, key_ends, section):
    registry = load_full_registry(load_settings({}).services_dir)
    gap = next(g for g in gaps_for([replace(registry.services[service], ask_limit=1000)], {}, "self", registry.questions, optional=True)
               if g.key.endswith(key_ends))
    answer = "yes please" if gap.type == "boolean" else "my daughter"
    kept, item = answer_item(gap, parse_answer(gap, answer, _NOW.date()), "self", _NOW)
    assert kept == section, (gap.key, kept)
    assert item["question_key"] == gap.key
