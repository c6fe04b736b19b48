"""A stranger on the stack (session 16): "im her grandaughter, Leah" at "And what is your name?" kept the relationship
and asked for the name again, as the misspelt kin word was not read as a role the name comes with."""
from __future__ import annotations

import pytest

from bot.conversation import meaning


@pytest.mark.parametrize("said, name, relation", [("im her grandaughter, Leah", "Leah", "granddaughter"),
                                                  ("im his neice, Sara", "Sara", "niece"),
                                                  ("im her granddaughter leah", "Leah", "granddaughter")])
def test_the_carers_name_said_with_a_misspelt_role(said, name, relation):
    assert meaning.carer_own_name(said) == name and meaning.relationship_of(said) == relation
