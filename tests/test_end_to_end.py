"""The whole product as a person meets it: trained Rasa server, action server, receiver and web chat
as real processes on free localhost ports, driven over Rasa's REST webhook and the web chat page."""
from __future__ import annotations

import json
import subprocess
import sys
import uuid

import pytest
import requests

from bot.ops.production import ProductionStack
from bot.ops.stack import Stack
from bot.sections import SECTIONS
from tests.journey_steps import answer_service_questions, confirm_read_back, finish_story, told_story

PART_ONE = ("My name is Margaret Quennell and I'm 78. I have type 2 diabetes and I take metformin 500mg "
            "twice a day. I'm allergic to penicillin. Dr Okonkwo at Riverside Surgery is my GP.")
PART_TWO = ("I live alone in a housing association flat on the third floor in Thistlewood Court. "
            "I can't manage the stairs and I use a walking frame. I'm on Universal Credit. "
            "Crocheting blankets matters to me.")
# Words only this story has: none may sit in plain text in the store or reach another person.
# This module's senders, and the intakes they shared, are its own: the stacks are shared with other
# modules (tests/conftest.py).
RUN = uuid.uuid4().hex[:8]
DISTINCTIVE = ["Quennell", "metformin", "penicillin", "Okonkwo", "Thistlewood", "Crocheting", "walking frame"]


@pytest.fixture(scope="module", params=["embedded_stack", "production_stack"], ids=["embedded", "production"])
def stack(request):
    """Every test here runs against the embedded mode (`make run`: SQLite, one of each server) and
    against the production mode (`make run-prod`: two Rasa and two action servers behind nginx,
    PostgreSQL, a Redis lock store), where consecutive messages land on different Rasa servers
    (both fixtures in tests/conftest.py)."""
    return request.getfixturevalue(request.param)


class Conversation:
    def __init__(self, stack: Stack, sender: str):
        self.url = stack.url("rasa") + "/webhooks/rest/webhook"
        self.headers = stack.rest_headers()  # the production mode's bearer token
        self.sender = sender
        self.transcript: list[str] = []

    def say(self, message: str) -> list[dict]:
        response = requests.post(self.url, json={"sender": self.sender, "message": message},
                                 headers=self.headers, timeout=120)
        assert response.status_code == 200
        replies = response.json()
        assert replies, f"no reply to {message[:40]!r}"
        self.transcript.extend(reply.get("text", "") for reply in replies)
        return replies

    def text(self, message: str) -> str:
        return "\n".join(reply.get("text", "") for reply in self.say(message))


def intakes(stack: Stack, service_id: str = "gp-practice") -> list[dict]:
    """What the service's staff see, read with their token as they would."""
    from bot.delivery.service_keys import staff_token
    from bot.settings import load_settings

    token = staff_token(load_settings(stack.env), service_id)
    return requests.get(f"{stack.url('receiver')}/staff/{service_id}/intakes.json",
                        headers={"Authorization": f"Bearer {token}"}, timeout=10).json()


@pytest.fixture(scope="module")
def ours(stack):
    """The GP practice's intakes this module's people shared: those after what it held before (the
    stack may have served other modules first)."""
    earlier = {intake["delivery_id"] for intake in intakes(stack)}
    return lambda: [intake for intake in intakes(stack) if intake["delivery_id"] not in earlier]


@pytest.fixture(scope="module")
def shared_with_gp(stack, ours):
    """Margaret tells her story once, confirms it, and shares it with her GP practice only."""
    alice = Conversation(stack, f"e2e-margaret-{RUN}")
    assert "about you, or about someone you care for" in alice.text("hello")
    assert "in your own words" in alice.text("/tell_about_me")
    assert "I have kept that" in alice.text(PART_ONE)
    assert "I have kept that" in alice.text(PART_TWO)
    # what matters is in the story, the goals are not: one gentle question, once
    assert "What would you like to achieve" in alice.text("that's all")
    first = alice.text("I want to stay in my own home.")
    assert "I have kept that" in first
    read_back, offers = confirm_read_back(alice.text, alice.text("that's all"))
    assert "You have type 2 diabetes." in read_back and "Is this right about your health?" in read_back
    assert "Your goals:\n- You want to stay in your own home." in read_back
    assert "These services could use it" in offers and "\n1. " in offers and "\n2. " in offers
    asked = alice.text('/choose_service{"service_id":"gp-practice"}')
    assert "I need a few things your story did not say" in asked
    assert "didn't get an answer" not in asked  # the form starting is not a reply
    consent_question = answer_questions(alice, asked)
    assert "Nothing else" in consent_question
    assert "has your details and has confirmed it" in alice.text("yes")
    return alice


