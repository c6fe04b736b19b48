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
    "the form asked if my partner hurts me, no he doesnt, hes lovely to me",
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


# A second reader (session 33) found these made wrong by the first forms of this session's rules; each is right again
@pytest.mark.parametrize("text, kind", [
    ("I don't want to be here anymore since my wife took her own life, her memorial is on sunday", "suicidal"),
    ("my brother killed himself and im doing a walk for him, i have the rope ready", "suicidal"),
    ("my mum took her own life, I walk to the bridge every night and think about jumping", "suicidal"),
    ("my son helps with my banking and has changed all the passwords so I can't get in", "financial_abuse"),
    ("my son helps with my banking and uses my money for drugs", "financial_abuse"),
    ("he's a slave driver, we work every day with no days off and he keeps our bank cards", "exploitation"),
    ("the boss is a slave driver, he took my ID card and we can't go anywhere without him", "exploitation"),
    ("my psychology teacher touched me after the lesson", "sexual_abuse"),
    ("the policy at the care home is to lock residents in their rooms at night", "care_abuse"),
    ("he won't let me have another drink of water until I've finished the cleaning", "coercive_control"),
    ("the doctor asked if my husband hurts me, no he doesnt hurt me, he just locks me in", "domestic_abuse"),
    ("the health visitor asked if he ever hits the kids, no he doesnt, only me", "domestic_abuse"),
])
def test_what_the_first_forms_of_the_rules_lost_is_heard(text, kind):
    assert kind in _heard(text)


@pytest.mark.parametrize("text", [
    "I go through my emails every morning and delete the junk",
    "can you go through my messages and delete my details please",
    "watched a documentary about suicide, i think i have seen it before",
    "the bus driver wouldn't stop when I asked, no idea why",
    "we had a slap up meal for the residents at christmas",
])
def test_what_the_first_forms_of_the_rules_raised_is_quiet(text):
    assert _heard(text) == []


@pytest.mark.parametrize("text, kind", [
    ("I made a fruit punch for the residents' party", "care_abuse"),
    ("the kids wouldnt stop when i said no more screen time", "sexual_abuse"),
    ("the salesman would not stop when I said no thanks", "sexual_abuse"),
])
def test_no_rule_of_this_session_hears_a_harm_in_them(text, kind):
    assert kind not in {category for heard in detector().evidence(text) for category, _ in heard.raised}
