"""A service's question, "is this still true?" and the About Me, in one process with time as a
parameter (the running stack's tests are tests/test_pathway_visit.py): a question is open until it is
answered once; the answer is checked, kept sealed, shown as answered on the pathway page, dropped and
never sent when the person has stopped sharing; the news once the service goes on; when a check of
the story is due (per service, by default, put off); the About Me of a story a carer told."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from bot.conversation import about_me, pathway, pathway_links
from bot.conversation.errors import AnswerRefused
from bot.conversation.journey import questions_back, reviews
from bot.conversation.journey.person import person_or_new
from bot.delivery.notify import Notifier
from bot.ops.runtime import build_runtime
from bot.settings import load_settings
from bot.web.about_me import render
from consent_store import consent, people, questions, representatives
from consent_store import pathway as notices
from consent_store import referrals as referral_store
from tests.conftest import NOW

SENDER = "visit-parts"


@pytest.fixture(scope="module")
def structured(tmp_path_factory):
    """A profile as structuring makes it (spaCy loaded once for the module)."""
    rt = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path_factory.mktemp("structure"))}))
    profile = rt.structurer.structure(["I have asthma and I use an inhaler. I live alone. My dog matters to me."],
                                      teller="self")
    rt.engine.dispose()
    return profile


def shared_with(rt, profile, service_id: str = "gp-practice", told_by: str = "self", rep=None):
    """A saved story shared with `service_id`: (the person's id, the referral)."""
    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, SENDER)
        people.save_profile_version(session, person, profile, told_by, NOW, representative_id=rep)
        granted = consent.grant_consent(session, person, service_id, ["health"], "referral", "person", NOW)
        return person.id, referral_store.open_referral(session, person, service_id, granted.id, NOW)


def put_on_hold(rt, referral, question: str, at):
    with rt.sessions.begin() as session:
        return referral_store.apply_update(session, referral.id, referral_store.ON_HOLD, question, str(at), at)


def test_a_question_is_open_until_answered_once_and_the_answer_is_checked(rt, structured):
    _, referral = shared_with(rt, structured)
    assert questions_back.open_question(rt, SENDER) is None
    held = put_on_hold(rt, referral, "date-of-birth", NOW + timedelta(hours=1))
    asked = questions_back.open_question(rt, SENDER)
    assert asked is not None and asked.referral_id == referral.id and asked.asked_as_of == held.updated_at
    assert questions_back.question_text(asked) == "Riverside Surgery needs your date of birth: reply with it or say skip."
    with pytest.raises(AnswerRefused):
        questions_back.checked(asked, "next Tuesday", date(2026, 11, 23))
    with pytest.raises(AnswerRefused):
        questions_back.checked(asked, "3 March 2030", date(2026, 11, 23))  # in the future
    value = questions_back.checked(asked, "the third of March 1950", date(2026, 11, 23))
    assert value == "1950-03-03" and questions_back.said_back(asked, value) == "3 March 1950"

    later = NOW + timedelta(hours=2)
    assert questions_back.answer(rt, SENDER, asked, value, later)
    assert questions_back.open_question(rt, SENDER) is None
    assert not questions_back.answer(rt, SENDER, asked, "1950-03-04", later)  # once
    with rt.reading.begin() as session:
        person = people.find_person(session, rt.kek, people.handle_hash(rt.lookup_key, SENDER))
        (kept,) = questions.answers_of(session, referral.id)
        assert questions.answer_value(session, person, kept) == "1950-03-03"  # sealed, for the service only
        assert notices.told_status(session, referral.id, notices.CHAT) == referral_store.ON_HOLD  # heard

    page = pathway.pathway_for_link(rt, pathway.link(rt, SENDER, later).rsplit("/", 1)[1], later)
    (step,) = page.steps
    assert step.label == "Answered" and "You answered its question on 23 November 2026" in step.words

    put_on_hold(rt, referral, "address", NOW + timedelta(hours=3))  # a new question, asked later
    assert questions_back.open_question(rt, SENDER).question == "address"


