"""Wishes about who else may see the referrals, read as people type them (issue 21): whom they name,
for how long, the story or not; stops and questions; and what is not one (a service, one's own
referrals). The tuning sets in data/pathway/ are read as a whole too, so a change that loses many
of them fails here; the held-out set is measured by benchmarks/viewer_wishes.py only."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.conversation.meaning.viewers import viewer_wish_of

DATA = Path(__file__).resolve().parents[4] / "data" / "pathway"


@pytest.mark.parametrize(("text", "kind", "name", "relation", "days", "story"), [
    ("let mick c my referalz 4 2 wks", "name", "Mick", None, 14, False),
    ("can my daughter keep an eye on how things are going, for a month", "name", None, "daughter", 30, False),
    ("Tom Fletcher is my support worker, can he see the progress for 2 months", "name", "Tom Fletcher",
     None, 60, False),
    ("My cousin Fatima, she help me with letters. She can look one week please?", "name", "Fatima", None, 7, False),
    ("I'd like my daughter to see my referrals and read what I wrote. A month will do.", "name", None,
     "daughter", 30, True),
    ("Fatima is my friend. She can see two months please, not my story only the progress", "name", "Fatima",
     None, 60, False),
    ("Put Ahmed down as someone who can view the progress. Three months. Include my story too.", "name",
     "Ahmed", None, 90, True),
    ("My brother and I share the caring for mum. Can he get his own link to her referrals", "name", None,
     "brother", None, False),
    ("lou can c my referals 4 48 hrs", "name", "Lou", None, 2, False),
])
def test_a_wish_to_let_someone_see(text, kind, name, relation, days, story):
    wish = viewer_wish_of(text)
    assert wish is not None and (wish.kind, wish.name, wish.days, wish.story) == (kind, name, days, story), wish
    assert relation is None or wish.relation == relation


@pytest.mark.parametrize(("text", "name", "everyone"), [
    ("take Priya of the list she dosnt need to see it", "Priya", False),
    ("Cut off Kev's access please.", "Kev", False),
    ("leanne and me fell out, she cant see my referrals no more", "Leanne", False),
    ("turn off all the links", None, True),
    ("stop all three of them seeing it, i dont want any of them to", None, True),
    ("Hannah's moved to another hostel so she's not my key worker any more. Please end her link.", "Hannah", False),
])
def test_a_wish_to_stop_someone(text, name, everyone):
    wish = viewer_wish_of(text)
    assert wish is not None and (wish.kind, wish.name, wish.everyone) == ("stop", name, everyone), wish


@pytest.mark.parametrize("text", ["who can c my stuff", "have i let anyone see this", "is priya still on it",
                                  "Did I add my neighbour in the end?"])
def test_a_question_who_can_see(text):
    wish = viewer_wish_of(text)
    assert wish is not None and wish.kind == "who", wish


@pytest.mark.parametrize("text", ["Send my story to the district nurses", "can i see where my referrals are at",
                                  "I want to see my referrals", "stop the council seeing my story please",
                                  "let Riverside Surgery see my story", "share my story with Ann",
                                  "my daughter helps me with everything", "Delete everything please.",
                                  "My son is going to ring the GP on my behalf tomorrow", "hello", "",
                                  # a second read: each of these was a viewer named, stopped, or everyone stopped
                                  "My daughter can't see me often so I need help with shopping",
                                  "my husband can't look after me anymore", "I want to be able to see my friends again",
                                  "add my new medication", "add that i have diabetes", "add that my husband hits me",
                                  "include my allergies", "can i get a link to download", "i lost the link",
                                  "the link doesnt work", "send the link again", "take me off the list",
                                  "turn it all off"])
def test_not_a_wish_about_viewers(text):
    assert viewer_wish_of(text) is None


def test_the_tuning_sets_stay_read():
    from benchmarks.viewer_wishes import judge

    for name in ("viewer_wishes_tuning.tsv", "viewer_wishes_tuning2.tsv", "viewer_wishes_tuning3.tsv"):
        with open(DATA / name, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        right = sum(judge(row)[0] for row in rows)
        assert right / len(rows) >= 0.9, (name, right, len(rows))
