"""Names and dates of birth as people type them: a name in full before "born", "hes called", a date said
in words, all in lower case (the tuning-voices forms set's misses)."""
from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2026, 12, 4)


def _about(profile: dict, kind: str) -> list:
    return [i.get("value", i["text"]) for i in profile["sections"]["about_me"] if i.get("kind") == kind]


@pytest.mark.parametrize("story, name, born", [
    ("Ah sure. Declan Fahy, born the 2nd of February 1942 in Mayo, so I'm eighty-four now.", "Declan Fahy", "1942-02-02"),
    ("my names gareth pugh born nineteenth of june nineteen fifty eight i live at forty two heol y nant",
     "Gareth Pugh", "1958-06-19"),
    ("hello my name is jade born on the 3rd of march nineteen eighty one", "Jade", "1981-03-03"),
])
def test_their_own_name_and_date_of_birth(structurer, story, name, born):
    profile = structurer.structure([story], today=TODAY)
    assert (_about(profile, "name"), _about(profile, "date_of_birth")) == ([name], [born])


def test_a_carer_saying_hes_called(structurer):
    profile = structurer.structure(["im typin this for me dad cos his eyes r bad. hes called Lee Robson born 3rd march "
                                    "1981. we live at 9 Hylton Terrace"], teller="carer", relationship="son", today=TODAY)
    assert (_about(profile, "name"), _about(profile, "date_of_birth")) == (["Lee Robson"], ["1981-03-03"])


@pytest.mark.parametrize("story", [
    "My Bridie, born the 2nd of February 1942, passed three years ago.",  # the wife's, not the person's name
    "Mum Eileen, born 1938, had dementia.",
    "my name is born in wales",
    "the first of may nineteen eighty one was a good day",  # no word says it is when they were born
])
def test_no_name_or_birth_date_that_is_not_theirs(structurer, story):
    profile = structurer.structure([story], today=TODAY)
    assert _about(profile, "name") == [] and _about(profile, "date_of_birth") == []