def test_the_news_once_the_service_goes_on_after_an_answer(rt, structured):
    _, referral = shared_with(rt, structured)
    asked_at = NOW + timedelta(hours=1)
    put_on_hold(rt, referral, "phone", asked_at)
    assert questions_back.answer(rt, SENDER, questions_back.open_question(rt, SENDER), None, asked_at)  # skipped
    with rt.sessions.begin() as session:
        referral_store.apply_update(session, referral.id, referral_store.ACCEPTED, None, "resume", NOW + timedelta(hours=2))
    (news,) = pathway.untold_news(rt, SENDER, NOW + timedelta(hours=3))
    assert news.text == "Riverside Surgery has your answer and has gone on with your referral."
    assert pathway.untold_news(rt, SENDER, NOW + timedelta(hours=4)) == []


class NoHttp:
    def post(self, *args, **kwargs):
        raise AssertionError("nothing may be sent")


def test_an_answer_is_dropped_unsent_when_the_person_stops_sharing(rt, structured):
    _, referral = shared_with(rt, structured)
    put_on_hold(rt, referral, "gp", NOW + timedelta(hours=1))
    asked = questions_back.open_question(rt, SENDER)
    assert questions_back.answer(rt, SENDER, asked, "Riverside Surgery", NOW + timedelta(hours=1))
    with rt.sessions.begin() as session:
        person = people.find_person(session, rt.kek, people.handle_hash(rt.lookup_key, SENDER))
        consent.withdraw_consent(session, referral.consent_id, NOW + timedelta(hours=2))
    rt.now = lambda: NOW + timedelta(hours=3)
    notifier = Notifier(rt, client=None)
    notifier.http = NoHttp()
    assert notifier.run_once() >= 1
    with rt.reading.begin() as session:
        (kept,) = questions.answers_of(session, referral.id)
        assert kept.sent_at is not None and questions.answer_value(session, person, kept) is None  # dropped
        assert questions.claim_due(session, NOW + timedelta(days=1), timedelta(minutes=2)) == []


def test_a_check_is_due_after_the_shortest_period_of_the_services_or_six_months(rt, structured):
    assert reviews.due(rt, SENDER, NOW) is None  # nothing saved
    shared_with(rt, structured, "community-nursing")  # asks for no period of its own
    assert reviews.due(rt, SENDER, NOW + timedelta(days=181)) is None
    assert reviews.due(rt, SENDER, NOW + timedelta(days=182)) == 182
    with rt.sessions.begin() as session:
        person = people.find_person(session, rt.kek, people.handle_hash(rt.lookup_key, SENDER))
        consent.grant_consent(session, person, "gp-practice", ["health"], "referral", "person", NOW)
    assert reviews.due(rt, SENDER, NOW + timedelta(days=90)) is None
    assert reviews.due(rt, SENDER, NOW + timedelta(days=91)) == 91  # the GP asks every 91 days

    reviews.record(rt, SENDER, reviews.LATER, NOW + timedelta(days=100))
    assert reviews.due(rt, SENDER, NOW + timedelta(days=129)) is None  # put off for 30 days
    assert reviews.due(rt, SENDER, NOW + timedelta(days=130)) == 130
    reviews.record(rt, SENDER, reviews.CONFIRMED, NOW + timedelta(days=130))
    assert reviews.due(rt, SENDER, NOW + timedelta(days=220)) is None  # checked: counted from then
    assert reviews.due(rt, SENDER, NOW + timedelta(days=221)) == 91


