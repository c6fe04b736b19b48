"""A second reader's finding (session 13): with a "not" read as the next part's ("health and meds not home"), a
part refused with its own "no" was chosen when the next part had its own "yes": "home no my health yes" shared
the home. Each part's own yes or no, said right after it, is its own."""
from __future__ import annotations

from datetime import date

import pytest

from bot.conversation.meaning import understand

OFFERED = ["health", "medications", "home"]


@pytest.mark.parametrize("said, kept", [
    ("home no my health yes", ["health"]),
    ("medication no health yes", ["health"]),
    ("health yes home no medication no", ["health"]),
    ("meds no home no health yes", ["health"]),
    ("health yes meds no home yes", ["health", "home"]),
    ("health not home", ["health"]),
    ("health and meds not home", ["health", "medications"]),
    ("not my home or my meds", ["health"]),
    ("yes but not my home", ["health", "medications"]),
])
def test_each_part_keeps_its_own_yes_or_no(said, kept):
    meaning = understand("consent", said, offered=OFFERED, today=date(2026, 12, 3))
    assert meaning.kind == "value" and meaning.value == kept, meaning
