"""Wrong fills a service would act on, found by the seventh fresh forms set (its wrong fills read on
2026-12-04, its misses never), fixed in general and tested here in our own wording."""
from __future__ import annotations

import pytest

from bot.intake import facts


@pytest.mark.parametrize("story", [
    "I'm writing about my gran Edna Price. She lives with us at 4 Mill Road, Hull HU1 2AB.",
    "I'm writing about my dad Ken Price. He lives with me in Hull.",
])
def test_living_with_us_or_me_alone_names_nobody_to_write_down(structurer, story):
    """ "She lives with us at …" wrote "us" on four forms as whom she lives with."""
    sections = structurer.structure([story], teller="carer")["sections"]
    assert facts.lives_with(sections) is None
    assert facts.lives_alone(sections) is False