def test_the_about_me_of_a_story_a_carer_told(rt, tmp_path_factory):
    carer_rt = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path_factory.mktemp("carer"))}))
    profile = carer_rt.structurer.structure(["She has dementia. She lives alone. Her cat matters to her."],
                                            teller="carer")
    carer_rt.engine.dispose()
    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, SENDER)
        rep = representatives.add_representative(session, person, "Jane Smith", "daughter",
                                                 representatives.LPA_HEALTH_WELFARE, NOW)
        people.save_profile_version(session, person, profile, "carer", NOW, representative_id=rep.id)
        person_id = person.id
    found = about_me.about_me(rt, person_id)
    assert found is not None and not found.own_words and found.written_by == "Jane Smith (daughter)"
    lines = [line for part in found.parts for line in part.lines]
    # one voice about the person, as the carer's words speak of her (issue 21 review)
    assert "She has dementia." in lines and not any(line.startswith(("I ", "My ", "They ")) for line in lines)
    headings = [p.heading for p in found.parts]
    assert headings == ["What is most important to them", "Their wellness", "Also worth knowing about them"]
    assert "She has dementia." in next(p.lines for p in found.parts if p.heading == "Their wellness")
    html = render(found).decode()
    assert "Supported to write this by</dt>" in html and "Jane Smith (daughter)" in html
    assert "23 November 2026" in html  # date last updated

    token = pathway_links.person_token(rt, SENDER, about_me.PURPOSE, NOW)
    assert about_me.about_me_for_link(rt, token, NOW + timedelta(minutes=pathway_links.LINK_MINUTES)) is not None
    assert about_me.about_me_for_link(rt, token, NOW + timedelta(minutes=pathway_links.LINK_MINUTES, seconds=1)) is None
    assert about_me.about_me_for_link(rt, pathway_links.person_token(rt, SENDER, "pathway", NOW), NOW) is None


def test_a_request_goes_under_please_do_and_please_do_not(rt):
    profile = {"sections": {"communication": [{"text": "Please text me, don't ring", "status": "current"}],
                            "home": [{"text": "I live alone", "status": "current"}]}}
    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, SENDER)
        people.save_profile_version(session, person, profile, "self", NOW)
        person_id = person.id
    parts = {p.heading: p.lines for p in about_me.about_me(rt, person_id).parts}
    assert parts == {"Please do and please do not": ["Please text me, don't ring."],
                     "Also worth knowing about me": ["I live alone."]}


def test_words_that_tell_a_danger_are_never_on_the_about_me(rt):
    """The page is handed to whoever supports the person: a stranger (session 18) found "Helen says Tracy shouts at her
    and £50 went missing from her purse" on the page left for Tracy, and an overdose after a row on another's."""
    profile = {"sections": {
        "risks": [{"text": "Helen says Tracy shouts at her and £50 went missing from her purse", "status": "current"},
                  {"text": "I fall at night when I get up for the toilet", "status": "current"}],
        "support_network": [{"text": "last wk i necked a whole strip of my mums cocodamol after a row",
                             "status": "current", "relationship": "mum"},
                            {"text": "My neighbour Jean pops in most days", "status": "current"},
                            # a carer's tasks, which the classifier alone reads as thoughts of suicide (0.69)
                            {"text": "I do everything: him tablets, remind him to wash and dress, cook, all the paperwork "
                                     "and the money", "status": "current", "about": "narrator"}],
        "health": [{"text": "heart failure", "status": "current", "term": "heart failure"}]},
        "safeguarding": {"concern": False, "reasons": []}}  # (an update's words decide: here, nothing new)
    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, SENDER)
        people.save_profile_version(session, person, profile, "self", NOW)
        person_id = person.id
    lines = " ".join(line for part in about_me.about_me(rt, person_id).parts for line in part.lines)
    assert "Tracy" not in lines and "cocodamol" not in lines
    assert "Jean" in lines and "heart failure" in lines and "toilet" in lines and "paperwork" in lines


def test_first_person():
    assert about_me.first_person("You are 72 years old.") == "I am 72 years old."
    assert about_me.first_person("Your dog matters to you.") == "My dog matters to me."
    assert about_me.first_person("Have you been in hospital in the last 3 months: no.") == \
        "Have I been in hospital in the last 3 months: no."


