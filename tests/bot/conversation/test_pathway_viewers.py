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
    reply = pathway.viewer_wish(rt, SENDER, wish, NOW)
    token = reply.text.split("/pathway/shared/")[1].split()[0]
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
