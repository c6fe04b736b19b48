"""Strangers on the running stack (2026-12-04, session 17) got the help for ordinary answers: a goal to go out and
talk to people one does not know (exploitation, the classifier alone 0.54), a number to ring rather than a partner's
(coercive control, 0.91), and a goal to sleep upstairs in one's own bed again (not safe at home, 0.28). Rows of their
kinds, in many voices, with near twins that tell a harm, are in data/safeguarding/tuning_session17.tsv; the messages
below are worded apart from those rows, so that the classifier is tried on what it has not read."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import corpus


@pytest.mark.parametrize("text", ["going out n talking to ppl i dont know, busy places",
                                  "ring me on 07700 900123 not him he wont answer",
                                  "I told you, to sleep in my own bed upstairs again"])
def test_the_strangers_answers_get_no_help(listening, text):
    assert not listening.check(text).concern


@pytest.mark.parametrize("text", ["to go out n chat to ppl i dont know, and manage busy shops",
                                  "ring me on 07700 900555 not my husband, he never picks up",
                                  "i want to sleep in my own bed upstairs again, not the sofa"])
def test_answers_like_them_get_no_help(listening, text):
    assert not listening.check(text).concern


@pytest.mark.parametrize("text, kind", [
    ("ppl i dont know have moved into my flat n make me hold stuff for them", "exploitation"),
    ("ring me on 07700 900555 not the house phone, he listens to all my calls and wont let me talk to anyone",
     "coercive_control"),
    ("i cant sleep in my own bed upstairs, hes in there and he hits me", "domestic_abuse")])
def test_their_near_twins_that_tell_a_harm_get_the_help(listening, text, kind):
    found = listening.check(text)
    assert found.concern and kind in found.categories or found.concern and kind == "domestic_abuse" \
        and "not_safe_at_home" in found.categories


def test_the_session17_batch_is_read_with_the_tuning_corpus():
    texts = {e.text for e in corpus.tuning()}
    assert "ring me on 07700 900123 not him he wont answer" in texts
    assert not any(text.startswith("# left out") for text in texts)


@pytest.mark.parametrize("text", ["husband hitting. send help", "boyfriend hitting again, please help",
                                  "my partner punching the walls and me, scared",
                                  "Flat 2, 9 Mill Lane, Leeds LS6 2AB. husband hitting. help",
                                  # the classifier gave it 0.02 beside the address: with its plea it is a sure pattern
                                  "4 Kings Road M30 0AB. wife attacking. send help"])
def test_a_partner_and_the_violence_said_without_whom_is_heard(listening, text):
    """No rule heard "husband hitting" (nobody named as hit): the classifier alone gave it 0.28 after a refit."""
    assert "domestic_abuse" in listening.check(text).categories


@pytest.mark.parametrize("text", ["i do it all myself, nobody helps me", "nobody helps me, i cope fine on my own",
                                  "i manage by myself, no one helps me"])
def test_managing_alone_with_nobody_helping_is_no_disclosure(listening, text):
    assert not listening.check(text).concern


@pytest.mark.parametrize("text", ["i do it all myself, nobody helps me and i have not eaten in three days",
                                  "i can not manage, nobody helps me wash or eat"])
def test_managing_alone_with_going_without_is_still_neglect(listening, text):
    assert "neglect" in listening.check(text).categories


@pytest.mark.parametrize("text", ["night off from caring tonight, going to bingo with my sister",
                                  "a night off tonight, going to the pictures", "going to bingo with my sister tonight"])
def test_a_night_off_or_an_outing_is_no_plan_to_die(listening, text):
    """The classifier alone read "going" and "tonight" as a plan (0.41 to 0.71 suicidal): a night off or an outing
    somewhere ordinary is a figure of speech's reason (context._IDIOMS), so it alone needs 0.9."""
    assert not listening.check(text).concern


@pytest.mark.parametrize("text", ["going to the bridge tonight, i wont be coming back",
                                  "night off tonight, im going to take all my tablets",
                                  "im going to the pub tonight to say goodbye to everyone, then thats it"])
def test_a_plan_said_with_an_outing_is_still_heard(listening, text):
    assert "suicidal" in listening.check(text).categories
