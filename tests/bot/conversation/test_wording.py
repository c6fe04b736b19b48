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


def test_asked_what_they_do_each_service_says_what_it_would_receive():
    offered = [(service("gp-practice", "GP"), ["health", "medications"])]
    reply = wording.services_explained(offered)
    assert "your health and your medicines" in reply.text
    assert reply.buttons[0]["payload"] == '/choose_service{"service_id":"gp-practice"}'


def test_the_services_list_after_the_pin_fits_one_text_of_three_segments():
    """Issue 19: the reply after the PIN (the services list) cost about 19 segments in 7 texts."""
    from pathlib import Path

    from bot.intake.services import load_registry
    from bot.rasa.channels.text import segments, split_for_sms, with_numbered_options

    registry = load_registry(Path(__file__).resolve().parents[3] / "data" / "services")
    offers = [(s, s.sections) for s in registry.values()]
    assert len(offers) >= 7
    for person in (None, "Dave"):
        replies = [wording.PIN_SET, wording.service_offers(offers, person)]
        whole = "\n".join(with_numbered_options(r.text, r.buttons) for r in replies)
        assert len(split_for_sms(whole)) == 1 and segments(whole) <= 3
        assert all(f"{n}. {s.name}" in whole for n, (s, _) in enumerate(offers, start=1))
        assert whole.count("Riverside Surgery") == 1  # the list is not repeated as "Reply 1 for …"
        assert "Dave's story is saved" in whole if person else "Your story is saved" in whole


def test_the_consent_question_says_what_the_service_does_the_first_time():
    gp = Service(id="gp-practice", name="GP", purpose="Keeps your GP up to date.", helps="", eligibility="",
                 endpoint="/", sharing_purpose="so that GP can plan", questionnaire={},
                 form=Form(url="", title="", items=()))
    assert wording.consent_question(gp, ["health"]).text.startswith("GP: Keeps your GP up to date. If you agree, GP")
    assert "Keeps your GP" not in wording.consent_question(gp, ["health"], chosen=True).text