def answer_questions(person: Conversation, asked: str) -> str:
    return answer_service_questions(person.text, asked)


def test_the_service_received_only_the_consented_sections(stack, shared_with_gp, ours):
    held = ours()
    assert len(held) == 1 and held[0]["service_id"] == "gp-practice"
    # The GP's form draws on these; the answers to its questions went into about_me and communication.
    expected = {"about_me", "health", "medications", "allergies", "services_involved", "communication"}
    assert set(held[0]["sections"]) == expected
    body = json.dumps(held[0])
    assert "metformin 500mg twice a day" in body and "penicillin" in body
    assert '"valueDate": "1947-02-14"' in body and "07700 900461" in body  # asked once, in the chat
    for unconsented in ("Thistlewood", "walking frame", "Universal Credit", "Crocheting"):
        assert unconsented not in body
    assert held[0]["questionnaireResponse"]["resourceType"] == "QuestionnaireResponse"
    assert set(SECTIONS) >= set(held[0]["sections"])


def stored_bytes(stack: Stack) -> bytes:
    """Everything the consent store's database holds, as bytes: the SQLite files (the consent
    store's and the conversations'), or every row of every table in PostgreSQL. Rasa's
    conversations must be among it (it used our tracker store)."""
    from sqlalchemy import create_engine, func, select

    from bot.settings import load_settings
    from consent_store.schema import conversations, metadata

    settings = load_settings(stack.env)
    url = settings.database_url
    if url.startswith("sqlite"):
        assert list(stack.var_dir.glob("consent_store.sqlite3*")), "the SQLite consent store is not in the var dir"
        assert settings.conversations_database_url.endswith("/conversations.sqlite3")
    else:
        assert isinstance(stack, ProductionStack) and url.startswith("postgresql")
        for embedded in ("consent_store.sqlite3*", "conversations.sqlite3*"):
            assert not list(stack.var_dir.rglob(embedded)), "production used an embedded database"
        assert settings.conversations_database_url == url
    engine = create_engine(settings.conversations_database_url, future=True)
    try:
        with engine.connect() as db:
            assert db.execute(select(func.count()).select_from(conversations)).scalar_one() >= 1
    finally:
        engine.dispose()
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as db:
            # bytea arrives as memoryview, whose repr shows no content: take every value's bytes
            rows = [bytes(value) if isinstance(value, (bytes, memoryview)) else str(value).encode()
                    for table in metadata.sorted_tables for row in db.execute(select(table)) for value in row]
    finally:
        engine.dispose()
    if url.startswith("sqlite"):
        return b"".join(path.read_bytes() for pattern in ("consent_store.sqlite3*", "conversations.sqlite3*")
                        for path in stack.var_dir.glob(pattern))
    return b"\n".join(rows)


def test_the_store_holds_none_of_the_story_in_plain_text(stack, shared_with_gp):
    raw = stored_bytes(stack)
    assert len(raw) > 0
    for word in DISTINCTIVE:
        assert word.encode() not in raw, word
    for path in stack.var_dir.rglob("*"):  # logs, keys, run files: nothing of the story either
        if path.is_file():
            content = path.read_bytes()
            assert not [w for w in DISTINCTIVE if w.encode() in content], path


