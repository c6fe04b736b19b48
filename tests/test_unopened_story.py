"""A story saved with no PIN chosen (the person left at "Please choose a PIN") could never be opened by
anyone; but when someone at the same phone or browser told a story afresh and chose a PIN, the first one
stayed beside it: a download gave it to them whole (every version is in a download), and its answers
were carried into the new story. Now it goes when a story is told afresh there, through the running stack."""
import uuid

import requests

from tests.journey_steps import confirm_read_back, finish_story, rest_speaker, saved_story
from tests.test_referral_status import SESSION_START

FIRST = "I have epilepsy and I take keppra. I live with my husband Tom."
SECOND = "I have asthma and use an inhaler. I live alone."


def test_a_story_nobody_could_open_does_not_go_to_the_next_teller(embedded_stack):
    sender = f"unopened-{uuid.uuid4().hex[:8]}"
    say = rest_speaker(embedded_stack, sender)
    say("hello")
    say("/tell_about_me")
    say(FIRST)
    _, asked = confirm_read_back(say, finish_story(say), pin=None)  # leaves at "Please choose a PIN"
    assert "choose a PIN" in asked, asked
    assert "keppra" in saved_story(embedded_stack, sender)[1].lower()

    say(SESSION_START)  # someone else at the same phone or browser, another day
    say("hello")
    say("/tell_about_me")
    say(SECOND)
    read, offers = confirm_read_back(say, finish_story(say))
    assert "epilepsy" not in read.lower() and "asthma" in read.lower(), read
    assert "These services could use it" in offers, offers
    version, profile = saved_story(embedded_stack, sender)
    assert "keppra" not in profile.lower() and "epilepsy" not in profile.lower() and version == 1

    link = next(w for w in say("download my story").split() if "/download/" in w)
    record = requests.get(link.rstrip("."), timeout=30).text.lower()
    assert "asthma" in record and "keppra" not in record and "epilepsy" not in record and "tom" not in record
