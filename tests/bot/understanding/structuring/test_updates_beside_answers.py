"""An update read beside the answers the person gave to forms' questions (a stranger, session 18): "sertraline makes me
feel sick so i stopped it", after "sertraline 50mg" was answered to "Medicines you take now", stopped the structurer
(an answer has no place in the story's words), and the answer went on to the GP as a medicine taken now."""
from __future__ import annotations

import pytest

from bot.intake.fill import answer_index

ANSWER = {"text": "Medicines you take now, with dose: sertraline 50mg", "status": "current", "about": "subject",
          "question_key": "gp/meds", "value": "sertraline 50mg", "kind": "answer", "told_by": "self",
          "source": {"answered": "2026-12-04T10:00:00"}}


def saved(structurer):
    base = structurer.structure(["I have anxiety."])
    base["sections"]["medications"].append(dict(ANSWER))
    return base


@pytest.mark.parametrize("update", ["sertraline makes me feel sick so i stopped it, gp doesnt know yet",
                                    "i stopped taking the sertraline last week"])
def test_a_medicine_answered_then_stopped_answers_no_more(structurer, update):
    profile = structurer.structure([update], base=saved(structurer))
    (answer,) = [i for i in profile["sections"]["medications"] if i.get("question_key")]
    assert answer["status"] == "past"
    assert "gp/meds" not in answer_index(profile["sections"])


def test_an_answer_nothing_said_of_still_answers(structurer):
    profile = structurer.structure(["I also have asthma"], base=saved(structurer))
    assert [i["value"] for i in answer_index(profile["sections"])["gp/meds"]] == ["sertraline 50mg"]
    assert "asthma" in [i.get("term") for i in profile["sections"]["health"]]


def test_an_answer_naming_another_medicine_too_is_asked_again_never_half_kept(structurer):
    """A second reader (session 18): "metformin 500mg twice a day and sertraline 50mg", then "i stopped the sertraline",
    went past whole, and the GP's form lost the metformin."""
    base = structurer.structure(["I have anxiety and diabetes."])
    base["sections"]["medications"].append(dict(ANSWER, text="Medicines you take now, with dose: metformin 500mg twice a "
                                                               "day and sertraline 50mg",
                                                value="metformin 500mg twice a day and sertraline 50mg"))
    profile = structurer.structure(["i stopped taking the sertraline last week"], base=base)
    (answer,) = [i for i in profile["sections"]["medications"] if i.get("question_key")]
    assert answer["status"] == "current" and answer.get("stale")
    assert "gp/meds" not in answer_index(profile["sections"])  # asked again
