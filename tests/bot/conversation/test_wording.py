"""The assistant's words (bot/conversation/wording/), and the reading of replies that wording once held
(now bot/conversation/meaning/, with wording's old names kept for the actions until they move)."""
import pytest

from bot.conversation import meaning, wording
from bot.intake.forms import Form
from bot.intake.services import Service


def service(service_id, name):
    return Service(id=service_id, name=name, purpose="", helps="", eligibility="", endpoint="/",
                   sharing_purpose="", questionnaire={}, form=Form(url="", title="", items=()))


@pytest.mark.parametrize("text", ["that's all", "That is all.", "done", "I'm done", "finished!", "nothing else"])
def test_done_phrases_end_the_story(text):
    assert meaning.is_done_phrase(text) and wording.is_done_phrase(text)


@pytest.mark.parametrize("text", ["I'm done with hospitals, they never listen to me", "", "all done with my tablets and more"])
def test_a_story_sentence_is_not_a_done_phrase(text):
    assert not meaning.is_done_phrase(text)


@pytest.mark.parametrize("text, intent", [("yes", "affirm"), ("Yes please", None), ("ok", None),
                                          ("/affirm", "affirm"), ("I agree", None),
                                          ("yes that is correct", "affirm"), ("Yes, share it.", "affirm")])
def test_clear_agreement(text, intent):
    assert meaning.is_clear_yes(text, intent)


@pytest.mark.parametrize("text, intent", [("🤷", "affirm"), ("👍", "affirm"), ("yes but not the GP", "affirm"),
                                          ("/deny", "deny"), ("maybe", "affirm"), ("", "affirm"),
                                          ("yes?", "affirm"), ("yes it's not right", "affirm"),
                                          ("ok but leave out my medicines", "affirm"),
                                          ("yesterday I fell", "affirm")])
def test_anything_less_than_clear_agreement_is_not_a_yes(text, intent):
    assert not meaning.is_clear_yes(text, intent)


def test_a_typed_answer_picks_the_offered_service():
    offered = [service("gp-practice", "Riverside Surgery (GP practice)"),
               service("housing-adaptations", "Home adaptations (occupational therapy)")]
    assert meaning.match_service("the GP please", offered).id == "gp-practice"
    assert meaning.match_service("2", offered).id == "housing-adaptations"
    assert meaning.match_service("the housing one", offered).id == "housing-adaptations"
    assert meaning.match_service("🤷", offered) is None
    assert meaning.match_service("none of them", offered) is None


def test_offers_list_what_each_service_would_receive():
    offered = [(service("gp-practice", "GP"), ["health", "medications"])]
    reply = wording.service_offers(offered)
    assert "your health and your medicines" in reply.text
    assert reply.buttons[0]["payload"] == '/choose_service{"service_id":"gp-practice"}'
