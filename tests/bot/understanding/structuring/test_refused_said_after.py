"""A medicine refused by its pronoun later in the sentence is refused: a stranger (session 36) typed "insulin is not
worry, I say NO to nurse, I refuse it" at the read-back to say it more strongly, and the read-back became "You take
insulin", which the GP was sent as a medicine taken. Failing before."""
from __future__ import annotations

import pytest

STORY = ["My name Anna Wojcik, 55. I have diabetes type 2, I take metformin 500mg.",
         "Nurse want me to start insulin injection but I say no, I not want it, I am afraid of needles",
         "I want understand my diabetes"]


def _medicines(structurer, parts, teller="self"):
    profile = structurer.structure(parts, teller=teller)
    return {item["text"]: item["status"] for item in profile["sections"]["medications"]}


@pytest.mark.parametrize("correction", [
    "Correction: insulin is not worry, I say NO to nurse, I refuse it",
    "Correction: insulin, I refuse it",
    "Correction: the insulin, I dont want it",
])
def test_a_refusal_said_after_the_medicine_is_no_medicine_taken(structurer, correction):
    medicines = _medicines(structurer, [*STORY, correction])
    assert medicines.get("metformin 500mg") == "current"
    assert medicines.get("insulin") != "current"


@pytest.mark.parametrize("sentence, status", [
    ("I take metformin, I refuse it when I feel sick then take it later", "current"),
    ("I take metformin, I refuse them when I feel sick", "current"),
    ("I refused it at first but now I take insulin every night", "current"),
])
def test_a_medicine_taken_stays_taken(structurer, sentence, status):
    medicines = _medicines(structurer, ["I have diabetes type 2.", sentence])
    assert [s for t, s in medicines.items() if t.split()[0] in ("metformin", "insulin")] == [status]