def test_another_sender_cannot_see_the_first_persons_story(stack, shared_with_gp, ours):
    bob = Conversation(stack, f"e2e-someone-else-{RUN}")
    bob.say("hello")
    bob.say("/tell_about_me")
    assert "not heard your story" in bob.text("that's all")
    # an old button pressed mid-story is not taken as story, and does not leave the story
    assert "still telling me your story" in bob.text('/choose_service{"service_id":"gp-practice"}')
    bob.say("I have asthma and I use an inhaler every morning.")
    read_back, _ = confirm_read_back(bob.text, finish_story(bob.text))
    assert "You have asthma." in read_back and "diabetes" not in read_back
    answer_questions(bob, bob.text('/choose_service{"service_id":"gp-practice"}'))
    assert "has your details and has confirmed it" in bob.text("yes")
    for word in DISTINCTIVE + ["Margaret", "diabetes"]:
        assert all(word not in line for line in bob.transcript), word
    held = ours()
    assert len(held) == 2
    assert "asthma" in json.dumps(held[1]) and not any(w in json.dumps(held[1]) for w in DISTINCTIVE)


def test_a_message_after_the_conversation_ended_gets_a_sensible_reply(stack, shared_with_gp):
    assert "shared only where you agreed" in shared_with_gp.text("what happens now?")
    assert "shared only where you agreed" in shared_with_gp.text("🙂")


def test_bad_input_gets_a_reply_and_loses_nothing(stack):
    carol = Conversation(stack, f"e2e-bad-input-{RUN}")
    for odd in ("", "   ", "😀🙏", "مرحبا كيف حالك", "你好", "<script>alert(1)</script>"):
        assert "about you, or about someone you care for" in carol.text(odd)
    assert "name of the person you care for" in carol.text("/tell_about_someone")
    assert "just their name" in carol.text("😀🙏")
    for answer in ("Mum", "Son or daughter", "Carol", "They agreed I can", "Yes"):
        carol.say(answer)
    assert "did not get any words" in carol.text("") or "in your own words" in carol.text("")
    huge = ("My mum has arthritis in her knees and she lives on the second floor. " * 400)[:20_000]
    assert "I have kept that" in carol.text(huge)
    # Words in another language are not structured into English facts: said so plainly, nothing lost.
    assert "only understand English" in carol.text("Она говорит по-русски 🙂 和中文")
    read_back, _ = confirm_read_back(carol.text, finish_story(carol.text))
    assert "They have arthritis in their knees." in read_back


def test_the_read_back_takes_corrections_section_by_section(stack):
    from bot.conversation.journey import story
    from bot.ops.runtime import build_runtime
    from bot.settings import load_settings

    dan = Conversation(stack, f"e2e-correction-{RUN}")
    dan.say("hello")
    dan.say("/tell_about_me")
    dan.say("I have asthma and diabetes. I had a right hip replacement last year. "
            "I want to walk to the shops. My garden matters to me.")
    first = dan.text("that's all")
    assert "one part at a time" in first and "Is this right about what matters to you?" in first
    while "Is this right about your health?" not in first:
        first = dan.text("yes")
    assert "right hip" in first
    changed = dan.text("it's my left hip")
    assert "I have changed that" in changed and "left hip" in changed and "right hip" not in changed
    assert "I have taken that out" in (removed := dan.text("remove the diabetes"))
    assert "diabetes" not in removed.split("I have taken that out")[1]
    assert "What should it say?" in dan.text("that's wrong")
    assert "I have added that" in dan.text("add that I use a hearing aid")
    read_back, offers = confirm_read_back(dan.text, dan.text("yes"))
    assert "These services could use it" in offers
    rt = build_runtime(load_settings(stack.env))
    try:
        saved = story.current_profile(rt, dan.sender).profile["sections"]
    finally:
        rt.engine.dispose()
    health = " ".join(i["text"] for i in saved["health"])
    assert "asthma" in health and "left hip" in health and "diabetes" not in health
    assert any("hearing aid" in i["text"] for items in saved.values() for i in items)