def test_the_stores_alone_on_sqlite_and_postgresql(sessions, kek):
    """Answers claimed under a lease by one sender, put off, sent once and dropped; a review put off."""
    from consent_store import reviews as review_store

    with sessions.begin() as session:
        person = people.find_or_create_person(session, kek, "answers-" + str(id(session)), NOW)
        people.save_profile_version(session, person, {"sections": {}}, "self", NOW)
        granted = consent.grant_consent(session, person, "gp-practice", ["health"], "referral", "person", NOW)
        opened = referral_store.open_referral(session, person, "gp-practice", granted.id, NOW)
        held = referral_store.apply_update(session, opened.id, referral_store.ON_HOLD, "phone", "m1", NOW)
        assert [r.id for r in questions.open_questions(session, person)] == [held.id]
        answer = questions.record_answer(session, person, held, "07700 900123", NOW)
        assert questions.open_questions(session, person) == []
    lease = timedelta(minutes=2)
    with sessions.begin() as session:
        (claimed,) = questions.claim_due(session, NOW, lease)
        assert claimed.id == answer.id
    with sessions.begin() as session:
        assert questions.claim_due(session, NOW + timedelta(minutes=1), lease) == []  # another sender: leased
        questions.put_off(session, claimed, NOW + timedelta(minutes=10))
    with sessions.begin() as session:
        assert questions.claim_due(session, NOW + timedelta(minutes=5), lease) == []
        (again,) = questions.claim_due(session, NOW + timedelta(minutes=11), lease)
        assert again.attempts == 1 and questions.answer_value(session, person, again) == "07700 900123"
        questions.mark_sent(session, person, again, held, NOW + timedelta(minutes=11))
    with sessions.begin() as session:
        assert questions.claim_due(session, NOW + timedelta(days=1), lease) == []
        assert questions.answer_value(session, person, again) is None
        with pytest.raises(questions.AlreadyApplied):
            questions.record_answer(session, person, held, "07700 900999", NOW)
    with sessions.begin() as session:
        review_store.record(session, person, review_store.LATER, NOW, put_off_until=NOW + timedelta(days=30))
        found = review_store.state(session, person)
        assert found.checked_at == NOW and found.put_off_until == NOW + timedelta(days=30)
        review_store.record(session, person, review_store.CONFIRMED, NOW + timedelta(days=40))
        assert review_store.state(session, person).checked_at == NOW + timedelta(days=40)


def test_how_a_check_ended_is_kept_once_and_sent_as_an_answer_is_on_sqlite_and_postgresql(sessions, kek):
    """How a check a service asked for ended: one per request, never a question for the person, claimed
    and sent as an answer is, logged as check-sent."""
    from consent_store import audit
    from consent_store import reviews as review_store

    with sessions.begin() as session:
        person = people.find_or_create_person(session, kek, "checked-" + str(id(session)), NOW)
        people.save_profile_version(session, person, {"sections": {}}, "self", NOW)
        granted = consent.grant_consent(session, person, "gp-practice", ["health"], "referral", "person", NOW)
        opened = referral_store.open_referral(session, person, "gp-practice", granted.id, NOW)
        held = referral_store.apply_update(session, opened.id, referral_store.ON_HOLD, "phone", "m1", NOW)
        asked_at = NOW + timedelta(hours=1)
        assert questions.record_check(session, person, held, review_store.CONFIRMED, asked_at, NOW + timedelta(hours=2))
        assert not questions.record_check(session, person, held, review_store.CHANGED, asked_at, NOW)  # once
        assert [r.id for r in questions.open_questions(session, person)] == [held.id]  # the phone question stays
        assert questions.answered_hold(session, held) is None
    with sessions.begin() as session:
        (claimed,) = questions.claim_due(session, NOW + timedelta(hours=2), timedelta(minutes=2))
        assert (claimed.question, claimed.kind) == (questions.STORY_CHECK, review_store.CONFIRMED)
        questions.mark_sent(session, person, claimed, held, NOW + timedelta(hours=3))
        assert [e["event"] for e in audit.events_of(session, person.audit_ref)][-1] == questions.CHECK_SENT


