"""Who may see a person's pathway, in one process with time a parameter (issue 21 part A): a
coordinator's page holds statuses in a word and nothing of why; reloads are one visit; a viewer the
person lets read the story; a service's name is never taken for a viewer. The same through the
running stack: tests/test_pathway.py."""
from __future__ import annotations

from datetime import timedelta

from bot.conversation import pathway
from bot.conversation.journey.person import person_or_new
from bot.delivery.referrals import DECLINE_REASONS, QUESTIONS
from bot.web import pathway as page
from consent_store import consent, people
from consent_store import referrals as referral_store
from tests.conftest import NOW

SENDER = "viewer-words"
PROFILE = {"sections": {"health": [{"text": "I have asthma", "status": "current"}],
                        "home": [{"text": "I live alone", "status": "current"}]}}


def a_referral(rt, status: str, reason: str | None):
    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, SENDER)
        people.save_profile_version(session, person, PROFILE, "self", NOW)
        granted = consent.grant_consent(session, person, "gp-practice", ["health"], "referral", "person", NOW)
        opened = referral_store.open_referral(session, person, "gp-practice", granted.id, NOW)
        if status != referral_store.REQUESTED:
            referral_store.apply_update(session, opened.id, status, reason, "m-" + status, NOW + timedelta(hours=1))


def viewer_page(rt, wish: str, at=NOW + timedelta(hours=2)) -> str:
    answer = pathway.viewer_wish(rt, SENDER, wish, NOW)
    token = answer.reply.text.split("/pathway/shared/")[1].split()[0]
    found = pathway.pathway_for_viewer(rt, token, at)
    return page.render(found).decode()


def test_a_coordinator_sees_a_decline_or_a_question_in_a_word_only(rt):
    for status, reason, word in ((referral_store.REJECTED, "no-capacity", ">Declined<"),
                                 (referral_store.ON_HOLD, "date-of-birth", ">On hold<")):
        a_referral(rt, status, reason)
        html = viewer_page(rt, "let Sam Jones see my referrals")
        assert word in html
        for said in [*DECLINE_REASONS.values(), *QUESTIONS.values(), "asthma", "Waiting for you"]:
            assert said not in html, said


def test_reloads_within_minutes_are_one_visit():
    views = [NOW, NOW + timedelta(minutes=2), NOW + timedelta(minutes=9), NOW + timedelta(minutes=30),
             NOW + timedelta(days=1)]
    assert pathway.visits(views) == [NOW, NOW + timedelta(minutes=30), NOW + timedelta(days=1)]
    assert pathway.visits([]) == []


def test_the_story_only_when_the_person_says_so_and_a_service_is_no_viewer(rt):
    a_referral(rt, referral_store.ACCEPTED, None)
    assert "I have asthma." in viewer_page(rt, "let Sam Jones see my story and referrals")
    assert "asthma" not in viewer_page(rt, "let Ann Other see my referrals")
    assert pathway.viewer_wish(rt, SENDER, "let Riverside Surgery see my story", NOW) is None
    assert pathway.viewer_wish(rt, SENDER, "share my story with Ann", NOW) is None  # a share with a service
    lines = pathway.who_else_sees(rt, SENDER, NOW + timedelta(hours=3))
    assert any(line.startswith("Sam Jones may see your story and referrals until") for line in lines), lines
    assert any(line.startswith("Ann Other may see your referrals until") for line in lines), lines


def test_a_viewer_named_by_how_they_are_related_is_asked_for_by_name_then_stopped_by_either(rt):
    a_referral(rt, referral_store.ACCEPTED, None)
    asked = pathway.viewer_wish(rt, SENDER, "can my daughter keep an eye on how things are going for 2 weeks", NOW)
    assert asked.reply.text == "What is your daughter's name? I will put it on the page they see."
    assert asked.asking is not None
    done = pathway.viewer_named(rt, SENDER, asked.asking, "her name is sophie", NOW)
    assert done.asking is None and done.reply.text.startswith("Give this link to Sophie (daughter): ")
    assert f"until {NOW + timedelta(days=14):%-d %B %Y}" in done.reply.text
    assert any(line.startswith("Sophie (daughter) may see your referrals") for line in pathway.who_else_sees(rt, SENDER, NOW))
    stopped = pathway.viewer_wish(rt, SENDER, "my daughter doesnt need to see it anymore", NOW)
    assert stopped.reply.text.startswith("Done. Sophie (daughter) can no longer see your referrals.")
    assert not any(line.startswith("Sophie") for line in pathway.who_else_sees(rt, SENDER, NOW))


def test_everyone_stopped_at_once_and_a_name_that_is_a_service_is_no_viewer(rt):
    a_referral(rt, referral_store.ACCEPTED, None)
    for wish in ("let Sam Jones see my referrals", "give bev access for thirty days"):
        assert "Give this link to" in pathway.viewer_wish(rt, SENDER, wish, NOW).reply.text
    assert pathway.viewer_wish(rt, SENDER, "turn off all the links", NOW).reply.text.startswith(
        "Done. Nobody else can see your referrals now.")
    assert pathway.who_else_sees(rt, SENDER, NOW) == []
    assert pathway.viewer_wish(rt, SENDER, "stop the council seeing my story please", NOW) is None  # a service: stop sharing
    asked = pathway.viewer_wish(rt, SENDER, "can she see it", NOW)  # nobody named: asked who
    assert asked.reply.text.startswith("Who would you like to let see them?")
    for not_a_name in ("dont know", "ok", "remove him"):  # a stranger's "remove him" became "Remove Him"'s link
        again = pathway.viewer_named(rt, SENDER, asked.asking, not_a_name, NOW)
        assert again.asking == asked.asking and "I did not get a name" in again.reply.text, not_a_name
    assert pathway.viewer_named(rt, SENDER, asked.asking, "cancel", NOW).reply.text == "OK. I have not given anyone a link."
    assert pathway.viewer_named(rt, SENDER, asked.asking, "who has my story", NOW) is None  # the menu's wish
    key_worker = pathway.viewer_wish(rt, SENDER, "add my key worker", NOW)
    for not_a_name in ("ok", "remove him"):
        assert "I did not get a name" in pathway.viewer_named(rt, SENDER, key_worker.asking, not_a_name, NOW).reply.text
    assert "Give this link to your key worker:" in pathway.viewer_named(rt, SENDER, key_worker.asking, "i dont know her name",
                                                                    NOW).reply.text


def test_a_menu_wish_about_everyone_is_the_menus_and_nobody_is_stopped_by_guess(rt):
    """A second read: 'i dont want anyone to see it anymore' stopped the viewers while the services
    kept sharing, and 'i lost the link' stopped every viewer."""
    a_referral(rt, referral_store.ACCEPTED, None)
    assert "Give this link to" in pathway.viewer_wish(rt, SENDER, "let Sam Jones see my referrals", NOW).reply.text
    for wish in ("i dont want anyone to see it anymore", "i lost the link", "turn it all off", "the link doesnt work"):
        assert pathway.viewer_wish(rt, SENDER, wish, NOW) is None, wish
    assert any(line.startswith("Sam Jones may see") for line in pathway.who_else_sees(rt, SENDER, NOW))
