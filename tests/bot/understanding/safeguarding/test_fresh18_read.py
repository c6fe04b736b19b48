"""The eighteenth fresh held-out set (data/safeguarding/heldout_fresh18.tsv, session 33), read after its first run: its
misses and the false alarms a rule raised, each fixed in general words and tested here in words of our own (never its
lines), with near twins that must keep their meaning."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector


def _heard(text: str) -> list[str]:
    found = detector().check(text)
    return found.categories if found.concern else []


@pytest.mark.parametrize("text, kind", [
    # consent not stopped for: typed as people type
    ("bloke off tinder wudnt stop wen i said no. prob nothing lol", "sexual_abuse"),
    ("he didnt stop even though i said no, i keep thinking about it", "sexual_abuse"),
    # a care worker who saw a resident hurt by a colleague
    ("I work nights at a care home and I saw the senior smack one of the residents last week", "care_abuse"),
    ("i am a support worker and i watched my colleague slap a patient with dementia, what do i do", "care_abuse"),
    ("my manager shoved a patient into the chair and laughed", "care_abuse"),
    # what is read after, so the message is deleted
    ("she checks through my messages when she gets in so im deleting this after", "coercive_control"),
])
def test_what_the_set_showed_unheard_is_heard_in_new_words(text, kind):
    assert kind in _heard(text)


@pytest.mark.parametrize("text", [
    "My daughter helps me with my online banking since my stroke, I still decide everything. Can I get a blue badge?",
    "Our grandson helps with the bills as Dad can't see the letters any more",
    "My granddad helps with my banking because I'm rubbish with numbers, I check it all myself. Can I get help with my CV?",
    "She is forty with kids of her own now and lives in Leeds",
    "my gaffer is a slave driver lol, 11 hours today, but the money is good",
    "She's sixty now and has grandchildren of her own, they visit on Sundays",
    "my uncle died by suicide two years ago and we're doing a sponsored run in his memory, could the surgery put up a poster",
    "my supervisor is a right slave driver lol, 10 hour shift today, feet are killing me",
    "we did domestic abuse in sociology today and it was really interesting. can i book a smear test",
    "The wife won't let me have another biscuit, says it's my sugar. Fair enough. Can I see the diabetes nurse?",
    "the leaflet asked if my husband hits me, no he does not, he is a gentle soul. anyway i need a flu jab",
])
def test_the_near_misses_raise_no_alarm(text):
    assert _heard(text) == []


@pytest.mark.parametrize("text, kind", [
    ("my son helps with my banking but he keeps taking money out without asking", "financial_abuse"),
    ("she is only 9 and left on her own all night while her mum goes out", "child_at_risk"),
    ("my brother took his own life and im doing a walk for charity but honestly i want to join him", "suicidal"),
    ("the boss is a slave driver, he has my passport and i sleep in the van", "exploitation"),
    ("he wont let me have another meal until i hand over my money", "coercive_control"),
    ("the nurse asked if my partner hits me, no he does not, he strangles me", "domestic_abuse"),
    ("we did self harm in psychology today and i realised i do it too", "self_harm"),
    ("we did coercive control in sociology and i think i am going through it, he checks my phone every night",
     "coercive_control"),
    ("my toddler would not stop crying when i said no", None),
    ("i hurt my back lifting patients at work", None),
])
def test_their_near_twins_keep_their_meaning(text, kind):
    heard = _heard(text)
    assert (kind in heard) if kind else heard == [], heard