def test_the_service_that_asked_is_told_how_the_check_ended_only_while_it_has_consent(rt, structured):
    from bot.delivery import review_requests
    from consent_store import reviews as review_store

    _, referral = shared_with(rt, structured)
    asked_at = NOW + timedelta(days=10)
    with rt.sessions.begin() as session:
        review_requests.apply(rt, session, referral, referral.status, "m-told", asked_at)
    assert reviews.record(rt, SENDER, reviews.LATER, asked_at) is None  # put off: nothing to tell yet
    assert reviews.record(rt, SENDER, reviews.CHANGED, asked_at + timedelta(days=1)) == "gp-practice"
    assert reviews.record(rt, SENDER, reviews.CONFIRMED, asked_at + timedelta(days=2)) is None  # nobody asked again
    with rt.reading.begin() as session:
        (told,) = [a for a in questions.answers_of(session, referral.id) if a.question == questions.STORY_CHECK]
    assert told.kind == review_store.CHANGED
    document = review_requests.check_outcome_task(referral, "Riverside Surgery", told.kind)
    assert review_requests.check_outcome(json.dumps(document).encode(), referral.id) == review_store.CHANGED
    assert review_requests.check_outcome(json.dumps(document).encode(), "another-task") is None
    assert review_requests.asked_status(json.dumps(document).encode(), referral.id) is None  # not a request

    with rt.sessions.begin() as session:  # asked again, then the person stops sharing before the check ends
        review_requests.apply(rt, session, referral, referral.status, "m-told-2", asked_at + timedelta(days=3))
        consent.withdraw_consent(session, referral.consent_id, asked_at + timedelta(days=4))
    assert reviews.record(rt, SENDER, reviews.CONFIRMED, asked_at + timedelta(days=5)) is None


# --- the review period the person chooses, a check a service asks for, the reminder texted ------------

def test_the_period_the_person_chooses_is_kept_within_a_month_and_a_year(rt, structured):
    from bot.conversation.steps import reviews as review_steps

    assert review_steps.period_asked("check my story every 3 months") == 91
    assert review_steps.period_asked("remind me to check it in a year") == 365
    assert review_steps.period_asked("please check my story every six months") == 182
    assert review_steps.period_asked("dont ask me to check it") > reviews.LONGEST_DAYS  # never: kept to a year
    for other in ("who has my story?", "stop sharing", "About me", "check who has my story",
                  "stop Sam Jones seeing my referrals"):
        assert review_steps.period_asked(other) is None, other

    shared_with(rt, structured)  # with the GP, who asks every 91 days
    assert reviews.choose_period(rt, SENDER, 400, NOW).due_at == NOW + timedelta(days=365)  # "never": a year
    assert reviews.due(rt, SENDER, NOW + timedelta(days=364)) is None
    assert reviews.due(rt, SENDER, NOW + timedelta(days=365)) == 365
    assert reviews.choose_period(rt, SENDER, 7, NOW).due_at == NOW + timedelta(days=30)  # at least a month
    chosen = reviews.choose_period(rt, SENDER, 182, NOW + timedelta(days=1))
    assert chosen.due_at == NOW + timedelta(days=182)  # the person's period, not the GP's 91
    assert reviews.due(rt, SENDER, NOW + timedelta(days=150)) is None
    reviews.record(rt, SENDER, reviews.CONFIRMED, NOW + timedelta(days=190))
    assert reviews.due(rt, SENDER, NOW + timedelta(days=190 + 181)) is None  # still theirs after a check
    assert reviews.due(rt, SENDER, NOW + timedelta(days=190 + 182)) == 182


