"""The assistant's words (bot/conversation/wording/), and the reading of replies that wording once held
(now bot/conversation/meaning/)."""
import pytest

from bot.conversation import meaning, wording
from bot.conversation.stages import Stage
from bot.intake.forms import Form
from bot.intake.services import Service


def service(service_id, name):
    return Service(id=service_id, name=name, purpose="", helps="", eligibility="", endpoint="/",
                   sharing_purpose="", questionnaire={}, form=Form(url="", title="", items=()))


@pytest.mark.parametrize("text", ["that's all", "That is all.", "done", "I'm done", "finished!", "nothing else"])
def test_done_phrases_end_the_story(text):
    assert meaning.is_done_phrase(text)


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
    reasons = dict(zip(registry, ["daily_help", "caring", "nursing", "work_goal", "hospital", "home_access",
                                  "money_goal"], strict=False))
    for count in (7, 5, 3):
        for person in (None, "Dave", "them", "Bartholomew"):
            offer = wording.service_offers(offers[:count], person, reasons)
            whole = "\n".join(with_numbered_options(r.text, r.buttons) for r in [wording.PIN_SET, offer])
            assert len(split_for_sms(whole)) == 1 and segments(whole) <= 3, whole
            assert all(f"{n}. {s.name}" in whole for n, (s, _) in enumerate(offers[:count], start=1))
            assert whole.count("Riverside Surgery") <= 1  # the list is not repeated as "Reply 1 for …"
            assert f"{person}'s story is saved" in whole if person not in (None, "them") else True
            if count <= 5:  # room for why the best fits fit
                assert f"1. {offers[0][0].name}, as " in whole, whole


def test_a_carer_hears_about_the_person_not_their_own_story():
    assert "Dave's story is saved securely" in wording.ask_new_pin("Dave").text
    assert "your story" not in wording.PIN_SET.text.lower()  # the same words to a person and a carer
    assert "Dave's story" in wording.clear_question("Dave").text
    assert "their story" in wording.nothing_told("them").text
    assert "Dave's story is saved" in wording.reprompt(Stage.DONE, "Dave").text
    assert "their health" in wording.help_for("Dave").text and "your health" not in wording.help_for("Dave").text
    assert "only their health" in wording.nothing_left("Dave").text
    gp = service("gp-practice", "GP")
    assert "Dave's details" in wording.shared(gp, "R1", "received", None, "Dave").text
    assert "Thank you for telling Dave's story" in wording.shared(gp, "R1", "sent", None, "Dave").text
    assert "Dave's story did not say" in wording.gaps_intro(gp, 2, "Dave").text


def test_the_consent_question_says_what_the_service_does_the_first_time():
    gp = Service(id="gp-practice", name="GP", purpose="Keeps your GP up to date.", helps="", eligibility="",
                 endpoint="/", sharing_purpose="so that GP can plan", questionnaire={},
                 form=Form(url="", title="", items=()))
    assert wording.consent_question(gp, ["health"]).text.startswith("GP: Keeps your GP up to date. If you agree, GP")
    assert "Keeps your GP" not in wording.consent_question(gp, ["health"], chosen=True).text
