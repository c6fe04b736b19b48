"""A child at risk said across messages (a stranger on the stack, session 26): "my grandson is 12" said before, then
"my grandson told me his stepdad locks him in his room and doesnt feed him" got only the adults' Domestic Abuse
Helpline; a writer who said "im jayden 17 n i live w my nan" got the adults' help for a harm to himself."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built
from bot.understanding.safeguarding.categories import NSPCC
from bot.understanding.safeguarding.context import a_child_writing


@pytest.fixture(scope="module")
def detector():
    return built()


@pytest.mark.parametrize("now, before", [
    ("my grandson told me his stepdad locks him in his room and doesnt feed him", "my grandson is 12 and lives with his mum"),
    ("Jayden says his mums boyfriend hits him", "Jaydens only 9"),
])
def test_a_harm_to_someone_said_before_to_be_a_child_gets_the_help_for_a_child(detector, now, before):
    found = detector.told_by_a_child(detector.check(now), [now, before])
    assert "child_at_risk" in found.categories and NSPCC in (found.reply() or ""), found


@pytest.mark.parametrize("now, before", [
    ("my grandson told me his stepdad locks him in his room", "my grandson is 22 and at uni"),
    ("my husband hits me", "my grandson is 12"),  # the writer harmed, a child named apart
    ("my grandson told me his stepdad locks him in his room", "my granddaughter is 9"),  # another one
])
def test_a_child_said_before_is_not_everyones(detector, now, before):
    assert "child_at_risk" not in detector.told_by_a_child(detector.check(now), [now, before]).categories


@pytest.mark.parametrize("said, child", [
    ("im jayden 17 n i live w my nan", True), ("hi im jayden 17 from leeds", True), ("Im Sarah, 16, and at college", True),
    ("im on 15 and it helps", False), ("im waiting 10 minutes for the bus", False), ("im sarah 45 and a carer", False),
])
def test_a_name_then_an_age_says_a_child_is_writing(said, child):
    assert a_child_writing(said) is child
