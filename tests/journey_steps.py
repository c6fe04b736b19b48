"""Steps of the journey as a person takes them, for the tests that drive a running stack
(`embedded_stack`, tests/conftest.py): speaking over REST, ending the story, the read-back ("yes" to
each section, then a PIN twice), and a service's questions."""
from __future__ import annotations

import uuid
from typing import Callable

PIN = "3917"  # what the test people choose: four digits, neither repeated nor running


def rest_speaker(stack, sender: str) -> Callable[[str], str]:
    """Say a message over the running assistant's REST webhook as `sender`; returns the replies' text."""
    import requests

    url = stack.url("rasa") + "/webhooks/rest/webhook"

    def say(message: str) -> str:
        replies = requests.post(url, json={"sender": sender, "message": message}, headers=stack.rest_headers(),
                                timeout=60).json()
        return "\n".join(reply.get("text", "") for reply in replies)

    return say


def confirm_read_back(text: Callable[[str], str], first: str, pin: str | None = PIN,
                      answers: dict[str, str] | None = None) -> tuple[str, str]:
    """`first` is the reply to "that's all". Says "yes" (or an answer in `answers`, keyed by words of
    the section's question) to each section read back; chooses `pin` when asked. Returns everything
    read back, and the reply that came after the read-back (the services on offer)."""
    read, reply = first, first
    for _ in range(30):
        if "Is this right about" in reply:
            topic = next((words for words in (answers or {}) if words in reply.splitlines()[-1]), None)
            reply = text(answers.pop(topic) if topic else "yes")
            read += "\n" + reply
        elif "choose a PIN" in reply and pin:
            reply = text(pin)
            assert "type the same PIN again" in reply, reply
            reply = text(pin)
            assert "Your PIN is set" in reply, reply
            return read, reply
        else:
            return read, reply
    raise AssertionError("the read-back did not end")


def finish_story(text: Callable[[str], str]) -> str:
    """Says "that's all", and again after each follow-up question (goals, what matters)."""
    reply = text("that's all")
    for _ in range(3):
        if "Or say \"that's all\" to go on" not in reply:
            return reply
        reply = text("that's all")
    return reply


ANSWERS = {"date of birth": ["31/02/1947", "14 February 1947"],  # a date that does not exist, then one that does
           "phone number": ["07700 900461"], "in hospital": ["No"], "full name": ["Ann Example"],
           "allergies": ["none"], "address": ["12 Example Street, Leeds LS1 4AP"],
           "help with day to day": ["washing and dressing"], "matters most": ["my family"],
           # welfare benefits advice (offered first when money is in the story)
           "describes where": ["Council or housing association"], "benefits do": ["Universal Credit"],
           "working at the moment": ["No"], "in savings": ["No"], "like help with": ["A full benefits check"],
           # employment support
           "describes your work": ["Off sick from work"], "hard to do day to day": ["lifting and carrying"]}


def answer_service_questions(text: Callable[[str], str], asked: str) -> str:
    """Answer the service's questions until the consent question comes (returned), leaving the rest
    for the service at the first one its form does not need and ANSWERS does not know. A question
    comes again only after a reply that did not answer it."""
    times: dict[str, int] = {}
    for _ in range(12):
        if "Do you agree to share this?" in asked:
            return asked
        topic = next((t for t in ANSWERS if t in asked), None)
        if topic is None and "The form does not need this one" in asked:  # the rest are left too
            asked = text("leave the rest for the service")
            continue
        assert topic, asked
        times[topic] = times.get(topic, 0) + 1
        assert times[topic] <= len(ANSWERS[topic]), f"asked again after an answer: {topic}"
        asked = text(ANSWERS[topic][times[topic] - 1])
    raise AssertionError(f"no consent question after the service's questions: {asked[-200:]}")


STORY = "I am 60 and have asthma. I use an inhaler. I live alone. I want to walk more. My garden matters to me."


def told_story(stack, name: str, story: str = STORY) -> tuple[Callable[[str], str], str]:
    """A person who told `story` and chose PIN, in this session (no service chosen yet: the offers are the
    last reply); returns how they speak and their id."""
    sender = f"{name}-{uuid.uuid4().hex[:8]}"
    say = rest_speaker(stack, sender)
    say("hello")
    say("/tell_about_me")
    say(story)
    _, offers = confirm_read_back(say, finish_story(say))
    assert "These services could use it" in offers, offers
    return say, sender


def saved_story(stack, sender: str) -> tuple[int, str]:
    """The version and the profile (as text) of the latest story saved for `sender`, read from the store."""
    from bot.ops.runtime import build_runtime
    from bot.settings import load_settings
    from consent_store import people

    rt = build_runtime(load_settings(stack.env))
    try:
        with rt.reading.begin() as session:
            person = people.find_person(session, rt.kek, people.handle_hash(rt.lookup_key, sender))
            saved = people.latest_profile(session, person)
            return saved.version, str(saved.profile)
    finally:
        rt.engine.dispose()