def test_consent_can_leave_parts_out(stack, ours):
    gil = Conversation(stack, f"e2e-parts-{RUN}")
    gil.say("hello")
    gil.say("/tell_about_me")
    gil.say("I have asthma and I take salbutamol. I'm allergic to latex. I want to breathe better. "
            "Singing matters to me.")
    confirm_read_back(gil.text, finish_story(gil.text))
    asked = answer_service_questions(gil.text, gil.text('/choose_service{"service_id":"gp-practice"}'))
    assert "leave parts out" in asked and "your medicines" in asked
    again = gil.text("no, not my medicines")
    assert "will receive:" in again and "your medicines" not in again and "your health" in again
    assert "has your details" in gil.text("yes")
    held = [i for i in ours() if "latex" in json.dumps(i)]
    assert len(held) == 1 and "medications" not in held[0]["sections"] and "health" in held[0]["sections"]
    assert "salbutamol" not in json.dumps(held[0])


def test_a_carer_says_whose_story_and_on_what_basis(stack):
    from bot.conversation.journey import sharing, story
    from bot.ops.runtime import build_runtime
    from bot.settings import load_settings

    eve = Conversation(stack, f"e2e-carer-{RUN}")
    eve.say("hello")
    assert "name of the person you care for" in eve.text("/tell_about_someone")
    assert "How are you related to Rose" in eve.text("Rose Example")
    assert "what is your name" in eve.text("Daughter")
    asked = eve.say("Eve Example")[-1]
    assert "right to speak for Rose" in asked["text"] and len(asked["buttons"]) == 7  # with "None of these"
    assert "Please choose one of the options" in eve.text("because")
    assert "Does Rose know" in eve.text("Power of attorney: health and welfare")
    told = eve.text("Yes")
    assert "Thank you" in told and "Please tell me about the person you care for" in told
    eve.say("She has dementia and arthritis. She wants to stay at home. Her cat matters to her.")
    read_back, offers = confirm_read_back(eve.text, eve.text("that's all"))
    assert "They have dementia." in read_back and "These services could use it" in offers
    rt = build_runtime(load_settings(stack.env))
    try:
        saved = story.current_profile(rt, eve.sender)
        assert saved.told_by == "carer" and saved.representative_id
        assert saved.profile["teller"]["basis"] == "lpa_health_welfare"
        assert saved.profile["teller"]["knows"] == "yes"
        assert sharing.told_by_text(saved.profile, saved.told_by) == (
            "their daughter, on the basis of lasting power of attorney for health and welfare; the person knows")
        assert any(i["text"] == "Rose Example" for i in saved.profile["sections"]["about_me"])
    finally:
        rt.engine.dispose()


def test_a_money_attorney_cannot_agree_to_share_health(stack):
    fay = Conversation(stack, f"e2e-money-attorney-{RUN}")
    fay.say("hello")
    fay.say("/tell_about_someone")
    for answer in ("Sam", "Son or daughter", "Fay", "Power of attorney: money and property", "Yes"):
        fay.say(answer)
    fay.say("He has diabetes. He is behind with his rent and on Universal Credit. He wants to keep his flat. "
            "His dog matters to him.")
    read_back, offers = confirm_read_back(fay.text, fay.text("that's all"))
    consent = answer_service_questions(fay.text, fay.text("1"))
    assert "will receive:" in consent and "health" not in consent.split("will receive:")[1].split(".")[0]
    assert "medicines" not in consent.split("will receive:")[1].split(".")[0]


