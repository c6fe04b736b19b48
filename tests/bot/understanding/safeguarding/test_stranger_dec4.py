"""A stranger on the running stack (2026-12-04): "i feel like giving up on everything" got no help (0.14, no rule);
"no keep it", the chat's own button typed, got the self-harm help; "my husband makes me feel worthless and says no
one would believe me" got Rape Crisis only, and "please delete everything, i dont want him finding it" the
Samaritans (bot/understanding/safeguarding/)."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import corpus
from bot.understanding.safeguarding.categories import DOMESTIC_ABUSE


@pytest.mark.parametrize("text", ["i feel like giving up on everything", "feel like givin up on life tbh",
                                  "im giving up on it all", "i felt like giving up, its all too much",
                                  "ive given up on myself"])
def test_giving_up_on_everything_is_heard(listening, text):
    assert "suicidal" in listening.check(text).categories


@pytest.mark.parametrize("text", ["i feel like giving up smoking", "I gave up work to care for my mum",
                                  "I feel like giving up on the diet", "she gave up driving last year",
                                  "i would never give up on life"])
def test_a_thing_given_up_is_no_disclosure(listening, text):
    assert not listening.check(text).concern


def test_every_button_title_is_read_as_ordinary(listening):
    titles = corpus.button_titles()
    assert {"No, keep it", "Yes, delete everything", "Someone I care for", "Who has my story?", "Remove this",
            "Husband, wife or partner", "They agreed I can"} <= set(titles)
    for title in titles:
        for typed in (title, title.lower().replace(",", "").replace("'", "").replace("?", "")):
            assert not listening.check(typed).concern, typed


def test_button_titles_are_ordinary_examples():
    replies = {e.text for e in corpus.conversation_replies() if not e.is_disclosure}
    assert "No, keep it" in replies and "Yes, clear it" in replies


@pytest.mark.parametrize("text", ["my husband makes me feel worthless and says no one would believe me",
                                  "my husband makes me feel worthless", "my boyfriend forces me to do things i dont want",
                                  "my husband takes all my money"])
def test_a_partners_harm_gets_the_domestic_abuse_help(listening, text):
    found = listening.check(text)
    assert "domestic_abuse" in found.categories and DOMESTIC_ABUSE in (found.reply() or "")


@pytest.mark.parametrize("text", ["my son takes my pension", "my husband has dementia and the carers ignore him"])
def test_harm_by_others_not_a_partner_gets_no_domestic_abuse_help(listening, text):
    found = listening.check(text)
    assert found.concern and "domestic_abuse" not in found.categories


@pytest.mark.parametrize("text", ["please delete everything, i dont want him finding it",
                                  "im scared he will see this", "can you delete this, i dont want him to read it"])
def test_fear_of_him_finding_it_is_not_safe_at_home(listening, text):
    found = listening.check(text)
    assert "not_safe_at_home" in found.categories and "suicidal" not in found.categories


@pytest.mark.parametrize("text", ["my son takes my pension and wont let me have my bank card",
                                  "he wont let me see my friends or family and checks where i go",
                                  "my husband makes me feel worthless", "i was hit by my son"])
def test_harm_to_the_writer_is_heard_as_theirs(listening, text):
    assert listening.harmed_the_writer(text)


@pytest.mark.parametrize("text", ["its for my mum, my brother takes her money", "my son takes my mums pension",
                                  "my dad has dementia and his carers are rough with him", "its for my nan",
                                  "my husband hit me years ago but not any more"])
def test_harm_to_someone_else_is_not_the_writers(listening, text):
    assert not listening.harmed_the_writer(text)
