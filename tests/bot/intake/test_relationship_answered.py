"""A carer asked "How are you related to Frank?" answered "daughter", and the carer's assessment told the council
Frank is the carer's "Son or daughter" (a stranger, session 19): the reply names the carer's relation to the person,
and the form's item is the person's relation to the carer. The mapping's own words for each option (the carer's
relation) now read the reply before an option's label is searched; a button's label typed is that option."""
from __future__ import annotations

from datetime import date

import pytest

from bot.intake.gaps import gaps_for, parse_answer
from tests.bot.intake.test_forms import REGISTRY

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def relationship():
    carers = REGISTRY.services["carers-assessment"]
    gaps = gaps_for([carers], {}, "carer", REGISTRY.questions)
    return next(g for g in gaps if g.key.endswith("#cared_for.relationship"))


@pytest.mark.parametrize("said, code", [("daughter", "parent"), ("im his daughter", "parent"), ("son", "parent"),
                                        ("his wife", "partner"), ("neighbour", "friend"), ("Son or daughter", "child"),
                                        ("Parent", "parent"), ("2", "parent"),
                                        # the person named, or a denial: kept as typed, for the service to read (a
                                        # second reader: "hes my dad" had become "Son or daughter")
                                        ("hes my dad", "hes my dad"), ("my mum", "my mum"),
                                        ("not his wife, his daughter", "not his wife, his daughter")])
def test_the_carers_relation_is_turned_round_for_the_form(relationship, said, code):
    assert parse_answer(relationship, said, TODAY) == code
