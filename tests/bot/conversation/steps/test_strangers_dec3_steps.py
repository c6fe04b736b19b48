"""Small readers behind the fixes tested through the stack in tests/test_strangers_dec3.py."""
import pytest

from bot.conversation.steps import pin
from bot.conversation.steps.telling import said_with_whose


@pytest.mark.parametrize("text", ["i forgot my pin", "I cant remember my PIN", "ive lost my pin", "I've forgotten it"])
def test_a_forgotten_pin(text):
    assert pin.forgot(text)


@pytest.mark.parametrize("text", ["2580", "two five eight oh", "hello"])
def test_not_a_forgotten_pin(text):
    assert not pin.forgot(text)


@pytest.mark.parametrize("text, kept", [("she's my mum", {"relationship": "son or daughter"}),
                                        ("its for my husband", {"relationship": "partner"}),
                                        ("Someone I care for", {}), ("/tell_about_someone", {}), ("its for him", {})])
def test_the_relationship_said_with_whose_story(text, kept):
    assert said_with_whose(text) == kept


def test_no_follow_up_question_after_a_no():
    from pathlib import Path

    from bot.conversation.journey.service_questions import after_a_no
    from bot.intake.services import load_full_registry

    gp = load_full_registry(Path(__file__).resolve().parents[4] / "data" / "services").services["gp-practice"]
    recent, reason = (next(i.key for i in gp.form.walk() if i.link_id == link) for link in ("stay.recent", "stay.reason"))
    said = {"health": [{"text": "Recent hospital stay: no", "question_key": recent, "value": False}]}
    assert reason in after_a_no([gp], said)
    said["health"][0]["value"] = True
    assert reason not in after_a_no([gp], said)
    assert after_a_no([gp], {}) == set()


def test_a_question_that_stands_alone_is_still_asked_after_a_no():
    # A second read of b516fed: "no" to an emergency plan skipped "Risks to you or the person you care
    # for", which matters most then.
    from pathlib import Path

    from bot.conversation.journey.service_questions import after_a_no
    from bot.intake.services import load_full_registry

    carers = load_full_registry(Path(__file__).resolve().parents[4] / "data" / "services").services["carers-assessment"]
    plan, risks = (next(i.key for i in carers.form.walk() if i.link_id == link)
                   for link in ("contingency.plan", "contingency.risks"))
    said = {"support_network": [{"text": "Emergency plan: no", "question_key": plan, "value": False}]}
    assert risks not in after_a_no([carers], said)


def test_the_hospital_reason_claims_no_stay():
    """A stranger by SMS who only mentioned hospital appointments was told services fit "as you talked about
    a hospital stay" (session 10): the reason says no more than the story did."""
    from bot.conversation.wording.sharing import reason

    assert "stay" not in reason("hospital") and "hospital" in reason("hospital", "Frank")