def test_a_check_a_service_asks_for_is_due_at_once_logged_applied_once_and_done_by_a_check(rt, structured):
    from bot.delivery import review_requests
    from consent_store import audit
    from consent_store import reviews as review_store
    from consent_store.errors import NotAllowed

    person_id, referral = shared_with(rt, structured)
    asked_at = NOW + timedelta(days=10)
    assert reviews.check_due(rt, SENDER, asked_at) is None  # told 10 days ago: not due by the period
    with rt.sessions.begin() as session:
        with pytest.raises(NotAllowed):  # a request moves nothing: the status must be the Task's own
            review_requests.apply(rt, session, referral, referral_store.ACCEPTED, "m-moved", asked_at)
    with rt.sessions.begin() as session:
        review_requests.apply(rt, session, referral, referral.status, "m-1", asked_at)
    found = reviews.check_due(rt, SENDER, asked_at)
    assert found is not None and found.asked_by == "gp-practice" and found.due_at == asked_at
    with rt.sessions.begin() as session:
        with pytest.raises(review_store.AlreadyApplied):  # a replay is applied once
            review_requests.apply(rt, session, referral, referral.status, "m-1", asked_at)
    with rt.reading.begin() as session:
        person = people.person_by_id(session, rt.kek, person_id)
        logged = [e for e in audit.events_of(session, person.audit_ref) if e["event"] == "review-requested"]
    assert len(logged) == 1 and logged[0]["service_id"] == "gp-practice"

    reviews.record(rt, SENDER, reviews.CONFIRMED, asked_at + timedelta(days=1))
    assert reviews.check_due(rt, SENDER, asked_at + timedelta(days=2)) is None  # done: the request is over

    with rt.sessions.begin() as session:  # the person stops sharing: the service can no longer ask
        consent.withdraw_consent(session, referral.consent_id, asked_at + timedelta(days=3))
        referral_store.cancel_for_consent(session, referral.consent_id, asked_at + timedelta(days=3))
    with rt.reading.begin() as session:
        ended = referral_store.get_referral(session, referral.id)
    for status in (ended.status, referral.status):
        with rt.sessions.begin() as session:
            with pytest.raises(NotAllowed):
                review_requests.apply(rt, session, ended, status, "m-2-" + status, asked_at + timedelta(days=4))
    assert reviews.check_due(rt, SENDER, asked_at + timedelta(days=4)) is None


class Texts:
    """Twilio's client as the Notifier uses it: each message kept."""

    def __init__(self):
        self.sent: list[dict] = []
        self.messages = self

    def create(self, to, from_, body):
        self.sent.append({"to": to, "body": body})


def test_a_review_reminder_is_texted_once_per_due_period_on_an_injected_clock(rt, structured):
    from dataclasses import replace

    from bot.delivery import review_requests

    settings = replace(rt.settings, sms_from="+447700900001")
    person_id, referral = shared_with(rt, structured)
    web_person = "web-visit-parts"
    with rt.sessions.begin() as session:
        person = people.person_by_id(session, rt.kek, person_id)
        notices.remember_number(session, person, "+447700900123", NOW)
        other = person_or_new(rt, session, web_person)  # came by the web chat: no number kept
        people.save_profile_version(session, other, structured, "self", NOW)
    texts = Texts()

    def round_at(moment):
        notifier = Notifier(replace(rt, settings=settings, now=lambda: moment), client=texts,
                            review_every=timedelta(0))
        notifier.http = NoHttp()
        notifier.run_once()
        return [t["body"] for t in texts.sent]

    assert round_at(NOW + timedelta(days=90)) == []  # the GP's 91 days have not passed
    due_text = ("Tell your story once: It is time to check your story is still true. Reply to this text to check it "
                "(after your PIN).")
    assert round_at(NOW + timedelta(days=91)) == [due_text]
    assert round_at(NOW + timedelta(days=91, minutes=1)) == [due_text]  # not again each round
    assert round_at(NOW + timedelta(days=120)) == [due_text]  # nor later in the same due period
    assert texts.sent[0]["to"] == "+447700900123"
    assert reviews.texted(rt, "sms-" + "x", NOW) is False  # only an SMS conversation with a reminder waiting

    reviews.record(rt, SENDER, reviews.LATER, NOW + timedelta(days=121))  # "not now": put off 30 days
    assert round_at(NOW + timedelta(days=150)) == [due_text]
    assert round_at(NOW + timedelta(days=151)) == [due_text, due_text]  # the next due period: once more
    reviews.record(rt, SENDER, reviews.CONFIRMED, NOW + timedelta(days=152))
    with rt.sessions.begin() as session:
        review_requests.apply(rt, session, referral, referral.status, "ask-1", NOW + timedelta(days=160))
    asked = "Tell your story once: Riverside Surgery asked you to check your story is still true."
    assert round_at(NOW + timedelta(days=160))[-1].startswith(asked)  # a service asked: texted at once
    assert len(round_at(NOW + timedelta(days=161))) == 3  # once
    assert all(t["to"] == "+447700900123" for t in texts.sent)  # the web chat's person: never texted
    assert reviews.due(rt, web_person, NOW + timedelta(days=200)) is not None  # due: heard at the next visit


