"""A misspelling nearer an everyday word than a word the rules look for is the everyday word: "documentry" was read
"documents" (two edits; "documentary" is one), so a documentary about suicide or county lines was no longer a
documentary and a rule raised the alarm (a fifth unseen set, session 20). Through the product's detector; the
sentences are new, and twins that tell a harm are still heard: what the writer says of themselves after naming the
subject ("... and now i want to kill myself") a rule hears (it was left to the classifier alone, 0.53)."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import typed


@pytest.mark.parametrize("typed_as, read_as", [("documentry", "documentary"), ("documntary", "documentary"),
                                               ("documetary", "documentary")])
def test_a_typo_one_edit_from_an_everyday_word_is_that_word(typed_as, read_as):
    assert typed.plain_words(f"a {typed_as} on tonight") in (["a", read_as, "on", "tonight"], ["a", typed_as, "on", "tonight"])
    assert typed.plain_words(f"a {typed_as} on tonight")[1] != "documents"


@pytest.mark.parametrize("said", [
    "saw a documentry on domestic violence, made me cry",
    "the documentry about suicide in young men was hard to watch",
    "watched a documentry on grooming gangs with my wife",
    "been watching a documentry about county lines with our kid",
    "they had a documntary about rape in the forces on the radio",
    "that programme was so boring i wanted to jump off a cliff haha",
])
def test_a_documentary_typed_without_its_a_is_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


@pytest.mark.parametrize("said, category", [
    ("watched a documentry about suicide and now i want to kill myself", "suicidal"),
    ("he threatend to kill me if i tell anyone", "domestic_abuse"),
    ("i want to kil myself", "suicidal"),
])
def test_a_harm_said_with_typos_is_still_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)