def test_the_web_chat_page_and_its_conversations(stack):
    page = requests.get(stack.url("webchat") + "/", timeout=10)
    assert page.status_code == 200 and "Tell your story once" in page.text
    first, second = requests.Session(), requests.Session()
    assert 'data-new-conversation="yes"' in first.get(stack.url("webchat") + "/", timeout=10).text
    second.get(stack.url("webchat") + "/", timeout=10)
    assert first.cookies["tell_session"] != second.cookies["tell_session"]
    # a reload keeps the conversation and does not greet again (which would add "hello" to a story)
    assert 'data-new-conversation="no"' in first.get(stack.url("webchat") + "/", timeout=10).text

    def send(session, message):
        response = session.post(stack.url("webchat") + "/api/message", json={"message": message}, timeout=120)
        return response.status_code, " ".join(reply.get("text", "") for reply in response.json())

    send(first, "hello")
    assert "in your own words" in send(first, "/tell_about_me")[1]
    assert "I have kept that" in send(first, "I have asthma.")[1]
    # the second browser is a different conversation: its "hello" is a fresh start
    assert "about you, or about someone you care for" in send(second, "hello")[1]
    assert "I have kept that" in send(first, "I use an inhaler.")[1]
    status, text = send(second, "x" * 200_000)
    assert status == 413 and "too long" in text
    bad = second.post(stack.url("webchat") + "/api/message", data=b"{not json", timeout=10,
                      headers={"Content-Type": "application/json"})
    assert bad.status_code == 400 and "did not arrive properly" in bad.json()[0]["text"]
    status, text = send(first, "I have\x00 gout.")
    assert status == 400 and "character I can't read" in text
    assert "I have kept that" in send(first, "I take \u202eallopurinol\u202c daily.")[1]
    read_back, _ = confirm_read_back(lambda m: send(first, m)[1], finish_story(lambda m: send(first, m)[1]))
    assert "allopurinol" in read_back and "\u202e" not in read_back and "gout" not in read_back


def test_a_reload_in_the_middle_of_sharing_loses_nothing(stack):
    """A phone reloads a tab after another app was opened: the consent given after it still shares, nothing typed lost.
    (Session 22 first ended the PIN's rights whenever the page was opened again; a second reader worried, and this test
    found "yes" at the consent question then got "Sorry, I did not catch that": that was taken out.)"""
    browser = requests.Session()
    browser.get(stack.url("webchat") + "/", timeout=10)

    def send(message):
        response = browser.post(stack.url("webchat") + "/api/message", json={"message": message}, timeout=120)
        return " ".join(reply.get("text", "") for reply in response.json())

    send("hello")
    send("/tell_about_me")
    send("I am 60 and have asthma. I use an inhaler. I live alone. I want to walk more.")
    _, offers = confirm_read_back(send, finish_story(send))
    asked = answer_service_questions(send, send('/choose_service{"service_id":"gp-practice"}'))
    assert "Do you agree to share this?" in asked
    browser.get(stack.url("webchat") + "/", timeout=10)  # the tab reloaded
    reply = send("yes")
    if "PIN" in reply:
        reply = send("3917")
        for _ in range(3):
            if "has your details" in reply:
                break
            reply = send("yes")
    assert "has your details" in reply, reply


def test_after_nothing_else_the_pin_is_asked_again(stack):
    """"Nothing else" at the menu ("Come back any time") ends what the PIN opened: whoever holds the phone next types
    it before the story is downloaded (a stranger, session 22: the whole record, the PIN never asked again)."""
    say, _ = told_story(stack, "done-here")
    assert "/download/" in say("Download my story")
    assert "Come back any time" in say("Nothing else")
    asked = say("Download my story")
    assert "/download/" not in asked and "PIN" in asked, asked


def test_who_has_my_story_and_the_disclosure_log_after_a_real_share(stack, shared_with_gp, ours):
    from bot.conversation.journey import your_record
    from bot.ops.runtime import build_runtime
    from bot.settings import load_settings
    from consent_store import audit

    rt = build_runtime(load_settings(stack.env))
    try:
        holders = your_record.who_has_my_story(rt, shared_with_gp.sender)
        assert [(h.service, h.still_sharing) for h in holders] == [("Riverside Surgery (GP practice)", True)]
        assert set(holders[0].sections) == set(ours()[0]["sections"])
        assert holders[0].receipt_codes and holders[0].receipt_codes[0] in "\n".join(shared_with_gp.transcript)
        assert your_record.who_has_my_story(rt, f"someone-who-never-spoke-{RUN}") == []
        with rt.sessions.begin() as session:  # rows are there, and the keyed chain holds: as an operator checks it
            assert audit.verify_chain(session)[0] >= 2
        checked = subprocess.run([sys.executable, "-m", "consent_store", "verify-audit"], env=stack.env,
                                 capture_output=True, text=True, timeout=120)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    finally:
        rt.engine.dispose()