class RefusingTexts(Texts):
    """The provider refusing every message (as Twilio does when it is down or the number is barred)."""

    def __init__(self):
        super().__init__()
        self.tries = 0

    def create(self, to, from_, body):
        from twilio.base.exceptions import TwilioException

        self.tries += 1
        raise TwilioException("refused")


def test_a_refused_reminder_is_tried_again_with_back_off_not_every_round(rt, structured):
    """A reminder the provider did not take is tried again after a minute, then 2, 4 … (at most 6 hours),
    not at every look (every 30 seconds): before, each look sent it again."""
    from dataclasses import replace

    from bot.delivery.notify import reminder_backoff

    assert [reminder_backoff(n) for n in (1, 2, 3)] == [timedelta(minutes=1), timedelta(minutes=2),
                                                        timedelta(minutes=4)]
    assert reminder_backoff(20) == timedelta(hours=6)
    settings = replace(rt.settings, sms_from="+447700900001")
    person_id, _referral = shared_with(rt, structured)
    with rt.sessions.begin() as session:
        notices.remember_number(session, people.person_by_id(session, rt.kek, person_id), "+447700900124", NOW)
    refusing = RefusingTexts()
    start = NOW + timedelta(days=91)
    notifier = Notifier(replace(rt, settings=settings, now=lambda: start), client=refusing, review_every=timedelta(0))
    for seconds in range(0, 60, 30):  # looks at 0 s and 30 s: the second waits
        assert notifier.review_reminders(start + timedelta(seconds=seconds)) == 0
    assert refusing.tries == 1
    notifier.review_reminders(start + timedelta(minutes=1))  # a minute on: tried again
    assert refusing.tries == 2
    notifier.review_reminders(start + timedelta(minutes=2))  # now two minutes from the second
    assert refusing.tries == 2
    texts = Texts()
    notifier.client = texts
    assert notifier.review_reminders(start + timedelta(minutes=3)) == 1  # taken: sent once
    assert notifier.review_reminders(start + timedelta(minutes=10)) == 0 and len(texts.sent) == 1


def test_the_reminder_claim_alone_on_sqlite_and_postgresql(sessions, kek):
    """Who may be due a reminder (a number kept, unchecked for long enough or asked), claimed once."""
    from consent_store import reviews as review_store

    with sessions.begin() as session:
        person = people.find_or_create_person(session, kek, "reminded-" + str(id(session)), NOW)
        people.save_profile_version(session, person, {"sections": {}}, "self", NOW)
        granted = consent.grant_consent(session, person, "gp-practice", ["health"], "referral", "person", NOW)
        opened = referral_store.open_referral(session, person, "gp-practice", granted.id, NOW)
    later = NOW + timedelta(days=40)
    with sessions.begin() as session:
        assert person.id not in review_store.reminder_candidates(session, later, 30)  # no number kept
        notices.remember_number(session, person, "+447700900555", NOW)
        assert person.id not in review_store.reminder_candidates(session, NOW + timedelta(days=20), 30)
        assert person.id in review_store.reminder_candidates(session, later, 30)
        assert review_store.claim_reminder(session, person, NOW + timedelta(days=30), later)
    with sessions.begin() as session:
        assert not review_store.claim_reminder(session, person, NOW + timedelta(days=30), later)  # once
        assert person.id not in review_store.reminder_candidates(session, later + timedelta(days=1), 30)
        review_store.request(session, person, "gp-practice", granted.id, opened.id, "ask-" + person.id,
                             later + timedelta(days=2))
        assert person.id in review_store.reminder_candidates(session, later + timedelta(days=2), 30)  # asked
        assert review_store.claim_reminder(session, person, later + timedelta(days=2), later + timedelta(days=2))
        review_store.unclaim_reminder(session, person)  # not sent: may be claimed again
        assert review_store.claim_reminder(session, person, later + timedelta(days=2), later + timedelta(days=3))


