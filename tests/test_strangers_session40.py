"""What a stranger found on the running stack in session 40, each through the stack as it was typed (REST), in our own
words: a hold-back at the consent question in Scots, naming the service by its work ("dinnae tell the job folk aboot ma
anxiety an low mood"), left out the work and money part instead, and Employment support got the anxiety and the low
mood; "yes but nothing about my health" shared the health alone."""
from __future__ import annotations

from tests.journey_steps import answer_service_questions, told_story
from tests.test_end_to_end import intakes

STORY = ("Im Rab, fifty one. two slipped discs in ma back. the doctor put me on sertraline for ma nerves. I get bad anxiety "
         "and low mood. I rent a flat. I want to get back to work.")


def _consented(stack, name: str, hold_back: str) -> tuple[str, str]:
    say, _ = told_story(stack, name, STORY)
    before = {intake["delivery_id"] for intake in intakes(stack)}
    asked = say('/choose_service{"service_id":"employment-support"}')
    told = say(hold_back) if "Do you agree to share this?" in answer_service_questions(say, asked) else ""
    assert "Do you agree to share this?" in told, told
    assert "has your details" in say("yes")
    ours = [intake for intake in intakes(stack) if intake["delivery_id"] not in before]
    return told, str([intake["questionnaireResponse"] for intake in ours]).lower()


def test_a_scots_hold_back_naming_the_service_by_its_work_is_honoured(embedded_stack):
    told, delivered = _consented(embedded_stack, "jobfolk", "aye but dinnae tell the job folk aboot ma anxiety an low mood")
    assert "anxiety" in told and "low mood" in told, told
    assert "anxiety" not in delivered and "low mood" not in delivered, delivered
    assert "sertraline" not in delivered, delivered


def test_nothing_about_my_health_holds_the_health_back(embedded_stack):
    told, delivered = _consented(embedded_stack, "nothingabout", "yes but nothing about my health")
    assert "your health" not in told.split("will receive:")[-1], told
    assert "slipped disc" not in delivered and "anxiety" not in delivered, delivered