def test_a_text_in_the_same_session_as_a_texted_question_waits_for_the_pin_unless_given(rt, structured):
    """bot/conversation/steps/service_questions_back.py's same_session_reply (the SMS channel asks it
    before Rasa reads a text; through the stack: tests/test_pathway_sms_same_session.py)."""
    from bot.conversation.steps import service_questions_back
    from bot.conversation.steps.turn import Turn

    sender = "sms-" + SENDER
    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, sender)
        people.save_profile_version(session, person, structured, "self", NOW)
        granted = consent.grant_consent(session, person, "gp-practice", ["health"], "referral", "person", NOW)
        referral = referral_store.open_referral(session, person, "gp-practice", granted.id, NOW)
    idle = Turn(sender_id=sender, slots={"stage": "done"})
    assert service_questions_back.same_session_reply(rt, idle) is None  # nothing texted
    held = put_on_hold(rt, referral, "address", NOW + timedelta(hours=1))
    assert service_questions_back.same_session_reply(rt, idle) is None  # asked, not yet texted
    with rt.sessions.begin() as session:
        notices.mark_told(session, held, notices.SMS, NOW + timedelta(hours=1))
    step = service_questions_back.same_session_reply(rt, idle)
    assert step is not None and step.form == "returning_form"
    assert step.slots["requested_slot"] == "pin_reply" and step.slots["menu_pending"] == "question"  # no PIN yet
    telling = Turn(sender_id=sender, slots={"stage": "telling", "requested_slot": "story_done"}, form="story_form")
    assert service_questions_back.same_session_reply(rt, telling) is None  # half-way through telling: goes on
    at_menu = Turn(sender_id=sender, slots={"requested_slot": "menu_reply"}, form="returning_form")
    assert service_questions_back.same_session_reply(rt, at_menu) is not None
    checking = Turn(sender_id=sender, slots={"requested_slot": "menu_reply", "menu_pending": "review"},
                    form="returning_form")
    assert service_questions_back.same_session_reply(rt, checking) is None  # in the middle of a check


def test_the_chat_says_back_the_period_chosen_and_when_the_next_check_is_due(rt, structured):
    from bot.conversation.steps import reviews as review_steps
    from bot.conversation.steps.turn import Turn

    turn = Turn(sender_id=SENDER, slots={"stage": "returning"})
    assert review_steps.period_wish(rt, turn, "who has my story?", NOW) is None
    assert review_steps.period_wish(rt, turn, "check my story every 3 months", NOW).replies[0].text == \
        "There is no saved story to check yet."
    shared_with(rt, structured)
    said = review_steps.period_wish(rt, turn, "check my story every 3 months", NOW + timedelta(days=1))
    assert said.replies[0].text == ("OK. I will ask you to check your story every 3 months. The next check is due "
                                    "on 22 February 2027.")  # 91 days after it was told (23 November 2026)
    never = review_steps.period_wish(rt, turn, "don't ask me to check it", NOW + timedelta(days=1)).replies[0].text
    assert never.startswith("I cannot stop the checks altogether") and "once a year" in never
    assert never.endswith("The next check is due on 23 November 2027.")
    weekly = review_steps.period_wish(rt, turn, "check it every week", NOW + timedelta(days=1)).replies[0].text
    assert weekly.startswith("The shortest I can leave it is a month")
